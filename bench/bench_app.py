"""Benchmarks for the wizard; prints figures (never asserts on time).

1. Median time of one rerun per page (AppTest, seeded with complete answers) beside a bare one-widget app.
2. Cold start: from launching `streamlit run app.py` to the welcome page visible in Chromium.

Run: python bench/bench_app.py [--runs N]
"""

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser")]

from streamlit.testing.v1 import AppTest  # noqa: E402

from mentorfinder.content import load_content  # noqa: E402
from mentorfinder.sample import sample_answers  # noqa: E402
from ui import nav, state  # noqa: E402

PAGES = [p.script for p in (nav.WELCOME, nav.QUESTIONS, nav.PROFILE, nav.MATCHES, nav.NEXT_STEPS)]
BARE = "import streamlit as st\nst.button('Press')\n"


def median_rerun(at: AppTest, runs: int) -> float:
    at.run()  # warm: caches filled, modules imported
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    assert not at.exception, at.exception
    return statistics.median(times) * 1000


def page_app(page: str, answers: dict) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state[state.ANSWERS] = answers
    at.session_state[state.STEP] = 2
    at.run()
    return at.switch_page(page)


def cold_start() -> float:
    from playwright.sync_api import sync_playwright
    from streamlit_server import CHROMIUM_ARGS, chromium_path, free_port, start_server, wait_healthy

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        port = free_port()
        start = time.perf_counter()
        process = start_server(port)
        try:
            wait_healthy(f"http://127.0.0.1:{port}", process)
            page.goto(f"http://127.0.0.1:{port}/")
            page.get_by_role("heading", name="Mentor Finder").wait_for(timeout=60_000)
            return time.perf_counter() - start
        finally:
            process.terminate()
            process.wait(timeout=10)
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-browser", action="store_true", help="skip the cold-start measurement")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # AppTest's "missing ScriptRunContext" warnings would bury the figures
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=1)
    bare = median_rerun(AppTest.from_string(BARE, default_timeout=60), args.runs)
    print(f"rerun median over {args.runs} runs (AppTest)")
    print(f"  {'bare one-widget app':<22} {bare:8.1f} ms   1.0x")
    for page in PAGES:
        ms = median_rerun(page_app(page, answers), args.runs)
        print(f"  {Path(page).stem:<22} {ms:8.1f} ms  {ms / bare:4.1f}x   (target <= 3x)")
    if not args.no_browser:
        print(f"cold start to welcome page visible in Chromium: {cold_start():.2f} s   (target < 3 s)")


if __name__ == "__main__":
    main()

"""Benchmarks for the wizard's reruns in-process (AppTest) and its cold start; prints figures (never asserts on time).

1. Rerun cost per page beside a bare one-widget app, interleaved: each round reruns the bare app, then every
   page (AppTest, seeded with complete answers), so a busy moment of the machine hits all of them alike. Wall
   and CPU time (time.process_time), medians over rounds with min–max, and per-round ratios to the bare app.
   AppTest skips the garbage collection the real server runs after every rerun (runner.postScriptGC), so that
   is timed apart: one gc.collect() after each rerun. bench/bench_server.py measures the real server.
2. Cold start: from launching `streamlit run app.py` to the welcome page visible in Chromium.

Run: python -m bench.bench_app [--runs N] [--no-browser]
"""

import argparse
import gc
import logging
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench import ROOT
from bench.stats import spread
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from ui import nav, state

PAGES = [p.script for p in (nav.WELCOME, nav.QUESTIONS, nav.PROFILE, nav.MATCHES, nav.NEXT_STEPS)]
BARE = "import streamlit as st\nst.button('Press')\n"
BARE_NAME = "bare one-widget app"


def page_app(page: str, answers: dict) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state[state.ANSWERS] = answers
    at.session_state[state.STEP] = 2
    at.run()
    return at.switch_page(page)


def timed(action) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def interleaved(apps: dict[str, AppTest], runs: int) -> dict[str, dict[str, list[float]]]:
    """Per app: wall, CPU and post-run GC milliseconds of each round's rerun, and its ratios to the bare app."""
    for at in apps.values():
        at.run()  # warm: caches filled, modules imported
    figures = {name: {"wall": [], "cpu": [], "gc": [], "wall ratio": [], "cpu ratio": []} for name in apps}
    for _ in range(runs):
        for name, at in apps.items():
            wall, cpu = timed(at.run)
            assert not at.exception, at.exception
            figures[name]["wall"].append(wall)
            figures[name]["cpu"].append(cpu)
            figures[name]["gc"].append(timed(gc.collect)[1])
        for name in apps:
            for kind in ("wall", "cpu"):
                figures[name][f"{kind} ratio"].append(figures[name][kind][-1] / figures[BARE_NAME][kind][-1])
    return figures


def cold_start() -> float:
    from playwright.sync_api import sync_playwright

    from tests.browser.streamlit_server import CHROMIUM_ARGS, chromium_path, free_port, start_server, wait_healthy

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
    parser.add_argument("--runs", type=int, default=15, help="rounds (default 15)")
    parser.add_argument("--no-browser", action="store_true", help="skip the cold-start measurement")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # AppTest's "missing ScriptRunContext" warnings would bury the figures
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=1)
    apps = {BARE_NAME: AppTest.from_string(BARE, default_timeout=60)}
    apps |= {Path(page).stem: page_app(page, answers) for page in PAGES}
    figures = interleaved(apps, args.runs)
    print(f"one rerun, {args.runs} rounds (AppTest; each round the bare app, then every page): median (min–max)")
    head = ["", "wall ms", "CPU ms", "wall / bare", "CPU / bare", "post-run GC CPU ms"]
    rows = [head] + [
        [name, spread(f["wall"], 1), spread(f["cpu"], 1), spread(f["wall ratio"], 1), spread(f["cpu ratio"], 1)]
        + [spread(f["gc"], 1)]
        for name, f in figures.items()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print("  target: a page's rerun <= 3x the bare app's")
    if not args.no_browser:
        print(f"cold start to welcome page visible in Chromium: {cold_start():.2f} s   (target < 3 s)")


if __name__ == "__main__":
    main()

"""Benchmarks for the wizard's reruns in-process (AppTest) and its cold start; prints figures (never asserts on time).

1. Rerun cost per page beside a bare one-widget app, interleaved: each round reruns the bare app, then every
   page (AppTest, seeded with complete answers), so a busy moment of the machine hits all of them alike. Wall
   and CPU time (time.process_time), medians over rounds with min–max, and per-round ratios to the bare app.
   AppTest skips the garbage collection the real server runs after every rerun (runner.postScriptGC), so that
   is timed apart: one gc.collect() after each rerun. AppTest also compiles app.py and the page's script again on
   every rerun (a new ScriptCache per run), which the server does once per process: that CPU is counted apart
   too, and a last ratio leaves it out on both sides. bench/bench_server.py measures the real server.
2. Cold start: from launching `streamlit run app.py` to the welcome page visible in Chromium.

Run: python -m bench.bench_app [--runs N] [--no-browser]
"""

import argparse
import gc
import logging
import time
from pathlib import Path

from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest

from bench import ROOT
from bench.stats import spread
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from ui import nav, state

PAGES = [p.script for p in (nav.WELCOME, nav.QUESTIONS, nav.PROFILE, nav.MATCHES, nav.NEXT_STEPS)]
BARE = "import streamlit as st\nst.button('Press')\n"
BARE_NAME = "bare one-widget app"


COMPILING = [0.0]  # CPU seconds AppTest spent compiling scripts so far


def _compiling_counted() -> None:
    """Count the CPU of ScriptCache.get_bytecode: under AppTest every call compiles (a new cache per run)."""
    compile_script = ScriptCache.get_bytecode

    def counted(self: ScriptCache, script_path: str):
        start = time.process_time()
        try:
            return compile_script(self, script_path)
        finally:
            COMPILING[0] += time.process_time() - start

    ScriptCache.get_bytecode = counted


def page_app(page: str, answers: dict) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state[state.ANSWERS] = answers
    at.session_state[state.STEP] = 2
    at.run()
    return at.switch_page(page)


def timed(action) -> tuple[float, float, float]:
    """Wall and CPU milliseconds of one call, and the CPU milliseconds of it spent compiling scripts."""
    wall, cpu, compiling = time.perf_counter(), time.process_time(), COMPILING[0]
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, (COMPILING[0] - compiling) * 1000


def interleaved(apps: dict[str, AppTest], runs: int) -> dict[str, dict[str, list[float]]]:
    """Per app: wall, CPU, compiling and post-run GC milliseconds of each round's rerun, and its ratios to the bare
    app (the last with the compiling left out on both sides)."""
    for at in apps.values():
        at.run()  # warm: caches filled, modules imported
    kinds = ("wall", "cpu", "compiling", "gc", "wall ratio", "cpu ratio", "less compiling ratio")
    figures = {name: {kind: [] for kind in kinds} for name in apps}
    for _ in range(runs):
        for name, at in apps.items():
            wall, cpu, compiling = timed(at.run)
            assert not at.exception, at.exception
            figures[name]["wall"].append(wall)
            figures[name]["cpu"].append(cpu)
            figures[name]["compiling"].append(compiling)
            figures[name]["gc"].append(timed(gc.collect)[1])
        bare = figures[BARE_NAME]
        for f in figures.values():
            for kind in ("wall", "cpu"):
                f[f"{kind} ratio"].append(f[kind][-1] / bare[kind][-1])
            less = (f["cpu"][-1] - f["compiling"][-1]) / (bare["cpu"][-1] - bare["compiling"][-1])
            f["less compiling ratio"].append(less)
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
    _compiling_counted()
    logging.disable(logging.WARNING)  # AppTest's "missing ScriptRunContext" warnings would bury the figures
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=1)
    apps = {BARE_NAME: AppTest.from_string(BARE, default_timeout=60)}
    apps |= {Path(page).stem: page_app(page, answers) for page in PAGES}
    figures = interleaved(apps, args.runs)
    print(f"one rerun, {args.runs} rounds (AppTest; each round the bare app, then every page): median (min–max)")
    head = ["", "wall ms", "CPU ms", "wall / bare", "CPU / bare", "post-run GC CPU ms", "compiling CPU ms"]
    head += ["CPU less compiling / bare"]
    kinds = ("wall", "cpu", "wall ratio", "cpu ratio", "gc", "compiling", "less compiling ratio")
    rows = [head] + [
        [name] + [spread(f[kind], 1 if kind != "compiling" else 2) for kind in kinds] for name, f in figures.items()
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for row in rows:
        print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print("  target: a page's rerun <= 3x the bare app's (compiling: AppTest's, on every rerun; the server's, once)")
    if not args.no_browser:
        print(f"cold start to welcome page visible in Chromium: {cold_start():.2f} s   (target < 3 s)")


if __name__ == "__main__":
    main()

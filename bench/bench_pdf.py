"""Benchmark: full PDF report generation (fpdf2, in-process) beside Plotly's own image export (kaleido).

Run: python bench/bench_pdf.py [--runs 30] [--plotly-runs 5]
Prints figures only; nothing here asserts on time. Target: median full report under 150 ms.
Plotly's export needs kaleido and a Chromium (kaleido is deliberately not a project requirement:
`pip install kaleido`; BROWSER_PATH points it at a Chromium, /usr/bin/chromium by default here).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorfinder.content import load_content  # noqa: E402
from mentorfinder.report import build_report, render_report  # noqa: E402
from mentorfinder.result import evaluate  # noqa: E402
from mentorfinder.sample import sample_answers  # noqa: E402
from ui.figures import profile_charts  # noqa: E402

NAME = "Αλέξανδρος Παπαδόπουλος и Анна Кузнецова"


def timed(fn, runs: int) -> list[float]:
    """Wall-clock milliseconds of each call."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def describe(label: str, times: list[float]) -> None:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
    print(
        f"  {label:<44} median {statistics.median(times):7.1f} ms   min {ordered[0]:7.1f}   p90 {p90:7.1f}   (n={len(times)})"
    )


def bench_report(content, runs: int) -> None:
    seeds = list(range(runs))
    answers = [sample_answers(list(content.questionnaires), s) for s in seeds]
    build_report(content, answers[0], name=NAME)  # warm-up: builds the cached font subset once per machine
    print(f"fpdf2 report ({runs} runs, sample answers seeds 0..{runs - 1}, Greek/Cyrillic name):")
    for paper in ("a4", "letter"):
        it = iter(answers * 2)
        describe(
            f"full report, {paper} (evaluate + layout + PDF)",
            timed(lambda it=it, paper=paper: build_report(content, next(it), name=NAME, paper=paper), runs),
        )
    result = evaluate(content, answers[1])
    describe("render only, a4, one fixed result", timed(lambda: render_report(content, result, name=NAME), runs))
    describe(
        "render only, full font (Armenian name)",
        timed(lambda: render_report(content, result, name="Արամ"), max(5, runs // 3)),
    )
    size = len(build_report(content, answers[1], name=NAME))
    print(f"  PDF size: {size / 1024:.0f} KiB (fonts subset and embedded)")


def bench_plotly(content, runs: int) -> None:
    if runs <= 0:
        print("Plotly image export: skipped (--plotly-runs 0)")
        return
    result = evaluate(content, sample_answers(list(content.questionnaires), 1))
    charts = profile_charts(result.profile)
    print(f"Plotly image export of the same {len(charts)} profile charts (kaleido, PDF format):")
    try:
        import kaleido  # noqa: F401
    except ImportError:
        print("  not measured: kaleido is not installed (pip install kaleido; it needs a Chromium too)")
        return
    browser = os.environ.get("BROWSER_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("  not measured: kaleido needs a Chromium and none was found (set BROWSER_PATH)")
        return
    os.environ["BROWSER_PATH"] = browser
    import plotly.io as pio

    def export_all() -> None:
        for chart in charts:
            pio.to_image(chart.figure, format="pdf")

    try:
        start = time.perf_counter()
        export_all()
        cold = (time.perf_counter() - start) * 1000
    except Exception as err:  # noqa: BLE001 - report why it cannot run here, do not fail
        print(f"  not measured: kaleido could not export with {browser}: {type(err).__name__}: {err}".splitlines()[0])
        return
    print(f"  first export (starts Chromium), all charts    {cold:7.1f} ms   (browser: {browser})")
    describe("each export call starts a browser: all charts", timed(export_all, runs))
    try:
        import kaleido

        warnings.filterwarnings("ignore", message="The kopts argument is ignored")  # plotly's, with a server
        kaleido.start_sync_server(silence_warnings=True)
        export_all()  # warm the persistent browser
        describe("persistent kaleido server: all charts", timed(export_all, runs))
        kaleido.stop_sync_server(silence_warnings=True)
    except Exception as err:  # noqa: BLE001
        print(f"  persistent server not measured: {type(err).__name__}: {err}".splitlines()[0])
    print("  (images only: the PDF would still need laying out and writing)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--plotly-runs", type=int, default=5)
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    content = load_content()
    bench_report(content, args.runs)
    bench_plotly(content, args.plotly_runs)


if __name__ == "__main__":
    main()

"""Benchmark: full PDF report generation (fpdf2, in-process) beside Plotly's own image export (kaleido).

Run: python -m bench.bench_pdf [--runs 30] [--plotly-runs 5]
     python -m bench.bench_pdf --compare main [--runs 30] [--cold 5]   (before vs after, interleaved)
Prints figures only; nothing here asserts on time. Target: median full report under 150 ms.
--compare extracts the given git ref's package into a temp folder (git archive) and runs it and this
tree in two worker processes, one build each per round, alternating; cold `report` and `match`
processes alternate the same way (CPU from getrusage of the children).
Plotly's export needs kaleido and a Chromium (kaleido is deliberately not a project requirement:
`pip install kaleido`; BROWSER_PATH points it at a Chromium, /usr/bin/chromium by default here).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from bench import ROOT
from bench.stats import spread
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.report import build_report, render_report
from ui.figures import profile_charts

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
    for label, other in (("full font", "Արամ"), ("Noto CJK", "山田花子"), ("Noto, shaped", "محمد الأحمد")):
        first = timed(lambda n=other: render_report(content, result, name=n), 1)[0]  # opens its fonts
        again = timed(lambda n=other: render_report(content, result, name=n), max(5, runs // 3))
        kib = len(render_report(content, result, name=other)) / 1024
        describe(f"render only, {label} ({other}): first {first:.0f} ms, {kib:.0f} KiB", again)
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


# One report per line read (the line is the answers seed): prints the build's ms, the ms of it spent in
# measuring documents (document._draw with measuring=True, in either version of the package) and its CPU ms.
WORKER = """
import sys, time
from mentorfinder.content.load import load_content
from mentorfinder.report import build_report, document
from mentorfinder.answers.sample import sample_answers
content, draw, spent = load_content(), document._draw, [0.0]
def timed_draw(*args, measuring=False, **kwargs):
    start = time.perf_counter()
    try:
        return draw(*args, measuring=measuring, **kwargs)
    finally:
        spent[0] += (time.perf_counter() - start) * 1000 if measuring else 0.0
document._draw = timed_draw
for line in sys.stdin:
    answers = sample_answers(list(content.questionnaires), int(line))
    spent[0], start, cpu = 0.0, time.perf_counter(), time.process_time()
    build_report(content, answers, name=sys.argv[1])
    print((time.perf_counter() - start) * 1000, spent[0], (time.process_time() - cpu) * 1000, flush=True)
"""


def child_cpu(cmd: list[str], tree: Path, env: dict) -> float:
    """CPU seconds (user + system) of one finished child process, in ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def compare(ref: str, runs: int, cold: int) -> None:
    """Before (`ref`) and after (this tree) side by side, rounds interleaved."""
    scratch = Path(tempfile.mkdtemp(prefix="pdf-bench-"))
    before = scratch / "before"
    before.mkdir()
    archive = subprocess.run(
        ["git", "archive", ref, "mentorfinder", "questionnaires", "data"], cwd=ROOT, capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(before)], input=archive.stdout, check=True)
    answers = scratch / "answers.json"
    answers.write_text(
        subprocess.run(
            [sys.executable, "-m", "mentorfinder", "sample-answers", "--seed", "1"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    trees = {"before": before, "after": ROOT}
    envs = {
        k: {**os.environ, "PYTHONPATH": str(t), "MENTORFINDER_CACHE_DIR": str(scratch / "cache")}
        for k, t in trees.items()
    }
    workers = {
        k: subprocess.Popen(
            [sys.executable, "-c", WORKER, NAME],
            cwd=t,
            env=envs[k],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for k, t in trees.items()
    }
    builds: dict[str, list[tuple[float, ...]]] = {k: [] for k in trees}
    for seed in range(-1, runs):  # round -1 warms up each worker (font caches, first parse)
        for k, worker in workers.items():
            worker.stdin.write(f"{max(seed, 0)}\n")
            worker.stdin.flush()
            if seed >= 0:
                builds[k].append(tuple(map(float, worker.stdout.readline().split())))
            else:
                worker.stdout.readline()
    for worker in workers.values():
        worker.stdin.close()
        worker.wait()
    commands = {"report": ["report", str(answers), "-o", str(scratch / "out.pdf")], "match": ["match", str(answers)]}
    cpu: dict[tuple[str, str], list[float]] = {(k, c): [] for k in trees for c in commands}
    for round_ in range(-1, cold):
        for command, tail in commands.items():
            for k, tree in trees.items():
                spent = child_cpu([sys.executable, "-m", "mentorfinder", *tail], tree, envs[k])
                if round_ >= 0:
                    cpu[(k, command)].append(spent)
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"Before ({ref}) vs after (this tree): {runs} interleaved builds each, {cold} cold processes each")
    print(f"  {'':46} {'before':>24} {'after':>24}")
    rows = {
        "warm build, median (min\u2013max) ms": [spread([b[0] for b in builds[k]], 1) for k in trees],
        "  of which measuring documents, median ms": [spread([b[1] for b in builds[k]], 1) for k in trees],
        "  measuring share of build time": [
            f"{100 * sum(b[1] for b in builds[k]) / sum(b[0] for b in builds[k]):.0f}%" for k in trees
        ],
        "warm build CPU, median (min\u2013max) ms": [spread([b[2] for b in builds[k]], 1) for k in trees],
        "cold `report` process CPU, median (min\u2013max) ms": [spread(cpu[(k, "report")], 1) for k in trees],
        "cold `match` process CPU, median (min\u2013max) ms": [spread(cpu[(k, "match")], 1) for k in trees],
    }
    for label, (was, now) in rows.items():
        print(f"  {label:<46} {was:>24} {now:>24}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--plotly-runs", type=int, default=5)
    parser.add_argument("--compare", metavar="REF", help="before vs after: this git ref against this tree")
    parser.add_argument("--cold", type=int, default=5, help="cold processes per command and version (--compare)")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    if args.compare:
        compare(args.compare, args.runs, args.cold)
        return
    content = load_content()
    bench_report(content, args.runs)
    bench_plotly(content, args.plotly_runs)


if __name__ == "__main__":
    main()

"""Benchmark of a workshop on the real server: N participants join, walk the wizard and share while the projector is open.

`streamlit run app.py` on a fresh SQLite workshop database, pinned to CPU 0 (Chromium to CPU 1) as in
bench/bench_server.py. The facilitator's projector view stays open in its own context the whole time; each
participant opens the join link (the QR code's address), walks the whole wizard (bench/participants.py), goes
back to the matches and shares. Prints per step kind p50/p95 seconds, the projector's refresh time (browser side,
from a run's start to its end) during the round, server CPU per refresh with only the projector open (before the
round: nothing to draw yet; after: the breakdown), server RSS per participant session, and results lost (walks
lost, and shares the page confirmed that the store does not hold).

Run: python -m bench.bench_workshop [--n 30] [--rounds 1] [--idle 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

from playwright.async_api import async_playwright

from bench import served
from bench.participants import round_of, timed
from bench.server_figures import Round, as_text, table
from bench.stats import percentile
from mentorfinder.content.load import load_content
from mentorfinder.workshop import WorkshopStore
from tests.browser.streamlit_server import CHROMIUM_ARGS, chromium_path

SHARED = '() => document.body.innerText.includes("Shared: the group\'s picture includes your anonymous result.")'
# Times every run of the projector page (each fragment refresh) by watching the app's script state.
WATCH_RUNS = """() => {
  window.__runs = []; let began = null;
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver(() => {
    const running = app.getAttribute('data-test-script-state') === 'running';
    if (running && began === null) began = performance.now();
    if (!running && began !== null) { window.__runs.push((performance.now() - began) / 1000); began = null; }
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=30, help="participants at once (default 30)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds, each in a new workshop (default 1)")
    parser.add_argument("--idle", type=float, default=30, help="seconds of each quiet CPU window (default 30)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds any one wait may take (default 300)")
    parser.add_argument("--stagger", type=float, default=0.5, help="seconds between participants' starts")
    args = parser.parse_args()
    if args.n < 1 or args.rounds < 1 or args.idle <= 0:
        parser.error("--n and --rounds take whole numbers from 1, --idle a positive number of seconds")
    return args


async def share(walk, page) -> None:
    """After the walk: back to the matches through the sidebar, then Share, timed until the page says it is shared."""
    walk.doing = "going back to the matches to share"
    await timed(walk, page, "matches", page.get_by_role("link", name="Your matches").click)
    walk.doing = "sharing"
    button = page.get_by_role("button", name="Share my anonymous result with the group")
    await timed(walk, page, "share", button.click, until=SHARED, arg=0)


async def runs(projector) -> list[float]:
    """The projector's run times so far (seconds), and forget them."""
    return await projector.evaluate("() => window.__runs.splice(0)")


async def window_cpu(server: served.Server, seconds: float) -> float:
    """Server CPU seconds over a quiet window of `seconds`."""
    before = served.cpu_seconds(server.pid)
    await asyncio.sleep(seconds)
    return served.cpu_seconds(server.pid) - before


async def idle_cpu(server: served.Server, projector, seconds: float, baseline: float) -> tuple[float, int]:
    """Server CPU seconds per projector refresh with nothing else happening (less the server's own idle CPU over
    the same time), and how many refreshes were seen."""
    await runs(projector)
    used = await window_cpu(server, seconds)
    seen = len(await runs(projector))
    return ((used - baseline) / seen if seen else float("nan")), seen


async def one_round(browser, server, store, content, args, number: int) -> dict:
    """A new workshop, its projector open, N participants join, walk and share; the figures of the round."""
    new = store.create(f"Bench round {number}")
    baseline = await window_cpu(server, args.idle)  # no page open: what the server uses by itself
    context = await browser.new_context(viewport={"width": 1280, "height": 720})
    projector = await context.new_page()
    await projector.goto(f"{server.url}/workshop?workshop={new.code}&key={new.key}&projector=1")
    await projector.get_by_text("Results appear when 3 people have shared").wait_for(timeout=args.timeout * 1000)
    await projector.evaluate(WATCH_RUNS)
    cpu_empty, _ = await idle_cpu(server, projector, args.idle, baseline)
    seeds = [7000 + 100 * number + i for i in range(args.n)]
    rss_before, cpu_before, start = served.rss_bytes(server.pid), served.cpu_seconds(server.pid), time.perf_counter()
    client_before = served.cpu_seconds(os.getpid(), (server.pid,))  # this bench, Playwright's driver and Chromium
    walks, rss_open = await round_of(
        browser, f"{server.url}/?join={new.code}", content, seeds, args.timeout, args.stagger,
        on_open=lambda: served.rss_bytes(server.pid), extra=share,
    )  # fmt: skip
    cpu = served.cpu_seconds(server.pid) - cpu_before
    client = served.cpu_seconds(os.getpid(), (server.pid,)) - client_before
    done = Round(walks, cpu, rss_open - rss_before, time.perf_counter() - start, client)
    during = await runs(projector)
    cpu_full, seen = await idle_cpu(server, projector, args.idle, baseline)
    group = store.group(new.code, new.key)
    await context.close()
    confirmed = sum(w.lost is None for w in walks)
    for walk in walks:
        if walk.lost:
            print(f"    lost (seed {walk.seed}): {walk.lost}")
    return {
        "round": done,
        "during": during,
        "cpu_empty": cpu_empty,
        "cpu_full": cpu_full,
        "baseline": baseline,
        "refreshes_idle": seen,
        "stored": (group.joined, group.finished, group.shared),
        "lost": args.n - confirmed + max(0, confirmed - group.shared),
    }


async def run(args, server, store, content) -> list[dict]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            # one unmeasured walk (no workshop): imports, caches and fonts loaded, as after the first person of the day
            await round_of(browser, server.url, content, [0], args.timeout, 0)
            return [await one_round(browser, server, store, content, args, i + 1) for i in range(args.rounds)]
        finally:
            await browser.close()


def report(args, results: list[dict]) -> None:
    """The step table (bench_server's), then the workshop's own figures."""
    print(as_text(table(args.n, {"workshop": [r["round"] for r in results]})))
    shares = [s for r in results for s in r["round"].step_times("share")]
    during = [s for r in results for s in r["during"]]
    if shares:
        print(f"share p50 {percentile(shares, 0.5):.2f} s, p95 {percentile(shares, 0.95):.2f} s")
    if during:
        print(
            f"projector refresh during the round: p50 {percentile(during, 0.5):.2f} s, "
            f"p95 {percentile(during, 0.95):.2f} s over {len(during)} runs"
        )
    for i, r in enumerate(results, 1):
        joined, finished, shared = r["stored"]
        print(
            f"round {i}: server CPU per projector refresh (projector alone, less the server's own "
            f"{r['baseline'] * 1000:.0f} ms idle per {args.idle:.0f} s): {r['cpu_empty'] * 1000:.1f} ms before "
            f"the round (nothing shared), {r['cpu_full'] * 1000:.1f} ms after ({shared} shared; "
            f"{r['refreshes_idle']} refreshes in {args.idle:.0f} s); RSS per session "
            f"{r['round'].mb_per_session:.1f} MB; store: {joined} joined, {finished} finished, {shared} shared; "
            f"results lost: {r['lost']}"
        )


def main() -> None:
    args = arguments()
    content = load_content()
    print(f"machine: {served.machine()}")
    database = Path(tempfile.mkdtemp(prefix="bench-workshop-")) / "workshops.sqlite3"
    os.environ["MENTORFINDER_WORKSHOP_DB"] = str(database)  # the server inherits it
    os.environ.pop("MENTORFINDER_DATABASE_URL", None)
    pin = served.pinning()
    server = served.start((), pin)
    store = WorkshopStore()
    try:
        if pin:
            served.pin_browser()
        results = asyncio.run(run(args, server, store, content))
    finally:
        server.stop()
        store.dispose()
    report(args, results)


if __name__ == "__main__":
    main()

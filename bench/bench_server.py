"""Benchmark of the real server: N participants at once walk the whole wizard; prints figures.

`streamlit run app.py` runs pinned to CPU 0 and the participants to CPU 1 (taskset), so the server's figures are
its own. Participants are protocol clients by default (bench/protocol_walk.py: Streamlit's websocket protocol,
as the frontend speaks it, with a seeded think time between actions, `--think`), or with `--clients browser` one
Chromium, one browser context each (bench/participants.py). For each N the participants walk at once, round
after round; with --compare a second server with other config options takes its round right after the first's,
so both see the same machine. Per N it prints p50/p95 seconds per step kind (median over rounds, min–max), server
CPU seconds per walk, server RSS per open session, how busy the participants kept their CPU, and walks ok/lost
(with each lost walk's reason).

Run: python -m bench.bench_server [--n 1 10 30] [--rounds 3] [--think 2 6] [--config KEY=VALUE ...] [--compare ...]
     python -m bench.bench_server --soak 200 [--batch 10] [--think 0 0]  (RSS after every 20 walks: flat?)
     python -m bench.bench_server --clients browser [--n 1]             (real Chromium pages, flat out)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import sys
import time
from pathlib import Path

from bench import ROOT, profiled_server, served
from bench.protocol_walk import THINK
from bench.server_figures import Round, as_markdown, as_text, table, write_docs
from bench.server_participants import docs_markers, pacing, participants_of
from mentorfinder.content.load import load_content

DOCS = ROOT / "docs" / "performance.md"
SOAK_EVERY = 20
DONE = {"walks": 0, "reruns": 0}  # every walk and rerun the servers served, warm-up included (for --profile)


def counted(walks: list) -> list:
    """Count the walks and their reruns (every timed step is one), and hand them back."""
    DONE["walks"] += len(walks)
    DONE["reruns"] += sum(len(times) for walk in walks for times in walk.times.values())
    return walks


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--clients", choices=("protocol", "browser"), default="protocol", help="participants (default protocol)"
    )
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=list(THINK),
        metavar=("MIN", "MAX"),
        help=f"protocol clients' seconds between actions, uniform (default {THINK[0]:g} {THINK[1]:g}; 0 0: flat out)",
    )
    parser.add_argument("--n", type=int, nargs="+", default=[1, 10, 30], help="participants at once (default 1 10 30)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per N and configuration (default 3)")
    parser.add_argument("--config", action="append", default=[], metavar="KEY=VALUE", help="a streamlit option")
    parser.add_argument("--compare", nargs="+", default=[], metavar="KEY=VALUE", help="options of a second server")
    parser.add_argument("--soak", type=int, metavar="WALKS", help="walks in sequence batches, RSS every 20 walks")
    parser.add_argument("--batch", type=int, default=10, help="participants at once in a soak batch (default 10)")
    parser.add_argument("--linger", type=float, default=135, help="seconds to wait after a soak, then RSS again")
    parser.add_argument("--profile", type=Path, metavar="FILE", help="run the (first) server under cProfile, to FILE")
    parser.add_argument("--timeout", type=float, default=300, help="seconds any one wait may take (default 300)")
    parser.add_argument("--stagger", type=float, default=0.5, help="seconds between participants' starts")
    parser.add_argument("--write-docs", action="store_true", help=f"put the figures in {DOCS.relative_to(ROOT)}")
    args = parser.parse_args()
    if min(args.n) < 1 or args.rounds < 1 or args.batch < 1 or (args.soak is not None and args.soak < 1):
        parser.error("--n, --rounds, --batch and --soak take whole numbers from 1")
    if args.profile and args.compare:
        parser.error("--profile profiles one server: leave out --compare")
    if not 0 <= args.think[0] <= args.think[1]:
        parser.error("--think takes MIN MAX seconds, 0 <= MIN <= MAX")
    return args


def label(config: list[str]) -> str:
    """A configuration's name in the tables: its options, or "default"."""
    return " ".join(config) or "default"


def client_cpu(servers: list[served.Server]) -> float:
    """CPU seconds of this bench (its protocol clients, or Playwright's driver and Chromium), the servers left out."""
    return served.cpu_seconds(os.getpid(), tuple(s.pid for s in servers))


IDLE = {}  # server pid -> CPU seconds per second with no one on it


async def idle(servers: list[served.Server], seconds: float = 15) -> None:
    """Each server's CPU per second with no participant on it (its own timers and watchers), over `seconds`."""
    for server in servers:
        before = served.cpu_seconds(server.pid)
        await asyncio.sleep(seconds)
        IDLE[server.pid] = (served.cpu_seconds(server.pid) - before) / seconds
        print(
            f"server idle ({label(list(server.config))}): {1000 * IDLE[server.pid]:.1f} ms CPU per second", flush=True
        )


async def measured(side, server: served.Server, servers: list[served.Server], seeds, args) -> Round:
    """One round on one server: its CPU and RSS before, the walks, RSS with every session still open, CPU after."""
    rss_before, cpu_before, start = served.rss_bytes(server.pid), served.cpu_seconds(server.pid), time.perf_counter()
    client_before = client_cpu(servers)
    walks, rss_open = await side(server.url, seeds, args.stagger, on_open=lambda: served.rss_bytes(server.pid))
    counted(walks)
    cpu, client = served.cpu_seconds(server.pid) - cpu_before, client_cpu(servers) - client_before
    done = Round(walks, cpu, rss_open - rss_before, time.perf_counter() - start, client, IDLE.get(server.pid))
    for walk in walks:
        if walk.lost:
            print(f"    lost (seed {walk.seed}): {walk.lost}")
    return done


async def warm(side, servers: list[served.Server]) -> None:
    """One unmeasured walk per server, flat out: imports, caches and fonts loaded, as after the day's first person."""
    for server in servers:
        walk = counted((await side(server.url, [0], 0, paced=False))[0])[0]
        if walk.lost:
            raise SystemExit(
                f"the warm-up walk on {label(list(server.config))} was lost: {walk.lost}\n{server.log_tail()}"
            )


async def rounds(side, servers: list[served.Server], args) -> list[list[str]]:
    """Every N, round by round, each configuration in turn; prints each round and each N's table, returns all rows."""
    every: list[list[str]] = []
    for n in args.n:
        results: dict[str, list[Round]] = {label(list(s.config)): [] for s in servers}
        for number in range(args.rounds):
            seeds = [1000 * n + 100 * number + i + 1 for i in range(n)]  # the same people for every configuration
            for server in servers:
                done = await measured(side, server, servers, seeds, args)
                results[label(list(server.config))].append(done)
                ok = sum(w.lost is None for w in done.walks)
                print(
                    f"  N={n} round {number + 1}/{args.rounds} {label(list(server.config))}: {ok}/{n} walks ok, "
                    f"CPU {done.cpu_per_walk:.2f} s/walk, RSS {done.mb_per_session:.1f} MB/session, {done.seconds:.0f} s",
                    flush=True,
                )
        rows = table(n, results, "browser" if args.clients == "browser" else "client")
        print(as_text(rows), flush=True)
        every += rows if not every else rows[1:]  # one header for the whole table
    return every


async def soak(side, server: served.Server, args) -> None:
    """`--soak` walks in batches of `--batch` at once, sessions closed after each; RSS after every 20 walks."""
    first = served.rss_bytes(server.pid)
    print(f"soak: {args.soak} walks, {args.batch} at once; server RSS after the warm-up walk {first / 1e6:.1f} MB")
    done = lost = 0
    while done < args.soak:
        seeds = [5000 + done + i for i in range(min(args.batch, args.soak - done))]
        walks = counted((await side(server.url, seeds, args.stagger))[0])
        for walk in walks:
            lost += walk.lost is not None
            if walk.lost:
                print(f"    lost (seed {walk.seed}): {walk.lost}")
        passed, done = done // SOAK_EVERY, done + len(walks)
        if done // SOAK_EVERY > passed or done == args.soak:
            rss = served.rss_bytes(server.pid)
            print(
                f"  after {done:>4} walks: RSS {rss / 1e6:7.1f} MB ({(rss - first) / 1e6:+.1f} MB), {lost} lost",
                flush=True,
            )
    # Streamlit keeps a closed session's state for server.disconnectedSessionTTL seconds (a reconnect finds it)
    await asyncio.sleep(args.linger)
    rss = served.rss_bytes(server.pid)
    print(
        f"  {args.linger:.0f} s later (closed sessions past their TTL): RSS {rss / 1e6:.1f} MB ({(rss - first) / 1e6:+.1f} MB)"
    )


async def run(args, servers: list[served.Server], content) -> list[list[str]]:
    async with participants_of(args, content) as side:
        print(f"participants: {pacing(args)}", flush=True)
        await warm(side, servers)
        await idle(servers)
        if args.soak:
            await soak(side, servers[0], args)
            return []
        return await rounds(side, servers, args)


def main() -> None:
    args = arguments()
    content = load_content()
    about = served.machine()
    print(f"machine: {about}")
    pin = served.pinning()
    configs = [args.config] + ([args.config + args.compare] if args.compare else [])
    servers = []
    try:
        for config in configs:
            servers.append(served.start(tuple(config), pin, profile=None if servers else args.profile))
        if pin:
            served.pin_browser()  # after starting the servers: the clients (Playwright's driver, Chromium) get CPU 1
        rows = asyncio.run(run(args, servers, content))
    finally:
        for server in servers:
            server.stop()
    if args.profile:
        print(profiled_server.report(args.profile, DONE["walks"], DONE["reruns"]))
    if args.write_docs and rows:
        command = shlex.join(["python", "-m", "bench.bench_server", *sys.argv[1:]])
        intro = f"Machine: {about}. Rounds: {args.rounds}. Command: `{command}`"
        write_docs(DOCS, f"{intro}\n\n{as_markdown(rows)}", docs_markers(args))
        print(f"figures written to {Path(DOCS).relative_to(ROOT)}")


if __name__ == "__main__":
    main()

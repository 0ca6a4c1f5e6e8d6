"""`streamlit run` under cProfile in every thread (the event loop's and each script run's), summed, and a report.

cProfile alone (`python -m cProfile`) sees only the main thread, the server's event loop: the app's reruns run in
their own threads. Here every thread started after this module loads runs under its own profiler, timed by that
thread's own CPU clock (so a thread waiting for work counts nothing), and when the server stops (SIGTERM, as
bench/served.py stops it) all of them are added up into one pstats file. `report` says where that CPU went.

Run: python -m bench.profiled_server OUT.prof -m streamlit run app.py [streamlit's options ...]
"""

from __future__ import annotations

import cProfile
import functools
import pstats
import runpy
import sys
import sysconfig
import threading
import time
from collections import Counter
from pathlib import Path

from bench import ROOT

SITE, STDLIB = sysconfig.get_paths()["purelib"], sysconfig.get_paths()["stdlib"]

PROFILES: list[cProfile.Profile] = []
_thread_run = threading.Thread.run


def thread_clock():
    """This thread's own CPU clock, readable from any thread: the profile of a thread still waiting when the server
    stops is read from the main thread, and `time.thread_time` there would give the main thread's time instead."""
    return functools.partial(time.clock_gettime, time.pthread_getcpuclockid(threading.get_ident()))


def _profiled_run(self: threading.Thread) -> None:
    profile = cProfile.Profile(thread_clock())
    PROFILES.append(profile)
    profile.enable()
    try:
        _thread_run(self)
    finally:
        profile.disable()


def dump(path: str) -> None:
    """Add up every thread's profile into one pstats file (threads still running are read as they stand)."""
    total = None
    for profile in PROFILES:
        try:
            stats = pstats.Stats(profile)
        except TypeError:  # a thread that never called anything profiled
            continue
        total = stats if total is None else total.add(stats)
    if total is not None:
        total.dump_stats(path)


def where(filename: str) -> str:
    """The part of the server a function belongs to: the app's own package, a library, Python's own, or C."""
    if filename.startswith(str(ROOT)) and not filename.startswith(SITE):
        return "app: " + Path(filename).relative_to(ROOT).parts[0]
    if filename.startswith(SITE):
        return "library: " + Path(filename).relative_to(SITE).parts[0].removesuffix(".py")
    if filename.startswith(STDLIB):
        return "python: " + Path(filename).relative_to(STDLIB).parts[0].removesuffix(".py")
    return "built-in (C) functions"


def report(path: Path, walks: int, reruns: int, top: int = 15) -> str:
    """Where the server's CPU went: by part (own time), the functions with most own time, the app's by cumulative."""
    stats = pstats.Stats(str(path)).stats
    own = Counter()
    for (filename, _line, _function), (_calls, _ncalls, tottime, _cum, _callers) in stats.items():
        own[where(filename)] += tottime
    total = sum(own.values())
    per = f"{1000 * total / walks:.0f} ms per walk, {1000 * total / reruns:.1f} ms per rerun"
    lines = [f"profiled server CPU {total:.1f} s: {per}"]
    lines += [f"  {share:7.2f} s {100 * share / total:5.1f}%  {part}" for part, share in own.most_common(12)]
    ranked = sorted(stats.items(), key=lambda item: -item[1][2])[:top]
    lines.append("functions with the most own CPU time:")
    lines += [f"  {v[2]:7.2f} s {v[1]:>9} calls  {function_name(k)}" for k, v in ranked]
    app = [(k, v) for k, v in stats.items() if where(k[0]).startswith("app:")]
    lines.append("the app's functions by cumulative CPU time (what they call included):")
    lines += [
        f"  {v[3]:7.2f} s {v[1]:>9} calls  {function_name(k)}" for k, v in sorted(app, key=lambda kv: -kv[1][3])[:top]
    ]
    return "\n".join(lines)


def function_name(key: tuple) -> str:
    filename, line, name = key
    for base in (SITE, STDLIB, str(ROOT)):
        filename = filename.removeprefix(base + "/")
    return f"{filename}:{line}({name})"


def main() -> None:
    out, sys.argv = sys.argv[1], sys.argv[2:]
    if sys.argv[:1] == ["-m"]:
        sys.argv = sys.argv[1:]
    threading.Thread.run = _profiled_run
    main_thread = cProfile.Profile(thread_clock())
    PROFILES.append(main_thread)
    main_thread.enable()
    try:
        runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    finally:
        main_thread.disable()
        dump(out)


if __name__ == "__main__":
    main()

"""The real server for the benches: `streamlit run app.py` pinned to one CPU, and its CPU time and memory from /proc."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import ROOT
from tests.browser.streamlit_server import free_port, wait_healthy

TICK = os.sysconf("SC_CLK_TCK")
SERVER_CPU, BROWSER_CPU = 0, 1


@dataclass
class Server:
    """A running `streamlit run app.py` with its extra config options, its address and its log file."""

    config: tuple[str, ...]
    process: subprocess.Popen
    url: str
    log: Path

    @property
    def pid(self) -> int:
        """The server's process id (taskset replaces itself with Python, so it is Streamlit's own)."""
        return self.process.pid

    def log_tail(self, lines: int = 20) -> str:
        """The end of the server's output, for an error message."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        """Stop the server and wait for it."""
        self.process.terminate()
        try:
            self.process.wait(timeout=60)  # a profiled server writes its profile first
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()
        self.log.unlink(missing_ok=True)


def pinning() -> bool:
    """Whether there are two CPUs to keep the server and the browser apart (warns when there are not)."""
    cpus = os.sched_getaffinity(0)
    if {SERVER_CPU, BROWSER_CPU} <= cpus:
        return True
    print(f"warning: only CPUs {sorted(cpus)} available; server and browser share them (figures are noisier)")
    return False


def pin_browser() -> None:
    """Pin this process to the browser's CPU: Playwright's driver and Chromium, started later, inherit it."""
    os.sched_setaffinity(0, {BROWSER_CPU})


def config_args(config: tuple[str, ...]) -> list[str]:
    """`KEY=VALUE` options as Streamlit's `--KEY VALUE` flags; a malformed one is refused with its text."""
    flags = []
    for option in config:
        key, sep, value = option.partition("=")
        if not sep or not key:
            raise SystemExit(f"--config wants KEY=VALUE, got {option!r}")
        flags += [f"--{key}", value]
    return flags


def start(config: tuple[str, ...], pin: bool, timeout: float = 90, profile: Path | None = None) -> Server:
    """Start the app as a person would (headless, local only) with the extra config, and wait until it is healthy.

    With `profile`, the server runs under bench/profiled_server.py, which writes its profile there when stopped."""
    port = free_port()
    runner = ["-m", "bench.profiled_server", str(profile)] if profile else []
    command = [sys.executable, *runner, "-m", "streamlit", "run", "app.py", "--server.headless", "true"]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    command += config_args(config)
    if pin:
        command = ["taskset", "-c", str(SERVER_CPU), *command]
    # a file, not a pipe: a pipe nobody reads fills up under 30 sessions' logging and stalls the server
    handle, name = tempfile.mkstemp(prefix="bench-server-", suffix=".log")
    os.close(handle)
    log = Path(name)
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    server = Server(config, process, f"http://127.0.0.1:{port}", log)
    # wait_healthy shows the server's output when it exits early: here that output is read back from the log
    process.stdout = log.open()
    try:
        wait_healthy(server.url, process, timeout)
    except RuntimeError as error:
        tail = server.log_tail()
        server.stop()
        raise RuntimeError(f"{error}\n{tail}") from None
    return server


def _tree(pid: int, leave_out: tuple[int, ...] = ()) -> list[int]:
    """The process and all its descendants (read from /proc's parent ids), but none of the subtrees of `leave_out`."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue  # the process ended while we looked
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        found.append(todo.pop())
        todo += [child for child in children.get(found[-1], []) if child not in leave_out]
    return found


def cpu_seconds(pid: int, leave_out: tuple[int, ...] = ()) -> float:
    """utime + stime of the process and its live descendants (less the subtrees of `leave_out`), plus what its
    ended children used."""
    total = 0
    for member in _tree(pid, leave_out):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if member == pid else 0)
    return total / TICK


def rss_bytes(pid: int) -> int:
    """VmRSS of the process and its live descendants."""
    total = 0
    for member in _tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total


def machine() -> str:
    """CPU model, cores (and how many this bench may use), the load average (others' work shares the cores), Python,
    and the date in UTC."""
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")), "?")
    date = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    usable = len(os.sched_getaffinity(0))
    load = Path("/proc/loadavg").read_text().split()[0]
    return f"{model}, {os.cpu_count()} cores ({usable} usable, load {load}), Python {sys.version.split()[0]}, {date}"

"""The server bench's figures: one table per N (step times, CPU per walk, RSS per session, walks lost), as text or markdown."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from bench import participants
from bench.stats import percentile, spread

# the browser walk's steps, then one only protocol clients time: the tab's first run (the PDF is one click: "pdf")
KINDS = (*participants.KINDS, "open")
MARKERS = "bench_server figures"  # the docs' table of the browser participants; others name their own


@dataclass
class Round:
    """One round: every participant's walk, and the server's CPU seconds and RSS growth over it."""

    walks: list
    cpu_seconds: float
    rss_growth: int
    seconds: float
    client_cpu_seconds: float
    idle_cpu_rate: float | None = None  # the server's CPU seconds per second with nobody on it, when measured

    @property
    def cpu_per_walk(self) -> float:
        """Server CPU seconds over the round, divided by the walks in it."""
        return self.cpu_seconds / len(self.walks)

    @property
    def busy_cpu_per_walk(self) -> float | None:
        """Server CPU per walk less what the server spends idle over as long as the round (paced rounds are long)."""
        if self.idle_cpu_rate is None:
            return None
        return (self.cpu_seconds - self.idle_cpu_rate * self.seconds) / len(self.walks)

    @property
    def mb_per_session(self) -> float:
        """Server RSS with every session open, less RSS before the round, per session, in MB."""
        return self.rss_growth / len(self.walks) / 1e6

    @property
    def client_busy(self) -> float:
        """How busy the participants' side (this bench; Playwright and Chromium if used) kept its CPU, in % of the round."""
        return 100 * self.client_cpu_seconds / self.seconds

    def step_times(self, kind: str) -> list[float]:
        """Every participant's seconds for one step kind."""
        return [s for walk in self.walks for s in walk.times.get(kind, [])]


def _ratio(values: list[list[float]]) -> str:
    if len(values) < 2 or not values[0] or not values[1] or not statistics.median(values[0]):
        return ""
    return f"{statistics.median(values[1]) / statistics.median(values[0]):.2f}x"


def _per_round(rounds: list[Round], figure) -> list[float]:
    return [value for r in rounds if (value := figure(r)) is not None]


def _kind_figure(kind: str, share: float):
    return lambda r: percentile(times, share) if (times := r.step_times(kind)) else None


def table(n: int, results: dict[str, list[Round]], client: str = "browser") -> list[list[str]]:
    """Rows for one N: a header, then per step kind its p50 and p95 (seconds), CPU per walk, MB per session, walks.

    `results` maps a configuration's label to its rounds; a second configuration adds a ratio column (second ÷ first).
    `client` names the participants' side in its CPU row ("browser", or "client" for protocol clients).
    """
    labels = list(results)
    rows = [["N", "figure", *labels] + (["ratio"] if len(labels) == 2 else [])]
    figures = [
        (f"{kind} {name} s", _kind_figure(kind, share), 2)
        for kind in KINDS
        for name, share in (("p50", 0.5), ("p95", 0.95))
    ]
    figures += [
        ("server CPU per walk s", lambda r: r.cpu_per_walk, 2),
        ("server CPU per walk, idle less s", lambda r: r.busy_cpu_per_walk, 2),
        ("RSS per session MB", lambda r: r.mb_per_session, 1),
        (f"{client} side CPU busy %", lambda r: r.client_busy, 0),
    ]
    for name, figure, digits in figures:
        values = [_per_round(results[label], figure) for label in labels]
        if any(values):
            rows.append(
                [str(n), name, *(spread(v, digits) for v in values)] + ([_ratio(values)] if len(labels) == 2 else [])
            )
    walks = [[w for r in results[label] for w in r.walks] for label in labels]
    lost = [f"{sum(w.lost is None for w in ws)} ok / {sum(w.lost is not None for w in ws)} lost" for ws in walks]
    rows.append([str(n), "walks", *lost] + ([""] if len(labels) == 2 else []))
    return rows


def as_text(rows: list[list[str]]) -> str:
    """The rows as aligned columns for the terminal."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows)


def as_markdown(rows: list[list[str]]) -> str:
    """The rows as a markdown table."""
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])


def write_docs(path: Path, text: str, name: str = MARKERS) -> None:
    """Replace what stands between the two marker comments named `name` in `path` with `text`."""
    page = path.read_text()
    start, end = f"<!-- {name}: start -->", f"<!-- {name}: end -->"
    if start not in page or end not in page:
        raise SystemExit(f"{path} lacks the markers {start} and {end}")
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.DOTALL)
    path.write_text(pattern.sub(lambda _m: f"{start}\n{text}\n{end}", page, count=1))

"""What the benches print about repeated measures: the median with min–max, and a nearest-rank percentile."""

from __future__ import annotations

import math
import statistics


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share 0.95 = p95): a value that was really measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def spread(values: list[float], digits: int = 2) -> str:
    """The median with min–max, e.g. `0.63 (0.55–0.70)`; a single value is printed alone."""
    if not values:
        return "–"
    middle = f"{statistics.median(values):.{digits}f}"
    return middle if len(values) == 1 else f"{middle} ({min(values):.{digits}f}–{max(values):.{digits}f})"

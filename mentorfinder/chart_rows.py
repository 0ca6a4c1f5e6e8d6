"""The numbers behind every profile chart, shared by the on-screen Plotly charts and the PDF's drawn charts."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .scoring import Profile

GROUP_ORDER = ("needs", "style", "availability", "fit", "readiness")
GROUP_TITLES = {
    "needs": "What you need from a mentor",
    "style": "How you like to communicate",
    "availability": "Time and rhythm",
    "fit": "Who fits you",
    "readiness": "Your readiness",
}
# Okabe–Ito: distinguishable with the common forms of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
GROUP_COLOURS = {
    "needs": "#0072B2",
    "style": "#E69F00",
    "availability": "#009E73",
    "fit": "#CC79A7",
    "readiness": "#56B4E9",
}
BIPOLAR_GROUPS = {"style", "availability", "fit"}  # 0..100 between two poles, rather than "how much"


@dataclass(frozen=True)
class ChartRow:
    """One bar: a dimension's label, its percent and, for two-pole dimensions, the pole words."""

    id: str
    label: str
    percent: float
    low: str
    high: str
    answered: bool = True  # False: no answered question scores it, so `percent` means nothing


def percent_text(row: ChartRow, suffix: str = "%") -> str:
    """'63%' rounded half up (62.5 -> 63, as people round, not to even), or 'not answered'."""
    return f"{math.floor(row.percent + 0.5)}{suffix}" if row.answered else "not answered"


def groups_in(profile: Profile) -> list[str]:
    """Groups present in the profile, in display order (unknown groups after the known ones)."""
    present = {d.group for d in profile.values()}  # "" is a group too: another instrument's plain scales
    return [g for g in GROUP_ORDER if g in present] + sorted(present - set(GROUP_ORDER))


def group_rows(profile: Profile, group: str) -> list[ChartRow]:
    """The group's dimensions; needs are sorted highest first, two-pole groups keep their declared order."""
    rows = [
        ChartRow(d.id, d.label, d.percent, d.low, d.high, d.items > 0) for d in profile.values() if d.group == group
    ]
    if group not in BIPOLAR_GROUPS:
        rows.sort(key=lambda r: (not r.answered, -r.percent, r.label))
    return rows


def group_title(group: str) -> str:
    """A heading for a group; dimensions declared without a group are "Your scores"."""
    return GROUP_TITLES.get(group, group.replace("_", " ").capitalize() or "Your scores")

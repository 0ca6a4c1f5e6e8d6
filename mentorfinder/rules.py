"""The words, thresholds and colours every surface shares (screen, PDF, CSV): each is defined here once.

The matching model's own numbers (weights, label thresholds, LABEL_WORDS) stay in matching.py, with
the model they belong to; this module holds how results are grouped, named, leaned and coloured.
"""

from __future__ import annotations

import math

GROUP_ORDER = ("needs", "style", "availability", "fit", "readiness")
# One title per group, on the charts, their tables, the PDF and the what-if weight sliders.
GROUP_TITLES = {
    "needs": "What you need from a mentor",
    "style": "How you like to communicate",
    "availability": "Time and rhythm",
    "fit": "Who fits you",
    "readiness": "Your readiness",
}
BIPOLAR_GROUPS = {"style", "availability", "fit"}  # 0..100 between two poles, rather than "how much"

# Okabe–Ito: distinguishable with the common forms of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
ACCENT = PALETTE[0]  # the main colour: panels' edge, bullets, any group without its own colour
GROUP_COLOURS = {"needs": PALETTE[0], "style": PALETTE[1], "availability": PALETTE[2], "fit": PALETTE[3],
                 "readiness": PALETTE[4]}  # fmt: skip
LABEL_COLOURS = {"best": PALETTE[2], "great": PALETTE[0], "good": PALETTE[1], "fair": "#999999"}

POLE_EDGE = 10.0  # beyond 60 or below 40 a two-pole percent reads as a pole; in between, as a balance
LEAN = 15.0  # the profile summary names a style, time or fit lean at least this far from the middle


def whole_percent(value: float) -> str:
    """'63%': rounded half up, as people round (62.5 -> 63; Python's format would give the even 62)."""
    return f"{math.floor(value + 0.5)}%"


def group_title(group: str) -> str:
    """A heading for a group; dimensions declared without a group are "Your scores"."""
    return GROUP_TITLES.get(group, group.replace("_", " ").capitalize() or "Your scores")

"""The words, thresholds and colours every surface shares (screen, PDF, CSV): each is defined here once.

The matching model's own numbers (weights, label thresholds, LABEL_WORDS) stay in matching.py, with
the model they belong to; this module holds how results are grouped, named, leaned and coloured.
"""

from __future__ import annotations

import math

from mentorfinder.i18n.catalogue import _, ngettext
from mentorfinder.i18n.words import either
from mentorfinder.matching.model import ABOUT_EQUAL, TIE_BREAK
from mentorfinder.matching.network import NetworkMember

# Headings said the same on the page and in the PDF.
CHECKS_TITLE = _("Worth a second look")  # answers that pull different ways
WHERE_TITLE = _("Where to find one")  # an archetype's places to look
QUESTIONS_TITLE = _("Questions to ask a possible mentor")  # an archetype's first questions

GROUP_ORDER = ("needs", "style", "availability", "fit", "readiness")
# One title per group, on the charts, their tables, the PDF and the what-if weight sliders.
GROUP_TITLES = {
    "needs": _("What you need from a mentor"),
    "style": _("How you like to communicate"),
    "availability": _("Time and rhythm"),
    "fit": _("Who fits you"),
    "readiness": _("Your readiness"),
}  # in English; group_title gives them in any language
BIPOLAR_GROUPS = {"style", "availability", "fit"}  # 0..100 between two poles, rather than "how much"

# Okabe–Ito: distinguishable with the common forms of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
ACCENT = PALETTE[0]  # the main colour: panels' edge, bullets, any group without its own colour
GROUP_COLOURS = {"needs": PALETTE[0], "style": PALETTE[1], "availability": PALETTE[2], "fit": PALETTE[3],
                 "readiness": PALETTE[4]}  # fmt: skip
LABEL_COLOURS = {"best": PALETTE[2], "great": PALETTE[0], "good": PALETTE[1], "fair": "#999999", "less": "#999999"}

POLE_EDGE = 10.0  # beyond 60 or below 40 a two-pole percent reads as a pole; in between, as a balance
LEAN = 15.0  # the profile summary names a style, time or fit lean at least this far from the middle


def whole_percent(value: float, language: str = "en") -> str:
    """'63%' (Spanish '63 %', a no-break space before the sign): rounded half up, as people round (62.5 -> 63;
    Python's format would give the even 62)."""
    return _("%(percent)s%%", language) % {"percent": math.floor(value + 0.5)}


def group_title(group: str, language: str = "en") -> str:
    """A heading for a group; dimensions declared without a group are "Your scores"."""
    if group in GROUP_TITLES:
        return _(GROUP_TITLES[group], language)
    return group.replace("_", " ").capitalize() or _("Your scores", language)


# The network's words, shared with the matches page: they never claim more cover than the network has.
NETWORK_INTRO = _(
    "No single mentor meets every need. These kinds of mentor complement each other and together cover your top needs."
)
PARTIAL_INTRO = _("No single mentor meets every need. These kinds of mentor complement each other:")
SINGLE_INTRO = _(
    "Here no two kinds of mentor cover more of your top needs than one alone does. Your best single option:"
)
NO_NETWORK = _("Every kind of mentor was ruled out by your must-haves, so there is no network to suggest.")
NO_COVER = _("the best single option here; it covers none of your top needs well")


def about_equal_rule(language: str = "en") -> str:
    """'Scores within 3 points are about equal.' and the tie-break rule, in the reader's language."""
    points = int(ABOUT_EQUAL) if float(ABOUT_EQUAL).is_integer() else 2  # a fraction reads as plural
    rule = ngettext(
        "Scores within %(points)s point are about equal.", "Scores within %(points)s points are about equal.", points,
        language,
    )  # fmt: skip
    return f"{rule % {'points': f'{ABOUT_EQUAL:g}'}} {_(TIE_BREAK, language)}"


def about_equal_words(rank: int, language: str = "en") -> str:
    """'about equal to #2': said beside a percent within ABOUT_EQUAL points of the match ranked just above."""
    return _("about equal to #%(rank)s", language) % {"rank": rank - 1}


def no_cover(language: str = "en") -> str:
    """What a lone member that covers no top need is, in the reader's language."""
    return _(NO_COVER, language)


def network_intro(network: list[NetworkMember], gaps: list[str], language: str = "en") -> str:
    """The sentence above the network: full cover is claimed only when no top need is left uncovered."""
    if not network:
        return _(NO_NETWORK, language)
    if len(network) == 1:
        return _(SINGLE_INTRO, language)
    return _(PARTIAL_INTRO if gaps else NETWORK_INTRO, language)


def gap_words(network: list[NetworkMember], gaps: list[str], language: str = "en") -> str:
    """The top needs no member covers well and what to do about it ('' when there are none)."""
    if not network or not gaps:
        return ""
    needs = {"needs": either([gap.lower() for gap in gaps], language)}
    if len(network) == 1:
        return (
            _("It does not cover %(needs)s well — ask this mentor who they could introduce you to.", language) % needs
        )
    return _("None of these covers %(needs)s well — ask each mentor who they could introduce you to.", language) % needs

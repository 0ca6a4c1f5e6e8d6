"""Which end of a dimension the person's own answers state: the one test every sentence naming a lean passes."""

from __future__ import annotations

from mentorfinder.i18n.catalogue import _
from mentorfinder.scoring.profile import DimensionScore, Evidence

CHOICES = {"single", "multiple"}


def end_of(percent: float, edge: float) -> str | None:
    """'high' at or above 50 + edge, 'low' at or below 50 - edge, else None (no lean)."""
    if percent >= 50 + edge:
        return "high"
    if percent <= 50 - edge:
        return "low"
    return None


def agrees(evidence: Evidence, end: str) -> bool:
    """Whether one answer says that end too: a choice must itself be there (its outer quarter), as a pole's words
    name a choice ('talks every week or two' is 'Every week' or 'Every two weeks'); a scale answer at least on
    that side of its middle; a ranked item by being ranked at all."""
    if evidence.kind == "ranking":
        return evidence.share > 0 if end == "high" else evidence.share == 0
    if evidence.kind in CHOICES:
        return evidence.share >= 0.75 if end == "high" else evidence.share <= 0.25
    return evidence.share > 0.5 if end == "high" else evidence.share < 0.5


def as_answered(dim: DimensionScore) -> DimensionScore:
    """The dimension as the answers gave it, before any contradiction rule changed it."""
    return dim.unresolved or dim


def stated_end(dim: DimensionScore, edge: float) -> str | None:
    """The end the person's own answers lean to, when the lean is at least `edge` from the middle and no answer on
    the dimension says otherwise; else None. A resolved score is never a stated lean: it is what we matched on."""
    answered = as_answered(dim)
    end = end_of(answered.percent, edge) if answered.items else None
    if end and all(agrees(e, end) for e in answered.evidence):
        return end
    return None


def pole_words(dim: DimensionScore, end: str, language: str = "en") -> str:
    """The words for one end of a dimension ('talks every week or two'), or 'high …'/'low …' when it has none."""
    label = {"label": dim.label.lower()}
    if end == "high":
        return dim.high or _("high %(label)s", language) % label
    return dim.low or _("low %(label)s", language) % label

"""The parts of a generated sentence about the answers: what it claims, as data the audit compares (not prose), the
end of a dimension the answers state, and one answer quoted exactly with its question (or its question named)."""

from __future__ import annotations

from dataclasses import dataclass

from mentorfinder.i18n.catalogue import _
from mentorfinder.scoring.profile import DimensionScore, Evidence

CHOICES = {"single", "multiple"}
QUOTE_ORDER = {"single": 0, "multiple": 0, "ranking": 0, "number": 1, "scale": 1}  # then likert (2)


@dataclass(frozen=True)
class Quote:
    """The sentence quotes the answer to this question in these words (all of it, or some of its choices)."""

    questionnaire: str
    question: str
    words: str


@dataclass(frozen=True)
class Asked:
    """The sentence names this question in words (its topic, or its prompt)."""

    questionnaire: str
    question: str


@dataclass(frozen=True)
class Lean:
    """The sentence says the person's own answers lean to this end ('high' or 'low') of a dimension."""

    dimension: str
    end: str


@dataclass(frozen=True)
class Matched:
    """The sentence says matching used this end of a dimension, set by a contradiction rule (told as such)."""

    dimension: str
    end: str
    check: str


@dataclass(frozen=True)
class Flexible:
    """The sentence says the person has no lean in a whole group (style, availability, fit)."""

    group: str


@dataclass(frozen=True)
class Needs:
    """The sentence names needs by their place in the person's ranking (0 = top need, -1 = the last)."""

    needs: tuple[str, ...]
    places: tuple[int, ...]


@dataclass(frozen=True)
class Reason:
    """A reason line: this answer favours this kind of mentor on this dimension."""

    questionnaire: str
    question: str
    dimension: str
    archetype: str


@dataclass(frozen=True)
class Serves:
    """This kind of mentor serves this need at least 'well' (`well`), or at most 'a little' (not `well`)."""

    need: str
    archetype: str
    well: bool = True


@dataclass(frozen=True)
class Kind:
    """The sentence says this kind of mentor usually works at this end of a dimension."""

    archetype: str
    dimension: str
    end: str


@dataclass(frozen=True)
class Gate:
    """The sentence says the answer to this question is not one this kind of mentor is for (its gate)."""

    archetype: str
    questionnaire: str
    question: str


@dataclass(frozen=True)
class FitRule:
    """The sentence says this fit rule (data/fit_rules.yaml) holds for the answers and lowers this kind of mentor."""

    rule: str
    archetype: str


class Sentence(str):
    """A sentence as shown (a plain str for every caller) with its claims attached for the audit."""

    claims: tuple

    def __new__(cls, text: str, claims: tuple | list = ()):
        """The text as given, carrying `claims` (a str subclass: it joins, compares and prints as the text)."""
        made = super().__new__(cls, text)
        made.claims = tuple(claims)
        return made


def claims_of(text: str) -> tuple:
    """The claims a sentence carries (none for a plain string)."""
    return getattr(text, "claims", ())


# Which end of a dimension the person's own answers state: the one test every sentence naming a lean passes.


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


def quote_for(dim: DimensionScore, towards_high: bool) -> Evidence | None:
    """The answer that most clearly says what the person wants on this dimension, or None.

    Only an answer that itself sits at that end (the top or bottom quarter of its own range, or any ranked place)
    and states a preference is quoted, so a quote never contradicts the claim and an absence ('Nothing in
    particular yet', 0 hours) is never a reason. The question that asks it most directly wins: a labelled choice
    ("Every week") before a number ("6 hours a month"), both before an agree-scale.
    """
    end = "high" if towards_high else "low"
    at_end = [e for e in dim.evidence if e.answer and e.says and _at_end(e, end)]
    if not at_end:
        return None
    return min(at_end, key=lambda e: (QUOTE_ORDER.get(e.kind, 2), -e.span, e.question))


def _at_end(evidence: Evidence, end: str) -> bool:
    """A scale answer in its outer quarter (agreeing is not enough for a quote); choices as `agrees` says."""
    if evidence.kind in {"likert", "scale", "number"}:
        return evidence.share >= 0.75 if end == "high" else evidence.share <= 0.25
    return agrees(evidence, end)


def _prompt(evidence: Evidence) -> str:
    return evidence.prompt.rstrip(".?")


def said(evidence: Evidence, language: str = "en") -> tuple[str, tuple]:
    """('For how often to talk, you chose ‘Every week’', its claims): the answer, exactly, and its question.

    An agree-scale, or a question without a topic, is named by its prompt: 'You chose ‘Agree’ for “…”'.
    """
    values = {"answer": evidence.answer, "prompt": _prompt(evidence), "topic": evidence.topic}
    claims = (
        Quote(evidence.questionnaire, evidence.question, evidence.answer),
        Asked(evidence.questionnaire, evidence.question),
    )
    if evidence.kind == "likert" or not evidence.topic:
        if evidence.kind == "ranking":
            return _("You put %(answer)s for “%(prompt)s”", language) % values, claims
        return _("You chose %(answer)s for “%(prompt)s”", language) % values, claims
    if evidence.kind == "ranking":
        return _("For %(topic)s, you put %(answer)s", language) % values, claims
    if evidence.kind == "number":
        return _("For %(topic)s, you said %(answer)s", language) % values, claims
    return _("For %(topic)s, you chose %(answer)s", language) % values, claims


def suits_brief(evidence: Evidence, a_name: str, language: str = "en") -> str:
    """'Your answer on how often to talk suits a Skills coach.': the reason without the quote, for print."""
    values = {"topic": evidence.topic, "prompt": _prompt(evidence), "a_name": a_name}
    if not evidence.topic:
        return _("Your answer to “%(prompt)s” suits %(a_name)s.", language) % values
    return _("Your answer on %(topic)s suits %(a_name)s.", language) % values


def unlike_brief(evidence: Evidence, a_name: str, offers: str, language: str = "en", person: bool = False) -> str:
    """'A Sponsor usually means …, unlike your answer on how often to talk.': a conflict without the quote; for a
    programme's real mentor (`person`), 'Mentoring with Ana García means …'."""
    values = {"topic": evidence.topic, "prompt": _prompt(evidence), "a_name": a_name, "offers": offers}
    if person and not evidence.topic:
        return _("Mentoring with %(a_name)s means %(offers)s, unlike your answer to “%(prompt)s”.", language) % values
    if person:
        return _("Mentoring with %(a_name)s means %(offers)s, unlike your answer on %(topic)s.", language) % values
    if not evidence.topic:
        return _("%(a_name)s usually means %(offers)s, unlike your answer to “%(prompt)s”.", language) % values
    return _("%(a_name)s usually means %(offers)s, unlike your answer on %(topic)s.", language) % values

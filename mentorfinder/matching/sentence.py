"""A generated sentence that carries what it claims about the answers as data, so an audit compares data, not prose."""

from __future__ import annotations

from dataclasses import dataclass


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

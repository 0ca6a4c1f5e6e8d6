"""Scores computed from other scores: derived (reflected or offset) dimensions and ranked codes."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mentorfinder.content.schema import Code, Dimension, Question, Questionnaire
from mentorfinder.i18n.words import translate


@dataclass
class RankedCode:
    """A ranked code as reported: the letters, the dimensions they stand for, and what could not rank."""

    id: str
    label: str
    code: str
    dimensions: list[str]
    unranked: list[str]  # dimensions with no answered question: they cannot take a place in the code


def scored_dimensions(question: Question) -> set[str]:
    """Every dimension a question can move, through its own scores or its options'."""
    return set(question.scores).union(*(o.scores for o in question.options))


def derive(dim: Dimension, source, language: str, fallback: str):
    """A derived dimension's score from its source's: raw, range and percent follow raw' = times × raw + plus.

    The percent is recomputed from the new range, so `times: -1` reflects it (60% becomes 40%).
    """
    rule = dim.derived
    ends = sorted((rule.times * source.lowest + rule.plus, rule.times * source.highest + rule.plus))
    raw = rule.times * source.raw + rule.plus
    percent = (raw - ends[0]) / (ends[1] - ends[0]) * 100 if ends[1] > ends[0] else 0.0
    low, high = translate(dim.low, language, fallback), translate(dim.high, language, fallback)
    if not (low or high):
        low, high = (source.high, source.low) if rule.times < 0 else (source.low, source.high)  # reflected: swap
    return replace(
        source,
        id=dim.id,
        label=translate(dim.label, language, fallback),
        group=dim.group,
        raw=round(raw, 4),
        percent=round(percent, 1),
        lowest=round(ends[0], 4),
        highest=round(ends[1], 4),
        low=low,
        high=high,
        evidence=[],
    )


def ranked_code(code: Code, profile, language: str = "en", fallback: str = "en") -> RankedCode:
    """The `top` answered dimensions by percent, highest first; equal percents keep the order listed."""
    answered = [d for d in code.dimensions if profile[d].items]
    order = sorted(answered, key=lambda d: (-profile[d].percent, code.dimensions.index(d)))[: code.top]
    letters = "".join(code.letters.get(d, d.upper()) for d in order)
    unranked = [d for d in code.dimensions if d not in answered]
    return RankedCode(code.id, translate(code.label, language, fallback), letters, order, unranked)


def ranked_codes(questionnaires: list[Questionnaire], profile, language: str = "en") -> list[RankedCode]:
    """Every declared ranked code, in questionnaire order."""
    return [ranked_code(c, profile, language, q.default_language) for q in questionnaires for c in q.codes]


def dimension_problems(q: Questionnaire, scored: set[str], add) -> None:
    """Check derived dimensions and ranked codes, and that every other dimension is scored by a question.

    `scored` is every dimension some question or option scores; `add(loc, message)` records a problem.
    """
    plain = {d.id for d in q.dimensions if not d.derived}
    for i, dim in enumerate(q.dimensions):
        loc = ("dimensions", i)
        if dim.derived and dim.derived.from_ not in plain:
            known = ", ".join(sorted(plain)) or "none"
            add(loc + ("derived", "from"), f"dimension '{dim.id}': derived from unknown dimension "
                f"'{dim.derived.from_}' — name a scored dimension of this questionnaire (known: {known})")  # fmt: skip
        elif dim.derived and dim.id in scored:
            add(loc, f"dimension '{dim.id}' is derived, so no question may score it — remove it from the scores")
        elif not dim.derived and dim.id not in scored:
            add(loc, f"dimension '{dim.id}' is declared but no question scores it — it would always be empty; "
                "score it in a question, derive it (derived: {from: ...}) or remove it")  # fmt: skip
    declared = {d.id for d in q.dimensions}
    for i, code in enumerate(q.codes):
        loc = ("codes", i)
        for dim in [*code.dimensions, *code.letters]:
            if dim not in declared:
                add(loc, f"code '{code.id}': unknown dimension '{dim}' — list dimensions of this questionnaire")
        if not 1 <= code.top <= len(code.dimensions):
            add(loc + ("top",), f"code '{code.id}': top must be 1..{len(code.dimensions)}, got {code.top}")

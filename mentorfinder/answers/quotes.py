"""The person's answers in words, exactly as they chose them: the one place every quoted answer is made, and
the answers shown under their own headings (own words)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.schema import Question, Questionnaire
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import joined, translate


def quoted(words: str, language: str = "en") -> str:
    """Quote marks around an answer label: ‘Every week’ (in Spanish, «Cada semana»)."""
    return _("‘%(words)s’", language) % {"words": words}


def _position_words(language: str) -> tuple[str, ...]:
    """The first five places in words (each a literal here, so the catalogue finds it)."""
    return (_("first", language), _("second", language), _("third", language), _("fourth", language),
            _("fifth", language))  # fmt: skip


def position(index: int, language: str = "en") -> str:
    """0 -> 'first', 1 -> 'second', … then '6th', '7th' (Spanish: 'primero', … '6.º')."""
    words = _position_words(language)
    if index < len(words):
        return words[index]
    n = index + 1
    if 10 <= n % 100 <= 20:
        suffix = _("th", language)
    else:
        suffix = {1: _("st", language), 2: _("nd", language), 3: _("rd", language)}.get(n % 10) or _("th", language)
    return f"{n}{suffix}"


def number_words(value: float) -> str:
    """A number as the person typed it: 3, 2.5 (whole numbers without '.0'; never scientific notation)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, int):
        return str(value)
    return str(int(value)) if value.is_integer() else f"{value:.4f}".rstrip("0").rstrip(".")


def amount(question: Question, value: float, language: str = "en") -> str:
    """'1 hour a month', '3 hours a month', '7 years': the number with its unit, singular for exactly 1."""
    unit = (
        translate(question.unit_one, language)
        if value == 1 and question.unit_one
        else translate(question.unit, language)
    )
    return f"{number_words(value)} {unit}".strip()


def answer_words(
    questionnaire: Questionnaire, question: Question, value: Any, language: str = "en", only: set[str] | None = None
) -> str:
    """The answer in the person's own choice of words, e.g. ‘Every week’, ‘A’ and ‘B’, ‘X’ first, 3 hours a month.

    `only` narrows a multiple-choice or ranking answer to the options that matter for what is being said.
    A slider without a unit reads '7 out of 10'; free text is returned as typed.
    """
    kind = question.type
    if kind in {"single", "multiple", "ranking"}:
        by_id = {o.id: o for o in question.options}
        chosen = [value] if kind == "single" else list(value)
        picked = [(i, oid) for i, oid in enumerate(chosen) if oid in by_id and (only is None or oid in only)]
        if kind == "ranking":
            places = [
                f"{quoted(translate(by_id[oid].label, language), language)} {position(i, language)}"
                for i, oid in picked
            ]
            return joined(places, language)
        return joined([quoted(translate(by_id[oid].label, language), language) for _i, oid in picked], language)
    if kind == "likert":
        words = questionnaire.scale_of(question).labels.get(int(value))
        return quoted(translate(words, language), language) if words else number_words(value)
    if kind == "scale" and not question.unit:
        values = {"value": number_words(value), "max": number_words(question.max)}
        return _("%(value)s out of %(max)s", language) % values
    if kind in {"scale", "number"}:
        return amount(question, value, language)
    return str(value)


@dataclass
class OwnWords:
    """One answer shown under its heading: free text exactly as typed, choices as quoted labels."""

    questionnaire: str
    question: str
    heading: str
    text: str


def own_words(questionnaires: list[Questionnaire], shown: ShownAnswers, language: str = "en") -> list[OwnWords]:
    """Answered, visible questions that have a `summary`, in questionnaire then question order.

    Free text is kept exactly as typed (a blank answer counts as unanswered); any other answer is
    worded by answer_words, so chosen options appear in quote marks exactly as labelled.
    """
    found = []
    for q in questionnaires:
        given = shown.answers[q.id]
        for question in q.questions():
            value = given.get(question.id)
            if not question.summary or value in (None, [], "") or (isinstance(value, str) and not value.strip()):
                continue
            heading = translate(question.summary, language, q.default_language)
            words = value if question.type == "text" else answer_words(q, question, value, language)
            found.append(OwnWords(q.id, question.id, heading, words))
    return found

"""The person's answers in words, exactly as they chose them: the one place every quoted answer is made."""

from __future__ import annotations

from typing import Any

from .schema import Question, Questionnaire, translate

POSITION_WORDS = ("first", "second", "third", "fourth", "fifth")


def quoted(words: str) -> str:
    """Typographic single quotes around an answer label: ‘Every week’."""
    return f"‘{words}’"


def joined(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' (an empty list gives '')."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def position(index: int) -> str:
    """0 -> 'first', 1 -> 'second', … then '6th', '7th'."""
    if index < len(POSITION_WORDS):
        return POSITION_WORDS[index]
    n = index + 1
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
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
            return joined([f"{quoted(translate(by_id[oid].label, language))} {position(i)}" for i, oid in picked])
        return joined([quoted(translate(by_id[oid].label, language)) for _, oid in picked])
    if kind == "likert":
        words = questionnaire.scale_of(question).labels.get(int(value))
        return quoted(translate(words, language)) if words else number_words(value)
    if kind == "scale" and not question.unit:
        return f"{number_words(value)} out of {number_words(question.max)}"
    if kind in {"scale", "number"}:
        return amount(question, value, language)
    return str(value)

"""Which questions and options are shown, given the answers so far (show_if evaluation)."""

from __future__ import annotations

from typing import Any

from mentorfinder.content.schema import Condition, Option, Question, Questionnaire


def condition_holds(cond: Condition | None, answers: dict[str, Any]) -> bool:
    """True when the condition is absent or every test it declares holds for the earlier answer."""
    if cond is None:
        return True
    value = answers.get(cond.question)
    answered = value not in (None, "", [])
    if cond.answered is not None:
        if cond.answered != answered:
            return False
    elif not answered:
        return False
    values = value if isinstance(value, list) else [value]
    if cond.in_ is not None and not any(v in cond.in_ for v in values):
        return False
    if cond.not_in is not None and any(v in cond.not_in for v in values):
        return False
    if cond.equals is not None and cond.equals not in values:
        return False
    if cond.min is not None and not (_is_number(value) and value >= cond.min):
        return False
    if cond.max is not None and not (_is_number(value) and value <= cond.max):
        return False
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def visible_answers(questionnaire: Questionnaire, answers: dict[str, Any]) -> dict[str, Any]:
    """The answers to questions that are shown; a hidden question's answer is ignored downstream too."""
    shown: dict[str, Any] = {}
    for question in questionnaire.questions():
        if condition_holds(question.show_if, shown) and question.id in answers:
            shown[question.id] = answers[question.id]
    return shown


def visible_questions(questionnaire: Questionnaire, answers: dict[str, Any]) -> list[Question]:
    """Questions shown for these answers, in order."""
    shown = visible_answers(questionnaire, answers)
    return [q for q in questionnaire.questions() if condition_holds(q.show_if, shown)]


def visible_options(question: Question, answers: dict[str, Any]) -> list[Option]:
    """Options of a question shown for these (visible) answers."""
    return [o for o in question.options if condition_holds(o.show_if, answers)]

"""Which questions and options are shown, given the answers so far (show_if), and the shown answers rules read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from mentorfinder.content.schema import Condition, Option, Question, Questionnaire

NONE: Mapping[str, Any] = MappingProxyType({})


class CheckTest(Condition):
    """One test of a rule: a show_if test (in, not_in, equals, min, max, answered) on any questionnaire's question."""

    questionnaire: str


def condition_holds(cond: Condition | None, answers: Mapping[str, Any]) -> bool:
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


def visible_options(question: Question, answers: Mapping[str, Any]) -> list[Option]:
    """Options of a question shown for these (visible) answers."""
    return [o for o in question.options if condition_holds(o.show_if, answers)]


@dataclass(frozen=True)
class ShownAnswers:
    """A person's answers as every rule reads them, read-only. Built once where answers come in (`evaluate`, the
    CLI's score, a programme's participant or mentor); no stage filters them again, so a hidden question's
    answer is nowhere downstream. Stages read the fields directly (no accessor to step into).
    """

    answers: Mapping[str, Mapping[str, Any]]  # questionnaire id -> its shown answers by question id (every one loaded)
    questions: Mapping[str, Mapping[str, Question]]  # questionnaire id -> its shown questions by id, answered or not

    @classmethod
    def of(cls, questionnaires: list[Questionnaire], answers: dict[str, dict[str, Any]]) -> ShownAnswers:
        """Filter the answers once: a questionnaire not given has no answers, only its always-shown questions.
        Answers the app already filtered at its door (GivenAnswers, for the same questionnaires) are taken as they are.
        """
        if isinstance(answers, GivenAnswers) and answers.shown.answers.keys() == {q.id for q in questionnaires}:
            return answers.shown
        shown = {q.id: MappingProxyType(visible_answers(q, answers.get(q.id, {}))) for q in questionnaires}
        questions = {
            q.id: MappingProxyType({x.id: x for x in q.questions() if condition_holds(x.show_if, shown[q.id])})
            for q in questionnaires
        }
        return cls(MappingProxyType(shown), MappingProxyType(questions))

    def holds(self, test: CheckTest) -> bool:
        """A check or fit rule's test holds for a shown question's answer; a test on a hidden question never
        holds, whatever it tests (even `answered: false`)."""
        return test.question in self.questions.get(test.questionnaire, NONE) and condition_holds(
            test, self.answers[test.questionnaire]
        )


class GivenAnswers(dict):
    """The shown answers of each questionnaire a person answered, as a plain dict (what the app's answers file,
    a programme's copy and a memo key hold), with the ShownAnswers they were taken from, so the app filters a
    person's answers once: ShownAnswers.of (in evaluate, or for a programme's participant) takes them as they are.
    """

    shown: ShownAnswers

    @classmethod
    def of(cls, questionnaires: list[Questionnaire], answers: dict[str, dict[str, Any]]) -> GivenAnswers:
        """The answers filtered once; a questionnaire with no answer at all is left out of the dict."""
        shown = ShownAnswers.of(questionnaires, answers)
        given = cls((q, dict(kept)) for q, kept in shown.answers.items() if answers.get(q))
        given.shown = shown
        return given

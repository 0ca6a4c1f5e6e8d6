"""The wizard's steps: one per questionnaire section, in order, with Back/Next and the notes for unfinished answers."""

from __future__ import annotations

from dataclasses import dataclass

from mentorfinder.answers.completeness import Unfinished, unfinished
from mentorfinder.content.load import Content
from mentorfinder.content.schema import Questionnaire, Step
from mentorfinder.i18n.catalogue import _, ngettext

from . import state
from .boundary import safe_callback
from .memo import remember
from .widgets import harvest


@dataclass(frozen=True)
class WizardStep:
    """One screen of the wizard."""

    questionnaire: Questionnaire
    step: Step


def all_steps(content: Content) -> list[WizardStep]:
    """Every step of every questionnaire, in questionnaire order."""
    return [WizardStep(q, s) for q in content.questionnaires for s in q.steps]


def note(problem: Unfinished, language: str = "en") -> str:
    """What to do about an unfinished answer, in words for the person filling in the form."""
    if problem.kind == "missing":
        return _("Please answer: %(prompt)s", language) % {"prompt": problem.prompt}
    if problem.kind == "exclusive":
        return _("“%(option)s” can't be combined with other choices.", language) % {"option": problem.option}
    if problem.ranking:
        return ngettext(
            "Please fill the %(count)s place.",
            "Please fill all %(count)s places, most important first.",
            problem.low,
            language,
        ) % {"count": problem.low}
    return _("Please choose between %(low)s and %(high)s.", language) % {"low": problem.low, "high": problem.high}


def step_notes(content: Content, index: int) -> dict[str, str]:
    """{widget key: note} for the shown questions of one step that are not answered in full."""
    ws = all_steps(content)[index]
    ids = {question.id for question in ws.step.questions}
    spoken = state.language()
    found = unfinished([ws.questionnaire], state.answers(), spoken)
    return {state.widget_key(p.questionnaire, p.question): note(p, spoken) for p in found if p.question in ids}


def first_incomplete(content: Content) -> int | None:
    """Index of the first step with an unfinished answer, or None when every answer is complete (worked out again
    only when the answers change: the welcome and every result page ask on each rerun)."""
    given = state.answers()
    return remember("first_incomplete", lambda: _first_incomplete(content, given), content=id(content), answers=given)


def _first_incomplete(content: Content, given: dict) -> int | None:
    found = unfinished(list(content.questionnaires), given, state.language())
    places = {(p.questionnaire, p.question) for p in found}
    for index, ws in enumerate(all_steps(content)):
        if any((ws.questionnaire.id, question.id) in places for question in ws.step.questions):
            return index
    return None


def check_step(content: Content, index: int) -> dict[str, str]:
    """The step's notes after Next: a note already there (a number refused as typed) says more than
    "Please answer", so it stays while its question is still unfinished.

    Every question drawn on the step is first brought into answers as shown: a change that came with the
    click may not have run its own callback yet, and the step is judged on what the person sees."""
    ws = all_steps(content)[index]
    for question in ws.step.questions:
        harvest(ws.questionnaire, question)
    earlier = state.errors()
    return {key: earlier.get(key, note) for key, note in step_notes(content, index).items()}


@safe_callback
def go_next(content: Content) -> None:
    """Next: check this step's shown questions; move on only when every one is answered in full."""
    index = state.step()
    notes = check_step(content, index)
    if notes:
        state.set_errors(notes)
    else:
        state.set_step(index + 1)


@safe_callback
def go_back() -> None:
    """Back: never checks and never drops an answer."""
    state.set_step(max(0, state.step() - 1))

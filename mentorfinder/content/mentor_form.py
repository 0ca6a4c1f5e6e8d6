"""The mentor questionnaire (questionnaires/mentor/mentor.yaml): loaded and held to the participants' dimensions."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mentorfinder.content.load import QUESTIONNAIRES_DIR, Content
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.message import N_, Message
from mentorfinder.intake.problems import ContentError, Problem

# Its own folder: the participant wizard loads questionnaires/*.yaml only, never a sub-folder.
MENTOR_FORM = QUESTIONNAIRES_DIR / "mentor" / "mentor.yaml"
CAPACITY_QUESTION = "mentees"  # how many mentees at once: the roster's `capacity` column carries this answer
MEETING_QUESTION = "meeting_mode"  # says the `meeting_mode` attribute a participant's must-have filters on
LENGTH_QUESTION = "commitment_length"  # says the `engagement` attribute, with ONE_OFF_QUESTION
ONE_OFF_QUESTION = "one_off_too"


def load_mentor_form(path: Path | str = MENTOR_FORM, content: Content | None = None) -> Questionnaire:
    """Load and check the mentor questionnaire; with `content`, also check each dimension it scores is one of
    the participants' dimensions in the same group (so a mentor sits in the archetypes' space).

    Raises ContentError listing every problem.
    """
    form = load_questionnaire(path)
    problems = []
    if content is not None:
        groups = {d.id: d.group for q in content.questionnaires for d in q.dimensions}
        for dim in form.dimensions:
            if groups.get(dim.id) != dim.group:
                words = N_("dimension '%(id)s' (group '%(group)s') is not a participant dimension of that group")
                problems.append(Problem(str(path), 1, Message(words, id=dim.id, group=dim.group)))
    questions = {q.id for q in form.questions()}
    for needed in (CAPACITY_QUESTION, MEETING_QUESTION, LENGTH_QUESTION):
        if needed not in questions:
            words = N_("the mentor questionnaire needs a question '%(id)s'")
            problems.append(Problem(str(path), 1, Message(words, id=needed)))
    if problems:
        raise ContentError(problems)
    return form


@cache
def mentor_form() -> Questionnaire:
    """The shipped mentor questionnaire, loaded once per process (it is immutable once loaded)."""
    return load_mentor_form()

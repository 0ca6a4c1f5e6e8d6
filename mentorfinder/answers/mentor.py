"""A programme's mentor: who they are, how many mentees they take, and their mentor-questionnaire answers."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from mentorfinder.answers.completeness import unfinished
from mentorfinder.answers.file import answer_problems
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.mentor_form import CAPACITY_QUESTION
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import ProperName
from mentorfinder.intake.problems import ContentError, Problem

MAX_CAPACITY = 10  # the most mentees one mentor takes at once (the questionnaire's `mentees` range)


@dataclass(frozen=True)
class Mentor:
    """One mentor of a programme (the data contract shared by the store, the roster CSV and the pages).

    `answers` has the participant answers' shape: {questionnaire id: {question id: answer}}, here
    {"mentor": {...}}. A mentor who fills the questionnaire by link and the same person's roster row give
    the same Mentor. `show_name`: the mentor agreed that participants see their name; `contact` is shown only
    to the coordinator and to the participant paired with them.
    """

    id: str
    name: str
    show_name: bool
    contact: str
    capacity: int
    answers: dict[str, dict[str, Any]] = field(default_factory=dict, hash=False, compare=True)

    def shown_name(self, language: str = "en") -> ProperName:
        """What a participant sees: the name where the mentor agreed, else 'Mentor <id>' (a proper name either way,
        so sentences never put an article before it)."""
        if self.show_name and self.name:
            return ProperName(self.name)
        return ProperName(_("Mentor %(id)s", language) % {"id": self.id})


def mentor_from_answers(
    form: Questionnaire, mentor_id: str, name: str, show_name: bool, contact: str, answers: dict[str, Any]
) -> Mentor:
    """The Mentor for someone who filled the mentor questionnaire by link: their capacity is their answer to
    how many mentees they could take (`answers` is the form's own {question id: answer}).

    Raises ContentError when an answer is invalid or a shown question is unanswered (checked as an answers file is).
    """
    # invalid answers first and alone (as an answers file is read, then checked complete): a null is not also "missing"
    problems = answer_problems(form, answers, form.id, lambda _question: 1)
    problems = problems or [Problem(form.id, 1, m.file_message()) for m in unfinished([form], {form.id: answers})]
    if problems:
        raise ContentError(problems)
    return Mentor(mentor_id, name, show_name, contact, int(answers[CAPACITY_QUESTION]), {form.id: dict(answers)})


FIRST = ("Ana", "Ben", "Carmen", "David", "Elena", "Farid", "Grace", "Hugo", "Inés", "Jon", "Kemi", "Luis")
FIELDS = ("Engineering", "Finance", "Health care", "Teaching", "Law", "Marketing", "Public service", "Design")
LAST = ("García", "Smith", "López", "Okafor", "Martín", "Chen", "Ruiz", "Patel", "Díaz", "Novak", "Silva", "Ito")


def sample_mentors(form: Questionnaire, count: int, seed: int = 0) -> list[Mentor]:
    """`count` random but valid mentors (the `sample-roster` command, tests, the bench); the same seed gives the same.

    Capacity is mostly one to three mentees, as in real programmes; about one in four keeps their name hidden.
    """
    mentors = []
    for n in range(1, count + 1):
        rng = random.Random(f"{seed}/mentor/{n}")
        answers = sample_answers([form], seed * 100_003 + n)[form.id]
        answers[CAPACITY_QUESTION] = rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5))
        answers["field"] = rng.choice(FIELDS)  # a text answer: a field, not the generic sample sentence
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        contact = f"mentor{n}@example.org"
        mentors.append(Mentor(f"M{n:03d}", name, rng.random() >= 0.25, contact, answers[CAPACITY_QUESTION],
                              {form.id: answers}))  # fmt: skip
    return mentors

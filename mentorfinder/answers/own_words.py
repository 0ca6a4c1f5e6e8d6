"""The person's own words: answers to questions with a `summary` heading, for the profile page and the PDF."""

from __future__ import annotations

from dataclasses import dataclass

from mentorfinder.answers.quotes import answer_words
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.words import translate


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
    worded by quotes.answer_words, so chosen options appear in quote marks exactly as labelled.
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

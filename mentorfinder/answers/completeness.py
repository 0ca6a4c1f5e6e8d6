"""Which shown questions are not yet answered in full: structured problems the UI and CLI only word.

A draft saved mid-question is a valid answers file or link, but not finished: a required answer missing,
too few picks, or an `exclusive` option ("None of these") chosen together with others.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from mentorfinder.answers.file import Answers, pick_range
from mentorfinder.content.conditions import visible_questions
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.words import translate


@dataclass(frozen=True)
class Unfinished:
    """One shown question that stops the answers being complete."""

    questionnaire: str
    question: str
    prompt: str
    kind: Literal["missing", "too_few", "exclusive"]
    ranking: bool = False
    low: int = 0  # fewest picks wanted (too_few)
    high: int = 0  # most picks allowed (too_few)
    got: int = 0  # picks given (too_few)
    option: str = ""  # the exclusive option's label (exclusive)

    def file_message(self) -> str:
        """The wording for a file or the command line: names the question by its ids."""
        where = f"{self.questionnaire}.{self.question}"
        if self.kind == "missing":
            return f"missing required answer {where} (“{self.prompt}”)"
        if self.kind == "exclusive":
            return f"{where}: “{self.option}” can't be combined with other options (“{self.prompt}”)"
        wanted = f"{self.low} in order" if self.ranking else f"{self.low} to {self.high}"
        return f"{where}: choose {wanted}, got {self.got} (“{self.prompt}”)"


def unfinished(questionnaires: list[Questionnaire], answers: Answers, language: str = "en") -> list[Unfinished]:
    """Every shown question not yet answered in full, in questionnaire order."""
    found = []
    for q in questionnaires:
        given = answers.get(q.id, {})
        for question in visible_questions(q, given):
            value = given.get(question.id)
            prompt = translate(question.prompt, language, q.default_language)
            same = {"questionnaire": q.id, "question": question.id, "prompt": prompt}
            if value in (None, "", []):
                if question.required:
                    found.append(Unfinished(kind="missing", **same))
                continue
            if not isinstance(value, list):
                continue
            low, high = pick_range(question)
            if len(value) < low:
                ranking = question.type == "ranking"
                found.append(Unfinished(kind="too_few", ranking=ranking, low=low, high=high, got=len(value), **same))
            alone = [o for o in question.options if o.exclusive and o.id in value]
            if alone and len(value) > 1:
                label = translate(alone[0].label, language, q.default_language)
                found.append(Unfinished(kind="exclusive", option=label, **same))
    return found

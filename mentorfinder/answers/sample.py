"""Random but valid answers for any questionnaire set (the `sample-answers` command, tests, benchmarks)."""

from __future__ import annotations

import random
from typing import Any

from mentorfinder.content.conditions import condition_holds, visible_options
from mentorfinder.content.schema import Question, Questionnaire


def sample_answers(questionnaires: list[Questionnaire], seed: int = 0) -> dict[str, dict[str, Any]]:
    """Answer every shown question with a random valid value; the same seed gives the same answers.

    Each question draws from its own stream (seed, questionnaire, question), so adding or moving a question
    never changes the answers a seed gives to the others.
    """
    answers: dict[str, dict[str, Any]] = {}
    for q in questionnaires:
        given: dict[str, Any] = {}
        for question in q.questions():
            if condition_holds(question.show_if, given):
                rng = random.Random(f"{seed}/{q.id}/{question.id}")
                given[question.id] = _value(rng, q, question, given)
        answers[q.id] = given
    return answers


def _value(rng: random.Random, q: Questionnaire, question: Question, given: dict[str, Any]) -> Any:
    kind = question.type
    option_ids = [o.id for o in visible_options(question, given)]
    if kind == "single":
        return rng.choice(option_ids)
    if kind == "multiple":
        low = question.min_selected or 0
        high = question.max_selected if question.max_selected is not None else len(option_ids)
        picks = rng.sample(option_ids, rng.randint(max(low, 1 if high else 0), min(high, len(option_ids))))
        alone = {o.id for o in question.options if o.exclusive}
        # "None of these" with other picks is unfinished: keep the others (same random draw, so seeds stay put)
        return [p for p in picks if p not in alone] if len(picks) > 1 else picks
    if kind == "ranking":
        return rng.sample([o.id for o in question.options], question.top or len(question.options))
    if kind == "likert":
        scale = q.scale_of(question)
        return rng.randint(scale.min, scale.max)
    if kind in {"scale", "number"}:
        step = question.step or 1
        steps = int(round((question.max - question.min) / step))
        value = question.min + step * rng.randint(0, steps)
        return int(value) if float(value).is_integer() else round(value, 6)
    return rng.choice(["I would like to grow as a leader.", "Not sure yet.", "More confidence in meetings."])

"""Answers nudged a little: 30% of the scale answers moved one point, to see whether the #1 match holds."""

from __future__ import annotations

import copy
import random
from typing import Any

from mentorfinder.content.conditions import visible_questions
from mentorfinder.content.schema import Questionnaire

SHARE = 0.3  # of the answered scale questions (likert, scale, number) that move
SEED_OFFSET = 1_000_003  # the nudge's own random stream, apart from the answers' seed


def nudged(
    questionnaires: list[Questionnaire], answers: dict[str, dict[str, Any]], seed: int
) -> dict[str, dict[str, Any]]:
    """A copy of the answers with SHARE of the shown scale answers moved one step up or down (inward at an end).

    Which answers move and which way depend only on `seed`, so a figure built on it is repeatable.
    """
    rng = random.Random(seed + SEED_OFFSET)
    moved = copy.deepcopy(answers)
    scales = []
    for q in questionnaires:
        for question in visible_questions(q, answers.get(q.id, {})):
            if question.type in {"likert", "scale", "number"} and isinstance(
                answers[q.id].get(question.id), (int, float)
            ):
                bounds = q.scale_of(question) if question.type == "likert" else question
                step = 1 if question.type == "likert" else (question.step or 1)
                scales.append((q.id, question.id, bounds.min, bounds.max, step))
    for qid, question_id, low, high, step in rng.sample(scales, round(SHARE * len(scales))):
        value = moved[qid][question_id]
        can_up, can_down = value + step <= high, value - step >= low
        up = can_up and (not can_down or rng.random() < 0.5)
        new = value + step if up else value - step
        moved[qid][question_id] = int(new) if float(new).is_integer() else new
    return moved

"""The answers are filtered by show_if once, at evaluate()'s door, and the result is what it was before."""

from __future__ import annotations

import json
import sys

from same_result import DIGESTS, cases, digest, unfiltered_answers

from mentorfinder.content import conditions
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate

CONTENT = load_content()
QUESTIONNAIRES = list(CONTENT.questionnaires)


def test_every_pinned_answer_set_gives_the_result_it_gave_before():
    pinned = json.loads(DIGESTS.read_text(encoding="utf-8"))
    now = {name: digest(CONTENT, answers, language) for name, answers, language in cases(CONTENT)}
    assert len(now) == 626  # 326 persona files, 150 sampled sets, 150 with hidden answers
    assert sorted(now) == sorted(pinned)
    changed = sorted(name for name in now if now[name] != pinned[name])
    assert changed == []


def calls_to_visible_answers(answers) -> list[str]:
    """The function that called conditions.visible_answers, once per call, during one evaluate()."""
    target = conditions.visible_answers.__code__
    callers: list[str] = []

    def watch(frame, event, arg):
        if event == "call" and frame.f_code is target:
            callers.append(frame.f_back.f_code.co_qualname)

    sys.setprofile(watch)
    try:
        evaluate(CONTENT, answers)
    finally:
        sys.setprofile(None)
    return callers


def test_one_evaluate_filters_each_questionnaire_once_and_no_stage_filters_again():
    # five questionnaires: one visible_answers call each, all from the one place that builds the shown answers
    for answers in (unfiltered_answers(QUESTIONNAIRES, 3), {}):
        assert calls_to_visible_answers(answers) == ["ShownAnswers.of"] * 5

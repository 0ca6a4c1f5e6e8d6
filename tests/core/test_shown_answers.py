"""The answers are filtered by show_if once, at evaluate()'s door, and answers to hidden questions change nothing."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import pytest
from same_result import cases, digest, hashed, plain, unfiltered_answers, with_hidden_answers

from mentorfinder.content import conditions
from mentorfinder.content.checks import fired_checks
from mentorfinder.content.conditions import CheckTest, GivenAnswers, ShownAnswers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.matching.mentors import participant_of
from mentorfinder.scoring.profile import score

CONTENT = load_content()
QUESTIONNAIRES = list(CONTENT.questionnaires)


def test_the_digest_reads_every_field_as_asdict_does():
    # same_result.plain stands in for dataclasses.asdict (without its deep copies): the same JSON, field for field,
    # for results with checks, own words, codes and exclusions in both languages, and for participants
    compared, every = 0, list(cases(CONTENT))
    for n, (name, answers, _language) in enumerate(every):
        if n % 25:
            continue
        for language in ("en", "es"):
            for made in (evaluate(CONTENT, answers, language=language), participant_of(CONTENT, answers, language)):
                as_json = json.dumps(asdict(made), sort_keys=True, default=repr)
                assert json.dumps(plain(made), sort_keys=True, default=repr) == as_json, name
                compared += 1
    assert len(every) > 900 and compared == 4 * len(every[::25])  # one set in 25, each in two languages, two ways


def test_answers_to_hidden_questions_never_change_a_result_or_a_participant():
    # every persona file and 300 seeded sets, each also with every question it hides answered at random
    changed, hiding = [], 0
    for n, (name, answers, language) in enumerate(cases(CONTENT)):
        more = with_hidden_answers(QUESTIONNAIRES, answers, n)
        hiding += more != answers  # some sets show every question: nothing to add
        if digest(CONTENT, more, language) != digest(CONTENT, answers, language):
            changed.append(name)
        elif hashed(lambda a=more, lang=language: participant_of(CONTENT, a, lang)) != hashed(
            lambda a=answers, lang=language: participant_of(CONTENT, a, lang)
        ):
            changed.append(f"participant/{name}")
    assert changed == []
    assert hiding > 600  # of 886 sets, most hide a question (which_times, change_distance, …)


def calls_to_visible_answers(answers, build=lambda answers: evaluate(CONTENT, answers)) -> list[str]:
    """The function that called conditions.visible_answers, once per call, during one evaluate() (or `build`)."""
    target = conditions.visible_answers.__code__
    callers: list[str] = []

    def watch(frame, event, arg):
        if event == "call" and frame.f_code is target:
            caller = frame.f_back
            while caller.f_code.co_name.startswith("<"):  # a comprehension is part of the function it is in
                caller = caller.f_back
            callers.append(caller.f_code.co_qualname)

    sys.setprofile(watch)
    try:
        build(answers)
    finally:
        sys.setprofile(None)
    return callers


def test_one_evaluate_filters_each_questionnaire_once_and_no_stage_filters_again():
    # five questionnaires: one visible_answers call each, all from the one place that builds the shown answers
    for answers in (unfiltered_answers(QUESTIONNAIRES, 3), {}):
        assert calls_to_visible_answers(answers) == ["ShownAnswers.of"] * 5


def test_the_apps_answers_are_filtered_once_for_its_own_use_and_evaluate_takes_them_as_they_are():
    # the app's session (ui/state.shown_answers) filters once: the dict it keeps, sends and saves, and the
    # ShownAnswers it was taken from, which evaluate() and a programme's participant use without filtering again
    raw = {
        "availability": {"how_often": "when_needed", "which_times": ["weekends"], "hours_per_month": 4},
        "goals": {},
    }
    assert calls_to_visible_answers(raw, lambda a: GivenAnswers.of(QUESTIONNAIRES, a)) == ["ShownAnswers.of"] * 5
    given = GivenAnswers.of(QUESTIONNAIRES, raw)
    assert given == {"availability": {"how_often": "when_needed", "hours_per_month": 4}}  # goals: nothing answered
    assert json.loads(json.dumps(given)) == given  # a plain dict for the answers file and a programme's copy
    assert ShownAnswers.of(QUESTIONNAIRES, given) is given.shown
    assert calls_to_visible_answers(given) == []
    assert calls_to_visible_answers(given, lambda a: participant_of(CONTENT, a)) == []
    assert digest(CONTENT, given, "en") == digest(CONTENT, raw, "en") == digest(CONTENT, dict(given), "en")
    other = [q for q in QUESTIONNAIRES if q.id != "goals"]  # other questionnaires: filtered for them, as asked
    assert sorted(ShownAnswers.of(other, given).answers) == sorted(q.id for q in other)


def test_not_in_on_a_missing_answer_hides_the_question_and_its_answer():
    # which_times: show_if {question: how_often, not_in: [when_needed]}; with how_often unanswered it is hidden
    shown = ShownAnswers.of(QUESTIONNAIRES, {"availability": {"which_times": ["weekends"], "hours_per_month": 4}})
    assert dict(shown.answers["availability"]) == {"hours_per_month": 4}
    assert "which_times" not in shown.questions["availability"]
    assert "how_often" in shown.questions["availability"]
    absent = CheckTest(questionnaire="availability", question="which_times", answered=False)
    assert shown.holds(absent) is False  # a test on a hidden question never holds, even "not answered"
    shown = ShownAnswers.of(QUESTIONNAIRES, {"availability": {"how_often": "weekly"}})
    assert "which_times" in shown.questions["availability"]
    assert shown.holds(absent) is True  # shown and unanswered


def test_the_shown_answers_cannot_be_changed_and_a_questionnaire_not_given_has_no_answers():
    shown = ShownAnswers.of(QUESTIONNAIRES, {"availability": {"how_often": "weekly"}})
    with pytest.raises(TypeError):
        shown.answers["availability"]["how_often"] = "monthly"  # type: ignore[index]
    with pytest.raises(TypeError):
        shown.answers["goals"] = {"stage": "early"}  # type: ignore[index]
    assert dict(shown.answers["goals"]) == {}  # every loaded questionnaire is there, answered or not
    assert sorted(shown.answers) == sorted(shown.questions) == sorted(q.id for q in QUESTIONNAIRES)


def test_a_stage_given_raw_answers_refuses_them_rather_than_reading_hidden_answers():
    raw = {"availability": {"how_often": "when_needed", "which_times": ["weekends"]}}
    with pytest.raises(AttributeError, match="answers"):
        score(QUESTIONNAIRES, raw)
    with pytest.raises(AttributeError, match="holds"):
        fired_checks(CONTENT.checks, QUESTIONNAIRES, raw)

"""Hand-computed scores for every question type, reverse keying, sum vs mean, hidden questions and percent."""

from pathlib import Path

import pytest

from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.scoring.profile import profile_json, score


def raw_percent(profile: dict) -> dict:
    """The raw and percent of each dimension in the `score` contract (min, max and counts are tested apart)."""
    return {d: {"raw": v["raw"], "percent": v["percent"]} for d, v in profile.items()}


FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def every_type():
    return load_questionnaire(FIXTURES / "every_type.yaml")


def test_student_walk(every_type):
    answers = {
        "every_type": {
            "stage": "student",  # alpha 3 (range 0..3)
            "picks": ["a", "c"],  # alpha 2 - 1 = 1 (range: 1 to 3 picks of [2,1,-1,0] -> -1..3)
            "like_plus": 4,  # beta 4 (1..5)
            "like_minus": 2,  # reversed: 1 + 5 - 2 = 4 (1..5)
            "student_only": 3,  # shown for students: beta 2 * 3 = 6 (0..8)
            "slider": 6,  # gamma 0.5 * 6 = 3 (0..5)
            "order": ["z", "y", "x"],  # points 3,2,1: gamma 2*3 + 0*2 + 1*1 = 7 (min 0*3+1*2+2*1=4, max 2*3+1*2+0=8)
            "hours": 8,  # alpha 0.25 * 8 = 2 (0..5)
            "notes": "never scored",
        }
    }
    # alpha (sum): raw 3 + 1 + 2 = 6, range (0 + -1 + 0)..(3 + 3 + 5) = -1..11 -> 7/12 = 58.3%
    # beta (mean of 3 items): raw (4 + 4 + 6)/3 = 4.6667, range (1+1+0)/3..(5+5+8)/3 = 0.6667..6 -> 4/5.3333 = 75%
    # gamma (sum): stage 'student' scores gamma 0 (range 0..2), slider 3 (0..5), order 7 (4..8): raw 10, 4..15 -> 6/11
    assert raw_percent(profile_json(score([every_type], ShownAnswers.of([every_type], answers)))) == {
        "alpha": {"raw": 6.0, "percent": 58.3},
        "beta": {"raw": 4.6667, "percent": 75.0},
        "gamma": {"raw": 10.0, "percent": 54.5},
    }


def test_hidden_question_does_not_count_even_when_answered(every_type):
    answers = {
        "every_type": {
            "stage": "later",  # alpha 0 (0..3), gamma 2 (0..2)
            "picks": ["d"],  # alpha 0 (-1..3)
            "like_plus": 5,
            "like_minus": 5,  # reversed to 1
            "student_only": 4,  # hidden for 'later': ignored
            "slider": 10,  # gamma 5 (0..5)
            "order": ["x", "y", "z"],  # gamma 1*3 + 0 + 2*1 = 5 (4..8)
            "hours": 20,  # alpha 5 (0..5)
        }
    }
    # alpha: raw 5, range -1..11 -> 6/12 = 50%
    # beta: mean of 2 items: (5 + 1)/2 = 3, range 1..5 -> 50%
    # gamma: raw 2 + 5 + 5 = 12, range 4..15 -> 8/11 = 72.7%
    assert raw_percent(profile_json(score([every_type], ShownAnswers.of([every_type], answers)))) == {
        "alpha": {"raw": 5.0, "percent": 50.0},
        "beta": {"raw": 3.0, "percent": 50.0},
        "gamma": {"raw": 12.0, "percent": 72.7},
    }


def test_extremes_reach_0_and_100(every_type):
    highest = {"stage": "student", "picks": ["a", "b", "d"], "like_plus": 5, "like_minus": 1, "student_only": 4}
    highest |= {"slider": 10, "order": ["z", "x", "y"], "hours": 20}
    lowest = {"stage": "early", "picks": ["c"], "like_plus": 1, "like_minus": 5, "slider": 0, "order": ["y", "x", "z"]}
    lowest |= {"hours": 0}
    high = raw_percent(profile_json(score([every_type], ShownAnswers.of([every_type], {"every_type": highest}))))
    low = raw_percent(profile_json(score([every_type], ShownAnswers.of([every_type], {"every_type": lowest}))))
    assert [high["alpha"]["percent"], high["beta"]["percent"]] == [100.0, 100.0]
    # gamma: 'student' gives 0 of 0..2, so the maximum is 0 + 5 + 8 = 13 of 4..15
    assert high["gamma"] == {"raw": 13.0, "percent": 81.8}
    # alpha lowest: 'early' 1 of 0..3, picks c -1, hours 0: raw 0 of -1..11 -> 8.3%
    assert low["alpha"] == {"raw": 0.0, "percent": 8.3}
    assert low["beta"] == {"raw": 1.0, "percent": 0.0}
    assert low["gamma"] == {"raw": 4.0, "percent": 0.0}


def test_unanswered_optional_and_missing_questions_leave_the_range(every_type):
    answers = {"every_type": {"stage": "early", "like_plus": 3}}
    # alpha: only 'stage' answered: 1 of 0..3; beta: one item 3 of 1..5; gamma: stage 'early' has no gamma weight,
    # but gamma is scored by another option of the question, so it counts: 0 of 0..2
    assert raw_percent(profile_json(score([every_type], ShownAnswers.of([every_type], answers)))) == {
        "alpha": {"raw": 1.0, "percent": 33.3},
        "beta": {"raw": 3.0, "percent": 50.0},
        "gamma": {"raw": 0.0, "percent": 0.0},
    }


def test_ranking_top_k_points(tmp_path):
    source = (FIXTURES / "every_type.yaml").read_text().replace("type: ranking\n", "type: ranking\n        top: 2\n")
    (tmp_path / "q.yaml").write_text(source)
    q = load_questionnaire(tmp_path / "q.yaml")
    # top 2: points 2, 1, 0. order [x, z]: gamma 1*2 + 2*1 = 4; range: min 0*2 + 1*1 = 1, max 2*2 + 1*1 = 5.
    # 'stage' early adds gamma 0 of 0..2: raw 4 of 1..7 -> 50%
    answers = {"every_type": {"stage": "early", "order": ["x", "z"]}}
    assert raw_percent(profile_json(score([q], ShownAnswers.of([q], answers))))["gamma"] == {
        "raw": 4.0,
        "percent": 50.0,
    }


def test_evidence_names_the_answers(every_type):
    answers = {"every_type": {"stage": "student", "order": ["z", "y", "x"], "like_plus": 5}}
    profile = score([every_type], ShownAnswers.of([every_type], answers))
    assert [(e.question, e.answer) for e in profile["alpha"].evidence] == [("stage", "‘Student’")]
    assert [(e.question, e.answer) for e in profile["gamma"].evidence] == [
        ("stage", "‘Student’"),
        ("order", "‘Z’ first"),
    ]
    assert profile["beta"].evidence[0].answer == "‘Strongly agree’"


def test_translated_labels_do_not_change_scores(every_type):
    answers = {"every_type": {"stage": "student", "picks": ["a"], "like_plus": 4}}
    assert raw_percent(profile_json(score([every_type], ShownAnswers.of([every_type], answers), "fr"))) == raw_percent(
        profile_json(score([every_type], ShownAnswers.of([every_type], answers), "en"))
    )

"""Contradiction checks (data/checks.yaml): loading, when each rule fires, what it quotes, how it resolves."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.checks import AnswerRef, Check, CheckSet, CheckTest, Resolve, fired_checks, load_checks
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.load import DATA_DIR, QUESTIONNAIRES_DIR, load_content
from mentorfinder.content.questionnaire import load_questionnaires
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import translate
from mentorfinder.intake.problems import ContentError
from mentorfinder.scoring.profile import score
from mentorfinder.scoring.resolve import resolved_profile

ROOT = Path(__file__).resolve().parents[2]
HEAD = "format: mentor-finder-checks\nversion: 1\nchecks:\n"
WEEKLY = "  - id: weekly\n    when:\n      - {questionnaire: availability, question: how_often, in: [weekly]}\n"


@pytest.fixture(scope="module")
def content():
    return load_content()


def answers_with(content, **given):
    """Complete answers (seed 3) with {questionnaire: {question: value}} merged in."""
    answers = sample_answers(list(content.questionnaires), seed=3)
    for qid, values in given.items():
        answers[qid].update(values)
    return answers


def fired(content, answers, checks=None):
    questionnaires = list(content.questionnaires)
    return fired_checks(checks or content.checks, questionnaires, ShownAnswers.of(questionnaires, answers))


def fired_ids(content, answers):
    return [c.id for c in fired(content, answers)]


def test_shipped_rules_load_in_file_order(content):
    assert [c.id for c in content.checks.checks] == [
        "often_without_time",
        "fortnightly_without_time",
        "monthly_without_time",
        "online_only_prefers_face_to_face",
        "in_person_only_prefers_video",
        "long_term_but_quick_answer",
        "one_off_but_long_term",
        "one_off_but_often",
        "replies_saved_but_quick_wanted",
    ]
    for check in content.checks.checks:
        for language in ("en", "es"):
            message = translate(check.message, language)
            assert len(message.split()) <= 25 and "{" not in message, (check.id, language)


# rule -> (answers that fire it, a near miss that does not)
CASES = {
    "often_without_time": (
        {"availability": {"how_often": "weekly", "hours_per_month": 1}},
        {"availability": {"how_often": "fortnightly", "hours_per_month": 1}},  # two half-hour talks fit in an hour
    ),
    "fortnightly_without_time": (
        {"availability": {"how_often": "fortnightly", "hours_per_month": 0}},
        {"availability": {"how_often": "fortnightly", "hours_per_month": 1}},
    ),
    "monthly_without_time": (
        {"availability": {"how_often": "monthly", "hours_per_month": 0}},
        {"availability": {"how_often": "monthly", "hours_per_month": 1}},
    ),
    "online_only_prefers_face_to_face": (
        {
            "availability": {"meeting_mode": "only_online"},
            "communication": {"where_to_meet": "face_to_face", "video_just_as_good": 2},
        },
        {  # video works just as well for them: preferring face to face and meeting online both hold
            "availability": {"meeting_mode": "only_online"},
            "communication": {"where_to_meet": "face_to_face", "video_just_as_good": 4},
        },
    ),
    "in_person_only_prefers_video": (
        {
            "availability": {"meeting_mode": "only_in_person"},
            "communication": {"where_to_meet": "video", "video_just_as_good": 4},
        },
        {
            "availability": {"meeting_mode": "only_in_person"},
            "communication": {"where_to_meet": "video", "video_just_as_good": 3},
        },
    ),
    "long_term_but_quick_answer": (
        {"availability": {"commitment_length": "about_a_year", "quick_answer": 5}},
        {"availability": {"commitment_length": "about_a_year", "quick_answer": 4}},
    ),
    "one_off_but_long_term": (
        {"availability": {"commitment_length": "one_or_two_talks", "quick_answer": 1, "how_often": "monthly"}},
        {"availability": {"commitment_length": "one_or_two_talks", "quick_answer": 2, "how_often": "monthly"}},
    ),
    "one_off_but_often": (
        {"availability": {"commitment_length": "one_or_two_talks", "how_often": "weekly"}},
        {"availability": {"commitment_length": "one_or_two_talks", "how_often": "fortnightly"}},
    ),
    "replies_saved_but_quick_wanted": (
        {"availability": {"reply_time": "save_for_meetings", "quick_questions": 5}},
        {"availability": {"reply_time": "save_for_meetings", "quick_questions": 4}},
    ),
}


def test_answers_that_can_both_hold_fire_no_check(content):
    """Issue 18: a check fires only where two answers cannot both be acted on.

    Offering something while mainly needing support, or knowing one's goal while unsure what a mentor gives,
    both hold at once; they were shown as contradictions in 37% and 17% of random answer sets.
    """
    answers = answers_with(
        content,
        fit={"can_offer": ["my_contacts"], "mostly_receive": 5},
        readiness={"goal_in_two_sentences": 5, "unsure_what_to_get": 5},
        availability={"how_often": "monthly", "hours_per_month": 3, "commitment_length": "few_months"},
    )
    assert fired_ids(content, answers) == []


@pytest.mark.parametrize("rule", sorted(CASES))
def test_each_rule_fires_and_a_near_miss_does_not(content, rule):
    fires, near_miss = CASES[rule]
    assert rule in fired_ids(content, answers_with(content, **fires))
    assert rule not in fired_ids(content, answers_with(content, **near_miss))


def test_quotes_are_the_exact_answers_of_the_tested_questions(content):
    answers = answers_with(
        content,
        availability={"how_often": "weekly", "hours_per_month": 1},
    )
    by_id = {c.id: c for c in fired(content, answers)}
    assert by_id["often_without_time"].quotes == ["‘Every week’", "1 hour a month"]
    assert by_id["often_without_time"].message == (
        "You want to talk every week, but you have an hour a month or less. We matched you on the time you have."
    )


def test_a_multiple_choice_quotes_only_the_chosen_options_the_rule_is_about(content):
    rule = Check(
        id="offers",
        when=[
            CheckTest(questionnaire="fit", question="can_offer", **{"in": ["new_tools", "fresh_view"]}),
            CheckTest(questionnaire="fit", question="mostly_receive", min=4),
        ],
        message="m",
    )
    answers = answers_with(content, fit={"can_offer": ["nothing_yet", "fresh_view", "new_tools"], "mostly_receive": 5})
    [check] = fired(content, answers, CheckSet(checks=[rule]))
    # in the order chosen
    assert check.quotes == [
        "‘A fresh view of their work, customers or team’ and ‘Know-how in new tools, technology or trends’",
        "‘Strongly agree’",
    ]
    assert check.prompts[1] == "At this point I mainly need to receive support rather than trade ideas as equals."


def resolved(content, answers):
    questionnaires = list(content.questionnaires)
    shown = ShownAnswers.of(questionnaires, answers)
    before = score(questionnaires, shown)
    after = resolved_profile(before, fired_checks(content.checks, questionnaires, shown), questionnaires, shown)
    return before, after


@pytest.mark.parametrize(
    "given, dimension, before_after, evidence",
    [
        # weekly (4 of 0..4) and 0 hours (0 of 0..4) average to 50; the hours alone give 0
        ({"availability": {"how_often": "weekly", "hours_per_month": 0}}, "frequency", (50.0, 0.0), ["0 hours a month"]),
        # 1 hour × 0.4 = 0.4 of 0..4
        ({"availability": {"how_often": "weekly", "hours_per_month": 1}}, "frequency", (55.0, 10.0), ["1 hour a month"]),
        # face to face 4/4 = 1 and 'video just as good' 2 (reversed: 4 of 1..5, 3/4): mean 0.875
        (
            {"availability": {"meeting_mode": "only_online"}, "communication": {"where_to_meet": "face_to_face", "video_just_as_good": 2}},
            "in_person", (87.5, 0.0), ["‘Only online’"],
        ),
        # video 0/4 and 'video just as good' 4 (reversed: 2 of 1..5, 1/4): mean 0.125
        (
            {"availability": {"meeting_mode": "only_in_person"}, "communication": {"where_to_meet": "video", "video_just_as_good": 4}},
            "in_person", (12.5, 100.0), ["‘Only in person’"],
        ),
        # about a year 3/4 and quick answer 5 (reversed: 1 of 1..5, 0): mean 0.375; alone 3 / 4
        ({"availability": {"commitment_length": "about_a_year", "quick_answer": 5}}, "horizon", (37.5, 75.0), ["‘About a year’"]),
        (
            {"availability": {"commitment_length": "one_or_two_talks", "quick_answer": 1}},
            "horizon", (50.0, 0.0), ["‘Only a single conversation or two’"],
        ),
    ],
)  # fmt: skip
def test_resolution_uses_the_firmer_answer_not_the_average(content, given, dimension, before_after, evidence):
    before, after = resolved(content, answers_with(content, **given))
    assert (before[dimension].percent, after[dimension].percent) == before_after
    assert [e.answer for e in after[dimension].evidence] == evidence
    assert before[dimension].percent == before_after[0]  # the scored profile itself is not changed


def test_fixed_percent_keeps_raw_consistent_with_the_range(content):
    given = {
        "availability": {"meeting_mode": "only_in_person"},
        "communication": {"where_to_meet": "video", "video_just_as_good": 4},
    }
    before, after = resolved(content, answers_with(content, **given))
    dim = after["in_person"]
    assert (dim.raw, dim.lowest, dim.highest) == (dim.highest, before["in_person"].lowest, before["in_person"].highest)


def test_evaluate_matches_on_the_resolved_profile_and_lists_the_checks(content):
    answers = answers_with(content, availability={"how_often": "weekly", "hours_per_month": 0})
    result = evaluate(content, answers)
    assert result.profile["frequency"].percent == 0.0
    assert "often_without_time" in [c.id for c in result.checks]
    assert result.to_json()["checks"][0] == {
        "id": result.checks[0].id,
        "message": result.checks[0].message,
        "quotes": result.checks[0].quotes,
    }


def write(tmp_path, body, name="checks.yaml"):
    path = tmp_path / name
    path.write_text(HEAD + body)
    return path


def test_a_hidden_question_never_fires_a_rule(content, tmp_path):
    times = (
        "  - id: weekends\n    when:\n      - {questionnaire: availability, question: which_times, in: [weekends]}\n"
    )
    absent = (
        "  - id: no_times\n    when:\n      - {questionnaire: availability, question: which_times, answered: false}\n"
    )
    checks = load_checks(
        write(tmp_path, times + "    message: Weekends.\n" + absent + "    message: None.\n"),
        list(content.questionnaires),
    )
    hidden = answers_with(content, availability={"how_often": "when_needed", "which_times": ["weekends"]})
    shown = answers_with(content, availability={"how_often": "weekly", "which_times": ["weekends"]})
    assert fired(content, hidden, checks) == []
    assert [c.id for c in fired(content, shown, checks)] == ["weekends"]


BROKEN = {
    "unknown questionnaire": (
        "  - id: x\n    when:\n      - {questionnaire: availabilty, question: how_often, in: [weekly]}\n    message: Hi.\n",
        "6: check 'x': unknown questionnaire 'availabilty' — did you mean 'availability'?",
    ),
    "unknown question": (
        "  - id: x\n    when:\n      - {questionnaire: availability, question: how_ofen, in: [weekly]}\n    message: Hi.\n",
        "6: check 'x': questionnaire 'availability' has no question 'how_ofen' — did you mean 'how_often'?",
    ),
    "unknown option": (
        "  - id: x\n    when:\n      - {questionnaire: availability, question: how_often, in: [weeky]}\n    message: Hi.\n",
        "6: check 'x': 'weeky' is not an option of question 'how_often' — did you mean 'weekly'?",
    ),
    "impossible range": (
        "  - id: x\n    when:\n      - {questionnaire: availability, question: hours_per_month, min: 50}\n    message: Hi.\n",
        "6: check 'x': range lies outside question 'hours_per_month' (0..10) — it could never hold",
    ),
    "no test": (
        "  - id: x\n    when:\n      - {questionnaire: availability, question: how_often}\n    message: Hi.\n",
        "6: check 'x': test on 'how_often' needs one of in, not_in, equals, min, max or answered",
    ),
    "long message": (
        WEEKLY + "    message: " + "word " * 26 + "\n",
        "7: check 'weekly': message has 26 words — keep it to 25 or fewer",
    ),
    "unknown dimension": (
        WEEKLY + "    message: Hi.\n    resolve:\n      dimension: frequncy\n      from: []\n",
        "9: check 'weekly': unknown dimension 'frequncy' — did you mean 'frequency'?",
    ),
    "from a question that does not score it": (
        WEEKLY + "    message: Hi.\n    resolve:\n      dimension: frequency\n      from:\n"
        "        - {questionnaire: availability, question: reply_time}\n",
        "11: check 'weekly': question 'reply_time' does not score 'frequency'",
    ),
    "both from and percent": (
        WEEKLY + "    message: Hi.\n    resolve: {dimension: frequency, from: [], percent: 10}\n",
        "8: check 'weekly': resolve needs either 'from' (answers to re-score from) or 'percent', not both",
    ),
    "because not tested": (
        WEEKLY + "    message: Hi.\n    resolve:\n      dimension: frequency\n      percent: 10\n"
        "      because: {questionnaire: availability, question: hours_per_month}\n",
        "11: check 'weekly': 'because' must be one of the questions the check tests",
    ),
    "percent out of range": (
        WEEKLY + "    message: Hi.\n    resolve:\n      dimension: frequency\n      percent: 150\n"
        "      because: {questionnaire: availability, question: how_often}\n",
        "10: check 'weekly': percent must be 0..100, got 150",
    ),
    "unknown field": (
        WEEKLY + "    mesage: Hi.\n",
        "4: checks 'weekly': missing required field 'message'",
    ),
    "duplicate id": (
        WEEKLY + "    message: Hi.\n" + WEEKLY + "    message: Again.\n",
        "8: check 'weekly': id is used twice — ids must be unique",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_checks_files_name_path_line_and_fix(content, tmp_path, case):
    body, expected = BROKEN[case]
    path = write(tmp_path, body)
    with pytest.raises(ContentError) as err:
        load_checks(path, list(content.questionnaires))
    assert str(err.value.problems[0]) == f"{path}:{expected}"


def test_a_dimension_no_question_scores_cannot_be_resolved(tmp_path):
    folder = tmp_path / "q"
    folder.mkdir()
    (folder / "tiny.yaml").write_text(
        "id: tiny\ntitle: Tiny\nversion: 1\ndimensions:\n  - {id: used, label: Used}\n  - {id: unused, label: Unused, derived: {from: used}}\n"
        "steps:\n  - id: s\n    title: S\n    questions:\n"
        "      - {id: n, type: number, min: 0, max: 5, prompt: 'How many?', scores: {used: 1}}\n"
    )
    path = write(
        tmp_path,
        "  - id: x\n    when:\n      - {questionnaire: tiny, question: n, min: 1}\n    message: Hi.\n"
        "    resolve:\n      dimension: unused\n      from:\n        - {questionnaire: tiny, question: n}\n",
    )
    with pytest.raises(ContentError) as err:
        load_checks(path, load_questionnaires(folder))
    assert [str(p) for p in err.value.problems] == [
        f"{path}:9: check 'x': no question scores dimension 'unused', so it cannot be resolved",
        f"{path}:11: check 'x': question 'n' does not score 'unused'",
    ]


def test_a_content_set_without_a_checks_file_has_no_checks(tmp_path):
    for name in ("archetypes.yaml", "tips.yaml"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    content = load_content(QUESTIONNAIRES_DIR, tmp_path)
    assert content.checks is None
    answers = sample_answers(list(content.questionnaires), seed=3)
    answers["availability"].update(how_often="weekly", hours_per_month=0)
    assert evaluate(content, answers).checks == []


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "mentorfinder", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=60
    )


def test_cli_match_json_contains_the_checks(content):
    answers = answers_with(
        content,
        availability={"meeting_mode": "only_online"},
        communication={"where_to_meet": "face_to_face", "video_just_as_good": 1},
    )
    body = json.dumps({"format": "mentor-finder-answers", "version": 1, "answers": answers})
    done = run("match", "-", stdin=body)
    assert done.returncode == 0, done.stderr
    checks = json.loads(done.stdout)["checks"]
    assert {
        "id": "online_only_prefers_face_to_face",
        "message": "You would rather meet face to face, but you can only meet online. We matched you on meeting online.",
        "quotes": ["‘Only online’", "‘Face to face, over coffee or at work’", "‘Strongly disagree’"],
    } in checks


def test_validate_checks_file_ok_and_broken(tmp_path):
    done = run("validate", str(DATA_DIR / "checks.yaml"))
    assert (done.returncode, done.stdout, done.stderr) == (0, "OK: 1 checks file\n", "")
    path = write(tmp_path, BROKEN["unknown option"][0])
    done = run("validate", str(path))
    assert done.returncode == 1
    assert done.stderr == f"{path}:{BROKEN['unknown option'][1]}\n"


def test_every_field_of_the_checks_file_is_documented():
    docs = (ROOT / "docs" / "checks.md").read_text()
    for model in (CheckSet, Check, CheckTest, Resolve, AnswerRef):
        for name, info in model.model_fields.items():
            assert f"`{info.alias or name}`" in docs, f"{model.__name__}.{name} is not in docs/checks.md"

"""A corpus of broken questionnaire, archetype and answers files, each with its exact error lines,
through the loaders and through the command line."""

import shutil
from pathlib import Path

import pytest

from mentorfinder.answers.file import parse_answers
from mentorfinder.cli import main
from mentorfinder.content.archetypes import load_archetypes
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.intake.problems import ContentError
from mentorfinder.intake.safeyaml import MAX_BYTES

BROKEN = Path(__file__).parent / "broken"
FIXTURES = Path(__file__).parent / "fixtures"

# file -> the expected "LINE: message" parts of its error lines (the path is prefixed in the test)
EXPECTED = {
    "a_attribute_unknown.yaml": [
        "19: archetype 'connector': unknown attribute 'meeting_place' — did you mean 'meeting_mode'? — declare it under attributes"
    ],
    "a_attribute_value.yaml": [
        "19: archetype 'connector': 'onlin' is not a value of attribute 'meeting_mode' — did you mean 'online'?"
    ],
    "a_missing_rationale.yaml": ["6: archetype 'connector': missing required field 'rationale'"],
    "a_missing_source.yaml": ["20: archetype 'coach': missing required field 'source'"],
    "a_source_empty.yaml": [
        "11: archetype 'connector': source must list one to three citations (author, year, title, where published), got none",
        "25: archetype 'coach': source must list one to three citations (author, year, title, where published), got 4",
        "39: archetype 'cheerleader': source 2 is empty — write a citation: author, year, title, where published",
    ],
    "a_strength_range.yaml": ["18: archetype 'connector': strength for 'net' must be 0..3, got 5"],
    "a_target_range.yaml": [
        "19: archetype 'connector' targets: field 'direct' expected less than or equal to 100, got 150"
    ],
    "a_unknown_need.yaml": ["18: archetype 'connector': unknown need 'netwrk' in serves — did you mean 'net'?"],
    "ans_answers_not_object.json": ["4: 'answers' must be an object of questionnaire id → answers"],
    "ans_binary.json": ["3: file is binary (contains NUL bytes), not text — save it as UTF-8 text"],
    "ans_bool_for_number.json": ["6: every_type.hours: expected a number, got true/false"],
    "ans_empty.json": ["1: file is empty — expected YAML or JSON text"],
    "ans_latin1.json": ["1: byte 0xe9 is not valid UTF-8 — save the file as UTF-8"],
    "ans_likert_fraction.json": [
        "6: every_type.like_plus: 3.5 is not a point on the scale — expected a whole number 1..5"
    ],
    "ans_not_object.json": ["1: expected a JSON object with format 'mentor-finder-answers'"],
    "ans_out_of_range.json": ["6: every_type.like_plus: 7 is out of range — expected 1 to 5"],
    "ans_ranking_count.json": ["6: every_type.order: an option is listed twice — list each once"],
    "ans_text_too_long.json": ["7: every_type.notes: text is 2,500 characters — the limit is 2,000"],
    "ans_too_many_picks.json": ["6: every_type.picks: expected at most 3 options, got 4"],
    "ans_truncated.json": ["4: not valid JSON: Unterminated string starting at (column 39) — was the file cut short?"],
    "ans_unknown_field.json": ["5: unknown field 'name' — an answers file has format, version, language and answers"],
    "ans_unknown_option.json": [
        "6: every_type.stage: 'studnet' is not an option — did you mean 'student'? — choose one of student, early, later"
    ],
    "ans_unknown_question.json": ["7: unknown question 'stagee' in questionnaire 'every_type' — did you mean 'stage'?"],
    "ans_unknown_questionnaire.json": [
        "5: unknown questionnaire 'every_typ' — did you mean 'every_type'? — remove it or fix the id"
    ],
    "ans_wrong_format.json": [
        "1: not a Mentor Finder answers file: format is 'something-else', expected 'mentor-finder-answers'"
    ],
    "ans_wrong_type.json": ["6: every_type.picks: expected a list of option ids, got text"],
    "ans_wrong_version.json": ["3: answers file version 2 is not supported — this app reads version 1"],
    "q_alias.yaml": ["16: YAML syntax error: YAML aliases (*first) are not allowed — write the value out in full"],
    "q_alias_bomb.yaml": ["5: YAML syntax error: YAML aliases (*lol1) are not allowed — write the value out in full"],
    "q_bad_translation.yaml": ["14: question 'q1': field 'prompt' must be text or a map of language → text"],
    "q_binary.yaml": ["2: file is binary (contains NUL bytes), not text — save it as UTF-8 text"],
    "q_bool_option_id.yaml": [
        "16: question 'q1' option 'True': field 'id' expected a valid string, got True — YAML reads True as true/false; put the text in quotes",
        "16: question 'q1' option 'True': field 'label' must be text or a map of language → text — YAML reads True as true/false; put the text in quotes",
    ],
    "q_circular_show_if.yaml": [
        "11: question 'first': show_if refers to question 'second', which comes later — a condition may only use an earlier question"
    ],
    "q_duplicate_key.yaml": ["15: duplicate key 'prompt' — each key may appear once"],
    "q_duplicate_question.yaml": ["13: question id 'q1' is used twice — ids must be unique within a questionnaire"],
    "q_empty.yaml": ["1: file is empty — expected YAML or JSON text"],
    "q_latin1.yaml": ["2: byte 0xe9 is not valid UTF-8 — save the file as UTF-8"],
    "q_missing_prompt.yaml": ["12: question 'q1': missing required field 'prompt'"],
    "q_missing_steps.yaml": ["1: top level: missing required field 'steps'"],
    "q_multiple_min_max.yaml": [
        "12: question 'q1': need 0 <= min_selected (3) <= max_selected (2) <= number of options (3)"
    ],
    "q_number_no_range.yaml": ["12: question 'q1': a number question needs min and max"],
    "q_options_undeclared_dimension.yaml": [
        "12: unknown dimension 'confidence' in question 'q1' option 'a' — declare it under dimensions (known: none)"
    ],
    "q_python_tag.yaml": [
        "12: YAML tag '!!python/object:os.system' is not allowed — only plain text, numbers, lists and mappings"
    ],
    "q_ranking_top.yaml": ["15: question 'q1': top must be between 1 and the number of options (2), got 4"],
    "q_scale_min_max.yaml": ["12: question 'q1': min (10) must be below max (5)"],
    "q_show_if_impossible.yaml": [
        "21: question 'q2': show_if value 'studnet' is not an option of question 'stage' — did you mean 'student'? — the condition could never match"
    ],
    "q_show_if_later.yaml": [
        "15: question 'q1': show_if refers to question 'q2', which comes later — a condition may only use an earlier question"
    ],
    "q_show_if_self.yaml": [
        "15: question 'q1': show_if refers to itself — a condition may only use an earlier question"
    ],
    "q_single_one_option.yaml": ["16: question 'q1': a single question needs at least 2 options, has 1"],
    "q_syntax_indent.yaml": [
        "14: YAML syntax error: while parsing a block collection expected <block end>, but found '<block mapping start>' — check the indentation of this line and the one above"
    ],
    "q_text_scored.yaml": ["12: question 'q1': free-text answers are never scored — remove scores"],
    "q_top_level_list.yaml": ["1: expected a mapping with id, title, version and steps"],
    "q_unknown_dimension.yaml": [
        "17: unknown dimension 'networkng' in question 'q3' option 'b' — did you mean 'networking'?"
    ],
    "q_unknown_field.yaml": ["15: question 'q1': unknown field 'requird' — did you mean 'required'?"],
    "q_unknown_scale.yaml": ["12: question 'q1': unknown scale 'agre' — did you mean 'agree'?"],
    "q_unknown_type.yaml": [
        "12: question 'q1': field 'type' expected 'single', 'multiple', 'likert', 'scale', 'ranking', 'number' or 'text', got 'slider'"
    ],
    "q_wrong_type.yaml": [
        "15: question 'q1': field 'required' expected a valid boolean, unable to interpret input, got 'maybe'"
    ],
}


def problems_for(path: Path) -> list[str]:
    mini = load_questionnaire(FIXTURES / "mini.yaml")
    every = load_questionnaire(FIXTURES / "every_type.yaml")
    with pytest.raises(ContentError) as caught:
        if path.name.startswith("q_"):
            load_questionnaire(path)
        elif path.name.startswith("a_"):
            load_archetypes(path, [mini])
        else:
            parse_answers(path.read_bytes(), str(path), [every])
    return [str(p) for p in caught.value.problems]


def test_corpus_is_complete():
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted(EXPECTED)
    assert len(EXPECTED) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_gives_exact_lines(name):
    path = BROKEN / name
    assert problems_for(path) == [f"{path}:{line}" for line in EXPECTED[name]]


def test_file_over_the_size_cap(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("# padding\n" * (MAX_BYTES // 10 + 1))
    with pytest.raises(ContentError) as caught:
        load_questionnaire(big)
    assert [str(p) for p in caught.value.problems] == [
        f"{big}:1: file is 1,048,580 bytes; the limit is 1,048,576 — split it or trim it"
    ]


def test_huge_answers_json_is_refused():
    raw = b'{"format": "mentor-finder-answers", "version": 1, "answers": {"x": "' + b"a" * 300_000 + b'"}}'
    with pytest.raises(ContentError) as caught:
        parse_answers(raw, "huge.json", [])
    assert [str(p) for p in caught.value.problems] == [
        "huge.json:1: file is 300,071 bytes; the limit is 262,144 — split it or trim it"
    ]


def test_deep_nesting_is_refused(tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(ContentError) as caught:
        load_questionnaire(deep)
    assert [str(p) for p in caught.value.problems] == [f"{deep}:1: nesting is too deep — flatten the structure"]


@pytest.fixture(scope="module")
def instruments(tmp_path_factory):
    """Folders holding only the fixture questionnaire each kind of file is checked against."""
    folders = {}
    for name in ("every_type", "mini"):
        folder = tmp_path_factory.mktemp(name)
        shutil.copy(FIXTURES / f"{name}.yaml", folder / f"{name}.yaml")
        folders[name] = folder
    return folders


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cli_reports_the_corpus_line_for_line(name, instruments, capsys):
    path = BROKEN / name
    if name.startswith("q_"):
        argv = ["validate", str(path)]
    elif name.startswith("a_"):
        argv = ["validate", str(instruments["mini"] / "mini.yaml"), str(path)]
    else:
        argv = ["score", str(path), "--questionnaires", str(instruments["every_type"])]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [f"{path}:{line}" for line in EXPECTED[name]]


def test_many_problems_stop_after_twenty_lines_with_a_count():
    every = load_questionnaire(FIXTURES / "every_type.yaml")
    body = ",\n".join(f'      "bad_{i}": 1' for i in range(25))
    raw = f'{{\n  "format": "mentor-finder-answers",\n  "version": 1,\n  "answers": {{\n    "every_type": {{\n{body}\n    }}\n  }}\n}}\n'
    with pytest.raises(ContentError) as caught:
        parse_answers(raw.encode(), "many.json", [every])
    lines = [str(p) for p in caught.value.problems]
    assert len(lines) == 21
    assert lines[0] == "many.json:6: unknown question 'bad_0' in questionnaire 'every_type'"
    assert lines[19] == "many.json:25: unknown question 'bad_19' in questionnaire 'every_type'"
    assert lines[20] == "many.json:26: … and 5 more problems of the same kind — fix these first"


def test_too_few_picks_are_unfinished_not_invalid():
    """A draft saved mid-question (two of three ranked) opens; the command line then says what is missing."""
    from mentorfinder.answers.completeness import unfinished

    every = load_questionnaire(FIXTURES / "every_type.yaml")
    raw = b'{"format": "mentor-finder-answers", "version": 1, "answers": {"every_type": {"order": ["z", "x"]}}}'
    parsed = parse_answers(raw, "draft.json", [every])
    assert parsed.answers == {"every_type": {"order": ["z", "x"]}}
    assert [(u.questionnaire, u.question, u.file_message()) for u in unfinished([every], parsed.answers)] == [
        ("every_type", "stage", "missing required answer every_type.stage (“Stage?”)"),
        ("every_type", "picks", "missing required answer every_type.picks (“Pick one to three”)"),
        ("every_type", "like_plus", "missing required answer every_type.like_plus (“I like structure”)"),
        ("every_type", "like_minus", "missing required answer every_type.like_minus (“I dislike structure”)"),
        ("every_type", "slider", "missing required answer every_type.slider (“How much?”)"),
        ("every_type", "order", "every_type.order: choose 3 in order, got 2 (“Order these”)"),
        ("every_type", "hours", "missing required answer every_type.hours (“Hours a month”)"),
    ]

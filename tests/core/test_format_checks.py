"""What validate says about derived dimensions, codes, unscored dimensions, folders and common slips."""

import subprocess
import sys
from pathlib import Path

import pytest

from mentorfinder.present.chart_rows import ChartRow, percent_text

ROOT = Path(__file__).resolve().parents[2]
HEAD = "id: t\ntitle: T\nversion: 1\nscales: {agree: {min: 1, max: 5}}\n"
STEPS = "steps:\n  - id: s\n    title: S\n    questions:\n"
ITEM = "      - {id: q1, type: likert, scale: agree, prompt: P, scores: {x: 1}}\n"


def validate(*paths):
    done = subprocess.run([sys.executable, "-m", "mentorfinder", "validate", *map(str, paths)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def write(tmp_path, body: str, name: str = "t.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body)
    return path


def test_a_dimension_no_question_scores_is_an_error(tmp_path):
    path = write(tmp_path, HEAD + "dimensions:\n  - {id: x, label: X}\n  - {id: y, label: Y}\n" + STEPS + ITEM)
    assert validate(path) == (1, "", f"{path}:7: dimension 'y' is declared but no question scores it — it would "
                              "always be empty; score it in a question, derive it (derived: {from: ...}) or remove it\n")  # fmt: skip


def test_derived_and_code_mistakes(tmp_path):
    dims = "dimensions:\n  - {id: x, label: X}\n  - {id: y, label: Y, derived: {from: z}}\n"
    codes = "codes:\n  - {id: c, label: C, dimensions: [x, w], top: 3}\n"
    path = write(tmp_path, HEAD + dims + codes + STEPS + ITEM)
    assert validate(path)[2].splitlines() == [
        f"{path}:7: dimension 'y': derived from unknown dimension 'z' — name a scored dimension of this "
        "questionnaire (known: x)",
        f"{path}:9: code 'c': unknown dimension 'w' — list dimensions of this questionnaire",
        f"{path}:9: code 'c': top must be 1..2, got 3",
    ]


def test_a_derived_dimension_may_not_be_scored(tmp_path):
    dims = "dimensions:\n  - {id: x, label: X}\n  - {id: y, label: Y, derived: {from: x}}\n"
    item = "      - {id: q2, type: likert, scale: agree, prompt: P, scores: {y: 1}}\n"
    path = write(tmp_path, HEAD + dims + STEPS + ITEM + item)
    assert validate(path)[2] == (
        f"{path}:7: dimension 'y' is derived, so no question may score it — remove it from the scores\n"
    )


def test_validate_a_folder_runs_the_checks_across_files(tmp_path):
    body = HEAD + "dimensions:\n  - {id: x, label: X}\n" + STEPS + ITEM
    write(tmp_path, body, "a.yaml")
    write(tmp_path, body.replace("{id: x", "{id: x2").replace("{x: 1}", "{x2: 1}"), "b.yaml")
    assert validate(tmp_path) == (1, "", f"{tmp_path / 'b.yaml'}:1: questionnaire id 't' is also used by a.yaml — "
                                  "ids must be unique\n")  # fmt: skip


def test_validate_a_folder_says_how_many_files_it_checked():
    assert validate(ROOT / "questionnaires", ROOT / "data") == (
        0, "OK: 5 questionnaires (51 questions), 1 archetypes file, 1 checks file, 1 fit rules file, 1 tips file\n", "")  # fmt: skip


SLIPS = {
    "reverse": (
        "      - {id: q1, type: likert, scale: agree, prompt: P, reverse: true, scores: {x: 1}}\n",
        "11: question 'q1': unknown field 'reverse' — to reverse-score a likert question write key: \"-\" (in quotes)",
    ),
    "bare dash": (
        "      - id: q1\n        type: likert\n        scale: agree\n        prompt: P\n        key: -\n",
        "15: YAML syntax error: sequence entries are not allowed here — a lone - starts a list item; to write the "
        'text -, quote it: key: "-"',
    ),
    "got once": (
        "      - {id: q1, type: multiple, prompt: P, min_selected: 1.5, options: [{id: a, label: A, scores: {x: 1}}]}\n",
        "11: question 'q1': field 'min_selected' expected a valid integer, got a number with a fractional part (1.5)",
    ),
}


@pytest.mark.parametrize("slip", SLIPS)
def test_common_slips_get_a_pointed_message(tmp_path, slip):
    item, message = SLIPS[slip]
    path = write(tmp_path, HEAD + "dimensions:\n  - {id: x, label: X}\n" + STEPS + item)
    assert validate(path) == (1, "", f"{path}:{message}\n")


def test_percents_round_half_up_and_unanswered_says_so():
    row = ChartRow("x", "X", 62.5, "", "")
    assert [percent_text(row), percent_text(ChartRow("x", "X", 57.5, "", "")), percent_text(row, "")] == [
        "63%", "58%", "63"]  # fmt: skip
    assert percent_text(ChartRow("x", "X", 0.0, "", "", answered=False)) == "not answered"

"""The command line as scripts use it: exit codes, JSON on stdout, one-line errors on stderr."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = Path(__file__).parent / "broken"


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "mentorfinder", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=60
    )


def test_validate_shipped_content():
    done = run("validate")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "OK: 5 questionnaires (51 questions), 15 archetypes, 5 tips\n"


def test_validate_broken_file_prints_path_line_message():
    done = run("validate", str(BROKEN / "q_unknown_dimension.yaml"))
    assert done.returncode == 1
    assert done.stderr == (
        f"{BROKEN / 'q_unknown_dimension.yaml'}:17: unknown dimension 'networkng' in question 'q3' option 'b'"
        " — did you mean 'networking'?\n"
    )


def test_score_works_for_any_questionnaire_set(tmp_path):
    folder = tmp_path / "instrument"
    folder.mkdir()
    (folder / "every_type.yaml").write_text((FIXTURES / "every_type.yaml").read_text())
    answers = {"every_type": {"stage": "later", "picks": ["d"], "like_plus": 5, "like_minus": 5, "slider": 10}}
    answers["every_type"] |= {"order": ["x", "y", "z"], "hours": 20}
    body = json.dumps({"format": "mentor-finder-answers", "version": 1, "answers": answers})
    done = run("score", "-", "--questionnaires", str(folder), stdin=body)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "profile": {
            # percent = (raw - min) / (max - min): (5 + 1) / 12, (3 - 1) / 4, (12 - 4) / 11
            "alpha": {"raw": 5.0, "percent": 50.0, "min": -1.0, "max": 11.0, "answered": 3, "questions": 3},
            "beta": {"raw": 3.0, "percent": 50.0, "min": 1.0, "max": 5.0, "answered": 2, "questions": 3},
            "gamma": {"raw": 12.0, "percent": 72.7, "min": 4.0, "max": 15.0, "answered": 3, "questions": 3},
        }
    }


def test_sample_answers_piped_into_match():
    sample = run("sample-answers", "--seed", "7")
    assert sample.returncode == 0
    assert sample.stdout == run("sample-answers", "--seed", "7").stdout  # deterministic
    done = run("match", "/dev/stdin", stdin=sample.stdout)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert len(result["shortlist"]) + len(result["excluded"]) == 15
    first = result["shortlist"][0]
    assert set(first) >= {"archetype", "name", "percent", "label", "why", "caveats"}
    assert first["label"] in {"best", "great", "good", "fair"}


def test_match_on_fixture_answers_gives_the_literal_top_three():
    done = run("match", str(FIXTURES / "accountability_online.json"))
    top = [(m["archetype"], m["percent"]) for m in json.loads(done.stdout)["shortlist"][:3]]
    assert top == [("skills_coach", 64.6), ("accountability_partner", 62.9), ("challenger", 60.7)]


def test_match_with_weights():
    done = run(
        "match", str(FIXTURES / "accountability_online.json"), "--weights", "needs=1,style=0,availability=0,fit=0"
    )
    assert json.loads(done.stdout)["shortlist"][0]["percent"] == 75.9  # the needs component alone


def test_bad_answers_file_is_one_line_without_traceback():
    done = run("match", str(BROKEN / "ans_truncated.json"))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert (
        done.stderr
        == f"{BROKEN / 'ans_truncated.json'}:4: not valid JSON: Unterminated string starting at (column 39) — was the file cut short?\n"
    )


def test_missing_file_and_missing_answers():
    done = run("score", "nowhere.json")
    assert (done.returncode, done.stderr) == (
        1,
        "nowhere.json:1: cannot read answers file: No such file or directory\n",
    )
    body = json.dumps({"format": "mentor-finder-answers", "version": 1, "answers": {"goals": {}}})
    done = run("score", "-", stdin=body)
    assert done.returncode == 1
    assert done.stderr.splitlines()[0] == (
        "<stdin>:1: missing required answer goals.stage (“Which best describes where you are in your career?”)"
    )


def test_bad_weights():
    done = run("match", str(FIXTURES / "accountability_online.json"), "--weights", "needs=lots")
    assert (done.returncode, done.stderr) == (1, "--weights:1: 'needs=lots' is not NAME=NUMBER, e.g. needs=50\n")

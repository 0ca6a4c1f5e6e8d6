"""The programme's commands (issue 22): sample-roster, pair and match --roster, with one-line errors."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from tests.core.test_mentor_ranking import PERSON
from tests.core.test_roster import HEADER, ROW

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "mentorfinder", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def answers_file(answers) -> str:
    return json.dumps({"format": "mentor-finder-answers", "version": 1, "answers": answers})


def test_sample_roster_prints_a_valid_roster_with_id_and_capacity(tmp_path):
    done = run("sample-roster", "--mentors", "7", "--seed", "3")
    assert (done.returncode, done.stderr) == (0, "")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["id"] for r in rows] == ["M001", "M002", "M003", "M004", "M005", "M006", "M007"]
    assert done.stdout.splitlines()[0] == HEADER and all(1 <= int(r["capacity"]) <= 5 for r in rows)
    assert run("sample-roster", "--mentors", "7", "--seed", "3").stdout == done.stdout
    (tmp_path / "roster.csv").write_text(done.stdout)
    (tmp_path / "one.json").write_text(run("sample-answers", "--seed", "1").stdout)
    assert run("match", str(tmp_path / "one.json"), "--roster", str(tmp_path / "roster.csv")).returncode == 0


def test_pair_prints_participant_mentor_percent_and_reasons(tmp_path):
    ben = ROW.replace("A1,Ana García,yes,ana@example.org,2", "B1,Ben Okafor,no,ben@example.org,1")
    (tmp_path / "roster.csv").write_text(f"{HEADER}\n{ROW}\n{ben.replace('either_way', 'only_in_person')}\n")
    folder = tmp_path / "answers"
    folder.mkdir()
    for name in ("anna", "bo", "cy"):
        (folder / f"{name}.json").write_text(run("sample-answers", "--seed", str(len(name) * 7 + ord(name[0]))).stdout)
    done = run("pair", "--roster", str(tmp_path / "roster.csv"), str(folder), "--floor", "0")
    assert (done.returncode, done.stderr) == (0, "")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == ["participant", "mentor", "percent", "reasons"]
    assert sorted(r["participant"] for r in rows) == ["anna.json", "bo.json", "cy.json"]
    paired = [r for r in rows if r["mentor"]]
    assert sorted(r["mentor"] for r in paired).count("A1") <= 2 and [r["mentor"] for r in paired].count("B1") <= 1
    assert all(float(r["percent"]) > 0 and r["reasons"] for r in paired)
    unpaired = [r for r in rows if not r["mentor"]]
    assert all(r["percent"] == "" and r["reasons"] for r in unpaired)


def test_match_with_a_roster_lists_real_mentors(tmp_path):
    (tmp_path / "roster.csv").write_text(f"{HEADER}\n{ROW}\n")
    (tmp_path / "me.json").write_text(answers_file(PERSON))
    done = run("match", str(tmp_path / "me.json"), "--roster", str(tmp_path / "roster.csv"))
    # PERSON's answers are not finished: the command says so, one line per question, before any matching
    assert done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr
    (tmp_path / "me.json").write_text(run("sample-answers", "--seed", "5").stdout)
    done = run("match", str(tmp_path / "me.json"), "--roster", str(tmp_path / "roster.csv"))
    out = json.loads(done.stdout)
    assert [m["mentor"] for m in out["mentors"]] + [e["mentor"] for e in out["excluded"]] == ["A1"]
    assert "contact" not in json.dumps(out)


def test_bad_files_are_one_line_errors(tmp_path):
    (tmp_path / "roster.csv").write_text(f"{HEADER}\n{ROW.replace(',2,', ',zero,', 1)}\n")
    (tmp_path / "answers").mkdir()
    done = run("pair", "--roster", str(tmp_path / "roster.csv"), str(tmp_path / "answers"))
    assert (done.returncode, done.stdout) == (1, "")
    roster = tmp_path / "roster.csv"
    assert done.stderr == f"{roster}:2: column 'capacity': 'zero' is not a whole number of mentees from 1 to 10\n"
    roster.write_text(f"{HEADER}\n{ROW}\n")
    done = run("pair", "--roster", str(roster), str(tmp_path / "answers"))
    assert done.stderr == f"{tmp_path / 'answers'}:1: no answers files (*.json) in this folder\n"
    (tmp_path / "answers" / "x.json").write_text("{")
    done = run("pair", "--roster", str(roster), str(tmp_path / "answers"), "--floor", "120")
    assert done.stderr == "--floor:1: expected a percent from 0 to 100, got 120\n"
    done = run("pair", "--roster", str(tmp_path / "missing.csv"), str(tmp_path / "answers"))
    assert done.stderr == f"{tmp_path / 'missing.csv'}:1: cannot read roster file: No such file or directory\n"
    assert run("sample-roster", "--mentors", "0").stderr == "--mentors:1: expected 1 to 10,000 mentors, got 0\n"

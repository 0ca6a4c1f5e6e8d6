"""A general instrument end to end (tests/core/instruments/traits.yaml): validate, score, match with no
archetypes and report, against values worked out by hand."""

import json
import subprocess
import sys
from datetime import date
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from mentorfinder.content.archetypes import ArchetypeSet
from mentorfinder.content.load import Content
from mentorfinder.content.questionnaire import load_questionnaires
from mentorfinder.content.tips import TipSet
from mentorfinder.evaluate import evaluate
from mentorfinder.report import render_report

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent / "instruments"
NOT_ANSWERED = "no answered question scores this dimension"
NOTE = "note: no archetypes fit these questionnaires, so there is no shortlist (see --archetypes)\n"


def run(*args):
    return subprocess.run([sys.executable, "-m", "mentorfinder", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)  # fmt: skip


def scored(answers: str) -> dict:
    done = run("score", str(HERE / answers), "--questionnaires", str(HERE))
    assert (done.returncode, done.stderr) == (0, "")
    return json.loads(done.stdout)


def test_validate_names_what_it_checked():
    assert run("validate", str(HERE)).stdout == "OK: 1 questionnaire (9 questions)\n"


def test_score_every_item_answered():
    # stability: s1 4 + s2 reverse (1 + 5 - 2 = 4) + s3 5 = 13 of 3..15 -> 10/12 = 83.3%
    # neuroticism = -1 x 13 + 18 = 5; range -15 + 18 = 3 .. -3 + 18 = 15 -> 2/12 = 16.7% (reflected)
    # on 0..4 (0-based): r 1 + 2 = 3 of 0..8 = 37.5%; i 4 + 2 = 6 = 75%; a 3 + reverse (0 + 4 - 1 = 3) = 6 = 75%
    # code top 2: i and a tie at 75%, the tie keeps the listed order r, i, a -> "IA"
    assert scored("all_answered.json") == {
        "profile": {
            "stability": {"raw": 13.0, "percent": 83.3, "min": 3.0, "max": 15.0, "answered": 3, "questions": 3},
            "neuroticism": {"raw": 5.0, "percent": 16.7, "min": 3.0, "max": 15.0, "answered": 3, "questions": 3},
            "r": {"raw": 3.0, "percent": 37.5, "min": 0.0, "max": 8.0, "answered": 2, "questions": 2},
            "i": {"raw": 6.0, "percent": 75.0, "min": 0.0, "max": 8.0, "answered": 2, "questions": 2},
            "a": {"raw": 6.0, "percent": 75.0, "min": 0.0, "max": 8.0, "answered": 2, "questions": 2},
        },
        "codes": {"interest_code": {"label": "Interest code", "code": "IA", "dimensions": ["i", "a"], "unranked": []}},
    }


def test_skipped_items_are_counted_and_an_unanswered_scale_is_null():
    # s3, r1 and r2 skipped: stability 4 + 4 = 8 of 2..10 (2 of 3 questions) = 75%;
    # neuroticism 18 - 8 = 10 of 8..16 = 25%; r has no answered question: null, never 0, and takes no place
    out = scored("some_skipped.json")
    assert out["profile"]["stability"] == {"raw": 8.0, "percent": 75.0, "min": 2.0, "max": 10.0, "answered": 2,
                                           "questions": 3}  # fmt: skip
    assert out["profile"]["neuroticism"] == {"raw": 10.0, "percent": 25.0, "min": 8.0, "max": 16.0, "answered": 2,
                                             "questions": 3}  # fmt: skip
    assert out["profile"]["r"] == {"raw": None, "percent": None, "min": None, "max": None, "answered": 0,
                                   "questions": 2, "reason": NOT_ANSWERED}  # fmt: skip
    assert out["codes"]["interest_code"] == {"label": "Interest code", "code": "IA", "dimensions": ["i", "a"],
                                             "unranked": ["r"]}  # fmt: skip


def test_match_without_archetypes_is_a_profile_and_an_empty_shortlist():
    done = run("match", str(HERE / "all_answered.json"), "--questionnaires", str(HERE))
    assert (done.returncode, done.stderr) == (0, NOTE)
    out = json.loads(done.stdout)
    assert (out["shortlist"], out["excluded"], out["network"], out["tips"]) == ([], [], [], [])
    assert out["profile"]["neuroticism"]["raw"] == 5.0
    assert out["codes"]["interest_code"]["code"] == "IA"


def test_report_without_mentor_wording(tmp_path):
    done = run("report", str(HERE / "some_skipped.json"), "--questionnaires", str(HERE), "-o", str(tmp_path / "r.pdf"))
    assert done.returncode == 0, done.stderr
    questionnaires = load_questionnaires(HERE)
    content = Content(tuple(questionnaires), ArchetypeSet(archetypes=[]), TipSet(readiness=[]))
    answers = json.loads((HERE / "some_skipped.json").read_text())["answers"]
    pdf = render_report(content, evaluate(content, answers), today=date(2026, 11, 26))
    lines = PdfReader(BytesIO(pdf)).pages[0].extract_text().splitlines()
    assert lines == [
        "MENTOR FINDER  \u00b7  RESULT SUMMARY 26 November 2026",
        "Your profile report",
        "Your profile Scores 0\u2013100 from your answers; markers show where you lean",
        "Your scores",
        "Artistic 75%",
        "Emotional stability 75%",
        "Investigative 75%",
        "Neuroticism 25%",
        "Realistic \u2013",
        "Your codes Highest scales first; equal scores keep the order the questionnaire lists them",
        "Interest code: IA \u2014 Investigative 75%, Artistic 75%",
        "Not ranked (no answers): Realistic.",
        "Your scores, from your own answers Page 1 of 1",
    ]
    assert "mentor" not in " ".join(lines[1:]).lower()

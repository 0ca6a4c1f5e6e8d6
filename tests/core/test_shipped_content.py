"""The shipped content loads, is complete, and gives sensible, valid results for many answer sets."""

import re
from pathlib import Path

import pytest
import yaml

from mentorfinder.answers.completeness import unfinished
from mentorfinder.answers.file import dump_answers, parse_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.content.schema import QUESTION_TYPES
from mentorfinder.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
NEEDS = ["guidance", "confidence", "advancement", "networking", "skills", "accountability", "challenges"]


@pytest.mark.parametrize("path", sorted((ROOT / "questionnaires").glob("*.yaml")), ids=lambda p: p.name)
def test_each_questionnaire_loads(path):
    # before: `.steps` was truthy for any file with one step; now the loaded model holds every step, question and
    # dimension the file writes, in the file's order (a loader that dropped or reordered one passed before)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    q = load_questionnaire(path)
    assert q.id == raw["id"] == path.stem
    assert [(s.id, [x.id for x in s.questions]) for s in q.steps] == [
        (s["id"], [x["id"] for x in s["questions"]]) for s in raw["steps"]
    ]
    assert [d.id for d in q.dimensions] == [d["id"] for d in raw["dimensions"]]
    assert all(s.questions for s in q.steps) and q.minutes == raw["minutes"]


def test_shipped_set_shape(shipped):
    assert [q.id for q in shipped.questionnaires] == ["goals", "communication", "availability", "fit", "readiness"]
    questions = [question for q in shipped.questionnaires for question in q.questions()]
    assert 30 <= len(questions) <= 60  # about 12 seconds each: 60 is the 12 minutes of the brief (51 today)
    assert {question.type for question in questions} == set(QUESTION_TYPES)
    assert 8 <= sum(q.minutes for q in shipped.questionnaires) <= 12
    needs = [d.id for q in shipped.questionnaires for d in q.dimensions if d.group == "needs"]
    assert needs == NEEDS


def test_every_archetype_is_complete(shipped):
    archetypes = shipped.archetypes.archetypes
    assert len(archetypes) >= 12
    matched = {
        d.id for q in shipped.questionnaires for d in q.dimensions if d.group in {"style", "availability", "fit"}
    }
    for arch in archetypes:
        assert set(arch.serves) == set(NEEDS), arch.id
        assert set(arch.targets) == matched, arch.id
        for field in ("summary", "description", "rationale", "typical_style", "typical_availability", "suits"):
            assert getattr(arch, field), (arch.id, field)
        for field in ("watch_outs", "where_to_find", "questions_to_ask", "make_the_most"):
            assert len(getattr(arch, field)) >= 2, (arch.id, field)


SEED_CITATION = '"The Role of Mentorship in Career Success" (seed article)'


def test_every_archetype_names_its_sources(shipped):
    """Each archetype cites one to three sources: the seed article, or author(s), (year), title, where published."""
    for arch in shipped.archetypes.archetypes:
        assert 1 <= len(arch.source) <= 3, arch.id
        assert len(set(arch.source)) == len(arch.source), arch.id
        for citation in arch.source:
            assert citation.strip() == citation and citation, (arch.id, citation)
            if citation != SEED_CITATION:
                assert re.search(r"^[A-Z][^()]*\((19|20)\d\d\)\. .+\. .+", citation), (arch.id, citation)


@pytest.mark.parametrize("seed", range(25))
def test_sample_answers_give_valid_results(shipped, seed):
    questionnaires = list(shipped.questionnaires)
    answers = sample_answers(questionnaires, seed)
    parsed = parse_answers(dump_answers(answers).encode(), "sample.json", questionnaires)
    assert parsed.answers == answers
    assert unfinished(questionnaires, answers) == []
    result = evaluate(shipped, answers)
    assert all(0 <= d.percent <= 100 for d in result.profile.values())
    ids = [m.archetype for m in result.shortlist] + [e.archetype for e in result.excluded]
    assert sorted(ids) == sorted(a.id for a in shipped.archetypes.archetypes)
    # highest percent first, except that a kind a fit rule lowers comes after every kind none lowers
    order = [(bool(m.lowered_by), -m.percent) for m in result.shortlist]
    assert order == sorted(order)
    assert 1 <= len(result.network) <= 3
    assert all(member.covers for member in result.network)
    assert len(result.tips) == 5


def test_archetype_fields_are_documented():
    """Every field of the archetype schema has a row in the format guide an adviser reads."""
    from mentorfinder.content.archetypes import Archetype

    doc = (ROOT / "docs" / "questionnaire-format.md").read_text()
    section = doc.split("## The archetypes file", 1)[1]
    rows = " ".join(line.split("|")[1] for line in section.splitlines() if line.startswith("| `"))
    assert [f for f in Archetype.model_fields if f"`{f}`" not in rows] == []

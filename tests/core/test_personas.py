"""Persona suite (issue 8): what a careers adviser would sign for realistic people, written before tuning.

Each persona is an answers file in tests/core/personas/ and an entry in personas.yaml with the adviser's
expectations and the reason for them. The matching model is tuned until these pass; an expectation is
changed only when its reasoning is wrong, never to make the model pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mentorfinder.answers.completeness import unfinished
from mentorfinder.answers.file import parse_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import Result, evaluate
from mentorfinder.matching.expectations import form_problems, unmet
from mentorfinder.matching.model import worth_considering

PERSONAS = Path(__file__).parent / "personas"
INDEX = yaml.safe_load((PERSONAS / "personas.yaml").read_text(encoding="utf-8"))["personas"]
CONTENT = load_content()


def _reason(persona: dict) -> str:
    """The rationale's first sentence: why the adviser expects this."""
    text = " ".join(persona["rationale"].split())
    return text.split(". ")[0].rstrip(".") + "."


def _top3(result: Result) -> str:
    shown = worth_considering(result.shortlist)[:3]
    return ", ".join(f"{m.archetype} {m.percent}% ({m.label})" for m in shown) or "(none)"


def _fail(persona: dict, expectation: str, result: Result, detail: str) -> str:
    return (
        f"persona '{persona['id']}' ({persona['who']}) fails {expectation}: {detail}\n"
        f"  reason: {_reason(persona)}\n"
        f"  actual top three: {_top3(result)}"
    )


def _answers(persona_id: str) -> dict:
    path = PERSONAS / f"{persona_id}.json"
    parsed = parse_answers(path.read_bytes(), str(path), list(CONTENT.questionnaires))
    missing = unfinished(list(CONTENT.questionnaires), parsed.answers, parsed.language)
    assert not missing, (
        f"persona '{persona_id}': answers file is incomplete: {[(u.questionnaire, u.question, u.kind) for u in missing]}"
    )
    return parsed.answers


def test_index_and_answers_files_match_one_to_one():
    ids = [p["id"] for p in INDEX]
    assert len(ids) == len(set(ids)), f"duplicate persona ids in personas.yaml: {sorted(ids)}"
    files = {p.stem for p in PERSONAS.glob("*.json")}
    assert set(ids) == files, f"only in personas.yaml: {set(ids) - files}; only as files: {files - set(ids)}"
    assert len(ids) >= 16


def test_every_id_in_the_expectations_is_real():
    archetypes = {a.id for a in CONTENT.archetypes.archetypes}
    needs = {d.id for q in CONTENT.questionnaires for d in q.dimensions if d.group == "needs"}
    checks = {c.id for c in CONTENT.checks.checks} if CONTENT.checks else set()
    problems = [p for persona in INDEX for p in form_problems(persona, archetypes, needs, checks)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("persona", INDEX, ids=[p["id"] for p in INDEX])
def test_persona(persona):
    result = evaluate(CONTENT, _answers(persona["id"]))
    failures = [_fail(persona, key, result, detail) for key, detail in unmet(persona["expect"], result)]
    assert not failures, "\n".join(failures)

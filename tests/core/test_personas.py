"""Persona suite (issue 8): what a careers adviser would sign for realistic people, written before tuning.

Each persona is an answers file in tests/core/personas/ and an entry in personas.yaml with the adviser's
expectations and the reason for them. The matching model is tuned until these pass; an expectation is
changed only when its reasoning is wrong, never to make the model pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mentorfinder.answers import parse_answers
from mentorfinder.completeness import unfinished
from mentorfinder.content import load_content
from mentorfinder.result import Result, evaluate

PERSONAS = Path(__file__).parent / "personas"
INDEX = yaml.safe_load((PERSONAS / "personas.yaml").read_text(encoding="utf-8"))["personas"]
LABEL_ORDER = ["fair", "good", "great", "best"]
REQUIRED_KEYS = {"top3_includes", "top3_allowed", "not_top3", "network_covers"}
OPTIONAL_KEYS = {"excluded", "fires", "top_label_at_least", "top_label_at_most"}
CONTENT = load_content()


def _reason(persona: dict) -> str:
    """The rationale's first sentence: why the adviser expects this."""
    text = " ".join(persona["rationale"].split())
    return text.split(". ")[0].rstrip(".") + "."


def _top3(result: Result) -> str:
    return ", ".join(f"{m.archetype} {m.percent}% ({m.label})" for m in result.shortlist[:3]) or "(none)"


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
    problems = []
    for persona in INDEX:
        pid, expect = persona["id"], persona["expect"]
        for key in ("who", "rationale"):
            if not str(persona.get(key, "")).strip():
                problems.append(f"{pid}: missing {key}")
        missing, unknown = REQUIRED_KEYS - set(expect), set(expect) - REQUIRED_KEYS - OPTIONAL_KEYS
        problems += [f"{pid}: missing expectation '{k}'" for k in sorted(missing)]
        problems += [f"{pid}: unknown expectation '{k}'" for k in sorted(unknown)]
        for key in ("top3_includes", "top3_allowed", "not_top3", "excluded"):
            problems += [f"{pid}: {key}: unknown archetype '{a}'" for a in expect.get(key, []) if a not in archetypes]
        problems += [f"{pid}: network_covers: unknown need '{n}'" for n in expect["network_covers"] if n not in needs]
        problems += [f"{pid}: fires: unknown check '{c}'" for c in expect.get("fires", []) if c not in checks]
        for key in ("top_label_at_least", "top_label_at_most"):
            if key in expect and expect[key] not in LABEL_ORDER:
                problems.append(f"{pid}: {key}: unknown label '{expect[key]}'")
        if not expect["top3_includes"]:
            problems.append(f"{pid}: top3_includes is empty")
        if not set(expect["top3_includes"]) <= set(expect["top3_allowed"]):
            problems.append(f"{pid}: top3_includes must be within top3_allowed")
        if set(expect["top3_allowed"]) & set(expect["not_top3"]):
            problems.append(f"{pid}: an archetype is both allowed and not_top3")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("persona", INDEX, ids=[p["id"] for p in INDEX])
def test_persona(persona):
    expect = persona["expect"]
    result = evaluate(CONTENT, _answers(persona["id"]))
    top3 = [m.archetype for m in result.shortlist[:3]]
    failures = []

    if not set(top3) & set(expect["top3_includes"]):
        failures.append(
            _fail(persona, "top3_includes", result, f"none of {expect['top3_includes']} is in the top three")
        )
    outside = [a for a in top3 if a not in expect["top3_allowed"]]
    if outside:
        failures.append(_fail(persona, "top3_allowed", result, f"{outside} should not be in the top three"))
    wrong = [a for a in top3 if a in expect["not_top3"]]
    if wrong:
        failures.append(_fail(persona, "not_top3", result, f"{wrong} is clearly wrong for this person"))

    covered = {need for member in result.network for need in member.covers}
    uncovered = [n for n in expect["network_covers"] if n not in covered]
    if uncovered:
        network = [(m.archetype, m.covers) for m in result.network]
        failures.append(_fail(persona, "network_covers", result, f"{uncovered} not covered by the network {network}"))

    excluded = {e.archetype for e in result.excluded}
    still_in = [a for a in expect.get("excluded", []) if a not in excluded]
    if still_in:
        failures.append(_fail(persona, "excluded", result, f"{still_in} should be ruled out by a must-have"))

    fired = {c.id for c in result.checks}
    silent = [c for c in expect.get("fires", []) if c not in fired]
    if silent:
        failures.append(_fail(persona, "fires", result, f"checks {silent} did not fire (fired: {sorted(fired)})"))

    label = result.shortlist[0].label if result.shortlist else "fair"
    rank = LABEL_ORDER.index(label)
    if "top_label_at_least" in expect and rank < LABEL_ORDER.index(expect["top_label_at_least"]):
        failures.append(
            _fail(
                persona,
                "top_label_at_least",
                result,
                f"#1 is '{label}', expected at least '{expect['top_label_at_least']}'",
            )
        )
    if "top_label_at_most" in expect and rank > LABEL_ORDER.index(expect["top_label_at_most"]):
        failures.append(
            _fail(
                persona,
                "top_label_at_most",
                result,
                f"#1 is '{label}', expected at most '{expect['top_label_at_most']}'",
            )
        )

    assert not failures, "\n".join(failures)

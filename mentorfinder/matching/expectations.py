"""What an adviser expects for a persona, checked against a result: the persona suite's and the blind panel's rules."""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mentorfinder.answers.file import parse_answers
from mentorfinder.content.load import Content
from mentorfinder.evaluate import Result, evaluate
from mentorfinder.matching.model import LESS_SUITED, top_matches

LABEL_ORDER = [LESS_SUITED, "fair", "good", "great", "best"]
REQUIRED_KEYS = {"top3_includes", "top3_allowed", "not_top3", "network_covers"}
OPTIONAL_KEYS = {"excluded", "fires", "top_label_at_least", "top_label_at_most"}


def top_three(result: Result) -> list[str]:
    """The kinds the person is given as their top three: the first three not listed as less suited, or the first three
    of all when every kind is less suited (model.top_matches: what the PDF, next steps and a workshop share put first)."""
    return [m.archetype for m in top_matches(result.shortlist)[:3]]


def top_three_unmet(expect: dict[str, Any], top3: list[str]) -> list[tuple[str, str]]:
    """The expectations on the top three (includes, allowed, not_top3) that a top three does not meet: the model's, or
    another adviser's own (bench.bench_matching compares the two)."""
    found = []
    if not set(top3) & set(expect["top3_includes"]):
        found.append(("top3_includes", f"none of {expect['top3_includes']} is in the top three"))
    if outside := [a for a in top3 if a not in expect["top3_allowed"]]:
        found.append(("top3_allowed", f"{outside} should not be in the top three"))
    if wrong := [a for a in top3 if a in expect.get("not_top3", [])]:
        found.append(("not_top3", f"{wrong} is clearly wrong for this person"))
    return found


def unmet(expect: dict[str, Any], result: Result) -> list[tuple[str, str]]:
    """Each expectation the result does not meet, as (key, what is wrong); [] when the adviser would sign it."""
    found = top_three_unmet(expect, top_three(result))
    covered = {need for member in result.network for need in member.covers}
    if uncovered := [n for n in expect["network_covers"] if n not in covered]:
        network = [(m.archetype, m.covers) for m in result.network]
        found.append(("network_covers", f"{uncovered} not covered by the network {network}"))
    excluded = {e.archetype for e in result.excluded}
    if still_in := [a for a in expect.get("excluded", []) if a not in excluded]:
        found.append(("excluded", f"{still_in} should be ruled out by a must-have"))
    fired = {c.id for c in result.checks}
    if silent := [c for c in expect.get("fires", []) if c not in fired]:
        found.append(("fires", f"checks {silent} did not fire (fired: {sorted(fired)})"))
    label = result.shortlist[0].label if result.shortlist else LESS_SUITED
    rank = LABEL_ORDER.index(label)
    if "top_label_at_least" in expect and rank < LABEL_ORDER.index(expect["top_label_at_least"]):
        found.append(("top_label_at_least", f"#1 is '{label}', expected at least '{expect['top_label_at_least']}'"))
    if "top_label_at_most" in expect and rank > LABEL_ORDER.index(expect["top_label_at_most"]):
        found.append(("top_label_at_most", f"#1 is '{label}', expected at most '{expect['top_label_at_most']}'"))
    return found


def form_problems(persona: dict[str, Any], archetypes: set[str], needs: set[str], checks: set[str]) -> list[str]:
    """What is wrong with how a persona's expectations are written (unknown ids, missing keys, contradictions)."""
    pid, expect = persona["id"], persona["expect"]
    problems = [f"{pid}: missing {key}" for key in ("who", "rationale") if not str(persona.get(key, "")).strip()]
    missing, unknown = REQUIRED_KEYS - set(expect), set(expect) - REQUIRED_KEYS - OPTIONAL_KEYS
    problems += [f"{pid}: missing expectation '{k}'" for k in sorted(missing)]
    problems += [f"{pid}: unknown expectation '{k}'" for k in sorted(unknown)]
    if missing:
        return problems
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
    return problems


def seeded_split(ids: Iterable[str], seed: int) -> tuple[list[str], list[str]]:
    """The panel's one split: ids sorted, shuffled by random.Random(seed); the first half tunes, the rest is held back."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    half = len(order) // 2
    return sorted(order[:half]), sorted(order[half:])


def disputed(persona: dict[str, Any], failures: list[tuple[str, str]]) -> bool:
    """True when every unmet expectation is one a second adviser disputed (same key, and a kind it names)."""
    disputes = persona.get("disputes", [])

    def covered(key: str, detail: str) -> bool:
        return any(d["key"] == key and (not d["kinds"] or any(k in detail for k in d["kinds"])) for d in disputes)

    return bool(failures) and all(covered(key, detail) for key, detail in failures)


def judged(content: Content, folder: Path, personas: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list]]:
    """Each persona (its answers in folder/<id>.json) with the expectations its result does not meet."""
    found = []
    for persona in personas:
        path = folder / f"{persona['id']}.json"
        answers = parse_answers(path.read_bytes(), str(path), list(content.questionnaires)).answers
        found.append((persona, unmet(persona["expect"], evaluate(content, answers))))
    return found

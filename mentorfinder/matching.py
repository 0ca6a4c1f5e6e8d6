"""Profile -> ranked, explained shortlist of archetypes, with must-have filters and a mentoring network."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .archetypes import NEEDS_GROUP, Archetype, ArchetypeSet
from .conditions import visible_answers
from .explain import a_or_an, caveats_for, why_for
from .schema import Questionnaire, text
from .scoring import Profile

DEFAULT_WEIGHTS = {"needs": 50.0, "style": 20.0, "availability": 20.0, "fit": 10.0}
LABELS = ((80.0, "best"), (65.0, "great"), (50.0, "good"))  # below 50: "fair"


@dataclass
class Match:
    """One archetype's place in the shortlist, with the parts its percent is made of."""

    archetype: str
    name: str
    percent: float
    label: str
    components: dict[str, float]
    why: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    why_brief: list[str] = field(default_factory=list)  # the same lines without the quoted answers (for print)
    caveats_brief: list[str] = field(default_factory=list)


@dataclass
class Constraint:
    """A must-have taken from an answer: the archetype needs one of `values` for `attribute`."""

    attribute: str
    values: list[str]
    label: str
    source: str  # the answer it came from


def fit_label(percent: float) -> str:
    """best / great / good / fair by fixed thresholds (see docs/matching.md)."""
    return next((name for floor, name in LABELS if percent >= floor), "fair")


def needs_score(profile: Profile, arch: Archetype) -> tuple[float, dict[str, float]]:
    """0..100: how well the archetype serves the needs, weighted by how much the person has each.

    Returns the score and each need's share of it, for the explanation.
    """
    needs = [d for d in profile.values() if d.group == NEEDS_GROUP]
    total = sum(d.percent for d in needs)
    if not total:
        return 0.0, {}
    parts = {d.id: d.percent * arch.serves.get(d.id, 0) / 3 / total * 100 for d in needs}
    return sum(parts.values()), parts


def closeness_score(profile: Profile, arch: Archetype, group: str) -> float | None:
    """0..100: mean of (100 - distance) over the group's dimensions the archetype has a target for."""
    gaps = [abs(profile[d].percent - t) for d, t in arch.targets.items() if d in profile and profile[d].group == group]
    return 100 - sum(gaps) / len(gaps) if gaps else None


def match_one(profile: Profile, arch: Archetype, weights: dict[str, float], language: str = "en") -> Match:
    """Score one archetype: the weighted mean of its component scores (components it lacks are left out)."""
    components: dict[str, float] = {}
    needs, parts = needs_score(profile, arch)
    components[NEEDS_GROUP] = needs
    for group in weights:
        if group != NEEDS_GROUP:
            value = closeness_score(profile, arch, group)
            if value is not None:
                components[group] = value
    used = {g: w for g, w in weights.items() if g in components and w > 0}
    total_weight = sum(used.values())
    percent = sum(components[g] * w for g, w in used.items()) / total_weight if total_weight else 0.0
    percent = round(percent, 1)
    name = text(arch.name, language)
    why = why_for(profile, arch, name, parts, weights)
    caveats = caveats_for(profile, arch, name, weights)
    return Match(
        archetype=arch.id,
        name=name,
        percent=percent,
        label=fit_label(percent),
        components={g: round(v, 1) for g, v in components.items()},
        why=[full for full, _ in why],
        caveats=[full for full, _ in caveats],
        why_brief=[brief for _, brief in why],
        caveats_brief=[brief for _, brief in caveats],
    )


def constraints_from(
    questionnaires: list[Questionnaire], answers: dict[str, dict[str, Any]], language: str = "en"
) -> list[Constraint]:
    """Must-haves declared by the options the person chose on visible questions."""
    found = []
    for q in questionnaires:
        shown = visible_answers(q, answers.get(q.id, {}))
        for question in q.questions():
            value = shown.get(question.id)
            chosen = value if isinstance(value, list) else [value]
            for option in question.options:
                if option.must_have and option.id in chosen and question.type in {"single", "multiple"}:
                    must = option.must_have
                    found.append(
                        Constraint(
                            must.attribute, must.any_of, text(must.label, language), text(option.label, language)
                        )
                    )
    return found


def excluded_reason(
    arch: Archetype, aset: ArchetypeSet, constraints: list[Constraint], language: str = "en"
) -> str | None:
    """Why a must-have rules the archetype out, or None when it passes every one."""
    for c in constraints:
        offered = arch.attributes.get(c.attribute)
        if offered is None or set(offered) & set(c.values):
            continue  # archetypes silent on an attribute are not filtered by it
        attr = aset.attributes[c.attribute]
        values = " or ".join(text(attr.values[v], language) for v in offered)
        return f"You said ‘{c.source}’, so you need a mentor who {c.label}; {a_or_an(text(arch.name, language))} {text(attr.label, language)} {values}."
    return None


def rank(matches: list[Match]) -> list[Match]:
    """Order by percent (highest first); ties by the needs component, then by name A–Z."""
    return sorted(
        matches, key=lambda m: (-m.percent, -m.components.get(NEEDS_GROUP, 0.0), m.name.casefold(), m.archetype)
    )

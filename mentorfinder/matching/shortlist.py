"""Answers and profile -> every archetype scored, explained and ranked, with the ones a must-have rules out."""

from __future__ import annotations

from dataclasses import dataclass

from mentorfinder.content.archetypes import Archetype
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.fit_rules import AppliedRule, applied_rules, rules_for
from mentorfinder.content.load import Content
from mentorfinder.i18n.words import translate
from mentorfinder.matching.explain import MAX_CAVEATS, caveats_for, why_for
from mentorfinder.matching.filters import FailedGate, constraints_from, excluded_reason, failed_gates
from mentorfinder.matching.model import Match, components_of, fit_label, rank, weighted_percent
from mentorfinder.matching.sentence import FitRule, Sentence
from mentorfinder.scoring.profile import Profile


@dataclass
class Excluded:
    """An archetype a must-have ruled out, and why."""

    archetype: str
    name: str
    reason: str


def match_one(
    profile: Profile,
    arch: Archetype,
    weights: dict[str, float],
    gates: list[FailedGate],
    language: str = "en",
    rules: list[AppliedRule] | None = None,
) -> Match:
    """Score and explain one archetype: its weighted components, cut when a gate is missed or a fit rule lowers it.

    The first fit rule that lowers it is told right after any missed gate, so the person sees why it ranks lower.
    """
    rules = rules or []
    components = components_of(profile, arch, weights)
    percent = weighted_percent(components, weights, gated=bool(gates), lowered=bool(rules))
    name = translate(arch.name, language)
    why = why_for(profile, arch, name, weights, language)
    caveats = caveats_for(profile, arch, name, weights, gates, language)
    if rules:
        said = Sentence(rules[0].message, [FitRule(rules[0].id, arch.id)])
        told = (said, said)
        caveats = (caveats[: len(gates)] + [told] + caveats[len(gates) :])[:MAX_CAVEATS]
    return Match(
        archetype=arch.id,
        name=name,
        percent=percent,
        label=fit_label(percent, lowered=bool(rules)),
        components={g: round(v, 1) for g, v in components.items()},
        why=[full for full, _ in why],
        caveats=[full for full, _ in caveats],
        why_brief=[brief for _, brief in why],
        caveats_brief=[brief for _, brief in caveats],
        gated=bool(gates),
        lowered_by=[rule.id for rule in rules],
        sort_name=translate(arch.name),
    )


def shortlist_for(
    content: Content, profile: Profile, shown: ShownAnswers, weights: dict[str, float], language: str
) -> tuple[list[Match], list[Excluded], dict[str, Archetype]]:
    """Rank every archetype no must-have rules out; return the ranking, the excluded and the kept by id."""
    questionnaires = list(content.questionnaires)
    constraints = constraints_from(questionnaires, shown, language)
    applied = applied_rules(content.fit_rules, shown, language)
    matches, excluded, kept = [], [], {}
    for arch in content.archetypes.archetypes:
        reason = excluded_reason(arch, content.archetypes, constraints, language)
        if reason:
            excluded.append(Excluded(arch.id, translate(arch.name, language), reason))
            continue
        gates = failed_gates(arch, questionnaires, shown, language)
        matches.append(match_one(profile, arch, weights, gates, language, rules_for(arch.id, applied)))
        kept[arch.id] = arch
    return rank(matches), excluded, kept

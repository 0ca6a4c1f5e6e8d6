"""Answers and profile -> every archetype scored, explained and ranked, with the ones a must-have rules out and the
gates (who a kind of mentor is for) the answers miss."""

from __future__ import annotations

from dataclasses import dataclass

from mentorfinder.answers.quotes import answer_words, quoted
from mentorfinder.content.archetypes import Archetype, ArchetypeSet
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.fit_rules import AppliedRule, applied_rules
from mentorfinder.content.load import Content
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import a_or_an, either, translate
from mentorfinder.matching.explain import MAX_CAVEATS, FailedGate, caveats_for, why_for
from mentorfinder.matching.model import Match, components_of, fit_label, rank, ranked_needs, weighted_percent
from mentorfinder.matching.sentence import FitRule, Sentence
from mentorfinder.scoring.profile import DimensionScore, Profile


@dataclass
class Excluded:
    """An archetype a must-have ruled out, and why."""

    archetype: str
    name: str
    reason: str


@dataclass
class Constraint:
    """A must-have taken from an answer: the archetype needs one of `values` for `attribute`."""

    attribute: str
    values: list[str]
    label: str
    source: str  # the answer it came from, in the person's words


def constraints_from(
    questionnaires: list[Questionnaire], shown: ShownAnswers, language: str = "en"
) -> list[Constraint]:
    """Must-haves declared by the options the person chose on visible questions."""
    found = []
    for q in questionnaires:
        given = shown.answers[q.id]
        for question in q.questions():
            value = given.get(question.id)
            chosen = value if isinstance(value, list) else [value]
            for option in question.options:
                if option.must_have and option.id in chosen and question.type in {"single", "multiple"}:
                    must = option.must_have
                    found.append(
                        Constraint(
                            must.attribute,
                            must.any_of,
                            translate(must.label, language),
                            translate(option.label, language),
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
        values = {
            "answer": quoted(c.source, language),
            "need": c.label,
            "a_name": a_or_an(translate(arch.name, language), language),
            "attribute": translate(attr.label, language),
            "values": either([translate(attr.values[v], language) for v in offered], language),
        }
        return (
            _("You chose %(answer)s, so you need a mentor who %(need)s; %(a_name)s %(attribute)s %(values)s.", language)
            % values
        )
    return None


def failed_gates(
    arch: Archetype, questionnaires: list[Questionnaire], shown: ShownAnswers, language: str = "en"
) -> list[FailedGate]:
    """The archetype's gates that the person's visible answers do not meet (an unanswered gate passes)."""
    by_id = {q.id: q for q in questionnaires}
    failed = []
    for gate in arch.gates:
        q = by_id[gate.questionnaire]
        value = shown.answers[q.id].get(gate.question)
        if value in (None, "", []):
            continue  # nothing said either way: the gate cannot speak against the archetype
        chosen = value if isinstance(value, list) else [value]
        if not set(chosen) & set(gate.in_):
            question = next(x for x in q.questions() if x.id == gate.question)
            failed.append(FailedGate(gate, answer_words(q, question, value, language)))
    return failed


def without_rhythm(profile: Profile, arch: Archetype, aset: ArchetypeSet, constraints: list[Constraint]) -> Profile:
    """The profile a kind is scored on: without the rhythm dimensions where the person's must-have allows only one-off
    talks and the kind works only in them (data/archetypes.yaml `no_rhythm`): how often to talk and how fast to reply
    between talks say nothing about one focused conversation, which is all either side offers."""
    for c in constraints:
        rule = aset.attributes[c.attribute].no_rhythm
        offered = arch.attributes.get(c.attribute)
        if rule and offered and set(c.values) <= set(rule.values) and set(offered) <= set(rule.values):
            return {d: score for d, score in profile.items() if d not in rule.dimensions}
    return profile


def at_stage(arch: Archetype, shown: ShownAnswers) -> Archetype:
    """The archetype as it serves this person: its `serves_at_stage` terms whose answer holds replace those needs'
    strengths (the Career-change guide for someone changing field or returning; docs/matching.md, 3)."""
    extra = {}
    for term in arch.serves_at_stage:
        value = shown.answers.get(term.questionnaire, {}).get(term.question)
        if value in term.in_:
            extra.update(term.serves)
    return arch.model_copy(update={"serves": {**arch.serves, **extra}}) if extra else arch


def match_one(
    profile: Profile,
    arch: Archetype,
    weights: dict[str, float],
    gates: list[FailedGate],
    language: str = "en",
    rules: list[AppliedRule] | None = None,
    needs: list[DimensionScore] | None = None,
    explain: bool = True,
) -> Match:
    """Score and explain one archetype: its weighted components, cut when a gate is missed or a fit rule lowers it.

    The first fit rule that lowers it is told right after any missed gate, so the person sees why it ranks lower.
    `needs`: the profile's ranked_needs, worked out once for every archetype (else here). `explain=False` leaves
    why and caveats empty: the rank is the same without them (see evaluate).
    """
    rules = rules or []
    components = components_of(profile, arch, weights)
    percent = weighted_percent(components, weights, gated=bool(gates), lowered=bool(rules))
    label = fit_label(percent, lowered=bool(rules))  # the numbers first, then the words
    name = translate(arch.name, language)
    if not explain:
        why, caveats = [], []
    else:
        why = why_for(profile, arch, name, weights, language, needs)
        caveats = caveats_for(profile, arch, name, weights, gates, language, needs)
    if rules and explain:
        said = Sentence(rules[0].message, [FitRule(rules[0].id, arch.id)])
        told = (said, said)
        caveats = (caveats[: len(gates)] + [told] + caveats[len(gates) :])[:MAX_CAVEATS]
    return Match(
        archetype=arch.id,
        name=name,
        percent=percent,
        label=label,
        components={g: round(v, 1) for g, v in components.items()},
        why=[full for full, _ in why],
        caveats=[full for full, _ in caveats],
        why_brief=[brief for _, brief in why],
        caveats_brief=[brief for _, brief in caveats],
        gated=bool(gates),
        lowered_by=[rule.id for rule in rules],
        sort_name=translate(arch.name),
    )


@dataclass
class Reach:
    """Kinds a must-have on a limit the person could loosen (how long they can give) alone ruled out, scored as
    if it had not: the network may name one for a need nothing within the limit serves (docs/matching.md, 6)."""

    matches: list[Match]  # ranked like the shortlist
    archetypes: dict[str, Archetype]
    answer: str  # the option that set the limit, in the person's words


def shortlist_for(
    content: Content,
    profile: Profile,
    shown: ShownAnswers,
    weights: dict[str, float],
    language: str,
    explain: bool = True,
) -> tuple[list[Match], list[Excluded], dict[str, Archetype], Reach]:
    """Rank every archetype no must-have rules out; return the ranking, the excluded, the kept by id and the
    kinds only a loosenable limit ruled out (`Reach`), each match with its why and caveats unless `explain` is False."""
    questionnaires = list(content.questionnaires)
    aset = content.archetypes
    constraints = constraints_from(questionnaires, shown, language)
    limits = [c for c in constraints if aset.attributes[c.attribute].network_reach is not None]
    fixed = [c for c in constraints if c not in limits]
    applied = applied_rules(content.fit_rules, shown, language)
    matches, excluded, kept, beyond, reached = [], [], {}, [], {}
    needs = ranked_needs(profile)  # once, for every archetype's why and caveats
    for arch in aset.archetypes:
        reason = excluded_reason(arch, aset, constraints, language)
        if reason:
            excluded.append(Excluded(arch.id, translate(arch.name, language), reason))
            if excluded_reason(arch, aset, fixed, language) is not None:  # not the limit alone: never scored
                continue
        gates = failed_gates(arch, questionnaires, shown, language)
        rules = [rule for rule in applied if arch.id in rule.kinds]
        # a kind the limit alone rules out is scored for the network's reach, which reads no why or caveats
        scored_on = profile if reason else without_rhythm(profile, arch, aset, constraints)
        served = at_stage(arch, shown)  # scored and explained on; the network reads the table row
        match = match_one(scored_on, served, weights, gates, language, rules, needs, explain and not reason)
        if reason:
            beyond.append(match)
            reached[arch.id] = arch
        else:
            matches.append(match)
            kept[arch.id] = arch
    return rank(matches), excluded, kept, Reach(rank(beyond), reached, limits[0].source if limits else "")

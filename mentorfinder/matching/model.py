"""Profile -> scored archetypes: the components of a match, its percent, label and order (one place for the rules)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mentorfinder.content.archetypes import NEEDS_GROUP, STRENGTH_MAX, Archetype
from mentorfinder.i18n.catalogue import _
from mentorfinder.scoring.profile import DimensionScore, Profile

DEFAULT_WEIGHTS = {"needs": 45.0, "style": 20.0, "availability": 15.0, "fit": 20.0}
LESS_FLOOR = 40.0  # below this a match is "less suited": not one to consider first (docs/matching.md)
LABELS = ((75.0, "best"), (62.0, "great"), (50.0, "good"), (LESS_FLOOR, "fair"))
LESS_SUITED = "less"  # below the last floor, or lowered by a fit rule: listed apart, never among the top matches
LABEL_WORDS = {
    "best": _("Best fit"),
    "great": _("Great fit"),
    "good": _("Good fit"),
    "fair": _("Fair fit"),
    LESS_SUITED: _("Less suited"),
}  # English
CONFLICT_WEIGHT = 2.0  # see counted()
TARGET_CAP = 30.0  # a typical way this far from the middle counts as a full lean (so extremes win no extra)
GATE_FACTOR = 0.6  # a kind of mentor whose gate the answers miss keeps 60% of its score
FIT_RULE_FACTOR = 0.75  # a kind a fit rule says is not a first choice keeps 75% (data/fit_rules.yaml)
ABOUT_EQUAL = 3.0  # scores closer than this are told as "about equal", not as a real order
TIE_BREAK = _("When scores are equal, the kind that serves your top needs more comes first.")


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
    gated: bool = False  # a gate was missed, so the score was cut (see docs/matching.md)
    lowered_by: list[str] = field(default_factory=list)  # ids of the fit rules that say it is not a first choice
    about_equal: bool = False  # within ABOUT_EQUAL points of the match ranked just above
    sort_name: str = ""  # the name in the content's own language: equal scores never rank by the language shown


def label_words(label: str, language: str = "en") -> str:
    """'Best fit' for 'best', in the reader's language."""
    return _(LABEL_WORDS[label], language)


def fit_label(percent: float, lowered: bool = False) -> str:
    """best / great / good / fair by fixed thresholds, else less suited; always less suited when a fit rule
    says the kind is not a first choice (see docs/matching.md)."""
    if lowered:
        return LESS_SUITED
    return next((name for floor, name in LABELS if percent >= floor), LESS_SUITED)


def worth_considering(matches: list[Match]) -> list[Match]:
    """The matches a person is shown as their top matches: every one not labelled less suited, in rank order."""
    return [m for m in matches if m.label != LESS_SUITED]


def top_matches(matches: list[Match]) -> list[Match]:
    """The matches to put first (the PDF, next steps, a workshop share): those worth considering, or every match
    when none is, so there is always something to start with."""
    return worth_considering(matches) or matches


def ranked_needs(profile: Profile) -> list[DimensionScore]:
    """The person's needs, most wanted first (ties by id): the order explanations and the network follow."""
    return sorted((d for d in profile.values() if d.group == NEEDS_GROUP), key=lambda d: (-d.percent, d.id))


def person_lean(dim: DimensionScore) -> float:
    """-1..1: how far the person's answers sit from the middle of a dimension, towards its high end."""
    return max(-1.0, min(1.0, (dim.percent - 50) / 50))


def target_lean(target: float) -> float:
    """-1..1: the archetype's typical way, with anything TARGET_CAP or more from the middle a full lean."""
    return max(-1.0, min(1.0, (target - 50) / TARGET_CAP))


def agreement(dim: DimensionScore, target: float) -> float:
    """-1..1: how much the archetype's typical way agrees with the person's lean (0 when either is neutral)."""
    return person_lean(dim) * target_lean(target)


def counted(value: float) -> float:
    """An agreement as it counts in a component: a conflict weighs CONFLICT_WEIGHT times a like agreement.

    A clear mismatch on something the person asked for matters more than a mild match elsewhere makes up for.
    """
    return value if value >= 0 else CONFLICT_WEIGHT * value


def needs_score(profile: Profile, arch: Archetype) -> tuple[float, dict[str, float]]:
    """0..100: how well the archetype serves the needs, weighted by how much the person has each.

    Returns the score and each need's share of it, for the explanation.
    """
    needs = [d for d in profile.values() if d.group == NEEDS_GROUP]
    total = sum(d.percent for d in needs)
    if not total:
        return 0.0, {}
    parts = {d.id: d.percent * arch.serves.get(d.id, 0) / STRENGTH_MAX / total * 100 for d in needs}
    return sum(parts.values()), parts


def closeness_score(profile: Profile, arch: Archetype, group: str) -> float | None:
    """0..100: 50 plus 50 × the mean agreement over the group's answered dimensions the archetype has targets for.

    A person with no lean on a dimension gets 50 from it whatever the archetype does, so middle-of-the-road
    targets win nothing by default; a clear lean matched by a clear typical way scores towards 100.
    """
    dims = [
        counted(agreement(dim, t))
        for d, t in arch.targets.items()
        if (dim := profile.get(d)) is not None and dim.group == group and dim.items
    ]
    return max(0.0, 50 + 50 * sum(dims) / len(dims)) if dims else None


def components_of(profile: Profile, arch: Archetype, weights: dict[str, float]) -> dict[str, float]:
    """Every component score the archetype has (needs always; a group without targets is left out)."""
    components = {NEEDS_GROUP: needs_score(profile, arch)[0]}
    for group in weights:
        if group != NEEDS_GROUP:
            value = closeness_score(profile, arch, group)
            if value is not None:
                components[group] = value
    return components


def weighted_percent(
    components: dict[str, float], weights: dict[str, float], gated: bool, lowered: bool = False
) -> float:
    """The weighted mean of the components (weights renormalised over those present), cut when a gate is missed
    and when a fit rule says the kind is not a first choice (once, however many rules say so)."""
    used = {g: w for g, w in weights.items() if g in components and w > 0}
    total = sum(used.values())
    percent = sum(components[g] * w for g, w in used.items()) / total if total else 0.0
    return round(percent * (GATE_FACTOR if gated else 1.0) * (FIT_RULE_FACTOR if lowered else 1.0), 1)


def rank(matches: list[Match]) -> list[Match]:
    """Order by percent (highest first); ties by the needs component, then by name A–Z; mark near-equal scores.

    A kind a fit rule says is not a first choice comes after every kind no rule lowers, whatever its percent:
    the rule is the adviser's word, and the page lists it among the less suited.
    """
    ordered = sorted(
        matches,
        key=lambda m: (
            bool(m.lowered_by),
            -m.percent,
            -m.components.get(NEEDS_GROUP, 0.0),
            (m.sort_name or m.name).casefold(),
            m.archetype,
        ),
    )
    for above, match in zip(ordered, ordered[1:], strict=False):
        same_tier = bool(above.lowered_by) == bool(match.lowered_by)
        match.about_equal = same_tier and above.percent - match.percent < ABOUT_EQUAL
    return ordered

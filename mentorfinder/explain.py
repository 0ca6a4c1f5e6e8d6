"""Short, true `why` and `caveats` lines for a match, built from parts (content text is never a format string)."""

from __future__ import annotations

from .archetypes import NEEDS_GROUP, Archetype
from .filters import FailedGate
from .matching import agreement, person_lean, ranked_needs, target_lean
from .rules import POLE_EDGE
from .schema import translate
from .scoring import DimensionScore, Evidence, Profile
from .words import a_or_an, capitalised

MAX_REASONS = 3
MAX_CAVEATS = 2
MAX_WORDS = 25  # per line: a sentence a 12-year-old can read
STRENGTH_WORDS = {3: "helps a lot with that", 2: "helps with that"}  # plain words: read by a 12-year-old
NEED_PLACES = ("your top need", "your second need", "your third need")
CLEAR = 0.5  # a lean this strong (25 points from the middle) is a preference worth naming, by person or archetype

QUOTE_ORDER = {"single": 0, "multiple": 0, "ranking": 0, "number": 1, "scale": 1}  # then likert (2)

Line = tuple[str, str]  # (full, with the person's own answer; brief, without it — for print)


def pole(dim: DimensionScore, percent: float) -> str:
    """Words for where a percent sits on a dimension: its low end, its high end, or a balance."""
    if percent >= 50 + POLE_EDGE:
        return dim.high or f"high {dim.label.lower()}"
    if percent <= 50 - POLE_EDGE:
        return dim.low or f"low {dim.label.lower()}"
    return f"a balance of {dim.low} and {dim.high}" if dim.low and dim.high else f"a middle {dim.label.lower()}"


def words(line: str) -> int:
    """How many words a line has (what MAX_WORDS counts)."""
    return len(line.split())


def quote_for(dim: DimensionScore, towards_high: bool) -> Evidence | None:
    """The answer that most clearly says what the person wants on this dimension, or None.

    Only an answer that itself sits at that end (the top or bottom quarter of its own range) is quoted,
    so a quote never contradicts the claim. The question that asks it most directly wins: a labelled choice
    ("Every week") before a number ("6 hours a month"), both before an agree-scale.
    """
    at_end = [e for e in dim.evidence if e.answer and _says(e, towards_high)]
    if not at_end:
        return None
    return min(at_end, key=lambda e: (QUOTE_ORDER.get(e.kind, 2), -e.span, e.question))


def _says(evidence: Evidence, towards_high: bool) -> bool:
    """Whether one answer itself points to that end: any ranked place for a ranking, else its outer quarter."""
    if evidence.kind == "ranking":
        return evidence.share > 0 if towards_high else False  # a ranked item is chosen, at any place
    return evidence.share >= 0.75 if towards_high else evidence.share <= 0.25


def said(evidence: Evidence) -> str:
    """'You chose ‘Every week’', 'You put ‘X’ first', 'You said 1 hour a month'."""
    if evidence.kind == "ranking":
        return f"You put {evidence.answer}"
    if evidence.kind == "number":
        return f"You said {evidence.answer}"
    if evidence.kind == "likert":
        return f"You chose {evidence.answer} for “{evidence.prompt.rstrip('.')}”"
    return f"You chose {evidence.answer}"


def lowered(sentence: str) -> str:
    """'You chose …' -> 'you chose …' (for the second half of a sentence)."""
    return sentence[:1].lower() + sentence[1:]


def _fitting(full: str, brief: str) -> Line:
    """The full line when it is short enough, else the brief one in its place."""
    return (full if words(full) <= MAX_WORDS else brief, brief)


def need_lines(profile: Profile, arch: Archetype, name: str) -> list[Line]:
    """Up to two of the person's top needs (50% or more) that the archetype serves at least well."""
    needs = ranked_needs(profile)
    lines = []
    for place, dim in enumerate(needs[: len(NEED_PLACES)]):
        strength = arch.serves.get(dim.id, 0)
        if dim.percent < 50 or strength < 2:
            continue
        helps = f"{a_or_an(name)} {STRENGTH_WORDS[strength]}"
        brief = f"{dim.label} is {NEED_PLACES[place]}, and {helps}."
        evidence = quote_for(dim, towards_high=True)
        full = f"{said(evidence)}, and {helps}." if evidence else brief
        lines.append(_fitting(full, brief))
    return lines[:2]


def _clear_preferences(profile: Profile, arch: Archetype, weights: dict[str, float]):
    """(dimension, target) for each answered dimension the person clearly leans on, in a group that counts."""
    for dim_id, target in arch.targets.items():
        dim = profile.get(dim_id)
        if dim is not None and dim.items and weights.get(dim.group, 0) > 0 and abs(person_lean(dim)) >= CLEAR:
            yield dim, target


def preference_lines(profile: Profile, arch: Archetype, name: str, weights: dict[str, float]) -> list[Line]:
    """Clear preferences (style, time, fit) that the archetype's typical way clearly shares, strongest first."""
    found = []
    for dim, target in _clear_preferences(profile, arch, weights):
        if agreement(dim, target) >= CLEAR * CLEAR:
            found.append((agreement(dim, target) * weights[dim.group], dim))
    lines = []
    for _, dim in sorted(found, key=lambda pair: (-pair[0], pair[1].id)):
        want = pole(dim, dim.percent)
        brief = f"You prefer {want}, which suits {a_or_an(name)}."
        evidence = quote_for(dim, dim.percent >= 50)
        full = f"{said(evidence)}, which suits {a_or_an(name)}." if evidence else brief
        lines.append(_fitting(full, brief))
    return lines


def why_for(profile: Profile, arch: Archetype, name: str, weights: dict[str, float]) -> list[Line]:
    """At most three reasons: the top needs it serves, then the clearest shared preferences."""
    lines = need_lines(profile, arch, name) if weights.get(NEEDS_GROUP, 0) > 0 else []
    return (lines + preference_lines(profile, arch, name, weights))[:MAX_REASONS]


def gate_lines(gates: list[FailedGate], name: str, language: str = "en") -> list[Line]:
    """One caveat per missed gate: what the person chose, and who this kind of mentor is for."""
    lines = []
    for failed in gates:
        otherwise = translate(failed.gate.otherwise, language)
        brief = capitalised(f"{a_or_an(name)} {otherwise}.")
        lines.append(_fitting(f"You chose {failed.answer}, but {a_or_an(name)} {otherwise}.", brief))
    return lines


def conflict_lines(profile: Profile, arch: Archetype, name: str, weights: dict[str, float]) -> list[Line]:
    """Real conflicts only: the person clearly wants one end and the archetype clearly works at the other."""
    found = []
    for dim, target in _clear_preferences(profile, arch, weights):
        if abs(target_lean(target)) >= CLEAR and agreement(dim, target) < 0:
            found.append((agreement(dim, target) * weights[dim.group], dim, target))
    lines = []
    for _, dim, target in sorted(found, key=lambda item: (item[0], item[1].id)):
        offers = f"{a_or_an(name)} usually means {dim.high if target > 50 else dim.low}"
        brief = capitalised(f"{offers}; you prefer {pole(dim, dim.percent)}.")
        evidence = quote_for(dim, dim.percent >= 50)
        full = capitalised(f"{offers}, but {lowered(said(evidence))}.") if evidence else brief
        lines.append(_fitting(full, brief))
    return lines


def weak_top_need_line(profile: Profile, arch: Archetype, name: str) -> list[Line]:
    """The person's top need (60% or more) when this archetype does little for it."""
    needs = ranked_needs(profile)
    if not needs or needs[0].percent < 60 or arch.serves.get(needs[0].id, 0) > 1:
        return []
    line = capitalised(f"{a_or_an(name)} is not much help with {needs[0].label.lower()}, your top need.")
    return [(line, line)]


def caveats_for(
    profile: Profile, arch: Archetype, name: str, weights: dict[str, float], gates: list[FailedGate], language: str
) -> list[Line]:
    """At most two caveats, most serious first: missed gates, a top need it barely serves, real conflicts."""
    lines = gate_lines(gates, name, language)
    if weights.get(NEEDS_GROUP, 0) > 0:
        lines += weak_top_need_line(profile, arch, name)
    return (lines + conflict_lines(profile, arch, name, weights))[:MAX_CAVEATS]

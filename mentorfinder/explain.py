"""Plain-language `why` and `caveats` lines for a match, naming dimensions and the person's own answers."""

from __future__ import annotations

from .archetypes import NEEDS_GROUP, Archetype
from .scoring import DimensionScore, Evidence, Profile

STRENGTH_WORDS = {3: "strongly", 2: "well", 1: "a little"}
CAVEAT_GAP = 40.0  # a gap this wide between the person and the archetype's typical way is a real mismatch
AGREE_GAP = 20.0  # within this, the archetype's typical way agrees with the person's lean
LEAN = 15.0  # how far from the middle a preference must be to count as a lean worth naming


def pole(dim: DimensionScore, percent: float) -> str:
    """Words for where a percent sits on a dimension: its low end, its high end, or a balance."""
    if percent >= 60:
        return dim.high or f"high {dim.label.lower()}"
    if percent <= 40:
        return dim.low or f"low {dim.label.lower()}"
    return f"a balance of {dim.low} and {dim.high}" if dim.low and dim.high else f"a middle {dim.label.lower()}"


def a_or_an(name: str) -> str:
    """'a Connector', 'an Industry veteran'."""
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def said(dim: DimensionScore, towards_high: bool = True) -> str:
    """The answer that pushed a dimension furthest in one direction ('you answered … to “…”'), or ''."""
    if not dim.evidence:
        return ""
    pick = max if towards_high else min
    # the answer furthest along the dimension; among equals, the question that weighs most
    best: Evidence = pick(dim.evidence, key=lambda e: (e.share, e.span if towards_high else -e.span))
    if best.answer.startswith("ranked"):
        return f"you {best.answer}"
    return f"you answered {best.answer} to “{best.prompt}”"


def _aside(words: str, open_: str = " — ", close: str = " —") -> str:
    return f"{open_}{words}{close}" if words else ""


def why_for(
    profile: Profile, arch: Archetype, name: str, parts: dict[str, float], weights: dict[str, float]
) -> list[tuple[str, str]]:
    """Up to two need lines and two preference lines saying what drove the score.

    Each line comes twice: in full, quoting the person's answer, and brief, without the quote (for print)."""
    lines = []
    if weights.get(NEEDS_GROUP, 0) > 0:
        for need in sorted(parts, key=lambda d: (-parts[d], d))[:2]:
            dim, strength = profile[need], arch.serves.get(need, 0)
            if strength >= 2 and dim.percent >= 50:
                line = f"{dim.label} matters to you ({dim.percent:.0f}%){{}} and {a_or_an(name)} serves it {STRENGTH_WORDS[strength]}."
                lines.append((line.format(_aside(said(dim)) or ","), line.format(",")))
    agreeing = []
    for dim_id, target in arch.targets.items():
        dim = profile.get(dim_id)
        if dim is None or weights.get(dim.group, 0) <= 0:
            continue
        lean = abs(dim.percent - 50)
        if lean >= LEAN and abs(dim.percent - target) <= AGREE_GAP:
            agreeing.append((lean * weights[dim.group], dim))
    for _, dim in sorted(agreeing, key=lambda pair: (-pair[0], pair[1].id))[:2]:
        line = f"{dim.group.capitalize()}: you prefer {pole(dim, dim.percent)}{{}} and {a_or_an(name)} usually works that way."
        lines.append((line.format(_aside(said(dim, dim.percent >= 50)) or ","), line.format(",")))
    return lines


def caveats_for(profile: Profile, arch: Archetype, name: str, weights: dict[str, float]) -> list[tuple[str, str]]:
    """Real mismatches only: a preference far from the archetype's typical way, or a top need it barely serves.

    Each line comes in full and brief, as in why_for."""
    lines = []
    for dim_id, target in sorted(arch.targets.items()):
        dim = profile.get(dim_id)
        if dim is None or weights.get(dim.group, 0) <= 0:
            continue
        if abs(dim.percent - target) >= CAVEAT_GAP and pole(dim, target) != pole(dim, dim.percent):
            line = f"{dim.group.capitalize()}: {a_or_an(name)} usually offers {pole(dim, target)}; you asked for {pole(dim, dim.percent)}{{}}."
            lines.append((line.format(_aside(said(dim, dim.percent >= target), " (", ")")), line.format("")))
    needs = sorted((d for d in profile.values() if d.group == NEEDS_GROUP), key=lambda d: (-d.percent, d.id))
    if needs and weights.get(NEEDS_GROUP, 0) > 0:
        top = needs[0]
        if top.percent >= 60 and arch.serves.get(top.id, 0) <= 1:
            line = f"Needs: {top.label} is your strongest need, and {a_or_an(name)} does little for it — the mentoring network pairs it with another kind of mentor."
            lines.append((line, line))
    return lines

"""Short, true `why` and `caveats` lines for a match, built from parts (content text is never a format string)."""

from __future__ import annotations

from .archetypes import NEEDS_GROUP, Archetype
from .filters import FailedGate
from .i18n import _
from .matching import agreement, person_lean, ranked_needs, target_lean
from .rules import POLE_EDGE
from .schema import translate
from .scoring import DimensionScore, Evidence, Profile
from .words import a_or_an, capitalised

MAX_REASONS = 3
MAX_CAVEATS = 2
MAX_WORDS = 25  # per line: a sentence a 12-year-old can read
CLEAR = 0.5  # a lean this strong (25 points from the middle) is a preference worth naming, by person or archetype

QUOTE_ORDER = {"single": 0, "multiple": 0, "ranking": 0, "number": 1, "scale": 1}  # then likert (2)

Line = tuple[str, str]  # (full, with the person's own answer; brief, without it — for print)


def need_places(language: str = "en") -> tuple[str, ...]:
    """'your top need', 'your second need', 'your third need' in the reader's language."""
    return (_("your top need", language), _("your second need", language), _("your third need", language))


def pole(dim: DimensionScore, percent: float, language: str = "en") -> str:
    """Words for where a percent sits on a dimension: its low end, its high end, or a balance."""
    label = {"label": dim.label.lower()}
    if percent >= 50 + POLE_EDGE:
        return dim.high or _("high %(label)s", language) % label
    if percent <= 50 - POLE_EDGE:
        return dim.low or _("low %(label)s", language) % label
    if dim.low and dim.high:
        return _("a balance of %(low)s and %(high)s", language) % {"low": dim.low, "high": dim.high}
    return _("a middle %(label)s", language) % label


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


def said(evidence: Evidence, language: str = "en") -> str:
    """'You chose ‘Every week’', 'You put ‘X’ first', 'You said 1 hour a month'."""
    values = {"answer": evidence.answer, "prompt": evidence.prompt.rstrip(".")}
    if evidence.kind == "ranking":
        return _("You put %(answer)s", language) % values
    if evidence.kind == "number":
        return _("You said %(answer)s", language) % values
    if evidence.kind == "likert":
        return _("You chose %(answer)s for “%(prompt)s”", language) % values
    return _("You chose %(answer)s", language) % values


def lowered(sentence: str) -> str:
    """'You chose …' -> 'you chose …' (for the second half of a sentence)."""
    return sentence[:1].lower() + sentence[1:]


def _fitting(full: str, brief: str) -> Line:
    """The full line when it is short enough, else the brief one in its place."""
    return (full if words(full) <= MAX_WORDS else brief, brief)


def _helps(strength: int, start: str, values: dict, language: str) -> str:
    """'<start>, and a Sponsor helps (a lot) with that.': a whole sentence, so each language can order it."""
    if strength >= 3:
        return _("%(start)s, and %(a_name)s helps a lot with that.", language) % {**values, "start": start}
    return _("%(start)s, and %(a_name)s helps with that.", language) % {**values, "start": start}


def need_lines(profile: Profile, arch: Archetype, name: str, language: str = "en") -> list[Line]:
    """Up to two of the person's top needs (50% or more) that the archetype serves at least well."""
    needs, places = ranked_needs(profile), need_places(language)
    lines = []
    for place, dim in enumerate(needs[: len(places)]):
        strength = arch.serves.get(dim.id, 0)
        if dim.percent < 50 or strength < 2:
            continue
        values = {"a_name": a_or_an(name, language), "need": dim.label, "place": places[place]}
        brief = _helps(strength, _("%(need)s is %(place)s", language) % values, values, language)
        evidence = quote_for(dim, towards_high=True)
        full = _helps(strength, said(evidence, language), values, language) if evidence else brief
        lines.append(_fitting(full, brief))
    return lines[:2]


def _clear_preferences(profile: Profile, arch: Archetype, weights: dict[str, float]):
    """(dimension, target) for each answered dimension the person clearly leans on, in a group that counts."""
    for dim_id, target in arch.targets.items():
        dim = profile.get(dim_id)
        if dim is not None and dim.items and weights.get(dim.group, 0) > 0 and abs(person_lean(dim)) >= CLEAR:
            yield dim, target


def preference_lines(
    profile: Profile, arch: Archetype, name: str, weights: dict[str, float], language: str = "en"
) -> list[Line]:
    """Clear preferences (style, time, fit) that the archetype's typical way clearly shares, strongest first."""
    found = []
    for dim, target in _clear_preferences(profile, arch, weights):
        if agreement(dim, target) >= CLEAR * CLEAR:
            found.append((agreement(dim, target) * weights[dim.group], dim))
    lines = []
    for _weight, dim in sorted(found, key=lambda pair: (-pair[0], pair[1].id)):
        values = {"want": pole(dim, dim.percent, language), "a_name": a_or_an(name, language)}
        brief = _("You prefer %(want)s, which suits %(a_name)s.", language) % values
        evidence = quote_for(dim, dim.percent >= 50)
        values["said"] = said(evidence, language) if evidence else ""
        full = _("%(said)s, which suits %(a_name)s.", language) % values if evidence else brief
        lines.append(_fitting(full, brief))
    return lines


def why_for(
    profile: Profile, arch: Archetype, name: str, weights: dict[str, float], language: str = "en"
) -> list[Line]:
    """At most three reasons: the top needs it serves, then the clearest shared preferences."""
    lines = need_lines(profile, arch, name, language) if weights.get(NEEDS_GROUP, 0) > 0 else []
    return (lines + preference_lines(profile, arch, name, weights, language))[:MAX_REASONS]


def gate_lines(gates: list[FailedGate], name: str, language: str = "en") -> list[Line]:
    """One caveat per missed gate: what the person chose, and who this kind of mentor is for."""
    lines = []
    for failed in gates:
        values = {"a_name": a_or_an(name, language), "otherwise": translate(failed.gate.otherwise, language)}
        values["answer"] = failed.answer
        brief = capitalised(_("%(a_name)s %(otherwise)s.", language) % values)
        lines.append(_fitting(_("You chose %(answer)s, but %(a_name)s %(otherwise)s.", language) % values, brief))
    return lines


def conflict_lines(
    profile: Profile, arch: Archetype, name: str, weights: dict[str, float], language: str = "en"
) -> list[Line]:
    """Real conflicts only: the person clearly wants one end and the archetype clearly works at the other."""
    found = []
    for dim, target in _clear_preferences(profile, arch, weights):
        if abs(target_lean(target)) >= CLEAR and agreement(dim, target) < 0:
            found.append((agreement(dim, target) * weights[dim.group], dim, target))
    lines = []
    for _weight, dim, target in sorted(found, key=lambda item: (item[0], item[1].id)):
        values = {"a_name": a_or_an(name, language), "offers": dim.high if target > 50 else dim.low}
        values["want"] = pole(dim, dim.percent, language)
        brief = capitalised(_("%(a_name)s usually means %(offers)s; you prefer %(want)s.", language) % values)
        evidence = quote_for(dim, dim.percent >= 50)
        values["said"] = lowered(said(evidence, language)) if evidence else ""
        full = _("%(a_name)s usually means %(offers)s, but %(said)s.", language) % values
        full = capitalised(full) if evidence else brief
        lines.append(_fitting(full, brief))
    return lines


def weak_top_need_line(profile: Profile, arch: Archetype, name: str, language: str = "en") -> list[Line]:
    """The person's top need (60% or more) when this archetype does little for it."""
    needs = ranked_needs(profile)
    if not needs or needs[0].percent < 60 or arch.serves.get(needs[0].id, 0) > 1:
        return []
    values = {"a_name": a_or_an(name, language), "need": needs[0].label.lower()}
    line = capitalised(_("%(a_name)s is not much help with %(need)s, your top need.", language) % values)
    return [(line, line)]


def caveats_for(
    profile: Profile, arch: Archetype, name: str, weights: dict[str, float], gates: list[FailedGate], language: str
) -> list[Line]:
    """At most two caveats, most serious first: missed gates, a top need it barely serves, real conflicts."""
    lines = gate_lines(gates, name, language)
    if weights.get(NEEDS_GROUP, 0) > 0:
        lines += weak_top_need_line(profile, arch, name, language)
    return (lines + conflict_lines(profile, arch, name, weights, language))[:MAX_CAVEATS]

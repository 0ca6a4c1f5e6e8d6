"""Short, true `why` and `caveats` lines for a match, built from parts (content text is never a format string)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from mentorfinder.content.archetypes import NEEDS_GROUP, SERVES_WELL, Archetype
from mentorfinder.content.archetypes import Gate as GateRule
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.message import N_
from mentorfinder.i18n.words import MAX_WORDS, ProperName, a_or_an, capitalised, euphonic, lowered, translate
from mentorfinder.matching.model import agreement, person_lean, ranked_needs, target_lean
from mentorfinder.matching.sentence import (
    Gate,
    Kind,
    Lean,
    Matched,
    Needs,
    Quote,
    Reason,
    Sentence,
    Serves,
    pole_words,
    quote_for,
    said,
    stated_end,
    suits_brief,
    unlike_brief,
)
from mentorfinder.scoring.profile import DimensionScore, Profile

MAX_REASONS = 3
MAX_CAVEATS = 2
CLEAR = 0.5  # a lean this strong (25 points from the middle) is a preference worth naming, by person or archetype
FIRM = 20.0  # "A … usually means X" only where the kind's typical way is this close to X's end: true to the kind


@dataclass
class FailedGate:
    """A gate the person's answers do not meet: what they chose, and who the archetype is for instead."""

    gate: GateRule
    answer: str  # the person's answer, exactly as chosen, e.g. ‘A few steps ahead — …’


# A kind of mentor "usually means" its typical way; a programme's real mentor (a ProperName) said how they work in
# their own answers, so mentoring with them "means" it.
class Way(NamedTuple):
    """The three ways a conflict line says a mentor's firm way (fields, not keys: the catalogue reads only the words)."""

    matched: str
    prefer: str
    but: str


KIND_WAY = Way(
    N_("%(a_name)s usually means %(offers)s; we matched you on %(want)s."),
    N_("%(a_name)s usually means %(offers)s; you prefer %(want)s."),
    N_("%(a_name)s usually means %(offers)s, but %(said)s."),
)
PERSON_WAY = Way(
    N_("Mentoring with %(a_name)s means %(offers)s; we matched you on %(want)s."),
    N_("Mentoring with %(a_name)s means %(offers)s; you prefer %(want)s."),
    N_("Mentoring with %(a_name)s means %(offers)s, but %(said)s."),
)
Line = tuple[Sentence, Sentence]  # (full, with the person's own answer; brief, without it — for print)


def need_places(language: str = "en") -> tuple[str, ...]:
    """'your top need', 'your second need', 'your third need' in the reader's language."""
    return (_("your top need", language), _("your second need", language), _("your third need", language))


def words(line: str) -> int:
    """How many words a line has (what MAX_WORDS counts)."""
    return len(line.split())


def _fitting(full: Sentence, brief: Sentence) -> list[Line]:
    """The full line when it is short enough, else the brief one in its place (short: it names a question by its
    topic). One line either way, so every language gives the same lines."""
    return [(full if words(full) <= MAX_WORDS else brief, brief)]


def _helps(strength: int, start: str, values: dict, language: str) -> str:
    """'<start>, and a Sponsor helps (a lot) with that.': a whole sentence, so each language can order it."""
    if strength >= 3:
        said = _("%(start)s, and %(a_name)s helps a lot with that.", language) % {**values, "start": start}
    else:
        said = _("%(start)s, and %(a_name)s helps with that.", language) % {**values, "start": start}
    return euphonic(said, language)


def need_lines(
    profile: Profile, arch: Archetype, name: str, language: str = "en", needs: list[DimensionScore] | None = None
) -> list[Line]:
    """Up to two of the person's top needs (50% or more) that the archetype serves at least well. `needs`: the
    profile's ranked_needs, when the caller worked them out once for every kind."""
    needs, places = ranked_needs(profile) if needs is None else needs, need_places(language)
    lines = []
    for place, dim in enumerate(needs[: len(places)]):
        strength = arch.serves.get(dim.id, 0)
        if dim.percent < 50 or strength < SERVES_WELL:
            continue
        # the need in lower case and the sentence capitalised, so each language may put the need first or last
        values = {"a_name": a_or_an(name, language), "need": lowered(dim.label), "place": places[place]}
        serves = Serves(dim.id, arch.id)
        start = capitalised(_("%(need)s is %(place)s", language) % values)
        brief = Sentence(_helps(strength, start, values, language), (serves, Needs((dim.id,), (place,))))
        evidence = quote_for(dim, towards_high=True)
        full = brief
        if evidence:
            text, claims = said(evidence, language)
            full = Sentence(_helps(strength, text, values, language), (serves, *claims))
        lines += _fitting(full, brief)
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
    """Clear preferences (style, time, fit) the archetype's typical way clearly shares, strongest first, each
    only where an answer itself favours that kind: quoted with its question, or (brief) its question named."""
    found = []
    for dim, target in _clear_preferences(profile, arch, weights):
        if (agrees := agreement(dim, target)) >= CLEAR * CLEAR:
            found.append((agrees * weights[dim.group], dim))
    lines = []
    for _weight, dim in sorted(found, key=lambda pair: (-pair[0], pair[1].id)):
        evidence = quote_for(dim, dim.percent >= 50)
        if evidence is None:
            continue  # no answer of theirs favours this kind here: not a reason
        a_name = a_or_an(name, language)
        reason = Reason(evidence.questionnaire, evidence.question, dim.id, arch.id)
        text, claims = said(evidence, language)
        full = Sentence(_("%(said)s, which suits %(a_name)s.", language) % {"said": text, "a_name": a_name},
                        (reason, *claims))  # fmt: skip
        lines += _fitting(full, Sentence(suits_brief(evidence, a_name, language), (reason, claims[1])))
    return lines


def why_for(
    profile: Profile,
    arch: Archetype,
    name: str,
    weights: dict[str, float],
    language: str = "en",
    needs: list[DimensionScore] | None = None,
) -> list[Line]:
    """At most three reasons: the top needs it serves, then the clearest shared preferences (`needs` as for
    need_lines)."""
    lines = need_lines(profile, arch, name, language, needs) if weights.get(NEEDS_GROUP, 0) > 0 else []
    return (lines + preference_lines(profile, arch, name, weights, language))[:MAX_REASONS]


def gate_lines(gates: list[FailedGate], arch: Archetype, name: str, language: str = "en") -> list[Line]:
    """One caveat per missed gate: what the person chose, and who this kind of mentor is for."""
    lines = []
    for failed in gates:
        values = {"a_name": a_or_an(name, language), "otherwise": translate(failed.gate.otherwise, language)}
        values["answer"] = failed.answer
        gate = Gate(arch.id, failed.gate.questionnaire, failed.gate.question)
        brief = Sentence(capitalised(_("%(a_name)s %(otherwise)s.", language) % values), (gate,))
        full = _("You chose %(answer)s, but %(a_name)s %(otherwise)s.", language) % values
        quote = Quote(failed.gate.questionnaire, failed.gate.question, failed.answer)
        lines += _fitting(Sentence(full, (gate, quote)), brief)
    return lines


def conflict_lines(
    profile: Profile, arch: Archetype, name: str, weights: dict[str, float], language: str = "en"
) -> list[Line]:
    """Real conflicts only: the person clearly wants one end and the archetype works firmly at the other."""
    found = []
    for dim, target in _clear_preferences(profile, arch, weights):
        firm = target <= FIRM or target >= 100 - FIRM
        if firm and abs(target_lean(target)) >= CLEAR and (agrees := agreement(dim, target)) < 0:
            found.append((agrees * weights[dim.group], dim, target))
    lines = []
    for _weight, dim, target in sorted(found, key=lambda item: (item[0], item[1].id)):
        lines += _conflict(dim, arch, target, name, language)
    return lines


def _conflict(dim, arch: Archetype, target: float, name: str, language: str) -> list[Line]:
    """One conflict line: the kind's firm way, and the answer (full) or the lean (brief) it goes against."""
    kind_end, end = ("high" if target > 50 else "low"), ("high" if dim.percent >= 50 else "low")
    values = {"a_name": a_or_an(name, language), "offers": pole_words(dim, kind_end, language)}
    kind, evidence = Kind(arch.id, dim.id, kind_end), quote_for(dim, end == "high")
    values["want"] = pole_words(dim, end, language)
    words = PERSON_WAY if isinstance(name, ProperName) else KIND_WAY
    if dim.unresolved is not None:  # a contradiction rule set it: told as what we matched on
        text = _(words.matched, language) % values
        brief = Sentence(capitalised(text), (kind, Matched(dim.id, end, dim.resolved_by)))
    elif stated_end(dim, CLEAR * 50) == end:
        text = _(words.prefer, language) % values
        brief = Sentence(capitalised(text), (kind, Lean(dim.id, end)))
    elif evidence:
        text = unlike_brief(evidence, values["a_name"], values["offers"], language, words is PERSON_WAY)
        brief = Sentence(capitalised(text), (kind, said(evidence, language)[1][1]))
    else:
        return []
    if evidence is None:
        return _fitting(brief, brief)
    text, claims = said(evidence, language)
    values["said"] = lowered(text)
    full = capitalised(_(words.but, language) % values)
    return _fitting(Sentence(full, (kind, *claims)), brief)


def weak_top_need_line(
    profile: Profile, arch: Archetype, name: str, language: str = "en", needs: list[DimensionScore] | None = None
) -> list[Line]:
    """The person's top need (60% or more) when this archetype does little for it (`needs` as for need_lines)."""
    needs = ranked_needs(profile) if needs is None else needs
    if not needs or needs[0].percent < 60 or arch.serves.get(needs[0].id, 0) > 1:
        return []
    values = {"a_name": a_or_an(name, language), "need": needs[0].label.lower()}
    text = capitalised(_("%(a_name)s is not much help with %(need)s, your top need.", language) % values)
    line = Sentence(text, (Needs((needs[0].id,), (0,)), Serves(needs[0].id, arch.id, well=False)))
    return [(line, line)]


def caveats_for(
    profile: Profile,
    arch: Archetype,
    name: str,
    weights: dict[str, float],
    gates: list[FailedGate],
    language: str,
    needs: list[DimensionScore] | None = None,
) -> list[Line]:
    """At most two caveats, most serious first: missed gates, a top need it barely serves, real conflicts (`needs`
    as for need_lines)."""
    lines = gate_lines(gates, arch, name, language)
    if weights.get(NEEDS_GROUP, 0) > 0:
        lines += weak_top_need_line(profile, arch, name, language, needs)
    return (lines + conflict_lines(profile, arch, name, weights, language))[:MAX_CAVEATS]

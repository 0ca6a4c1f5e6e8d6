"""The mentoring network: 2–3 complementary archetypes that together best cover the person's top needs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mentorfinder.answers.quotes import quoted
from mentorfinder.content.archetypes import SERVES_WELL, Archetype
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import a_or_an, either, joined
from mentorfinder.matching.model import Match, ranked_needs
from mentorfinder.matching.network_search import best_team, coverage, covered_by
from mentorfinder.matching.shortlist import Reach
from mentorfinder.scoring.profile import Profile

TOP_NEEDS = 3
MIN_NEED_PERCENT = 25.0  # a need below this is not a "top need"; a need ranked third is always at least 26%


@dataclass
class NetworkMember:
    """One archetype in the network and the top needs it is there to cover."""

    archetype: str
    name: str
    covers: list[str]
    cover_labels: list[str]
    beyond_limit: bool = False  # a kind the person's own limit on time ruled out, named for a need nothing else serves


def top_needs(profile: Profile, count: int = TOP_NEEDS) -> list[str]:
    """The person's highest needs (ties by id): up to `count` at or over MIN_NEED_PERCENT, and always two."""
    needs = ranked_needs(profile)
    chosen = [d.id for d in needs if d.percent >= MIN_NEED_PERCENT][:count]
    return chosen if len(chosen) >= 2 else [d.id for d in needs[:2]]


def serves_well(team: Iterable[Archetype], needs: list[str]) -> bool:
    """Some member serves one of these needs well (the first need alone: pass `needs[:1]`)."""
    return any(a.serves.get(n, 0) >= SERVES_WELL for a in team for n in needs)


def network_for(
    profile: Profile, matches: list[Match], by_id: dict[str, Archetype], language: str, reach: Reach | None = None
) -> tuple[list[NetworkMember], list[str], str, str]:
    """The network for a shortlist, the top needs it leaves uncovered (by label), why the #1 match is not in
    it ('' when it is) and what is said of kinds named past the person's limit ('' when none): the top needs are
    worked out once, here, and every step is given them. With `reach`, a top need no member serves well is given
    the kind a limit on time alone ruled out that serves it most."""
    needs = top_needs(profile)
    members = build_network(profile, network_candidates(matches, by_id, needs), needs)
    note, told = network_note(matches, members, by_id, needs, language), ""
    if members and reach is not None:
        # only needs no kind within the limit serves well: one a fit rule or a gate keeps out is a gap, told as such
        within = {n for m in matches for n in needs if by_id[m.archetype].serves.get(n, 0) >= SERVES_WELL}
        extra = reached_members(profile, reach, needs, {n for m in members for n in m.covers} | within)
        members, told = members + extra, reach_note(profile, reach, extra, language)
    covered = {need for member in members for need in member.covers}
    gaps = [profile[n].label for n in needs if n not in covered]  # the page never claims more than the network does
    return members, gaps, note, told


def reached_members(profile: Profile, reach: Reach, needs: list[str], covered: set[str]) -> list[NetworkMember]:
    """For each top need in order that no kind within the limit serves well (`covered` holds the rest), the kind
    only the limit ruled out that serves it most (ties: one no fit rule lowers and whose gate holds, then the better
    ranked); it covers every such need it serves well. An adviser keeps the limit for the matches but does not leave a ranked need without
    anyone: the kind is named and told as needing more time (data/archetypes.yaml, `network_reach`)."""
    extra: list[NetworkMember] = []
    order = {m.archetype: i for i, m in enumerate(reach.matches)}
    for need in needs:
        if need in covered:
            continue
        able = [m for m in reach.matches if reach.archetypes[m.archetype].serves.get(need, 0) >= SERVES_WELL]
        if not able:
            continue
        best = min(
            able,
            key=lambda m: (
                -reach.archetypes[m.archetype].serves[need],
                bool(m.lowered_by or m.gated),
                order[m.archetype],
            ),
        )
        arch = reach.archetypes[best.archetype]
        covers = [n for n in needs if n not in covered and arch.serves.get(n, 0) >= SERVES_WELL]
        covered |= set(covers)
        extra.append(NetworkMember(arch.id, best.name, covers, [profile[n].label for n in covers], beyond_limit=True))
    return extra


def reach_note(profile: Profile, reach: Reach, extra: list[NetworkMember], language: str) -> str:
    """What the person is told about the kinds named past their limit ('' when there are none)."""
    if not extra:
        return ""
    needs = [profile[n].label.lower() for m in extra for n in m.covers]
    names = [a_or_an(m.name, language) for m in extra]
    values = {
        "answer": quoted(reach.answer, language),
        "needs": either(needs, language),
        "names": joined(names, language),
    }
    if len(extra) == 1:
        text = _(
            "You chose %(answer)s, and no mentor who works that way helps well with %(needs)s; "
            "%(names)s does, if you can give it more time.",
            language,
        )
    else:
        text = _(
            "You chose %(answer)s, and no mentor who works that way helps well with %(needs)s; "
            "%(names)s do, if you can give them more time.",
            language,
        )
    return text % values


def build_network(
    profile: Profile, ranked: list[tuple[Archetype, str, float]], needs: list[str] | None = None
) -> list[NetworkMember]:
    """Pick the team of one to three archetypes that best covers the top needs, every member adding some.

    `ranked` is (archetype, display name, match percent) for every archetype the network may use, best first;
    `needs` the person's top needs (worked out here when the caller has not).
    The network is built around the first of them when it covers a top need well, unless no team with it covers
    the person's first need while a team without it does (network_note says why it is left out).
    Teams are compared by fitting coverage (strength weighted by match percent); ties go to the smaller team,
    then to the higher summed match percent, then to earlier-ranked archetypes:
    one archetype that covers every top need is not padded with a passenger. When no archetype covers any
    top need well (often after strict must-haves), the network is the one that covers most; it is empty only
    when every archetype was excluded. The search (network_search.py) returns exactly the team that trying
    every team would, without trying them all; raises ValueError when an archetype id is ranked twice.
    """
    needs = top_needs(profile) if needs is None else needs
    if not ranked:
        return []
    order = {a.id: i for i, (a, _, _) in enumerate(ranked)}
    if len(order) < len(ranked):
        raise ValueError("build_network: an archetype id is ranked twice; each archetype can be ranked once")
    names = {a.id: n for a, n, _ in ranked}
    percent = {a.id: p for a, _, p in ranked}
    # Only archetypes that cover some top need can be members, which keeps the search small.
    useful = [a for a, _, _ in ranked if serves_well((a,), needs)]

    first = ranked[0][0] if ranked[0][0] in useful else None
    best = best_team(profile, needs, percent, order, useful, first) if first is not None else None
    if best is None or not serves_well(best, needs[:1]):
        free = best_team(profile, needs, percent, order, useful, None)
        if best is None or (free is not None and serves_well(free, needs[:1])):
            best = free
    if best is None:
        single = max((a for a, _, _ in ranked), key=lambda a: (coverage(profile, (a,), needs), -order[a.id]))
        best = (single,)
    return [_member(profile, a, names[a.id], needs, best) for a in best]


def network_candidates(
    matches: list[Match], by_id: dict[str, Archetype], needs: Sequence[str] = ()
) -> list[tuple[Archetype, str, float]]:
    """The ranked kinds the network may use: none whose gate was missed or that a fit rule lowered.

    Such a kind goes against something the person said (who it is for, a background they chose), so it is
    not proposed as part of their network; only when nothing else is left are all of them used. When none of
    the others serves the person's first need (of the top `needs`) well, the highest-ranked kind that does is used
    too: the network exists to cover the top needs, and an adviser would not leave the first one without anyone.
    """
    allowed = [m for m in matches if not m.gated and not m.lowered_by] or matches
    first = list(needs[:1])
    if first and not any(serves_well((by_id[m.archetype],), first) for m in allowed):
        extra = next((m for m in matches if serves_well((by_id[m.archetype],), first)), None)
        allowed = [m for m in matches if m in allowed or m is extra]  # shortlist order kept
    return [(by_id[m.archetype], m.name, m.percent) for m in allowed]


def network_note(
    matches: list[Match], members: list[NetworkMember], by_id: dict[str, Archetype], needs: list[str], language: str
) -> str:
    """Why the #1 match is not in the network, in the reader's language ('' when it is, or there is none)."""
    if not matches or not members or matches[0].archetype in {m.archetype for m in members}:
        return ""
    first = matches[0]
    if first.gated or first.lowered_by:
        text = _("%(name)s ranks first, but it is not in your network: the note on its card says why.", language)
    elif not serves_well((by_id[first.archetype],), needs):
        text = _("%(name)s ranks first for how you like to work, but it covers none of your top needs well.", language)
    else:  # no team with it covers the first need, and one without it does
        text = _("%(name)s ranks first, but a network without it covers your top needs better.", language)
    return text % {"name": first.name}


def _member(profile: Profile, arch: Archetype, name: str, needs: list[str], team: tuple) -> NetworkMember:
    covers = covered_by(arch, team, needs)
    return NetworkMember(arch.id, name, covers, [profile[n].label for n in covers])

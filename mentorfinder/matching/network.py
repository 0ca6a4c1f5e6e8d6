"""The mentoring network: 2–3 complementary archetypes that together best cover the person's top needs."""

from __future__ import annotations

from dataclasses import dataclass

from mentorfinder.content.archetypes import SERVES_WELL, STRENGTH_MAX, Archetype
from mentorfinder.i18n.catalogue import _
from mentorfinder.matching.model import Match, ranked_needs
from mentorfinder.matching.network_search import Rules, best_team
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


def top_needs(profile: Profile, count: int = TOP_NEEDS) -> list[str]:
    """The person's highest needs (ties by id): up to `count` at or over MIN_NEED_PERCENT, and always two."""
    needs = ranked_needs(profile)
    chosen = [d.id for d in needs if d.percent >= MIN_NEED_PERCENT][:count]
    return chosen if len(chosen) >= 2 else [d.id for d in needs[:2]]


def coverage(profile: Profile, team: tuple[Archetype, ...], needs: list[str]) -> float:
    """Sum over the needs of (need percent x the best strength in the team / 3); 0 for an empty team."""
    if not team:
        return 0.0
    return sum(profile[n].percent * max(a.serves.get(n, 0) for a in team) / STRENGTH_MAX for n in needs)


def fitted_strengths(arch: Archetype, needs: list[str], percent: dict[str, float]) -> tuple[float, ...]:
    """The archetype's strength on each need as fitting coverage counts it: serves/3 x match percent/100."""
    return tuple(arch.serves.get(n, 0) / STRENGTH_MAX * percent[arch.id] / 100 for n in needs)


def best_cover(need_percents: list[float], strengths: list[tuple[float, ...]]) -> float:
    """Σ over the needs of need percent x the best member strength on it (the members' `strengths`, need by need).

    Fitting coverage and the network search both compute it here, so their figures agree to the last bit.
    """
    return sum(p * max(column) for p, column in zip(need_percents, zip(*strengths, strict=True), strict=True))


def passengers(profile: Profile, team: tuple[Archetype, ...], needs: list[str]) -> list[Archetype]:
    """Members without whom the team covers the top needs just as well (the network must have none)."""
    whole = coverage(profile, team, needs)
    return [m for m in team if coverage(profile, tuple(a for a in team if a is not m), needs) >= whole - 1e-9]


def _every_member_adds(profile: Profile, team: tuple[Archetype, ...], needs: list[str]) -> bool:
    """Each member covers a top need and the team covers less without it (no passengers)."""
    return all(_covered_by(member, team, needs) for member in team) and not passengers(profile, team, needs)


def team_key(
    profile: Profile, team: tuple[Archetype, ...], needs: list[str], percent: dict[str, float], order: dict[str, int]
) -> tuple:
    """How teams are ranked, highest first; `team` in rank order (see build_network)."""
    return (
        fitted_score([profile[n].percent for n in needs], [fitted_strengths(a, needs, percent) for a in team]),
        -len(team),
        sum(percent[a.id] for a in team),
        [-order[a.id] for a in team],
    )


def fitted_score(need_percents: list[float], strengths: list[tuple[float, ...]]) -> float:
    """Fitting coverage as teams are compared: rounded to 6 places, so float noise never decides."""
    return round(best_cover(need_percents, strengths), 6)


def build_network(profile: Profile, ranked: list[tuple[Archetype, str, float]]) -> list[NetworkMember]:
    """Pick the team of one to three archetypes that best covers the top needs, every member adding some.

    `ranked` is (archetype, display name, match percent) for every archetype the network may use, best first.
    The network is built around the first of them when it covers a top need well, unless no team with it covers
    the person's first need while a team without it does (network_note says why it is left out).
    Teams are compared by fitting coverage (strength weighted by match percent); ties go to the smaller team,
    then to the higher summed match percent, then to earlier-ranked archetypes:
    one archetype that covers every top need is not padded with a passenger. When no archetype covers any
    top need well (often after strict must-haves), the network is the one that covers most; it is empty only
    when every archetype was excluded. The search (network_search.py) returns exactly the team that trying
    every team would, without trying them all; raises ValueError when an archetype id is ranked twice.
    """
    needs = top_needs(profile)
    if not ranked:
        return []
    order = {a.id: i for i, (a, _, _) in enumerate(ranked)}
    if len(order) < len(ranked):
        raise ValueError("build_network: an archetype id is ranked twice; each archetype can be ranked once")
    names = {a.id: n for a, n, _ in ranked}
    percent = {a.id: p for a, _, p in ranked}
    # Only archetypes that cover some top need can be members, which keeps the search small.
    useful = [a for a, _, _ in ranked if any(a.serves.get(n, 0) >= SERVES_WELL for n in needs)]

    def search(anchor: Archetype | None) -> tuple[Archetype, ...] | None:
        return _search(profile, needs, order, percent, useful, anchor)

    first = ranked[0][0] if ranked[0][0] in useful else None
    best = search(first) if first is not None else None
    if best is None or not _covers_first_need(best, needs):
        free = search(None)
        if best is None or (free is not None and _covers_first_need(free, needs)):
            best = free
    if best is None:
        single = max((a for a, _, _ in ranked), key=lambda a: (coverage(profile, (a,), needs), -order[a.id]))
        best = (single,)
    return [_member(profile, a, names[a.id], needs, best) for a in best]


def _search(
    profile: Profile,
    needs: list[str],
    order: dict[str, int],
    percent: dict[str, float],
    useful: list[Archetype],
    anchor: Archetype | None,
) -> tuple[Archetype, ...] | None:
    """The best valid team of `useful` archetypes, with `anchor` in it when one is given (None if no team counts)."""
    if anchor is not None:
        # No valid team holds two members with the same serves on the top needs (one would add nothing), so with
        # the anchor required, the others that serve exactly as it does can never join: leaving them out keeps the
        # search exact and makes the anchor its serve pattern's only candidate (see network_search.py, point 3).
        pattern = _serves_on(anchor, needs)
        useful = [a for a in useful if a is anchor or _serves_on(a, needs) != pattern]
    need_percents = [profile[n].percent for n in needs]
    rules = Rules(
        needs,
        percent,
        strengths=lambda arch: fitted_strengths(arch, needs, percent),
        score=lambda strengths: fitted_score(need_percents, strengths),
        key=lambda team: team_key(profile, team, needs, percent, order),
        valid=lambda team: (anchor is None or anchor in team) and _every_member_adds(profile, team, needs),
    )
    return best_team(useful, rules)


def _covers_first_need(team: tuple[Archetype, ...], needs: list[str]) -> bool:
    """Some member serves the person's first need well."""
    return any(a.serves.get(needs[0], 0) >= SERVES_WELL for a in team)


def network_candidates(
    matches: list[Match], by_id: dict[str, Archetype], first_need: str | None = None
) -> list[tuple[Archetype, str, float]]:
    """The ranked kinds the network may use: none whose gate was missed or that a fit rule lowered.

    Such a kind goes against something the person said (who it is for, a background they chose), so it is
    not proposed as part of their network; only when nothing else is left are all of them used. When none of
    the others serves the person's first need well, the highest-ranked kind that does is used too: the network
    exists to cover the top needs, and an adviser would not leave the first one without anyone.
    """
    allowed = [m for m in matches if not m.gated and not m.lowered_by] or matches

    def serves_first(m: Match) -> bool:
        return first_need is not None and by_id[m.archetype].serves.get(first_need, 0) >= SERVES_WELL

    if first_need is not None and not any(serves_first(m) for m in allowed):
        extra = next((m for m in matches if serves_first(m)), None)
        allowed = [m for m in matches if m in allowed or m is extra]  # shortlist order kept
    return [(by_id[m.archetype], m.name, m.percent) for m in allowed]


def network_note(
    profile: Profile, matches: list[Match], members: list[NetworkMember], by_id: dict[str, Archetype], language: str
) -> str:
    """Why the #1 match is not in the network, in the reader's language ('' when it is, or there is none)."""
    if not matches or not members or matches[0].archetype in {m.archetype for m in members}:
        return ""
    first = matches[0]
    if first.gated or first.lowered_by:
        text = _("%(name)s ranks first, but it is not in your network: the note on its card says why.", language)
    elif not any(by_id[first.archetype].serves.get(n, 0) >= SERVES_WELL for n in top_needs(profile)):
        text = _("%(name)s ranks first for how you like to work, but it covers none of your top needs well.", language)
    else:  # no team with it covers the first need, and one without it does
        text = _("%(name)s ranks first, but a network without it covers your top needs better.", language)
    return text % {"name": first.name}


def network_gaps(profile: Profile, members: list[NetworkMember]) -> list[str]:
    """The top needs no member covers (by label), so the page never claims more than the network does."""
    covered = {need for member in members for need in member.covers}
    return [profile[n].label for n in top_needs(profile) if n not in covered]


def _serves_on(arch: Archetype, needs: list[str]) -> tuple[int, ...]:
    """The archetype's serves on the top needs, in order: the pattern the search groups archetypes by."""
    return tuple(arch.serves.get(n, 0) for n in needs)


def _covered_by(member: Archetype, team: tuple, needs: list[str]) -> list[str]:
    """Top needs this member covers: it serves them at least well and as strongly as anyone in the team."""
    return [
        need
        for need in needs
        if member.serves.get(need, 0) >= SERVES_WELL
        and member.serves.get(need, 0) == max(a.serves.get(need, 0) for a in team)
    ]


def _member(profile: Profile, arch: Archetype, name: str, needs: list[str], team: tuple) -> NetworkMember:
    covers = _covered_by(arch, team, needs)
    return NetworkMember(arch.id, name, covers, [profile[n].label for n in covers])

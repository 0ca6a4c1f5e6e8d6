"""The mentoring network: 2–3 complementary archetypes that together best cover the person's top needs."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from .archetypes import NEEDS_GROUP, Archetype
from .scoring import Profile

TOP_NEEDS = 3
MIN_NEED_PERCENT = 40.0  # a need below this is not a "top need" however it ranks


@dataclass
class NetworkMember:
    """One archetype in the network and the top needs it is there to cover."""

    archetype: str
    name: str
    covers: list[str]
    cover_labels: list[str]


def top_needs(profile: Profile, count: int = TOP_NEEDS) -> list[str]:
    """The person's highest needs (ties by id): up to `count` at or over MIN_NEED_PERCENT, and always two."""
    needs = sorted((d for d in profile.values() if d.group == NEEDS_GROUP), key=lambda d: (-d.percent, d.id))
    chosen = [d.id for d in needs if d.percent >= MIN_NEED_PERCENT][:count]
    return chosen if len(chosen) >= 2 else [d.id for d in needs[:2]]


def coverage(profile: Profile, team: tuple[Archetype, ...], needs: list[str]) -> float:
    """Sum over the needs of (need percent x the best strength in the team / 3)."""
    return sum(profile[n].percent * max(a.serves.get(n, 0) for a in team) / 3 for n in needs)


def build_network(profile: Profile, ranked: list[tuple[Archetype, str, float]]) -> list[NetworkMember]:
    """Pick the 2- or 3-archetype team with the best coverage of the top needs.

    `ranked` is (archetype, display name, match percent) for every archetype not excluded, best first.
    A third member is added only when it raises coverage; every member must cover at least one need
    (two members may share a need they both serve as strongly). When no such team exists, the network is
    the one archetype that covers most, or empty when none serves a top need well.
    Ties go to the team with the higher summed match percent, then to the earlier-ranked archetypes.
    """
    needs = top_needs(profile)
    if not ranked:
        return []
    order = {a.id: i for i, (a, _, _) in enumerate(ranked)}
    percent = {a.id: p for a, _, p in ranked}
    names = {a.id: n for a, n, _ in ranked}
    best: tuple | None = None
    for size in (2, 3):
        for team in combinations([a for a, _, _ in ranked], size):
            if not all(_covered_by(member, team, needs) for member in team):
                continue
            key = (
                round(coverage(profile, team, needs), 6),
                size == 2,
                sum(percent[a.id] for a in team),
                [-order[a.id] for a in team],
            )
            if best is None or key > best[0]:
                best = (key, team)
    if best is None:  # no two archetypes complement each other (often after strict must-haves): the best one alone
        single = max((a for a, _, _ in ranked), key=lambda a: (coverage(profile, (a,), needs), -order[a.id]))
        team = (single,) if _covered_by(single, (single,), needs) else ()
    else:
        team = best[1]
    return [_member(profile, a, names[a.id], needs, team) for a in team]


def _covered_by(member: Archetype, team: tuple, needs: list[str]) -> list[str]:
    """Top needs this member covers: it serves them at least well (2) and as strongly as anyone in the team."""
    return [
        need
        for need in needs
        if member.serves.get(need, 0) >= 2 and member.serves.get(need, 0) == max(a.serves.get(need, 0) for a in team)
    ]


def _member(profile: Profile, arch: Archetype, name: str, needs: list[str], team: tuple) -> NetworkMember:
    covers = _covered_by(arch, team, needs)
    return NetworkMember(arch.id, name, covers, [profile[n].label for n in covers])

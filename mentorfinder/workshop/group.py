"""The group's aggregate (pure): counts of people per kind of mentor and per third of each dimension, small cells held back."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from .shared import THIRDS, StoredShare

MIN_SHARED = 3  # no breakdown is shown below this many shared results
SMALL_CELL = 3  # a count of 1 or 2 people is never shown: those people could tell, or be told, who they are
CHANGES_PER_SNAPSHOT = 3  # the picture is made again only after this many shares, re-shares or withdrawals
NEEDS = "needs"
SPREAD_GROUPS = ("style", "availability")


@dataclass(frozen=True)
class Breakdown:
    """The room's picture at one snapshot: only counts of at least SMALL_CELL people (or none) are in it."""

    shared: int  # how many shared results this snapshot was made from
    top_archetypes: list[tuple[str, int]]  # (archetype id, how many had it first), SMALL_CELL or more, most first
    top3_archetypes: list[tuple[str, int]]  # (archetype id, how many had it in their top 3), likewise
    needs: dict[str, tuple[int, ...]]  # need id -> people in its low, middle and high third
    spread: dict[str, tuple[int, ...]]  # style/availability id -> people in its low, middle and high third
    withheld: list[str]  # dimensions held back: one of their thirds had 1 or 2 people
    typical_network: list[str]  # the most common network, when SMALL_CELL or more people have it; else []

    def to_json(self) -> dict[str, Any]:
        """The snapshot as stored (plain JSON types)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Breakdown:
        """Back from the stored snapshot."""
        return cls(
            shared=int(data["shared"]),
            top_archetypes=[(a, int(n)) for a, n in data["top_archetypes"]],
            top3_archetypes=[(a, int(n)) for a, n in data["top3_archetypes"]],
            needs={d: tuple(int(n) for n in v) for d, v in data["needs"].items()},
            spread={d: tuple(int(n) for n in v) for d, v in data["spread"].items()},
            withheld=list(data["withheld"]),
            typical_network=list(data["typical_network"]),
        )


def breakdown(shares: list[StoredShare]) -> Breakdown | None:
    """The room's picture from the stored shares, or None when fewer than MIN_SHARED have shared.

    Only counts: no mean, median or quartile, which three people's values can be worked back from. A kind of
    mentor is listed only when at least SMALL_CELL people have it; a dimension is drawn only when each of its
    thirds holds nobody or at least SMALL_CELL people, so no count of one or two is shown or can be worked out
    by subtracting the others from the total.
    """
    if len(shares) < MIN_SHARED:
        return None
    groups = {dim: group for s in shares for dim, group in s.groups.items()}
    counts = {dim: thirds_of(dim, shares) for dim in sorted(groups)}
    shown = {dim: c for dim, c in counts.items() if all(n == 0 or n >= SMALL_CELL for n in c)}
    network = typical_network([s.network for s in shares])
    had = sum(sorted(s.network) == network for s in shares) if network else 0
    return Breakdown(
        shared=len(shares),
        top_archetypes=_ranked(Counter(s.top3[0] for s in shares if s.top3)),
        top3_archetypes=_ranked(Counter(a for s in shares for a in s.top3)),
        needs={d: c for d, c in shown.items() if groups[d] == NEEDS},
        spread={d: c for d, c in shown.items() if groups[d] in SPREAD_GROUPS},
        withheld=[d for d in counts if d not in shown and groups[d] in (NEEDS, *SPREAD_GROUPS)],
        typical_network=network if had >= SMALL_CELL else [],
    )


def thirds_of(dim: str, shares: list[StoredShare]) -> tuple[int, ...]:
    """How many shares have `dim` in its low, middle and high third."""
    found = Counter(s.thirds[dim] for s in shares if dim in s.thirds)
    return tuple(found[i] for i in range(THIRDS))


def typical_network(networks: list[list[str]]) -> list[str]:
    """The network most people got (members sorted by id); [] when nobody has one.

    Order within a network does not matter. Ties go to the network whose members are in the most people's
    networks (the one that covers the room best), then to the first by ids.
    """
    counts = Counter(tuple(sorted(n)) for n in networks if n)
    if not counts:
        return []
    members = Counter(a for n in networks for a in set(n))

    def rank(item: tuple[tuple[str, ...], int]) -> tuple:
        network, count = item
        return -count, -sum(members[a] for a in network), network

    return list(min(counts.items(), key=rank)[0])


def _ranked(counts: Counter) -> list[tuple[str, int]]:
    """Kinds had by at least SMALL_CELL people, most first, then by id."""
    kept = [(a, n) for a, n in counts.items() if n >= SMALL_CELL]
    return sorted(kept, key=lambda item: (-item[1], item[0]))

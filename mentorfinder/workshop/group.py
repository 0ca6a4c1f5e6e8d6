"""The group's aggregate (pure): from the shared results to counts, need means, quartiles and the typical network."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from .shared import SharedResult

MIN_SHARED = 3  # no breakdown is shown below this many shared results: two could be told apart
NEEDS = "needs"
SPREAD_GROUPS = ("style", "availability")


@dataclass(frozen=True)
class Breakdown:
    """The room's aggregate: never one person's values, only counts, means and quartiles."""

    top_archetypes: list[tuple[str, int]]  # (archetype id, how many had it as #1), most first, then id
    top3_archetypes: list[tuple[str, int]]  # (archetype id, how many had it in their top 3)
    needs: dict[str, float]  # need dimension id -> mean percent over shared results
    spread: dict[str, tuple[float, float, float]]  # style/availability dimension id -> (lower quartile, median, upper)
    typical_network: list[str]  # the most common network (ties: most members covered, then ids)


def breakdown(results: list[SharedResult]) -> Breakdown | None:
    """The aggregate of the shared results, or None when fewer than MIN_SHARED have shared.

    A dimension appears only when at least MIN_SHARED results scored it (someone may have skipped a part),
    for the same reason. Means and quartiles are rounded to one decimal, as percents are everywhere.
    """
    if len(results) < MIN_SHARED:
        return None
    firsts = Counter(r.top3[0] for r in results if r.top3)
    in_top3 = Counter(a for r in results for a in r.top3)
    values = _values_by_dimension(results)
    groups = {dim: group for r in results for dim, group in r.groups.items()}
    return Breakdown(
        top_archetypes=_ranked(firsts),
        top3_archetypes=_ranked(in_top3),
        needs={d: round(statistics.fmean(v), 1) for d, v in sorted(values.items()) if groups.get(d) == NEEDS},
        spread={d: quartiles(v) for d, v in sorted(values.items()) if groups.get(d) in SPREAD_GROUPS},
        typical_network=typical_network([r.network for r in results]),
    )


def quartiles(values: list[float]) -> tuple[float, float, float]:
    """(lower quartile, median, upper quartile), interpolated between the values (the "inclusive" method).

    E.g. [10, 40, 70] -> (25.0, 40.0, 55.0): the quartiles never leave the range of what people answered.
    """
    low, median, high = statistics.quantiles(sorted(values), n=4, method="inclusive")
    return round(low, 1), round(median, 1), round(high, 1)


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


def _values_by_dimension(results: list[SharedResult]) -> dict[str, list[float]]:
    values: dict[str, list[float]] = {}
    for r in results:
        for dim, percent in r.dimensions.items():
            values.setdefault(dim, []).append(percent)
    return {d: v for d, v in values.items() if len(v) >= MIN_SHARED}


def _ranked(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

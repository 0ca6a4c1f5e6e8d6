"""The mentoring network's search: the best team without trying every combination of archetypes.

build_network ranks teams by key(team) = (fitting coverage rounded to 6 places, -size, summed match percent,
earlier-ranked members), the team in rank order, and takes the highest key among valid teams (every member
adds). Trying every team of one to three is cubic in the archetypes; this search returns the very same team,
doing work linear in the archetypes plus work bounded by the number of distinct serve vectors (at most 56 for
three top needs served 0..3). Why it is exact, step by step ("vector" = the serves on the top needs):

1. Validity depends only on the members' vectors (coverage and "covers" read nothing else), and the fitting
   coverage only on their (vector, percent) pairs: a max over members per need, summed in need order.
2. In a valid team no two members share a vector, and each member is the only strongest on some top need:
   otherwise removing it leaves every need's best strength, so the very same coverage sum, and it is a
   passenger. So a valid team has at most as many members as there are top needs, and a team of three has
   one member strongest on each need (the labelled enumeration in _sets finds each such team once).
3. Each vector's representative is its earliest archetype with the highest percent. Fitting coverage is
   monotone in every member's percent, even in floating point (each step: x/3*p/100, a max, a product with a
   need percent >= 0, a sum in fixed order, round(); all monotone), so a set of vectors' representatives
   reach the highest rounded coverage any team with those vectors reaches. Going up in size only pays with
   a strictly higher rounded coverage, so the best (coverage, size) is found set by set, on representatives.
4. Among teams with that best (coverage, size), one whose member of some vector has a percent more than
   `margin` below the vector's highest loses to the team with that member swapped for the representative:
   same vectors, so valid; coverage no lower, so equal to the best; summed percent higher by more than any
   rounding of a three-term float sum (2 ulp each) can hide. So only near-top percents ("classes": archetypes
   with one vector and one exact percent, in rank order) can win.
5. For chosen classes the key depends on the members only through the sequence of classes in rank order (it
   fixes the coverage, and the percents summed in that order) and, last, through the earlier-ranked rule.
   For one sequence, taking the earliest archetype of the first class, then the earliest of the next class
   after it, and so on, gives every position its earliest possible rank, so the best tie-break; and if it
   finds none, no team has that sequence. Every sequence of every near-top choice is tried, with the key.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations, permutations, product

from .archetypes import Archetype

Team = tuple[Archetype, ...]


@dataclass
class _Class:
    """Archetypes with one vector and one exact percent, in rank order (their places in `useful`)."""

    percent: float
    members: list[Archetype] = field(default_factory=list)
    places: list[int] = field(default_factory=list)


def best_team(
    useful: list[Archetype],
    needs: list[str],
    percent: dict[str, float],
    key: Callable[[Team], tuple],
    valid: Callable[[Team], bool],
) -> Team | None:
    """The valid team with the highest key, in rank order, or None when no team is valid.

    `useful` is in rank order with unique ids; `key` and `valid` are the network's rules (see the module doc).
    """
    vectors: dict[tuple[int, ...], dict[float, _Class]] = {}
    for place, arch in enumerate(useful):
        p = percent[arch.id]
        cls = vectors.setdefault(tuple(arch.serves.get(n, 0) for n in needs), {}).setdefault(p, _Class(p))
        cls.members.append(arch)
        cls.places.append(place)
    margin = 1e-12 * (1 + max((abs(p) for p in percent.values()), default=0.0))
    reps, near = [], {}
    for vector, classes in vectors.items():
        top = max(classes)
        reps.append((vector, classes[top].members[0]))
        near[vector] = [c for p, c in classes.items() if p >= top - margin]
    best, sets = _best_sets(reps, len(needs), key, valid)
    candidates = [
        team
        for vectors_ in sets
        for chosen in product(*(near[v] for v in vectors_))
        if key(tuple(c.members[0] for c in chosen))[0] == best
        for sequence in permutations(chosen)
        if (team := _earliest(sequence))
    ]
    return max(candidates, key=key) if candidates else None


def _best_sets(
    reps: list[tuple[tuple[int, ...], Archetype]], needs: int, key: Callable, valid: Callable
) -> tuple[float | None, list[tuple[tuple[int, ...], ...]]]:
    """The best rounded fitting coverage at the best size, and every set of vectors (valid) reaching it."""
    found: tuple[float | None, list] = (None, [])
    for size in range(1, min(3, needs) + 1):
        floor, level, sets = found[0], None, []
        for chosen in _sets(reps, size, needs):
            team = tuple(arch for _, arch in chosen)
            score = key(team)[0]
            if (floor is not None and score <= floor) or (level is not None and score < level):
                continue  # a larger team must cover strictly more; a set below this size's best cannot win
            if not valid(team):
                continue
            if level is None or score > level:
                level, sets = score, []
            sets.append(tuple(vector for vector, _ in chosen))
        if sets:
            found = (level, sets)
    return found


def _sets(reps: list, size: int, needs: int) -> Iterator[tuple]:
    """Sets of `size` distinct vectors in which every member is the only strongest on some need (point 2)."""
    if size == 1:
        yield from ((r,) for r in reps)
    elif size != 3 or needs != 3:
        yield from (chosen for chosen in combinations(reps, size) if _each_strongest_somewhere(chosen))
    else:  # three members, three needs: member i is the only strongest on need i
        for first in reps:
            v0 = first[0]
            seconds = [r for r in reps if r[0][0] < v0[0] and r[0][1] > v0[1]]
            thirds = [r for r in reps if r[0][0] < v0[0] and r[0][2] > v0[2]]
            for second in seconds:
                v1 = second[0]
                for third in thirds:
                    v2 = third[0]
                    if v2[1] < v1[1] and v2[2] > v1[2]:
                        yield first, second, third


def _each_strongest_somewhere(chosen: tuple) -> bool:
    """Each vector is strictly above every other one in the set on at least one need."""
    return all(any(all(v[i] > w[i] for w, _ in chosen if w is not v) for i in range(len(v))) for v, _ in chosen)


def _earliest(sequence: tuple[_Class, ...]) -> Team | None:
    """The team taking its members from these classes in this rank order, each as early as possible (point 5)."""
    team, place = [], -1
    for cls in sequence:
        i = bisect_right(cls.places, place)
        if i == len(cls.places):
            return None
        place = cls.places[i]
        team.append(cls.members[i])
    return tuple(team)

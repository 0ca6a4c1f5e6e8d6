"""The mentoring network's team: how teams compare, and the best one found without trying every combination.

Teams are ranked by key(team) = (fitting coverage rounded to 6 places, -size, summed match percent, earlier-ranked
members), the team in rank order (Rules.key), and build_network takes the highest key among valid teams (every
member adds). Trying every team of one to three is cubic in the archetypes; this search returns the very same team,
doing work linear in the archetypes plus work bounded by the number of distinct serve vectors (at most 56 for three
top needs served 0..3). Why it is exact, step by step ("vector" = the serves on the top needs):

1. Validity depends only on the members' vectors (coverage and "covers" read nothing else), and the fitting
   coverage only on their (vector, percent) pairs: a max over members per need, summed in need order.
2. In a valid team no two members share a vector, and each member is the only strongest on some top need:
   otherwise removing it leaves every need's best strength, so the very same coverage sum, and it is a
   passenger. So a valid team has at most as many members as there are top needs, and a team of three has
   one member strongest on each need (the labelled enumeration in _sets finds each such team once).
3. Each vector's representative is its earliest archetype with the highest percent. Fitting coverage is
   monotone in every member's percent, even in floating point (each step: serves/3*p/100 with serves >= 0, a
   max, a product with a need percent >= 0, a sum in fixed order, round(); all monotone), so a set of vectors'
   representatives reach the highest rounded coverage any team with those vectors reaches. Going up in size
   only pays with a strictly higher rounded coverage, so the best (coverage, size) is found set by set, on
   representatives, keeping every set that reaches it.
4. Among teams with that best (coverage, size), one whose member of some vector has a percent more than
   `margin` below the vector's highest loses to the team with that member swapped for the representative:
   same vectors, so valid; coverage no lower, so equal to the best; summed percent higher by more than the
   margin (1e-12 of the largest percent), far above the error of a float sum of three percents (two roundings,
   under 1e-15 of it). So only near-top percents ("classes": archetypes with one vector and one exact percent,
   in rank order) whose coverage still rounds to the best can win.
5. For chosen classes the key depends on the members only through the sequence of classes in rank order (it
   fixes the coverage, and the percents summed in that order) and, last, through the earlier-ranked rule.
   For one sequence, taking the earliest archetype of the first class, then the earliest of the next class
   after it, and so on, gives every position its earliest possible rank, so the best tie-break; and if it
   finds none, no team has that sequence. Every sequence of every near-top choice is tried, with the key.
   (Earliest per class alone is not enough: 0.2 + 0.3 + 0.1 and 0.2 + 0.1 + 0.3 differ in the last bit, so
   where ranked percents are out of order a later copy can win; a test shows it.)
6. Fitting coverage never falls when members are added (each need takes its best strength), so no set drawn
   from some candidates scores more than all of them together; when that is no higher than the best coverage
   of a smaller team, none of those sets can win (point 3) and they are skipped unscored.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations, permutations, product

from mentorfinder.content.archetypes import SERVES_WELL, STRENGTH_MAX, Archetype
from mentorfinder.scoring.profile import Profile

Team = tuple[Archetype, ...]


def coverage(profile: Profile, team: Team, needs: list[str]) -> float:
    """Sum over the needs of (need percent x the best strength in the team / 3); 0 for an empty team."""
    if not team:
        return 0.0
    return sum(profile[n].percent * max(a.serves.get(n, 0) for a in team) / STRENGTH_MAX for n in needs)


def passengers(profile: Profile, team: Team, needs: list[str]) -> list[Archetype]:
    """Members without whom the team covers the top needs just as well (the network must have none)."""
    whole = coverage(profile, team, needs)
    return [m for m in team if coverage(profile, tuple(a for a in team if a is not m), needs) >= whole - 1e-9]


def covered_by(member: Archetype, team: Team, needs: list[str]) -> list[str]:
    """Top needs this member covers: it serves them at least well and as strongly as anyone in the team."""
    return [
        need
        for need in needs
        if member.serves.get(need, 0) >= SERVES_WELL
        and member.serves.get(need, 0) == max(a.serves.get(need, 0) for a in team)
    ]


def every_member_adds(profile: Profile, team: Team, needs: list[str]) -> bool:
    """Each member covers a top need and the team covers less without it (no passengers)."""
    return all(covered_by(member, team, needs) for member in team) and not passengers(profile, team, needs)


@dataclass(frozen=True)
class Rules:
    """One person's network rules: how a team is scored, ranked and checked (see the module doc)."""

    profile: Profile
    needs: list[str]
    need_percents: list[float]  # each top need's percent, in need order
    percent: dict[str, float]  # match percent by archetype id
    order: dict[str, int]  # rank by archetype id
    anchor: Archetype | None  # a member every valid team has, or None

    def strengths(self, arch: Archetype) -> tuple[float, ...]:
        """The archetype's strength on each top need as fitting coverage counts it: serves/3 x match percent/100."""
        return tuple(arch.serves.get(n, 0) / STRENGTH_MAX * self.percent[arch.id] / 100 for n in self.needs)

    def score(self, strengths: list[tuple[float, ...]]) -> float:
        """Fitting coverage of members with these strengths: Σ over the top needs of need percent x the best member
        strength on it, rounded to 6 places so float noise never decides."""
        columns = zip(self.need_percents, zip(*strengths, strict=True), strict=True)
        return round(sum(p * max(column) for p, column in columns), 6)

    def key(self, team: Team) -> tuple:
        """How teams are ranked, highest first; `team` in rank order."""
        return (
            self.score([self.strengths(a) for a in team]),
            -len(team),
            sum(self.percent[a.id] for a in team),
            [-self.order[a.id] for a in team],
        )

    def valid(self, team: Team) -> bool:
        """The anchor is in it (when there is one) and every member adds."""
        return (self.anchor is None or self.anchor in team) and every_member_adds(self.profile, team, self.needs)


@dataclass
class _Class:
    """Archetypes with one vector and one exact percent, in rank order (their places in `useful`)."""

    percent: float
    strengths: tuple[float, ...]
    members: list[Archetype] = field(default_factory=list)
    places: list[int] = field(default_factory=list)


@dataclass
class _Vector:
    """One serve vector on the top needs: its classes, its representative and its near-top classes (point 4)."""

    serves: tuple[int, ...]
    classes: dict[float, _Class] = field(default_factory=dict)
    rep: _Class | None = None
    near: list[_Class] = field(default_factory=list)


def best_team(
    profile: Profile,
    needs: list[str],
    percent: dict[str, float],
    order: dict[str, int],
    useful: list[Archetype],
    anchor: Archetype | None,
) -> Team | None:
    """The valid team with the highest key, `anchor` in it when given, or None; `useful` ranked, ids unique."""
    rules = Rules(profile, needs, [profile[n].percent for n in needs], percent, order, anchor)
    if rules.anchor is not None:
        # No valid team holds two members with the same serves on the top needs (one would add nothing), so with
        # the anchor required, the others that serve exactly as it does can never join: leaving them out keeps the
        # search exact and makes the anchor its serve pattern's only candidate (point 3).
        pattern = tuple(rules.anchor.serves.get(n, 0) for n in rules.needs)
        useful = [a for a in useful if a is rules.anchor or tuple(a.serves.get(n, 0) for n in rules.needs) != pattern]
    vectors: dict[tuple[int, ...], _Vector] = {}
    for place, arch in enumerate(useful):
        serves = tuple(arch.serves.get(n, 0) for n in rules.needs)
        vector = vectors.get(serves) or vectors.setdefault(serves, _Vector(serves))
        p = rules.percent[arch.id]
        cls = vector.classes.get(p) or vector.classes.setdefault(p, _Class(p, rules.strengths(arch)))
        cls.members.append(arch)
        cls.places.append(place)
    margin = 1e-12 * (1 + max((abs(p) for p in rules.percent.values()), default=0.0))
    for vector in vectors.values():
        top = max(vector.classes)
        vector.rep = vector.classes[top]
        vector.near = [c for p, c in vector.classes.items() if p >= top - margin]
    best, sets = _best_sets(list(vectors.values()), len(rules.needs), rules)
    candidates = [
        team
        for chosen_vectors in sets
        for chosen in product(*(v.near for v in chosen_vectors))
        if rules.score([c.strengths for c in chosen]) == best
        for sequence in permutations(chosen)
        if (team := _earliest(sequence)) and rules.valid(team)
    ]
    return max(candidates, key=rules.key) if candidates else None


def _best_sets(vectors: list[_Vector], needs: int, rules: Rules) -> tuple[float | None, list[tuple[_Vector, ...]]]:
    """The best rounded fitting coverage at the best size, and every valid set of vectors reaching it (point 3)."""
    found: tuple[float | None, list] = (None, [])
    for size in range(1, min(3, needs) + 1):
        floor, level, sets = found[0], None, []

        def hopeless(members: list[_Vector], floor: float | None = floor) -> bool:
            """No set drawn from `members` scores above `floor` (point 6)."""
            return floor is not None and rules.score([v.rep.strengths for v in members]) <= floor

        for chosen in _sets(vectors, size, needs, hopeless):
            score = rules.score([v.rep.strengths for v in chosen])
            if (floor is not None and score <= floor) or (level is not None and score < level):
                continue  # a larger team must cover strictly more; a set below this size's best cannot win
            if not rules.valid(tuple(v.rep.members[0] for v in chosen)):
                continue
            if level is None or score > level:
                level, sets = score, []
            sets.append(chosen)
        if sets:
            found = (level, sets)
    return found


def _sets(vectors: list[_Vector], size: int, needs: int, hopeless: Callable) -> Iterator[tuple[_Vector, ...]]:
    """Sets of `size` distinct vectors in which every member is the only strongest on some need (point 2).

    The sets sharing a first member (for three: first two) are skipped together when `hopeless` says so.
    """
    if size == 1:
        yield from ((v,) for v in vectors)
    elif size == 2:
        for i, first in enumerate(vectors):
            s0 = first.serves
            seconds = [v for v in vectors[i + 1 :] if _neither_above(s0, v.serves)]
            if seconds and not hopeless([first, *seconds]):
                yield from ((first, second) for second in seconds)
    elif needs != 3:  # more than three top needs: no labelling, so every set is checked
        yield from (chosen for chosen in combinations(vectors, 3) if _each_strongest_somewhere(chosen))
    else:  # member i is the only strongest on need i
        for first in vectors:
            s0 = first.serves
            seconds = [v for v in vectors if v.serves[0] < s0[0] and v.serves[1] > s0[1]]
            thirds = [v for v in vectors if v.serves[0] < s0[0] and v.serves[2] > s0[2]]
            if not seconds or not thirds or hopeless([first, *seconds, *thirds]):
                continue
            for second in seconds:
                s1 = second.serves
                last = [v for v in thirds if v.serves[1] < s1[1] and v.serves[2] > s1[2]]
                if last and not hopeless([first, second, *last]):
                    yield from ((first, second, third) for third in last)


def _neither_above(s: tuple[int, ...], t: tuple[int, ...]) -> bool:
    """Each serve vector is strictly above the other on some need, so in a pair both can add (point 2)."""
    return any(a > b for a, b in zip(s, t, strict=True)) and any(b > a for a, b in zip(s, t, strict=True))


def _each_strongest_somewhere(chosen: tuple[_Vector, ...]) -> bool:
    """Each vector is strictly above every other one in the set on at least one need."""
    return all(
        any(all(v.serves[i] > w.serves[i] for w in chosen if w is not v) for i in range(len(v.serves))) for v in chosen
    )


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

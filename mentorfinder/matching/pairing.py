"""The coordinator's pairing and the featured first suggestions: everyone placed within each mentor's capacity,
by a maintained solver (scipy's linear_sum_assignment on capacity-expanded columns)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from mentorfinder.answers.mentor import Mentor
from mentorfinder.answers.quotes import quoted
from mentorfinder.content.archetypes import Archetype
from mentorfinder.content.load import Content
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.message import plain
from mentorfinder.i18n.words import ProperName, joined
from mentorfinder.matching.mentor_fit import FitMatrix, fit_matrix
from mentorfinder.matching.mentors import MentorMatch, MentorShortlist, Participant, explained, kinds_of, participant_of
from mentorfinder.matching.model import DEFAULT_WEIGHTS, LESS_FLOOR, fit_label


def assign(fit: np.ndarray, allowed: np.ndarray, capacity: list[int]) -> dict[int, int]:
    """{participant row: mentor column}: the most pairs on allowed cells, and among those the highest total fit.

    Each mentor's column is repeated once per place (capacity-expanded), so one mentor takes up to `capacity`
    people. An allowed cell is worth BIG + fit and BIG exceeds any total fit, so no pair is given up for fit: no one
    is left unpaired while an allowed mentor has a place. Forbidden cells are worth 0 and never kept.
    """
    columns = [m for m, places in enumerate(capacity) for _ in range(max(0, places))]
    if not columns or not fit.shape[0]:
        return {}
    big = 100.0 * (fit.shape[0] + 1)
    value = np.where(allowed, big + fit, 0.0)[:, columns]
    rows, cols = linear_sum_assignment(value, maximize=True)
    return {int(r): columns[c] for r, c in zip(rows, cols, strict=True) if allowed[r, columns[c]]}


@dataclass
class Pair:
    """A participant (their key: the answers file's name, or the store's id) and their mentor, explained."""

    participant: str
    mentor: str
    match: MentorMatch


@dataclass
class Unpaired:
    """Someone who could not be paired, and why (for the coordinator)."""

    participant: str
    reason: str


@dataclass
class Pairing:
    """The whole pairing: pairs in the participants' order, then who is unpaired and why."""

    floor: float
    pairs: list[Pair] = field(default_factory=list)
    unpaired: list[Unpaired] = field(default_factory=list)

    @property
    def total(self) -> float:
        """The sum of the pairs' percents (what the pairing maximises once no one can be added)."""
        return round(sum(p.match.percent for p in self.pairs), 1)


def _matrix(content, participants, mentors, weights, language, form):
    people = [participant_of(content, answers, language) for answers in participants.values()]
    kinds = kinds_of(mentors, form)
    fit = fit_matrix([p.profile for p in people], [p.constraints for p in people], kinds, weights)
    return people, kinds, fit


def pair(
    content: Content,
    participants: dict[str, dict[str, Any]],
    mentors: list[Mentor],
    floor: float = 0.0,
    weights: dict[str, float] | None = None,
    language: str = "en",
    form: Questionnaire | None = None,
) -> Pairing:
    """Pair everyone who opted in: one-to-one or several to a mentor within capacity; no pair below `floor` percent
    or against a must-have; the most pairs, then the highest total fit. Each pair is explained as on the shortlist;
    each person left over gets the reason. `participants`: {key (e.g. the answers file's name): answers}."""
    weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
    people, kinds, fit = _matrix(content, participants, mentors, weights, language, form)
    return pair_from(list(participants), people, mentors, kinds, fit, floor, weights, language)


def pair_from(
    keys: list[str],
    people: list[Participant],
    mentors: list[Mentor],
    kinds: list[Archetype],
    fit: FitMatrix,
    floor: float,
    weights: dict[str, float],
    language: str = "en",
) -> Pairing:
    """The pairing from an already built fit matrix (rows: `keys` and `people`; columns: `mentors` and `kinds`),
    so a page or the bench that has ranked everyone pairs them without scoring anything twice."""
    percent = fit.shown  # the pairing optimises the percents it reports
    allowed = fit.allowed & (percent >= floor)
    chosen = assign(percent, allowed, [m.capacity for m in mentors])
    result = Pairing(floor)
    for row, key in enumerate(keys):
        if row not in chosen:
            result.unpaired.append(Unpaired(key, unpaired_reason(people[row], fit, row, mentors, floor, language)))
            continue
        m = chosen[row]
        mentor, value = mentors[m], float(percent[row, m])
        match = MentorMatch(mentor.id, str(mentor.shown_name(language)), value, fit_label(value),
                            round(float(fit.needs[row, m]), 1), mentor.capacity)  # fmt: skip
        # the two are introduced to each other (with the mentor's contact), so the pair's lines use the real name
        real = ProperName(mentor.name) if mentor.name else None
        explained(match, people[row].profile, kinds[m], mentor, weights, language, real)
        result.pairs.append(Pair(key, mentor.id, match))
    return result


def unpaired_reason(
    person: Participant, fit: FitMatrix, row: int, mentors: list[Mentor], floor: float, language: str = "en"
) -> str:
    """Why one person is unpaired: no mentor at all, their must-haves, the floor, or every fitting mentor is full."""
    if not mentors:
        return _("The roster has no mentors.", language)
    if not fit.allowed[row].any():
        musts = joined([quoted(c.source, language) for c in person.constraints], language)
        return _("No mentor meets their must-haves: %(musts)s.", language) % {"musts": musts}
    best = float(fit.shown[row][fit.allowed[row]].max())
    if best < floor:
        values = {"floor": plain(floor).say(language), "best": plain(best).say(language)}  # 31,2 in Spanish
        return _("No mentor fits them at %(floor)s%% or more; the best fits %(best)s%%.", language) % values
    return _("Every mentor who fits them at %(floor)s%% or more is full.", language) % {
        "floor": plain(floor).say(language)
    }


def featured(
    content: Content,
    participants: dict[str, dict[str, Any]],
    mentors: list[Mentor],
    weights: dict[str, float] | None = None,
    form: Questionnaire | None = None,
    taken: dict[str, int] | None = None,
) -> dict[str, str | None]:
    """{participant key: the mentor id to feature first on their shortlist, or None}: the featured suggestion is
    spread so no mentor is featured to more people than they have places, the way the leading platforms do.

    The same solver as the pairing, with the "less suited" edge as its floor: the most people get a featured mentor
    their must-haves allow who fits them at LESS_FLOOR or more, and among those the total fit is highest. Someone
    left without one sees their shortlist with none featured.
    `taken`: {mentor id: places already taken} (participant-led requests), so a full mentor is featured to no one.
    """
    weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
    _people, _kinds, fit = _matrix(content, participants, mentors, weights, "en", form)
    return featured_from(list(participants), mentors, fit, taken)


def featured_from(
    keys: list[str], mentors: list[Mentor], fit: FitMatrix, taken: dict[str, int] | None = None
) -> dict[str, str | None]:
    """The featured spread from an already built fit matrix (rows: `keys`; columns: `mentors`). A mentor told as
    "less suited" (under LESS_FLOOR) is never suggested first: better none featured than a poor first choice."""
    places = [m.capacity - (taken or {}).get(m.id, 0) for m in mentors]
    chosen = assign(fit.shown, fit.allowed & (fit.shown >= LESS_FLOOR), places)
    return {key: mentors[chosen[row]].id if row in chosen else None for row, key in enumerate(keys)}


def request_refusal(mentor: Mentor, taken: int, shortlist: MentorShortlist, language: str = "en") -> str | None:
    """Why a participant may not request this mentor (participant-led matching), or None when they may: a must-have
    rules the mentor out (that reason), or `taken` requests already fill the mentor's places."""
    ruled_out = next((e.reason for e in shortlist.excluded if e.mentor == mentor.id), None)
    if ruled_out is not None:
        return ruled_out
    if taken >= mentor.capacity:
        name = mentor.shown_name(language)
        return _("%(name)s has no place left; choose another mentor from your shortlist.", language) % {"name": name}
    return None

"""A participant's shortlist of a programme's real mentors: each with a percent, why lines and caveats, must-haves
as filters (the mentors they rule out listed with the reason). The same model and words as the kinds of mentor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from mentorfinder.answers.mentor import Mentor
from mentorfinder.content.archetypes import Archetype
from mentorfinder.content.load import Content
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.content.schema import Questionnaire
from mentorfinder.evaluate import scored
from mentorfinder.i18n.words import ProperName
from mentorfinder.matching.explain import caveats_for, why_for
from mentorfinder.matching.mentor_fit import FitMatrix, fit_matrix
from mentorfinder.matching.model import ABOUT_EQUAL, DEFAULT_WEIGHTS, fit_label, ranked_needs
from mentorfinder.matching.shortlist import Constraint, constraints_from, excluded_reason
from mentorfinder.scoring.mentor import mentor_kind
from mentorfinder.scoring.profile import DimensionScore, Profile


@dataclass
class Participant:
    """What mentor matching reads of one participant: the profile matching uses (contradictions resolved, as in
    evaluate) and their must-haves."""

    profile: Profile
    constraints: list[Constraint]


@dataclass(slots=True)  # a programme builds one per participant and mentor: slots make that cheap
class MentorMatch:
    """One mentor on a participant's shortlist. `name` is the mentor's shown name (their own only where they agreed);
    contact details are never here: the pages show them only to the coordinator and the paired participant."""

    mentor: str  # the mentor's id
    name: str
    percent: float
    label: str  # best / great / good / fair / less, as for the kinds of mentor (model.fit_label)
    needs: float  # the needs component: equal percents rank by it
    capacity: int
    about_equal: bool = False  # within ABOUT_EQUAL points of the mentor ranked just above
    # empty until the match is explained (`explained`): a page words the few it shows, not every mentor
    # tuples, not lists: a programme holds 300,000 of these, and empty tuples cost nothing to make or to collect
    why: tuple[str, ...] = ()
    caveats: tuple[str, ...] = ()
    why_brief: tuple[str, ...] = ()  # the same lines without the quoted answers (for print)
    caveats_brief: tuple[str, ...] = ()


@dataclass
class ExcludedMentor:
    """A mentor a must-have rules out, and why (the same sentence as for a kind of mentor)."""

    mentor: str
    name: str
    reason: str


@dataclass
class MentorShortlist:
    """Every mentor no must-have rules out, best first (explained), and those ruled out with the reason. `kept`: how
    many mentors passed the must-haves, which is more than len(matches) when a `limit` listed only the first."""

    matches: list[MentorMatch]
    excluded: list[ExcludedMentor]
    kept: int = 0


def participant_of(content: Content, answers: dict[str, dict[str, Any]], language: str = "en") -> Participant:
    """Score and resolve a participant's answers by evaluate's own first steps (`scored`), and take their must-haves."""
    shown, profile, _checks = scored(content, answers, language)
    return Participant(profile, constraints_from(list(content.questionnaires), shown, language))


def kinds_of(mentors: list[Mentor], form: Questionnaire | None = None) -> list[Archetype]:
    """Each mentor as the matching engine sees a kind of mentor (scoring.mentor.mentor_kind), in the same order."""
    form = form or mentor_form()
    return [mentor_kind(form, m) for m in mentors]


def rank_mentors(
    content: Content,
    participant_answers: dict[str, dict[str, Any]],
    mentors: list[Mentor],
    weights: dict[str, float] | None = None,
    language: str = "en",
    form: Questionnaire | None = None,
    explain: int | None = None,
    limit: int | None = None,
) -> MentorShortlist:
    """A participant's shortlist of real mentors: percent (docs/matching.md §3-4, no gates or fit rules: those speak
    of kinds), label, why and caveats; best first, equal percents by the needs component, then by mentor id.

    `explain`: word only the first N (a page showing five needs five); None words them all. `limit`: list only the
    first N (the whole roster is still ordered); None lists every mentor the must-haves keep.
    """
    weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
    person = participant_of(content, participant_answers, language)
    kinds = kinds_of(mentors, form)
    fit = fit_matrix([person.profile], [person.constraints], kinds, weights)
    return shortlist_from(content, person, mentors, kinds, fit, 0, weights, language, explain, limit)


def shortlists(
    content: Content,
    people: list[Participant],
    mentors: list[Mentor],
    kinds: list[Archetype],
    fit: FitMatrix,
    weights: dict[str, float],
    language: str = "en",
    explain: int | None = None,
    limit: int | None = None,
) -> list[MentorShortlist]:
    """Every row of a fit matrix as a shortlist (a programme ranks all its participants from one matrix); `explain`
    and `limit` as for rank_mentors."""
    roster = _Roster(mentors, kinds, language)
    return [_row(content, person, roster, fit, row, weights, explain, limit) for row, person in enumerate(people)]


def shortlist_from(
    content: Content,
    person: Participant,
    mentors: list[Mentor],
    kinds: list[Archetype],
    fit: FitMatrix,
    row: int,
    weights: dict[str, float],
    language: str = "en",
    explain: int | None = None,
    limit: int | None = None,
) -> MentorShortlist:
    """One row of a fit matrix as a shortlist; `explain` and `limit` as for rank_mentors."""
    return _row(content, person, _Roster(mentors, kinds, language), fit, row, weights, explain, limit)


class _Roster:
    """What every shortlist of one roster reads alike, worked out once: names, the id order, offers, labels."""

    def __init__(self, mentors: list[Mentor], kinds: list[Archetype], language: str):
        self.mentors, self.kinds, self.language = mentors, kinds, language
        self.names = [m.shown_name(language) for m in mentors]
        self.id_rank = np.empty(len(mentors), dtype=int)
        self.id_rank[sorted(range(len(mentors)), key=lambda m: mentors[m].id)] = np.arange(len(mentors))
        # how each mentor meets and works: a must-have's reason is worded once per offer (see _reason)
        self.offers = [tuple((a, tuple(v)) for a, v in sorted(k.attributes.items())) for k in kinds]
        self.labels: dict[float, str] = {}  # percent -> label, by model.fit_label (percents are to 0.1)

    def label(self, percent: float) -> str:
        """model.fit_label, remembered for this roster's rows."""
        if percent not in self.labels:
            self.labels[percent] = fit_label(percent)
        return self.labels[percent]


def _row(content, person, roster: _Roster, fit, row, weights, explain, limit) -> MentorShortlist:
    """Best first (percent as shown, then the needs component, then the mentor id), then the excluded in roster order."""
    mentors, names, language = roster.mentors, roster.names, roster.language
    shown, needs, allowed = fit.shown[row], np.round(fit.needs[row], 1), fit.allowed[row]
    order = np.lexsort((roster.id_rank, -needs, -shown))
    kept = order[allowed[order]].tolist()
    percents, needs_of = shown.tolist(), needs.tolist()
    matches, above = [], None
    for m in kept[:limit] if limit is not None else kept:
        percent = percents[m]
        near = above is not None and above - percent < ABOUT_EQUAL
        matches.append(MentorMatch(mentors[m].id, str(names[m]), percent, roster.label(percent), needs_of[m],
                                   mentors[m].capacity, near))  # fmt: skip
        above = percent
    needs = ranked_needs(person.profile)  # once, for every mentor's why and caveats
    for m, match in zip(kept[:explain] if explain is not None else kept, matches, strict=False):
        explained(match, person.profile, roster.kinds[m], mentors[m], weights, language, needs=needs)
    reasons: dict = {}
    excluded = []
    for m in np.flatnonzero(~allowed).tolist():
        offer = roster.offers[m]
        if offer not in reasons:
            reasons[offer] = _reason(content, person, roster.kinds[m], language)
        excluded.append(ExcludedMentor(mentors[m].id, str(names[m]), reasons[offer].replace(NAME_SLOT, names[m])))
    return MentorShortlist(matches, excluded, len(kept))


NAME_SLOT = ProperName("\x00")  # stands for the mentor's name in a reason worded once per offer


def _reason(content: Content, person: Participant, kind: Archetype, language: str) -> str:
    """Why a must-have rules out a mentor with this offer (how they meet, how they work), with NAME_SLOT for their
    name: mentors with the same offer get the same sentence, each with their own name."""
    slotted = kind.model_copy(update={"name": NAME_SLOT})
    return excluded_reason(slotted, content.archetypes, person.constraints, language) or ""


def explained(
    match: MentorMatch,
    profile: Profile,
    kind: Archetype,
    mentor: Mentor,
    weights: dict[str, float],
    language: str,
    name: ProperName | None = None,
    needs: list[DimensionScore] | None = None,
) -> MentorMatch:
    """Fill a match's why and caveats, each built by matching.explain as for a kind, with the mentor's shown name
    (or `name`: a pair is introduced by their own names); `needs` the profile's ranked_needs, when worked out once."""
    name = name or mentor.shown_name(language)
    match.name = str(name)
    why = why_for(profile, kind, name, weights, language, needs)
    caveats = caveats_for(profile, kind, name, weights, [], language, needs)
    match.why, match.why_brief = tuple(full for full, _ in why), tuple(brief for _, brief in why)
    match.caveats, match.caveats_brief = tuple(full for full, _ in caveats), tuple(brief for _, brief in caveats)
    return match

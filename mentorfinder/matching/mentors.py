"""A participant's shortlist of a programme's real mentors: each with a percent, why lines and caveats, must-haves
as filters (the mentors they rule out listed with the reason). The same model and words as the kinds of mentor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mentorfinder.answers.mentor import Mentor
from mentorfinder.content.archetypes import Archetype
from mentorfinder.content.checks import fired_checks
from mentorfinder.content.load import Content
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.words import ProperName
from mentorfinder.matching.explain import caveats_for, why_for
from mentorfinder.matching.filters import Constraint, constraints_from, excluded_reason
from mentorfinder.matching.mentor_fit import FitMatrix, fit_matrix
from mentorfinder.matching.model import ABOUT_EQUAL, DEFAULT_WEIGHTS, fit_label
from mentorfinder.scoring.mentor import mentor_kind
from mentorfinder.scoring.profile import Profile, score
from mentorfinder.scoring.resolve import resolved_profile


@dataclass
class Participant:
    """What mentor matching reads of one participant: the profile matching uses (contradictions resolved, as in
    evaluate) and their must-haves."""

    profile: Profile
    constraints: list[Constraint]


@dataclass
class MentorMatch:
    """One mentor on a participant's shortlist. `name` is the mentor's shown name (their own only where they agreed);
    contact details are never here: the pages show them only to the coordinator and the paired participant."""

    mentor: str  # the mentor's id
    name: str
    percent: float
    label: str  # best / great / good / fair / less, as for the kinds of mentor (model.fit_label)
    needs: float  # the needs component: equal percents rank by it
    capacity: int
    why: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    why_brief: list[str] = field(default_factory=list)  # the same lines without the quoted answers (for print)
    caveats_brief: list[str] = field(default_factory=list)
    about_equal: bool = False  # within ABOUT_EQUAL points of the mentor ranked just above


@dataclass
class ExcludedMentor:
    """A mentor a must-have rules out, and why (the same sentence as for a kind of mentor)."""

    mentor: str
    name: str
    reason: str


@dataclass
class MentorShortlist:
    """Every mentor no must-have rules out, best first (explained), and those ruled out with the reason."""

    matches: list[MentorMatch]
    excluded: list[ExcludedMentor]


def participant_of(content: Content, answers: dict[str, dict[str, Any]], language: str = "en") -> Participant:
    """Score and resolve a participant's answers exactly as `evaluate` does before matching, and take their must-haves."""
    questionnaires = list(content.questionnaires)
    profile = score(questionnaires, answers, language)
    checks = fired_checks(content.checks, questionnaires, answers, language)
    profile = resolved_profile(profile, checks, questionnaires, answers, language)
    return Participant(profile, constraints_from(questionnaires, answers, language))


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
) -> MentorShortlist:
    """A participant's shortlist of real mentors: percent (docs/matching.md §3-4, no gates or fit rules: those speak
    of kinds), label, why and caveats; best first, equal percents by the needs component, then by mentor id.

    `explain`: word only the first N (a page showing five needs five); None words them all.
    """
    weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
    person = participant_of(content, participant_answers, language)
    kinds = kinds_of(mentors, form)
    fit = fit_matrix([person.profile], [person.constraints], kinds, weights)
    return shortlist_from(content, person, mentors, kinds, fit, 0, weights, language, explain)


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
) -> MentorShortlist:
    """One row of a fit matrix as a shortlist (the bench and the pairing rank many participants from one matrix)."""
    matches, excluded = [], []
    for m, (mentor, kind) in enumerate(zip(mentors, kinds, strict=True)):
        name = mentor.shown_name(language)
        if not fit.allowed[row, m]:
            named = kind.model_copy(update={"name": name})  # the kind carries the English name; say it in `language`
            reason = excluded_reason(named, content.archetypes, person.constraints, language) or ""
            excluded.append(ExcludedMentor(mentor.id, str(name), reason))
            continue
        percent = round(float(fit.percent[row, m]), 1)
        needs = round(float(fit.needs[row, m]), 1)
        matches.append(MentorMatch(mentor.id, str(name), percent, fit_label(percent), needs, mentor.capacity))
    matches.sort(key=lambda x: (-x.percent, -x.needs, x.mentor))
    for above, match in zip(matches, matches[1:], strict=False):
        match.about_equal = above.percent - match.percent < ABOUT_EQUAL
    by_id = {m.id: (m, k) for m, k in zip(mentors, kinds, strict=True)}
    for match in matches[:explain] if explain is not None else matches:
        mentor, kind = by_id[match.mentor]
        explained(match, person.profile, kind, mentor, weights, language)
    return MentorShortlist(matches, excluded)


def explained(
    match: MentorMatch,
    profile: Profile,
    kind: Archetype,
    mentor: Mentor,
    weights: dict[str, float],
    language: str,
    name: ProperName | None = None,
) -> MentorMatch:
    """Fill a match's why and caveats, each built by matching.explain as for a kind, with the mentor's shown name
    (or `name`: a pair is introduced by their own names)."""
    name = name or mentor.shown_name(language)
    match.name = str(name)
    why = why_for(profile, kind, name, weights, language)
    caveats = caveats_for(profile, kind, name, weights, [], language)
    match.why, match.why_brief = [full for full, _ in why], [brief for _, brief in why]
    match.caveats, match.caveats_brief = [full for full, _ in caveats], [brief for _, brief in caveats]
    return match

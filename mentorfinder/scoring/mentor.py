"""A mentor's answers scored by the same engine onto the same dimensions: their kind, and the archetypes they are like."""

from __future__ import annotations

from dataclasses import dataclass, field

from mentorfinder.answers.mentor import Mentor
from mentorfinder.content.archetypes import NEEDS_GROUP, STRENGTH_MAX, Archetype
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.load import Content
from mentorfinder.content.mentor_form import LENGTH_QUESTION, MEETING_QUESTION, ONE_OFF_QUESTION, mentor_form
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import a_or_an, translate
from mentorfinder.scoring.profile import score

# How a mentor's answers say the two attributes must-haves filter on (data/archetypes.yaml `attributes`).
MEETS = {"only_online": ["online"], "only_in_person": ["in_person"], "either_way": ["online", "in_person"]}
WORKS = {"one_or_two_talks": "one_off", "few_weeks": "short", "few_months": "short", "about_a_year": "ongoing",
         "open_ended": "ongoing"}  # fmt: skip
SHOWN_KINDS = 3  # the archetypes a mentor's profile names
CLOSE = 15.0  # a mentor and a kind within this many points on a dimension work the same way there
FIRM_END = 30.0  # ... and only a way this far from the middle (<= 30 or >= 70) is worth saying
POLE_GROUPS = ("style", "availability")  # their pole words read well of a mentor ('talks every week or two')
NOT_SAID = {"challenge"}  # its high pole is worded for the one mentored ('being pushed hard')


def mentor_kind(form: Questionnaire, mentor: Mentor) -> Archetype:
    """The mentor as the matching engine sees a kind of mentor: the needs they serve (0..3, from where they ranked
    each), their typical way on every dimension they answered (its percent), and how they meet and work.

    Built without validation (`model_construct`): its name is the mentor's shown name, a ProperName.
    """
    shown = ShownAnswers.of([form], mentor.answers)  # filtered once, as a participant's are
    profile = score([form], shown)
    serves = {d.id: int(d.percent * STRENGTH_MAX / 100 + 0.5) for d in profile.values() if d.group == NEEDS_GROUP}
    targets = {d.id: d.percent for d in profile.values() if d.group != NEEDS_GROUP and d.items}
    given = shown.answers[form.id]
    attributes = {}
    if given.get(MEETING_QUESTION) in MEETS:
        attributes["meeting_mode"] = MEETS[given[MEETING_QUESTION]]
    if given.get(LENGTH_QUESTION) in WORKS:
        works = [WORKS[given[LENGTH_QUESTION]]]
        if given.get(ONE_OFF_QUESTION) == "yes" and works != ["one_off"]:
            works.insert(0, "one_off")
        attributes["engagement"] = works
    return Archetype.model_construct(
        id=mentor.id, name=mentor.shown_name(), serves=serves, targets=targets, attributes=attributes, gates=[]
    )


@dataclass
class Likeness:
    """One archetype a mentor is like: how much (0..100) and why, in plain sentences."""

    archetype: str
    name: str
    percent: float
    reasons: list[str] = field(default_factory=list)


def likeness(kind: Archetype, arch: Archetype) -> float:
    """0..100: half how far their needs served overlap (Σ min / the larger budget), half how close their typical
    ways are on the dimensions both have (the mean of 100 − the gap in points)."""
    needs = set(kind.serves) | set(arch.serves)
    overlap = sum(min(kind.serves.get(d, 0), arch.serves.get(d, 0)) for d in needs)
    budget = max(sum(kind.serves.values()), sum(arch.serves.values()))
    shared = [d for d in kind.targets if d in arch.targets]
    ways = sum(100 - abs(kind.targets[d] - arch.targets[d]) for d in shared) / len(shared) if shared else 0.0
    return round(50 * (overlap / budget if budget else 0.0) + 0.5 * ways, 1)


def mentor_profile(
    content: Content, mentor: Mentor, language: str = "en", form: Questionnaire | None = None
) -> list[Likeness]:
    """The SHOWN_KINDS archetypes the mentor is most like, most alike first (ties by id), each with up to three
    reasons: needs both help with well, then ways both work firmly alike. `form`: the shipped mentor questionnaire
    unless given."""
    kind = mentor_kind(form or mentor_form(), mentor)
    dims = {d.id: d for q in content.questionnaires for d in q.dimensions}
    found = []
    for arch in content.archetypes.archetypes:
        name = translate(arch.name, language)
        found.append(Likeness(arch.id, name, likeness(kind, arch), _reasons(kind, arch, name, dims, language)))
    return sorted(found, key=lambda x: (-x.percent, x.archetype))[:SHOWN_KINDS]


def _reasons(kind: Archetype, arch: Archetype, name: str, dims: dict, language: str) -> list[str]:
    values = {"a_name": a_or_an(name, language)}
    lines = []
    for need, strength in sorted(kind.serves.items(), key=lambda item: (-item[1], item[0])):
        if strength >= 2 and arch.serves.get(need, 0) >= 2:
            label = translate(dims[need].label, language).lower()
            lines.append(_("Like %(a_name)s, you can help with %(need)s.", language) % {**values, "need": label})
    for dim_id, mine in sorted(kind.targets.items()):
        theirs, dim = arch.targets.get(dim_id), dims.get(dim_id)
        if theirs is None or dim is None or dim.group not in POLE_GROUPS or dim_id in NOT_SAID:
            continue
        if abs(mine - theirs) <= CLOSE and (min(mine, theirs) >= 100 - FIRM_END or max(mine, theirs) <= FIRM_END):
            pole = translate(dim.high if mine >= 50 else dim.low, language)
            lines.append(_("Like %(a_name)s, you lean towards %(pole)s.", language) % {**values, "pole": pole})
    return lines[:3]

"""A participant's shortlist of real mentors (issue 22): percents by hand, must-haves as filters, the same words."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorfinder.answers.mentor import Mentor, mentor_from_answers, sample_mentors
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.matching.mentor_fit import fit_matrix
from mentorfinder.matching.mentors import kinds_of, participant_of, rank_mentors
from mentorfinder.matching.model import DEFAULT_WEIGHTS
from mentorfinder.matching.shortlist import excluded_reason, match_one

BASE = {"advice_style": "offer_options", "next_steps": 3, "push": 3, "commitment_length": "about_a_year",
        "one_off_too": "no", "reply_time": "couple_of_days", "mentees": 1, "career_stage": "senior",
        "mentee_background": "related_field", "learn_too": 3}  # fmt: skip
# Needs from the ranking alone: skills 15 of 15 points (100%), networking 10 (66.7%), guidance 5 (33.3%), others 0;
# how often: every week, 4 of 0..4 (frequency 100%); only in person: a must-have. No other dimension is answered.
PERSON = {
    "goals": {"needs_rank": ["skills", "networking", "guidance"]},
    "availability": {"meeting_mode": "only_in_person", "how_often": "weekly"},
}


def roster() -> list[Mentor]:
    form = mentor_form()
    ana = {**BASE, "helps_with": ["skills", "networking", "guidance", "confidence"], "how_often": "weekly",
           "meeting_mode": "either_way"}  # fmt: skip
    ben = {**BASE, "helps_with": ["confidence", "advancement", "skills", "guidance"], "how_often": "monthly",
           "meeting_mode": "only_in_person"}  # fmt: skip
    cy = {**BASE, "helps_with": ["skills", "networking", "guidance", "confidence"], "how_often": "weekly",
          "meeting_mode": "only_online"}  # fmt: skip
    return [
        mentor_from_answers(form, "M2", "Ben Okafor", True, "ben@example.org", ben),
        mentor_from_answers(form, "M1", "Ana García", True, "ana@example.org", ana),
        mentor_from_answers(form, "M3", "Cy Novak", False, "cy@example.org", cy),
    ]


def test_a_small_roster_ranks_exactly_as_computed_by_hand(shipped):
    listed = rank_mentors(shipped, PERSON, roster())
    # Ana serves skills 3, networking 2, guidance 2: needs = (100×3 + 66.7×2 + 33.3×2) / 3 / 200 × 100 = 83.33;
    # every week and her every week: agreement 1, availability 100; style and fit unanswered, so left out:
    # (83.33×45 + 100×15) / 60 = 87.5. Ben serves skills 2, guidance 1: needs (100×2 + 33.3) / 600 × 100 = 38.88;
    # his once a month is 37.5%, a lean of −0.42 against the person's 1, counted twice: 50 − 50×0.83 = 8.33;
    # (38.88×45 + 8.33×15) / 60 = 31.2.
    assert [(m.mentor, m.name, m.percent, m.label) for m in listed.matches] == [
        ("M1", "Ana García", 87.5, "best"),
        ("M2", "Ben Okafor", 31.2, "less"),
    ]
    assert [(e.mentor, e.name, e.reason) for e in listed.excluded] == [
        ("M3", "Mentor M3", "You chose ‘Only in person’, so you need a mentor who can meet in person; "
                            "Mentor M3 usually meets online."),
    ]  # fmt: skip
    assert listed.matches[0].why == (
        "For what you most want help with, you put ‘Learning new skills or sharpening existing ones’ first, "
        "and Ana García helps a lot with that.",
        "For what you most want help with, you put ‘Meeting the right people and growing my network’ second, "
        "and Ana García helps with that.",
        "For how often to talk, you chose ‘Every week’, which suits Ana García.",
    )
    # Ben serves the top need (skills) well, so no weak-need caveat; his 37.5% is no firm end (docs/matching.md §5)
    assert (listed.matches[1].why[0], listed.matches[1].caveats) == (
        "For what you most want help with, you put ‘Learning new skills or sharpening existing ones’ first, "
        "and Ben Okafor helps with that.",
        (),
    )


def test_the_shortlist_speaks_spanish(shipped):
    listed = rank_mentors(shipped, PERSON, roster(), language="es")
    assert listed.excluded[0].reason == (
        "Elegiste «Solo en persona», así que necesitas un mentor que pueda reunirse en persona; "
        "Mentor M3 suele reunirse en línea."
    )
    assert (
        listed.matches[0].why[2]
        == "En cuanto a la frecuencia de las charlas, elegiste «Cada semana», algo que encaja con Ana García."
    )


@settings(max_examples=15, deadline=None)
@given(person=st.integers(0, 10_000), seed=st.integers(0, 10_000))
def test_the_fit_matrix_is_the_models_own_percent_and_must_haves_always_filter(shipped, person, seed):
    answers = sample_answers(list(shipped.questionnaires), person)
    mentors = sample_mentors(mentor_form(), 12, seed)
    who, kinds = participant_of(shipped, answers), kinds_of(mentors)
    fit = fit_matrix([who.profile], [who.constraints], kinds, DEFAULT_WEIGHTS)
    for m, kind in enumerate(kinds):
        one = match_one(who.profile, kind, DEFAULT_WEIGHTS, [])
        assert abs(round(float(fit.percent[0, m]), 1) - one.percent) <= 0.1
        assert bool(fit.allowed[0, m]) == (excluded_reason(kind, shipped.archetypes, who.constraints) is None)
    listed = rank_mentors(shipped, answers, mentors, explain=3)
    kept = {m.mentor for m in listed.matches}
    for mentor, kind in zip(mentors, kinds, strict=True):
        reason = excluded_reason(kind, shipped.archetypes, who.constraints)
        assert (mentor.id in kept) == (reason is None)
    assert [m.percent for m in listed.matches] == sorted((m.percent for m in listed.matches), reverse=True)
    assert all(m.why or m.caveats for m in listed.matches[:3])


def test_a_real_mentors_firm_way_is_said_of_mentoring_with_them_not_of_a_kind(shipped):
    # Every two or three months is frequency 0%, a firm end; the person chose every week: a real conflict
    ben = {**BASE, "helps_with": ["skills", "networking", "guidance", "confidence"], "how_often": "every_few_months",
           "meeting_mode": "either_way"}  # fmt: skip
    mentor = mentor_from_answers(mentor_form(), "M2", "Ben Okafor", True, "ben@example.org", ben)
    listed = rank_mentors(shipped, PERSON, [mentor])
    assert listed.matches[0].caveats == (
        "Mentoring with Ben Okafor means talks only now and then, but for how often to talk, you chose ‘Every week’.",
    )
    spanish = rank_mentors(shipped, PERSON, [mentor], language="es").matches[0].caveats
    assert spanish == (
        "Con Ben Okafor hay charlas solo de vez en cuando, pero en cuanto a la frecuencia de las charlas, elegiste "
        "«Cada semana».",
    )

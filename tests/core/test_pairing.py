"""The coordinator's pairing and the featured spread (issue 22): optimal against brute force, within capacity,
never against a must-have or below the floor, and each person left over told why."""

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorfinder.answers.mentor import Mentor, mentor_from_answers, sample_mentors
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.matching.mentors import kinds_of, participant_of
from mentorfinder.matching.pairing import assign, featured, pair
from tests.core.test_mentor_ranking import BASE, PERSON


@st.composite
def cases(draw):
    people, mentors = draw(st.integers(1, 5)), draw(st.integers(1, 3))
    fit = draw(st.lists(st.integers(0, 1000), min_size=people * mentors, max_size=people * mentors))
    allowed = draw(st.lists(st.booleans(), min_size=people * mentors, max_size=people * mentors))
    capacity = draw(st.lists(st.integers(0, 2), min_size=mentors, max_size=mentors))
    shape = (people, mentors)
    return np.array(fit, dtype=float).reshape(shape) / 10, np.array(allowed).reshape(shape), capacity


def brute_force(fit, allowed, capacity) -> tuple[int, float]:
    """The best (pairs, total fit) over every way to give each person a mentor or none."""
    best = (0, 0.0)
    people, mentors = fit.shape
    for choice in itertools.product([None, *range(mentors)], repeat=people):
        if any(m is not None and not allowed[p, m] for p, m in enumerate(choice)):
            continue
        if any(sum(m == j for m in choice) > capacity[j] for j in range(mentors)):
            continue
        chosen = [(p, m) for p, m in enumerate(choice) if m is not None]
        best = max(best, (len(chosen), round(sum(fit[p, m] for p, m in chosen), 6)))
    return best


@settings(max_examples=300, deadline=None)
@given(cases())
def test_the_assignment_is_optimal_against_brute_force(case):
    fit, allowed, capacity = case
    chosen = assign(fit, allowed, capacity)
    assert all(allowed[p, m] for p, m in chosen.items())
    assert all(list(chosen.values()).count(j) <= capacity[j] for j in range(len(capacity)))
    assert (len(chosen), round(sum(fit[p, m] for p, m in chosen.items()), 6)) == brute_force(fit, allowed, capacity)


def test_no_one_is_left_unpaired_for_a_better_total():
    # Two people, one mentor with two places... and one with one: the best total alone would leave B unpaired
    fit = np.array([[90.0, 80.0], [85.0, 0.0]])
    allowed = np.array([[True, True], [True, False]])
    assert assign(fit, allowed, [1, 1]) == {0: 1, 1: 0}


@settings(max_examples=12, deadline=None)
@given(
    seed=st.integers(0, 10_000), people=st.integers(1, 8), mentors=st.integers(1, 4), floor=st.sampled_from([0, 40, 55])
)
def test_pairs_keep_capacity_must_haves_and_the_floor(shipped, seed, people, mentors, floor):
    form = mentor_form()
    roster = sample_mentors(form, mentors, seed)
    answers = {f"p{i}.json": sample_answers(list(shipped.questionnaires), seed + i) for i in range(people)}
    result = pair(shipped, answers, roster, floor)
    assert sorted([p.participant for p in result.pairs] + [u.participant for u in result.unpaired]) == sorted(answers)
    by_id = {m.id: m for m in roster}
    kinds = dict(zip(by_id, kinds_of(roster, form), strict=True))
    for mentor in roster:
        assert sum(p.mentor == mentor.id for p in result.pairs) <= mentor.capacity
    for p in result.pairs:
        who = participant_of(shipped, answers[p.participant])
        offered = kinds[p.mentor].attributes
        assert all(set(offered[c.attribute]) & set(c.values) for c in who.constraints)
        assert p.match.percent >= floor and p.match.why + p.match.caveats
    spread = featured(shipped, answers, roster)
    for mentor in roster:
        assert list(spread.values()).count(mentor.id) <= mentor.capacity


def small_roster() -> list[Mentor]:
    form = mentor_form()
    ana = {**BASE, "helps_with": ["skills", "networking", "guidance", "confidence"], "how_often": "weekly",
           "meeting_mode": "either_way"}  # fmt: skip
    ben = {**BASE, "helps_with": ["confidence", "advancement", "skills", "guidance"], "how_often": "monthly",
           "meeting_mode": "only_in_person"}  # fmt: skip
    return [
        mentor_from_answers(form, "M1", "Ana García", True, "ana@example.org", ana),
        mentor_from_answers(form, "M2", "Ben Okafor", True, "ben@example.org", ben),
    ]


def roster_with_cleo() -> list[Mentor]:
    """small_roster and Cleo (one place), who fits PERSON at 56.3: "fair", below Ana's 87.5, above Ben's 31.2."""
    cleo = {**BASE, "helps_with": ["skills", "networking", "confidence", "advancement"], "how_often": "monthly",
            "meeting_mode": "only_in_person"}  # fmt: skip
    return [*small_roster(), mentor_from_answers(mentor_form(), "M4", "Cleo Park", True, "cleo@example.org", cleo)]


ONLINE = {"goals": {"needs_rank": ["skills", "networking", "guidance"]},
          "availability": {"meeting_mode": "only_online", "commitment_length": "one_or_two_talks"}}  # fmt: skip


def test_each_unpaired_person_is_told_why(shipped):
    # Ana fits PERSON at 87.5 and Ben at 31.2 (test_mentor_ranking); each takes one. A second such person finds Ana
    # full; with a floor of 40 Ben is too low. ONLINE needs online one-off talks, which neither offers.
    people = {"a.json": PERSON, "b.json": PERSON, "c.json": ONLINE}
    result = pair(shipped, people, small_roster(), floor=40)
    assert [(p.participant, p.mentor, p.match.percent) for p in result.pairs] == [("a.json", "M1", 87.5)]
    assert [(u.participant, u.reason) for u in result.unpaired] == [
        ("b.json", "Every mentor who fits them at 40% or more is full."),
        ("c.json", "No mentor meets their must-haves: ‘Only online’ and ‘Only a single conversation or two’."),
    ]
    low = pair(shipped, {"b.json": PERSON}, small_roster()[1:], floor=40)
    assert [u.reason for u in low.unpaired] == ["No mentor fits them at 40% or more; the best fits 31.2%."]
    spanish = pair(shipped, {"b.json": PERSON}, small_roster()[1:], floor=40, language="es")
    assert [u.reason for u in spanish.unpaired] == [
        "Ningún mentor encaja con esta persona al 40\u00a0% o más; el mejor encaja al 31,2\u00a0%."
    ]
    assert [u.reason for u in pair(shipped, {"a.json": PERSON}, []).unpaired] == ["The roster has no mentors."]


def test_without_a_floor_everyone_is_paired_while_places_remain(shipped):
    result = pair(shipped, {"a.json": PERSON, "b.json": PERSON}, small_roster())
    # two alike people, Ana and Ben one place each: either way round is optimal, 87.5 + 31.2
    assert sorted(p.mentor for p in result.pairs) == ["M1", "M2"]
    assert result.total == 118.7 and result.unpaired == []


def test_the_featured_first_suggestion_is_spread_within_capacity(shipped):
    # Everyone's first choice is Ana (one place): she is featured once, the second person is shown Cleo first
    spread = featured(shipped, {"a.json": PERSON, "b.json": PERSON, "c.json": PERSON}, roster_with_cleo())
    assert sorted(map(str, spread.values())) == ["M1", "M4", "None"]


def test_a_less_suited_mentor_is_never_suggested_first(shipped):
    # Ben fits PERSON at 31.2, under the 40 of "less suited": with Ana's and Cleo's places gone, the third person
    # is featured no one rather than Ben, and Ben alone is featured to nobody.
    people = {"a.json": PERSON, "b.json": PERSON, "c.json": PERSON}
    assert "M2" not in featured(shipped, people, roster_with_cleo()).values()
    assert featured(shipped, {"a.json": PERSON}, small_roster()[1:]) == {"a.json": None}


def test_a_request_is_refused_for_a_full_mentor_or_one_a_must_have_rules_out(shipped):
    from mentorfinder.matching.mentors import rank_mentors
    from mentorfinder.matching.pairing import request_refusal
    from tests.core.test_mentor_ranking import roster

    mentors = {m.id: m for m in roster()}  # M1 Ana (one place), M2 Ben, M3 online only (name hidden)
    listed = rank_mentors(shipped, PERSON, list(mentors.values()))
    assert request_refusal(mentors["M1"], 0, listed) is None
    assert request_refusal(mentors["M1"], 1, listed) == (
        "Ana García has no place left; choose another mentor from your shortlist."
    )
    assert request_refusal(mentors["M3"], 0, listed) == listed.excluded[0].reason
    assert request_refusal(mentors["M1"], 1, listed, "es") == (
        "Ana García no tiene plazas libres; elige otro mentor de tu lista."
    )


def test_places_already_requested_are_not_featured_again(shipped):
    spread = featured(shipped, {"a.json": PERSON, "b.json": PERSON}, roster_with_cleo(), taken={"M1": 1})
    assert sorted(map(str, spread.values())) == ["M4", "None"]

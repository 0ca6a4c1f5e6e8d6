"""The room's aggregate, computed by hand: counts per kind and per third, small cells held back, the typical network."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorfinder.workshop import MIN_SHARED, SMALL_CELL, Breakdown, SharedResult, StoredShare
from mentorfinder.workshop.group import breakdown, typical_network
from mentorfinder.workshop.shared import stored, third

GROUPS = {"guidance": "needs", "skills": "needs", "directness": "style", "horizon": "availability", "trust": "fit"}


def share(dims: dict[str, float], top3: list[str], network: list[str]) -> StoredShare:
    return stored(SharedResult(dims, top3, network, {k: GROUPS[k] for k in dims}))


ANNA = share(
    {"guidance": 20.0, "skills": 50.0, "directness": 10.0, "trust": 80.0},
    ["sponsor", "connector"],
    ["connector", "sponsor"],
)
BEN = share(
    {"guidance": 40.0, "skills": 70.0, "directness": 40.0, "trust": 20.0},
    ["connector", "sponsor"],
    ["sponsor", "connector"],
)
CARA = share(
    {"guidance": 90.0, "skills": 60.0, "directness": 5.0, "horizon": 30.0}, ["sponsor"], ["sponsor", "skills_coach"]
)
DAN = share(
    {"guidance": 25.0, "skills": 55.0, "directness": 30.0, "horizon": 99.0},
    ["sponsor", "connector"],
    ["connector", "sponsor"],
)


def test_fewer_than_three_shared_results_give_no_breakdown():
    assert (MIN_SHARED, SMALL_CELL) == (3, 3)
    assert breakdown([]) is None
    assert breakdown([ANNA, BEN]) is None


def test_thirds_are_cut_at_a_third_and_two_thirds_of_the_scale():
    assert [third(p) for p in (0.0, 33.3, 33.4, 66.6, 66.7, 100.0)] == [0, 0, 1, 1, 2, 2]


def test_the_stored_share_keeps_thirds_of_needs_style_and_time_only():
    assert ANNA == StoredShare(
        thirds={"guidance": 0, "skills": 1, "directness": 0},  # trust is a fit dimension: not stored
        groups={"guidance": "needs", "skills": "needs", "directness": "style"},
        top3=["sponsor", "connector"],
        network=["connector", "sponsor"],
    )


def test_four_shared_results_give_the_hand_computed_counts_and_hold_back_small_cells():
    assert breakdown([ANNA, BEN, CARA, DAN]) == Breakdown(
        shared=4,
        top_archetypes=[("sponsor", 3)],  # connector was first once: not listed
        top3_archetypes=[("connector", 3), ("sponsor", 4)][::-1],
        # guidance 20, 40, 90, 25 -> low 2, middle 1, high 1: held back; skills 50, 70, 60, 55 -> middle 3, high 1
        needs={},
        # directness 10, 40, 5, 30 -> low 3, middle 1: held back; horizon 30, 99 -> one in each: held back
        spread={},
        withheld=["directness", "guidance", "horizon", "skills"],
        typical_network=["connector", "sponsor"],  # three people have it
    )
    more = [share({"directness": d}, [], []) for d in (35.0, 50.0)]
    six = breakdown([ANNA, BEN, CARA, DAN, *more])
    assert (six.needs, six.spread) == ({}, {"directness": (3, 3, 0)})  # 10, 5, 30 low; 40, 35, 50 middle
    same = breakdown([ANNA, DAN, CARA, DAN, DAN, DAN])
    assert same.needs == {"skills": (0, 6, 0)}  # guidance 20, 25, 90, 25, 25, 25: high 1, held back
    assert same.spread == {"directness": (6, 0, 0)} and same.withheld == ["guidance", "horizon"]


def test_typical_network_ties_go_to_the_members_most_people_have_then_to_ids():
    # each network once; b is in two networks and a in two: (a, b) covers 4 people's members, the others 3
    assert typical_network([["a", "c"], ["b", "a"], ["d", "b"]]) == ["a", "b"]
    # same count and same coverage: the first by ids
    assert typical_network([["c", "d"], ["a", "b"]]) == ["a", "b"]
    assert typical_network([["x"], ["x"], ["a", "b"]]) == ["x"]  # the most common wins over the bigger one
    assert typical_network([[], []]) == []


def test_results_without_a_top_match_count_nowhere_in_the_top_lists():
    empty = share({"skills": 40.0}, [], [])
    got = breakdown([empty, empty, DAN, DAN])
    assert (got.top_archetypes, got.top3_archetypes) == ([], [])  # sponsor and connector twice: fewer than 3
    assert (got.needs, got.typical_network) == ({"skills": (0, 4, 0)}, [])  # 40, 40, 55, 55: all middle


GROUPS_SHOWN = ("needs", "style", "availability")


def test_from_result_keeps_scored_percents_the_top_three_and_the_network_only(shipped):
    from mentorfinder.answers.sample import sample_answers
    from mentorfinder.evaluate import evaluate

    answers = sample_answers(list(shipped.questionnaires), seed=3)
    skipped = shipped.questionnaires[-1]
    answers[skipped.id] = {}  # a whole questionnaire left out: its dimensions are not scored, so not shared
    result = evaluate(shipped, answers)
    shared = SharedResult.from_result(result)
    scored = {d.id for d in result.profile.values() if d.items}
    assert set(shared.dimensions) == scored and not scored & {d.id for d in skipped.dimensions}
    assert shared.dimensions == {d: result.profile[d].percent for d in scored}
    assert shared.groups == {d: result.profile[d].group for d in scored}
    assert shared.top3 == [m.archetype for m in result.shortlist[:3]] and len(shared.top3) == 3
    assert shared.network == [n.archetype for n in result.network] and len(shared.network) >= 2
    assert set(shared.to_json()) == {"dimensions", "groups", "top3", "network"}
    assert SharedResult.from_json(shared.to_json()) == shared
    kept = stored(shared)
    assert kept.thirds == {d: third(p) for d, p in shared.dimensions.items() if shared.groups[d] in GROUPS_SHOWN}
    assert StoredShare.from_json(kept.to_json()) == kept


ARCHETYPES = st.sampled_from(["sponsor", "connector", "challenger", "skills_coach", "flash_mentor"])
PERCENT = st.integers(0, 1000).map(lambda tenths: tenths / 10)
SHARED = st.builds(
    lambda needs, style, top, network: share({"guidance": needs, "directness": style}, top, network),
    PERCENT,
    PERCENT,
    st.lists(ARCHETYPES, max_size=3, unique=True),
    st.lists(ARCHETYPES, max_size=3, unique=True),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(SHARED, min_size=3, max_size=12), st.randoms())
def test_no_count_of_one_or_two_people_is_shown_or_left_to_subtract(results, rng):
    got = breakdown(results)
    shuffled = list(results)
    rng.shuffle(shuffled)
    assert breakdown(shuffled) == got  # who shared first changes nothing
    for counts in [*got.needs.values(), *got.spread.values()]:
        assert sum(counts) == len(results)  # a drawn dimension is whole: nothing is left to work out
        assert all(n == 0 or n >= SMALL_CELL for n in counts)
    listed = [n for _, n in [*got.top_archetypes, *got.top3_archetypes]]
    assert all(n >= SMALL_CELL for n in listed)
    for dim in ("guidance", "directness"):
        assert (dim in got.withheld) != (dim in {**got.needs, **got.spread})
    if got.typical_network:
        assert sum(sorted(r.network) == got.typical_network for r in results) >= SMALL_CELL

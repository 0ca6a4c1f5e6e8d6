"""The room's aggregate, computed by hand: counts, means, quartiles, the typical network, the fewer-than-3 rule."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorfinder.workshop import MIN_SHARED, Breakdown, SharedResult
from mentorfinder.workshop.group import breakdown, quartiles, typical_network

GROUPS = {"guidance": "needs", "skills": "needs", "directness": "style", "horizon": "availability", "trust": "fit"}

ANNA = SharedResult(
    dimensions={"guidance": 20.0, "skills": 50.0, "directness": 10.0, "trust": 80.0},
    top3=["sponsor", "connector", "skills_coach"],
    network=["connector", "sponsor"],
    groups={k: GROUPS[k] for k in ("guidance", "skills", "directness", "trust")},
)
BEN = SharedResult(
    dimensions={"guidance": 40.0, "skills": 70.0, "directness": 40.0, "trust": 20.0},
    top3=["connector", "sponsor", "challenger"],
    network=["sponsor", "connector"],  # the same network as Anna's, in another order
    groups={k: GROUPS[k] for k in ("guidance", "skills", "directness", "trust")},
)
CARA = SharedResult(
    dimensions={"guidance": 90.0, "skills": 60.0, "directness": 70.0, "horizon": 30.0, "trust": 50.0},
    top3=["sponsor", "skills_coach"],
    network=["sponsor", "skills_coach", "flash_mentor"],
    groups=dict(GROUPS),
)


def test_fewer_than_three_shared_results_give_no_breakdown():
    assert MIN_SHARED == 3
    assert breakdown([]) is None
    assert breakdown([ANNA, BEN]) is None


def test_three_shared_results_give_the_hand_computed_breakdown():
    assert breakdown([ANNA, BEN, CARA]) == Breakdown(
        top_archetypes=[("sponsor", 2), ("connector", 1)],
        top3_archetypes=[("sponsor", 3), ("connector", 2), ("skills_coach", 2), ("challenger", 1)],
        # guidance (20 + 40 + 90) / 3, skills (50 + 70 + 60) / 3; fit dimensions are not part of it
        needs={"guidance": 50.0, "skills": 60.0},
        # [10, 40, 70]: quartiles half-way between neighbours; horizon has one value only, so it stays out
        spread={"directness": (25.0, 40.0, 55.0)},
        typical_network=["connector", "sponsor"],
    )


def test_means_and_quartiles_round_to_one_decimal():
    assert quartiles([10.0, 20.0, 25.0, 100.0]) == (17.5, 22.5, 43.8)  # 43.75 -> 43.8
    results = [SharedResult({"skills": v}, [], [], {"skills": "needs"}) for v in (10.0, 10.0, 15.0)]
    assert breakdown(results).needs == {"skills": 11.7}  # 35 / 3 = 11.666...


def test_typical_network_ties_go_to_the_members_most_people_have_then_to_ids():
    # each network once; b is in two networks and a in two: (a, b) covers 4 people's members, the others 3
    assert typical_network([["a", "c"], ["b", "a"], ["d", "b"]]) == ["a", "b"]
    # same count and same coverage: the first by ids
    assert typical_network([["c", "d"], ["a", "b"]]) == ["a", "b"]
    assert typical_network([["x"], ["x"], ["a", "b"]]) == ["x"]  # the most common wins over the bigger one
    assert typical_network([[], []]) == []


def test_results_without_a_top_match_count_nowhere_in_the_top_lists():
    empty = SharedResult({"skills": 30.0}, [], [], {"skills": "needs"})
    got = breakdown([empty, empty, ANNA])
    assert (got.top_archetypes, got.top3_archetypes) == (
        [("sponsor", 1)],
        [("connector", 1), ("skills_coach", 1), ("sponsor", 1)],
    )
    assert (got.needs, got.typical_network) == ({"skills": 36.7}, ["connector", "sponsor"])  # 110 / 3


def test_from_result_keeps_scored_percents_the_top_three_and_the_network_only(shipped):
    from mentorfinder.result import evaluate
    from mentorfinder.sample import sample_answers

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


PERCENT = st.floats(min_value=0, max_value=100, allow_nan=False).map(lambda v: round(v, 1))
ARCHETYPES = st.sampled_from(["sponsor", "connector", "challenger", "skills_coach", "flash_mentor"])
SHARED = st.builds(
    lambda needs, style, top, network: SharedResult(
        {"guidance": needs, "directness": style}, top, network, {"guidance": "needs", "directness": "style"}
    ),
    PERCENT,
    PERCENT,
    st.lists(ARCHETYPES, max_size=3, unique=True),
    st.lists(ARCHETYPES, max_size=3, unique=True),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(SHARED, min_size=3, max_size=12), st.randoms())
def test_the_breakdown_stays_within_what_people_shared_and_ignores_their_order(results, rng):
    got = breakdown(results)
    shuffled = list(results)
    rng.shuffle(shuffled)
    assert breakdown(shuffled) == got  # who shared first changes nothing
    needs = [r.dimensions["guidance"] for r in results]
    styles = [r.dimensions["directness"] for r in results]
    assert min(needs) - 0.05 <= got.needs["guidance"] <= max(needs) + 0.05
    low, median, high = got.spread["directness"]
    assert min(styles) <= low <= median <= high <= max(styles)
    assert sum(n for _, n in got.top_archetypes) == sum(1 for r in results if r.top3)
    assert sum(n for _, n in got.top3_archetypes) == sum(len(r.top3) for r in results)
    assert got.typical_network in [sorted(r.network) for r in results if r.network] or (
        got.typical_network == [] and not any(r.network for r in results)
    )

"""Matching on the mini fixture: literal percents, rankings, ties, filters, networks, weights and explanations.

Hand computation for PERSON (needs net 100, conf 50, skill 0; direct 50; freq 25), default weights
50/20/20 (fit absent, so the weights are renormalised over 90):
  Connector  needs (100*3/3 + 50*1/3)/150 = 77.8; style 100; availability 100 -> 87.7
  twins      needs (100*2/3 + 50*2/3)/150 = 66.7; style 100; availability 75  -> 75.9
  Cheerleader needs (100*1/3 + 50*3/3)/150 = 55.6; style 70; availability 75  -> 63.1
  Coach      needs (50*1/3)/150 = 11.1;  style 70;  availability 50           -> 32.8
"""

from mentorfinder.matching import fit_label
from mentorfinder.result import evaluate

PERSON = {"want_net": 4, "want_conf": 2, "want_skill": 0, "direct": 50, "freq": 25, "mode": "any_way"}


def ranking(result):
    return [(m.archetype, m.percent, m.label) for m in result.shortlist]


def test_ranking_percent_and_labels(mini_content):
    result = evaluate(mini_content, {"mini": PERSON})
    assert ranking(result) == [
        ("connector", 87.7, "best"),
        ("twin_a", 75.9, "great"),
        ("twin_b", 75.9, "great"),
        ("cheerleader", 63.1, "good"),
        ("coach", 32.8, "fair"),
    ]
    assert result.shortlist[0].components == {"needs": 77.8, "style": 100.0, "availability": 100.0}


def test_tie_breaks_by_needs_then_name(mini_content):
    # The twins are identical; "Alpha twin" sorts before "Beta twin" although twin_b comes first in the file.
    names = [m.name for m in evaluate(mini_content, {"mini": PERSON}).shortlist]
    assert names.index("Alpha twin") == names.index("Beta twin") - 1


def test_must_have_filters_and_says_why(mini_content):
    result = evaluate(mini_content, {"mini": PERSON | {"mode": "online_only"}})
    assert [m.archetype for m in result.shortlist] == ["connector", "twin_a", "twin_b", "cheerleader"]
    assert [(e.archetype, e.reason) for e in result.excluded] == [
        ("coach", "You said ‘Only online’, so you need a mentor who can meet online; a Coach usually meets in person.")
    ]


def test_why_names_dimensions_and_answers(mini_content):
    top = evaluate(mini_content, {"mini": PERSON}).shortlist[0]
    assert top.why == [
        "Networking matters to you (100%) — you answered ‘Very much’ to “Meet people” — and a Connector serves it strongly.",
        "Availability: you prefer monthly meetings — you answered 25 to “How often?” — and a Connector usually works that way.",
    ]
    assert top.caveats == []
    # the same lines without the quoted answers, for the printed summary
    assert top.why_brief == [
        "Networking matters to you (100%), and a Connector serves it strongly.",
        "Availability: you prefer monthly meetings, and a Connector usually works that way.",
    ]


def test_caveats_name_real_mismatches_only(mini_content):
    coach = evaluate(mini_content, {"mini": PERSON}).shortlist[-1]
    assert coach.caveats == [
        "Availability: a Coach usually offers weekly meetings; you asked for monthly meetings "
        "(you answered 25 to “How often?”).",
        "Needs: Networking is your strongest need, and a Coach does little for it — "
        "the mentoring network pairs it with another kind of mentor.",
    ]
    assert (
        coach.caveats_brief[0]
        == "Availability: a Coach usually offers weekly meetings; you asked for monthly meetings."
    )
    # Directness 50 vs the Coach's 80 is a gap of 30: not a real mismatch, so no style caveat.
    assert not any(c.startswith("Style") for c in coach.caveats)


def test_network_covers_top_needs_with_complementary_archetypes(mini_content):
    network = evaluate(mini_content, {"mini": PERSON}).network
    assert [(n.archetype, n.covers) for n in network] == [("connector", ["net"]), ("cheerleader", ["conf"])]


def test_network_uses_three_when_three_needs_are_high(mini_content):
    person = PERSON | {"want_skill": 4}
    result = evaluate(mini_content, {"mini": person})
    # Members are listed in shortlist order: with skills at 100% the Coach now ranks above the Cheerleader.
    assert [(n.archetype, n.covers) for n in result.network] == [
        ("connector", ["net"]),
        ("coach", ["skill"]),
        ("cheerleader", ["conf"]),
    ]
    assert [n.cover_labels for n in result.network] == [["Networking"], ["Skills"], ["Confidence"]]


def test_weights_change_the_ranking(mini_content):
    # Style and availability only: the twins (100, 75) and Connector (100, 100) keep their order,
    # but the Cheerleader (70, 75 -> 72.5) now beats the Coach (70, 50 -> 60) by more.
    result = evaluate(mini_content, {"mini": PERSON}, {"needs": 0, "style": 50, "availability": 50, "fit": 0})
    assert ranking(result) == [
        ("connector", 100.0, "best"),
        ("twin_a", 87.5, "best"),
        ("twin_b", 87.5, "best"),
        ("cheerleader", 72.5, "great"),
        ("coach", 60.0, "good"),
    ]
    # With needs weighted 0, no need appears in why.
    assert all(not line.startswith("Networking") for m in result.shortlist for line in m.why)


def test_same_answers_same_result(mini_content):
    first = evaluate(mini_content, {"mini": PERSON}).to_json()
    assert all(evaluate(mini_content, {"mini": dict(PERSON)}).to_json() == first for _ in range(5))


def test_fit_label_thresholds():
    assert [fit_label(p) for p in (100, 80, 79.9, 65, 64.9, 50, 49.9, 0)] == [
        "best", "best", "great", "great", "good", "good", "fair", "fair",
    ]  # fmt: skip

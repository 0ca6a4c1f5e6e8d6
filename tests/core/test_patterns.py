"""Issue 18's classes of people, over 1,000 random answer sets: what an adviser states outright holds for all of them.

Each test picks the random sets that belong to a class (want a regular relationship, are students, asked for
reassurance, chose a different background …) and checks the adviser's rule for every one of them. Before the fit
rules each failed on a share of its class (the shares are in the issue and in each test's comment).
"""

from functools import cache

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.archetypes import SERVES_WELL
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.matching.model import worth_considering
from mentorfinder.matching.network import top_needs

CONTENT = load_content()
QUESTIONNAIRES = list(CONTENT.questionnaires)
SETS = range(1000)
ONE_OFF = {"flash_mentor", "shadowing_host"}
INSIDERS = {"industry_veteran", "workplace_mentor", "shadowing_host"}


@cache
def case(seed):
    # the rules below read the ranking, the network and the tips, not the why and caveats: left unworded
    answers = sample_answers(QUESTIONNAIRES, seed)
    return answers, evaluate(CONTENT, answers, explain=False)


def top3(result):
    return [m.archetype for m in worth_considering(result.shortlist)[:3]]


def members(result):
    return {m.archetype for m in result.network}


def test_a_regular_relationship_of_a_year_never_gets_a_one_off_kind_in_the_top_three():
    # before: 14.6% of such sets had a Flash or Shadowing mentor in the top three
    cases = [
        result
        for answers, result in map(case, SETS)
        if answers["availability"]["commitment_length"] in {"about_a_year", "open_ended"}
        and answers["availability"]["how_often"] in {"weekly", "fortnightly", "monthly"}
    ]
    assert len(cases) > 150
    assert [top3(r) for r in cases if ONE_OFF & set(top3(r))] == []


def test_no_sponsor_in_the_top_three_or_the_network_without_a_visible_record():
    # before: a Sponsor was in the top three for 30% of students, more often than for people who lead a team
    cases = [result for answers, result in map(case, SETS) if answers["goals"]["stage"] == "studying"]
    assert len(cases) > 120
    assert [r for r in cases if "sponsor" in top3(r) or "sponsor" in members(r)] == []


def test_a_returner_gets_a_sponsor_first_only_when_they_asked_for_a_step_up_or_a_sponsor():
    # A returner's record in their field stands (Hewlett & Luce), so the track-record rule leaves them out; a
    # sponsor still needs to be wanted: advancement ranked, or agreeing they want their name put forward.
    cases = [(answers, result) for answers, result in map(case, SETS) if answers["goals"]["stage"] == "returning"]
    assert len(cases) > 120
    sponsored = [answers["goals"] for answers, result in cases if "sponsor" in top3(result)]
    assert sponsored, "a returner who asks for a sponsor can be offered one"
    assert [g for g in sponsored if "advancement" not in g["needs_rank"] and g["sponsor_wanted"] < 4] == []


def test_a_changer_into_another_field_gets_no_sponsor_in_the_network():
    cases = [
        result
        for answers, result in map(case, SETS)
        if answers["goals"]["stage"] == "changing" and answers["goals"].get("change_distance") != "new_role_same_field"
    ]
    assert len(cases) > 80
    assert [members(r) for r in cases if "sponsor" in members(r)] == []


def test_who_needs_reassurance_first_never_gets_the_challenger_above_the_confidence_builder():
    # before: a Straight-talking challenger could be #1 for someone who agreed they need reassurance more than critique
    cases = [result for answers, result in map(case, SETS) if answers["communication"]["reassurance_first"] >= 4]
    assert len(cases) > 300
    wrong = []
    for result in cases:
        order = [m.archetype for m in result.shortlist]
        if "challenger" in order and order.index("challenger") < order.index("confidence_builder"):
            wrong.append(order[:3])
    assert wrong == []


def test_a_chosen_different_background_puts_the_outsider_above_every_insider_and_no_insider_in_the_network():
    # before: the choice barely moved the Cross-field outsider, and the network added an insider against it
    cases = [result for answers, result in map(case, SETS) if answers["fit"]["field_preference"] == "different_field"]
    assert len(cases) > 250
    wrong = []
    for result in cases:
        order = [m.archetype for m in result.shortlist]
        insiders = [order.index(k) for k in INSIDERS if k in order]
        if "cross_field_outsider" in order and insiders and order.index("cross_field_outsider") > min(insiders):
            wrong.append(order)
        if INSIDERS & members(result):
            wrong.append(sorted(members(result)))
    assert wrong == []


def test_the_first_match_is_in_the_network_unless_a_stated_reason_says_otherwise():
    # before: the #1 was left out of the network in 13.6% of sets without a word
    left_out = []
    for _, result in map(case, SETS):
        first = result.shortlist[0]
        if first.archetype in members(result):
            assert result.network_note == ""
            continue
        assert result.network_note.startswith(f"{first.name} ranks first")  # always said
        serves = CONTENT.archetype(first.archetype).serves
        needs = top_needs(result.profile)
        covers_a_top_need = any(serves.get(n, 0) >= SERVES_WELL for n in needs)
        # the only other reason: no network with it covers the first need, and this one does
        first_need_covered = needs[0] in {n for m in result.network for n in m.covers}
        assert not covers_a_top_need or first_need_covered, (first.archetype, needs)
        left_out.append(first.archetype)
    assert len(left_out) <= 0.05 * len(SETS)


def test_the_network_covers_the_top_need_whenever_a_kind_left_in_serves_it_well():
    wrong = []
    for _, result in map(case, SETS):
        need = top_needs(result.profile)[0]
        available = [m for m in result.shortlist if CONTENT.archetype(m.archetype).serves.get(need, 0) >= SERVES_WELL]
        if available and need not in {n for m in result.network for n in m.covers}:
            wrong.append((need, [m.archetype for m in result.network]))
    assert wrong == []


def test_no_tip_suggests_a_kind_of_mentor_the_person_did_not_ask_for():
    # before: the mutual-benefit tip suggested a peer or reverse-mentoring relationship to someone who asked for a
    # mentor a few steps ahead; tips are about readiness, so none names a kind of mentor at all
    names = {a.id: str(a.name["en"]).lower() for a in CONTENT.archetypes.archetypes}
    kinds = set(names.values()) | {"peer", "reverse", "sponsor", "connector", "mentoring circle", "reverse-mentoring"}
    said = [
        (tip.dimension, word)
        for _, result in map(case, range(200))
        for tip in result.tips
        for word in kinds
        if word in tip.text.lower()
    ]
    assert said == []

"""Literal results of the shipped content for a hand-made person: an early-career learner who wants to be
kept on track, weekly, online only. Changing questionnaires or archetypes changes these on purpose."""

import json
from pathlib import Path

from mentorfinder.result import evaluate

ANSWERS = json.loads((Path(__file__).parent / "fixtures" / "accountability_online.json").read_text())["answers"]


def test_profile_needs(shipped):
    profile = evaluate(shipped, ANSWERS).profile
    needs = {d.id: d.percent for d in profile.values() if d.group == "needs"}
    assert needs == {
        "guidance": 16.7,
        "confidence": 25.0,
        "advancement": 6.2,
        "networking": 6.2,
        "skills": 83.3,
        "accountability": 100.0,
        "challenges": 0.0,
    }


def test_ranking_exclusions_network_and_tips(shipped):
    result = evaluate(shipped, ANSWERS)
    assert [(m.archetype, m.percent, m.label) for m in result.shortlist[:4]] == [
        ("skills_coach", 77.7, "great"),
        ("challenger", 74.3, "great"),
        ("accountability_partner", 70.6, "great"),
        ("peer_mentor", 62.1, "good"),
    ]
    assert [m.archetype for m in result.shortlist[-2:]] == ["connector", "sponsor"]
    assert [e.archetype for e in result.excluded] == ["workplace_mentor", "shadowing_host"]
    assert result.excluded[0].reason == (
        "You said ‘Only online’, so you need a mentor who can meet online; a Workplace mentor usually meets in person."
    )
    assert [(n.archetype, n.covers) for n in result.network] == [
        ("skills_coach", ["skills"]),
        ("challenger", ["accountability"]),
    ]
    assert [(t.dimension, t.kind) for t in result.tips] == [
        ("commitment", "strength"),
        ("initiative", "strength"),
        ("goal_clarity", "strength"),
        ("mutual_benefit", "strength"),
        ("feedback_openness", "strength"),
    ]


def test_why_cites_the_persons_own_answers(shipped):
    top = evaluate(shipped, ANSWERS).shortlist[0]
    assert top.why[1] == (
        "Accountability and motivation matters to you (100%) — you ranked ‘Staying motivated and on track with "
        "my goals’ 1st — and a Skills coach serves it well."
    )
    assert top.caveats == []


def test_weights_rerank(shipped):
    # Needs only: the percent is the needs component. The Skills coach and the Straight-talking challenger
    # tie at 72.2 and break the tie by name ("Skills…" before "Straight…").
    result = evaluate(shipped, ANSWERS, {"needs": 1, "style": 0, "availability": 0, "fit": 0})
    assert [(m.archetype, m.percent) for m in result.shortlist[:3]] == [
        ("skills_coach", 72.2),
        ("challenger", 72.2),
        ("accountability_partner", 63.2),
    ]


def test_plain_language_summary(shipped):
    from mentorfinder.summary import profile_summary

    assert profile_summary(evaluate(shipped, ANSWERS).profile) == [
        "Right now you most want a mentor for accountability and motivation, skills and knowledge and confidence.",
        "Navigating challenges matters least to you at the moment.",
        "In conversation you prefer structured, agenda-led sessions and hands-on, direct advice.",
        "For time, you are looking for quick replies between meetings.",
        "You are open to mentors from many backgrounds and levels.",
    ]

"""The mentor's side (issue 22): the mentor questionnaire, a mentor's kind on the same dimensions, and the archetypes
they are like."""

import pytest

from mentorfinder.answers.mentor import Mentor, mentor_from_answers, sample_mentors
from mentorfinder.content.load import QUESTIONNAIRES_DIR, load_content
from mentorfinder.content.mentor_form import MENTOR_FORM, load_mentor_form, mentor_form
from mentorfinder.i18n.texts import translation_problems
from mentorfinder.intake.problems import ContentError
from mentorfinder.scoring.mentor import likeness, mentor_kind, mentor_profile

ANSWERS = {
    "helps_with": ["guidance", "skills", "challenges", "networking"],
    "advice_style": "ask_questions",
    "next_steps": 5,
    "push": 1,
    "how_often": "monthly",
    "commitment_length": "few_months",
    "one_off_too": "yes",
    "reply_time": "couple_of_days",
    "mentees": 2,
    "meeting_mode": "either_way",
    "field": "Civil engineering",
    "career_stage": "senior",
    "mentee_background": "own_field",
    "learn_too": 4,
}


def ana(**changed) -> Mentor:
    return mentor_from_answers(mentor_form(), "A1", "Ana García", True, "ana@example.org", {**ANSWERS, **changed})


def test_the_mentor_questionnaire_is_not_one_the_participant_wizard_loads(shipped):
    assert MENTOR_FORM.parent.parent == QUESTIONNAIRES_DIR
    assert "mentor" not in [q.id for q in shipped.questionnaires]
    assert [q.id for q in load_content().questionnaires] == [
        "goals",
        "communication",
        "availability",
        "fit",
        "readiness",
    ]


def test_the_mentor_questionnaire_is_short_cited_and_in_both_languages(shipped):
    form = load_mentor_form(content=shipped)  # raises if a dimension is not the participants' own
    assert 10 <= len(form.questions()) <= 14
    assert len(form.source) == 3 and all(citation.strip() for citation in form.source)
    assert translation_problems(form, str(MENTOR_FORM), ["en", "es"]) == []


def test_a_dimension_outside_the_participants_space_is_refused(tmp_path, shipped):
    text = MENTOR_FORM.read_text(encoding="utf-8").replace(
        "{id: reciprocity, group: fit", "{id: reciprocity, group: style"
    )
    (tmp_path / "mentor.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_mentor_form(tmp_path / "mentor.yaml", shipped)
    assert [str(p) for p in err.value.problems] == [
        f"{tmp_path / 'mentor.yaml'}:1: dimension 'reciprocity' (group 'style') is not a participant dimension of that group"
    ]


def test_a_mentors_kind_is_scored_by_hand():
    kind = mentor_kind(mentor_form(), ana())
    # ranked 4 of 7, top 4: 4, 3, 2, 1 points of 4 -> 100, 75, 50, 25% -> serves round(3p/100): 3, 2, 2, 1
    assert kind.serves == {"guidance": 3, "confidence": 0, "advancement": 0, "networking": 1, "skills": 2,
                           "accountability": 0, "challenges": 2}  # fmt: skip
    # each dimension's percent: ask_questions 0 of 0..4; Strongly agree 5 of 1..5; 1 of 1..5; monthly 1.5 of 0..4;
    # three to six months 2 of 0..4; a couple of days 2.5 of 0..4; either way 2 of 0..4; senior 3 of 1..4 (the
    # options' range); own field 4 of 0..4; Agree 4 of 1..5
    assert kind.targets == {"directness": 0.0, "structure": 100.0, "challenge": 0.0, "in_person": 50.0,
                            "frequency": 37.5, "horizon": 50.0, "responsiveness": 62.5, "same_field": 100.0,
                            "seniority": 66.7, "reciprocity": 75.0}  # fmt: skip
    assert kind.attributes == {"meeting_mode": ["online", "in_person"], "engagement": ["one_off", "short"]}
    assert str(kind.name) == "Ana García"


def test_a_hidden_name_is_shown_as_mentor_and_id_in_either_language():
    hidden = Mentor("M7", "Ana García", False, "ana@example.org", 1, {"mentor": ANSWERS})
    assert (hidden.shown_name("en"), hidden.shown_name("es")) == ("Mentor M7", "Mentor M7")


def test_likeness_is_half_needs_overlap_and_half_closeness_by_hand(shipped):
    kind = mentor_kind(mentor_form(), ana())
    veteran = shipped.archetype("industry_veteran")
    # serves overlap: guidance min(3,3) + networking min(1,1) + skills min(2,2) + challenges min(2,2) = 8 of max(8, 9);
    # gaps 45, 50, 38, 12, 2.5, 35, 27.5, 5, 18.3, 60 (live and trust: the mentor has none) -> mean closeness 70.67
    overlap = 8 / 9
    targets = {"directness": 45, "structure": 50, "challenge": 38, "in_person": 62, "frequency": 35, "horizon": 85,
               "responsiveness": 35, "same_field": 95, "seniority": 85, "reciprocity": 15}  # fmt: skip
    gaps = [abs(kind.targets[d] - t) for d, t in targets.items()]
    assert likeness(kind, veteran) == round(50 * overlap + 0.5 * sum(100 - g for g in gaps) / len(gaps), 1) == 79.8


def test_the_profile_names_the_three_kinds_most_alike_with_reasons(shipped):
    likes = mentor_profile(shipped, ana())
    kind = mentor_kind(mentor_form(), ana())
    every = sorted((-likeness(kind, a), a.id) for a in shipped.archetypes.archetypes)
    assert [(x.archetype, x.percent) for x in likes] == [(i, -p) for p, i in every[:3]]
    assert likes[0].archetype == "industry_veteran" and likes[0].percent == 79.8
    assert likes[0].reasons == [
        "Like an Industry veteran, you can help with personalised guidance.",
        "Like an Industry veteran, you can help with navigating challenges.",
        "Like an Industry veteran, you can help with skills and knowledge.",
    ]
    spanish = mentor_profile(shipped, ana(), "es")
    assert spanish[0].reasons[0] == "Como “Veterano del sector”, puedes ayudar con orientación personalizada."


def test_sample_mentors_are_valid_and_repeatable():
    form = mentor_form()
    mentors = sample_mentors(form, 30, seed=4)
    assert mentors == sample_mentors(form, 30, seed=4) and mentors != sample_mentors(form, 30, seed=5)
    assert [m.id for m in mentors[:3]] == ["M001", "M002", "M003"]
    assert all(m.capacity == m.answers["mentor"]["mentees"] and 1 <= m.capacity <= 5 for m in mentors)


def test_an_unfinished_or_invalid_link_answer_is_refused_with_each_problem():
    with pytest.raises(ContentError) as err:
        ana(mentees=12, how_often=None)
    assert [str(p) for p in err.value.problems] == [
        "mentor:1: mentor.how_often: expected one option id (text), got nothing (null)",
        "mentor:1: mentor.mentees: 12 is out of range — expected 1 to 10",
    ]
    with pytest.raises(ContentError) as err:
        mentor_from_answers(mentor_form(), "A1", "Ana", True, "a@example.org", {k: v for k, v in ANSWERS.items()
                                                                                if k != "mentees"})  # fmt: skip
    assert [str(p) for p in err.value.problems] == [
        "mentor:1: missing required answer mentor.mentees (“How many mentees could you take on at the same time?”)"
    ]

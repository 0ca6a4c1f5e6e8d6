"""A participant in a programme: answers sent wherever they change, a full mentor, the mentor form's live question."""

# ruff: noqa: F811  (the programmes fixture, imported from test_programme, is each test's argument)
import pytest
from apphelpers import APP, answers_for, button
from streamlit.testing.v1 import AppTest
from test_programme import coordinator, mentor, participant, programmes  # noqa: F401  (programmes: the fixture)

from mentorfinder.workshop.programme_store import ProgrammeStore
from ui import nav, state
from ui.steps import all_steps


def finished(content, new, given):
    """A participant who opened the join link, answered everything and pressed "See my results"."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params[state.URL_JOIN_PROGRAMME] = new.participant_code
    at.run()
    at.session_state[state.ANSWERS] = given
    at.session_state[state.STEP] = len(all_steps(content)) - 1
    at.switch_page(nav.QUESTIONS.script).run()
    button(at, "See my results").click().run()
    assert at.title[0].value == "Your profile"
    return at


def test_answers_reach_the_programme_when_the_wizard_is_finished_and_on_each_later_change(
    programmes, content, monkeypatch
):
    # issue 22: the answers were sent only from "Your matches", so a participant who never opened it was missing
    # from the coordinator's pairing and the featured spread, and a later change was never sent
    new = programmes.create("Alumni", "coordinator", 0)
    writes = []
    for name in ("add_participant", "update_participant"):
        real = getattr(ProgrammeStore, name)
        monkeypatch.setattr(
            ProgrammeStore, name, lambda self, *a, _r=real, _n=name, **k: writes.append(_n) or _r(self, *a, **k)
        )
    given = answers_for(content, seed=1, availability={"meeting_mode": "either_way"})
    person = finished(content, new, given)
    kept = programmes.participants(new.participant_code, new.key)
    assert [(p.ref, p.answers["availability"]["meeting_mode"], p.opted_in) for p in kept] == [
        ("P1", "either_way", True)
    ]
    assert sorted(kept[0].answers) == sorted(given)
    assert writes == ["add_participant"]
    person.run()
    person.switch_page(nav.MATCHES.script).run()  # nothing changed: nothing written again
    assert writes == ["add_participant"]
    changed = {qid: dict(answers) for qid, answers in given.items()}
    changed["availability"]["meeting_mode"] = "only_in_person"
    person.session_state[state.ANSWERS] = changed
    person.switch_page(nav.PROFILE.script).run()  # a change on any page, not only "Your matches"
    kept = programmes.participants(new.participant_code, new.key)
    assert [(p.ref, p.answers["availability"]["meeting_mode"]) for p in kept] == [("P1", "only_in_person")]
    assert writes == ["add_participant", "update_participant"]
    person.run()
    assert writes == ["add_participant", "update_participant"]


def test_the_coordinator_pairs_someone_who_never_opened_their_matches(at, programmes, content):
    new = programmes.create("Alumni", "coordinator", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1, capacity=1)])
    finished(content, new, answers_for(content, seed=1, availability={"meeting_mode": "either_way"}))
    coordinator(at, new)
    assert [r["Participant"] for r in at.dataframe[1].value.to_dict("records")] == ["P1"]


@pytest.mark.parametrize(("language", "line"), [("en", "No place left"), ("es", "No quedan plazas libres")])
def test_a_full_mentor_shows_no_place_left_instead_of_request(programmes, content, language, line):
    new = programmes.create("Alumni", "participant", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1, capacity=1), mentor(2, capacity=1)])
    taker = programmes.add_participant(new.participant_code, answers_for(content, seed=3))
    programmes.request_mentor(new.participant_code, taker.token, "M1")
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params[state.URL_LANGUAGE] = language
    at.query_params[state.URL_JOIN_PROGRAMME] = new.participant_code
    at.run()
    at.session_state[state.ANSWERS] = answers_for(content, seed=2, availability={"meeting_mode": "either_way"})
    at.switch_page(nav.MATCHES.script).run()
    assert [b.key for b in at.button if (b.key or "").startswith("request-")] == ["request-M2"]
    assert line in [c.value for c in at.caption]


def test_two_people_asking_for_the_last_place_at_once_the_later_is_refused(programmes, content):
    new = programmes.create("Alumni", "participant", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1, capacity=1)])
    late = participant(content, new, seed=2)
    assert "request-M1" in [b.key for b in late.button]  # a place was left when their page was drawn
    early = programmes.add_participant(new.participant_code, answers_for(content, seed=3))
    programmes.request_mentor(new.participant_code, early.token, "M1")  # someone else takes it first
    next(b for b in late.button if b.key == "request-M1").click().run()
    assert [e.value for e in late.error] == [
        "Mentor Person 1 has no place left; choose another mentor from your shortlist."
    ]
    assert [p.requested for p in programmes.participants(new.participant_code, new.key)] == [
        None,
        "M1",
    ]  # P1 is the late one
    assert "No place left" in [c.value for c in late.caption]


@pytest.mark.parametrize(("choice", "shown"), [("one_or_two_talks", False), ("few_months", True), (None, False)])
def test_the_mentor_forms_conditional_question_follows_the_answer_live(at, programmes, choice, shown):
    new = programmes.create("Alumni", "coordinator", 0)
    at.query_params[state.URL_MENTOR] = new.mentor_code
    at.run()
    at.switch_page(nav.PROGRAMME.script).run()
    if choice is not None:
        at.radio(key="mentor:commitment_length").set_value(choice).run()  # no submit
    assert ("mentor:one_off_too" in [r.key for r in at.radio]) is shown


def test_a_programme_that_refuses_the_answers_is_told_once_not_on_every_page(programmes, content, monkeypatch):
    # the answers are sent from the frame on every run: a deleted programme must not repeat its error on each page
    new = programmes.create("Alumni", "coordinator", 0)
    given = answers_for(content, seed=1, availability={"meeting_mode": "either_way"})
    person = finished(content, new, given)
    programmes.delete(new.participant_code, new.key)
    calls = []
    real = ProgrammeStore.update_participant
    monkeypatch.setattr(
        ProgrammeStore, "update_participant", lambda self, *a, **k: calls.append(a[0]) or real(self, *a, **k)
    )
    changed = {qid: dict(answers) for qid, answers in given.items()}
    changed["availability"]["meeting_mode"] = "only_in_person"
    person.session_state[state.ANSWERS] = changed
    person.switch_page(nav.PROFILE.script).run()
    assert len(calls) == 1 and len(person.error) == 1
    person.switch_page(nav.MATCHES.script).run()
    person.switch_page(nav.NEXT_STEPS.script).run()
    assert len(calls) == 1 and len(person.error) == 0

"""Mentoring programmes' pages: the coordinator's, the mentor form by link, a participant's real mentors and requests."""

import csv
import io
from dataclasses import replace

import pytest
from apphelpers import APP, answers_for
from streamlit.testing.v1 import AppTest

from mentorfinder.answers.mentor import Mentor, sample_mentors
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.matching.pairing import featured
from mentorfinder.present.programme import roster_csv
from mentorfinder.workshop import WorkshopNotFound, WorkshopStore, WrongKey
from mentorfinder.workshop.programme_records import DEFAULT_DAYS, MAX_DAYS
from mentorfinder.workshop.programme_store import ProgrammeStore
from ui import nav, state

ROOT = "http://localhost:8501"
EITHER = {"meeting_mode": "either_way", "commitment_length": "few_months", "one_off_too": "yes"}


@pytest.fixture
def programmes(tmp_path, monkeypatch):
    """A fresh SQLite file for the app (found through the environment) and a programme store on it for the test."""
    monkeypatch.delenv("MENTORFINDER_DATABASE_URL", raising=False)
    monkeypatch.delenv("MENTORFINDER_PUBLIC_URL", raising=False)
    monkeypatch.setenv("MENTORFINDER_WORKSHOP_DB", str(tmp_path / "workshops.sqlite3"))
    opened = WorkshopStore()
    yield ProgrammeStore(opened)
    opened.dispose()


def button(at, label):
    return next(b for b in at.button if b.label == label)


def mentor(n, capacity=1, show_name=True, **answers):
    """A valid mentor who meets either way (so no participant's meeting must-have rules them out)."""
    base = sample_mentors(mentor_form(), n, seed=3)[n - 1]
    given = base.answers["mentor"] | EITHER | {"mentees": capacity} | answers
    return Mentor(f"M{n}", f"Mentor Person {n}", show_name, f"m{n}@example.org", capacity, {"mentor": given})


def coordinator(at, new):
    """Open the coordinator link (`?coordinate=CODE&mcode=CODE&pkey=KEY`) on the programme page."""
    at.query_params[state.URL_COORDINATE] = new.participant_code
    at.query_params[state.URL_MCODE] = new.mentor_code
    at.query_params[state.URL_PKEY] = new.key
    at.run()
    at.switch_page(nav.PROGRAMME.script).run()
    assert not at.exception, at.exception
    return at


def participant(content, new, seed):
    """A participant who opened the join link and finished: their matches page."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params[state.URL_JOIN_PROGRAMME] = new.participant_code
    at.run()
    at.session_state[state.ANSWERS] = answers_for(content, seed=seed, availability={"meeting_mode": "either_way"})
    at.switch_page(nav.MATCHES.script).run()
    assert not at.exception, at.exception
    return at


def test_creating_a_programme_shows_both_links_and_the_key_once(at, programmes):
    at.run()
    at.switch_page(nav.PROGRAMME.script).run()
    assert at.title[0].value == "Run a mentoring programme"
    button(at, "Create the programme").click().run()
    assert at.error[0].value == "Give the programme a title, so people know they joined the right one."
    at.text_input[0].input("Alumni mentoring")
    at.radio[0].set_value("participant")
    at.number_input[0].set_value(50)
    button(at, "Create the programme").click().run()
    code, key, mentor_code = at.session_state[state.COORDINATED]
    info = programmes.info(code)
    assert (info.title, info.mode, info.floor, info.role) == ("Alumni mentoring", "participant", 50, "participant")
    assert programmes.info(mentor_code).role == "mentor"
    assert [c.value for c in at.code] == [
        f"{ROOT}/programme?mentor={mentor_code}",
        f"{ROOT}/?programme={code}",
        f"{ROOT}/programme?coordinate={code}&mcode={mentor_code}&pkey={key}",
    ]
    assert [i.proto.imgs[0].caption for i in at.get("image")] == ["Scan to join", "Scan to join"]
    button(at, "I have saved my link: open the programme").click().run()
    assert key not in " ".join(c.value for c in at.code)  # the key is shown once
    assert [h.value for h in at.header] == ["Mentors", "Participants", "Pairing"]


def test_a_roster_with_bad_rows_shows_each_problem_by_row_and_column_and_imports_nothing(at, programmes):
    new = programmes.create("Alumni", "coordinator", 0)
    rows = list(csv.reader(io.StringIO(roster_csv([mentor(1), mentor(2)], mentor_form()))))
    rows[1][4] = "11"  # capacity
    rows[2][0] = "M1"  # the id again
    raw = "\n".join(",".join(r) for r in rows).encode()
    coordinator(at, new)
    at.file_uploader(key=state.ROSTER_UPLOAD).set_value(("roster.csv", raw, "text/csv")).run()
    button(at, "Import the roster").click().run()
    assert at.error[0].value == "The roster was not imported. Fix these and upload it again:"
    assert at.code[-1].value == (
        "roster.csv:2: column 'capacity': '11' is not a whole number of mentees from 1 to 10\n"
        "roster.csv:3: column 'id': 'M1' is also the id on row 2 — each mentor needs their own id"
    )
    assert programmes.coordinator_mentors(new.participant_code, new.key) == []


def test_a_good_roster_is_imported_and_listed_with_contact_for_the_coordinator(at, programmes):
    new = programmes.create("Alumni", "coordinator", 0)
    raw = roster_csv([mentor(1, capacity=2), mentor(2, show_name=False)], mentor_form()).encode()
    coordinator(at, new)
    at.file_uploader(key=state.ROSTER_UPLOAD).set_value(("roster.csv", raw, "text/csv")).run()
    button(at, "Import the roster").click().run()
    assert at.success[0].value == "Imported 2 mentors."
    table = at.dataframe[0].value
    assert table.to_dict("records") == [
        {"Id": "M1", "Name": "Mentor Person 1", "Name shown": "yes", "Contact": "m1@example.org", "Mentees": 2},
        {"Id": "M2", "Name": "Mentor Person 2", "Name shown": "no", "Contact": "m2@example.org", "Mentees": 1},
    ]


def test_a_mentor_joins_by_link_sees_their_profile_and_a_private_link(at, programmes, content):
    new = programmes.create("Alumni", "coordinator", 0)
    at.query_params[state.URL_MENTOR] = new.mentor_code
    at.run()
    at.switch_page(nav.PROGRAMME.script).run()
    assert [h.value for h in at.header] == ["Your mentoring offer"]
    button(at, "Join as a mentor").click().run()
    assert at.error[0].value == "Give your name and how your mentee can reach you."
    at.text_input[0].input("Ana García")
    at.text_input[1].input("ana@example.org")
    button(at, "Join as a mentor").click().run()
    assert at.error[0].value.startswith("- ")  # every unanswered question, said as an answers file's problem
    given = mentor(1, capacity=3).answers["mentor"]
    for question, value in given.items():  # one at a time: "one-off too" shows once how long is answered
        widgets = [*at.radio, *at.multiselect, *at.number_input, *at.text_input]
        next(w for w in widgets if w.key == f"mentor:{question}").set_value(value).run()
    button(at, "Join as a mentor").click().run()
    assert not at.error
    code, token = at.session_state[state.MENTORING]
    kept = programmes.own_mentor(code, token)
    assert (kept.name, kept.contact, kept.capacity, kept.show_name) == ("Ana García", "ana@example.org", 3, True)
    assert kept.answers == {"mentor": given}
    assert [h.value for h in at.header] == ["Your mentor profile", "Your answers"]
    assert f"{ROOT}/programme?mentor={code}&mtoken={token}" in [c.value for c in at.code]


def test_a_participant_sees_real_mentors_and_a_full_mentor_has_no_request(programmes, content):
    new = programmes.create("Alumni", "participant", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1, capacity=1), mentor(2, show_name=False)])
    first = participant(content, new, seed=1)
    assert first.header[0].value == "Mentors in your programme"
    names = sorted(s.value.split(". ", 1)[1].split(" · ")[0] for s in first.subheader[:2])
    assert names == ["Mentor M2", "Mentor Person 1"]  # a name only where the mentor agreed
    assert len(programmes.participants(new.participant_code, new.key)) == 1  # their answers were sent
    button_for = lambda at: next(b for b in at.button if b.key == "request-M1")  # noqa: E731
    button_for(first).click().run()
    assert first.success[0].value == "**Your mentor: Mentor Person 1** — reach them at m1@\u2060example\\.org."
    second = participant(content, new, seed=2)
    captions = [c.value for c in second.caption]
    assert "No place left" in captions  # full: no Request to press (a race is refused)
    assert "Places left: 0 of 1" not in captions  # said once, not also as a count of nothing
    assert "Places left: 1 of 1" in captions  # Mentor M2 has a place
    assert "request-M1" not in [b.key for b in second.button]


def test_the_coordinator_pairs_everyone_within_capacity_and_saves_it(at, programmes, content):
    new = programmes.create("Alumni", "coordinator", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1, capacity=1)])
    first, second = participant(content, new, seed=1), participant(content, new, seed=2)
    coordinator(at, new)
    assert [r["Participant"] for r in at.dataframe[1].value.to_dict("records")] == ["P1", "P2"]
    button(at, "Pair everyone").click().run()
    pairs = [m.value for m in at.markdown if " → " in m.value]
    assert len(pairs) == 1 and pairs[0].split(" → ")[1].startswith("Mentor Person 1 \\(M1\\)**")
    paired = pairs[0][2:4]
    left = "P2" if paired == "P1" else "P1"
    assert at.subheader[-1].value == "Not paired"
    assert f"- **{left}**: Every mentor who fits them at 0% or more is full\\." in [m.value for m in at.markdown]
    button(at, "Save this pairing").click().run()
    assert at.success[0].value == "Saved: each participant now sees their mentor's contact details."
    saved = programmes.pairing(new.participant_code, new.key)
    assert [(p.participant, p.mentor, p.reason) for p in saved] == sorted(
        [(paired, "M1", None), (left, None, "all_full")]
    )
    pdfs = [d for d in at.get("download_button") if d.proto.label.startswith(paired)]
    assert [d.proto.label for d in pdfs] == [f"{paired} and Mentor Person 1"]
    # the paired participant sees their mentor's contact now; the other, why not
    waiting = {"P1": first, "P2": second}
    waiting[paired].run()
    assert (
        waiting[paired].success[0].value == "**Your mentor: Mentor Person 1** — reach them at m1@\u2060example\\.org."
    )
    waiting[left].run()
    assert waiting[left].warning[0].value == (
        "The coordinator could not pair you this time. Every mentor who fits you well enough already had all their "
        "mentees."
    )


@pytest.mark.parametrize(
    ("language", "header", "kept"),
    [
        (
            "en",
            "Mentoring programmes",
            "until the programme expires — %s days after it is created unless the "
            "coordinator chose otherwise (at most %s)",
        ),
        (
            "es",
            "Programas de mentoría",
            "hasta que el programa caduca —%s días después de crearse, salvo que la "
            "coordinación eligiera otra cosa (como máximo %s)",
        ),
    ],
)
def test_the_privacy_page_says_what_a_programme_stores_and_for_how_long(at, language, header, kept):
    at.query_params[state.URL_LANGUAGE] = language
    at.run()
    at.switch_page(nav.PRIVACY.script).run()
    assert at.header[-1].value == header
    shown = " ".join(m.value for m in at.markdown)
    assert kept % (DEFAULT_DAYS, MAX_DAYS) in shown  # the store's own constants, not numbers typed by hand


def test_deleting_a_programme_asks_first_and_then_removes_everything(at, programmes):
    new = programmes.create("Alumni", "coordinator", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1)])
    coordinator(at, new)
    button(at, "Delete the programme").click().run()
    assert at.warning[-1].value == "Delete this programme, its mentors, participants and pairs? This cannot be undone."
    button(at, "Cancel").click().run()
    assert programmes.info(new.participant_code).title == "Alumni"  # Cancel deletes nothing
    button(at, "Delete the programme").click().run()
    button(at, "Yes, delete everything").click().run()
    assert at.title[0].value == "Run a mentoring programme"
    with pytest.raises(WorkshopNotFound):
        programmes.info(new.participant_code)


def test_a_mentor_opens_their_private_link_updates_and_leaves(at, programmes):
    new = programmes.create("Alumni", "coordinator", 0)
    given = mentor(1, capacity=2)
    joined = programmes.add_mentor(
        new.mentor_code, name=given.name, show_name=True, contact=given.contact, capacity=2, answers=given.answers
    )
    at.query_params[state.URL_MENTOR] = new.mentor_code
    at.query_params[state.URL_MTOKEN] = joined.token
    at.run()
    at.switch_page(nav.PROGRAMME.script).run()
    assert at.text_input[0].value == "Mentor Person 1"  # their answers, to change
    at.text_input[1].input("new@example.org")
    next(w for w in at.number_input if w.key == "mentor:mentees").set_value(3)
    button(at, "Save my answers").click().run()
    assert at.success[0].value == "Saved: participants' shortlists use your new answers."
    kept = programmes.own_mentor(new.mentor_code, joined.token)
    assert (kept.contact, kept.capacity, kept.answers["mentor"]["mentees"]) == ("new@example.org", 3, 3)
    button(at, "Leave the programme").click().run()
    assert programmes.coordinator_mentors(new.participant_code, new.key) == []


def test_a_participant_can_opt_out_of_pairing_and_cancel_a_request(programmes, content):
    new = programmes.create("Alumni", "participant", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1, capacity=1)])
    person = participant(content, new, seed=1)
    person.checkbox(key=state.OPT_IN).uncheck().run()
    assert [p.opted_in for p in programmes.participants(new.participant_code, new.key)] == [False]
    next(b for b in person.button if b.key == "request-M1").click().run()
    assert [p.requested for p in programmes.participants(new.participant_code, new.key)] == ["M1"]
    button(person, "Cancel my request").click().run()
    assert [p.requested for p in programmes.participants(new.participant_code, new.key)] == [None]
    assert [c.places_left for c in programmes.roster(new.participant_code)] == [1]


def test_a_spanish_coordinator_reads_the_roster_problems_in_spanish(at, programmes):
    new = programmes.create("Alumni", "coordinator", 0)
    rows = list(csv.reader(io.StringIO(roster_csv([mentor(1)], mentor_form()))))
    rows[1][4] = "11"  # capacity
    at.query_params[state.URL_LANGUAGE] = "es"
    coordinator(at, new)
    raw = "\n".join(",".join(r) for r in rows).encode()
    at.file_uploader(key=state.ROSTER_UPLOAD).set_value(("roster.csv", raw, "text/csv")).run()
    button(at, "Importar la lista").click().run()
    assert at.error[0].value == "La lista no se ha importado. Corrige esto y vuelve a subirla:"
    assert at.code[-1].value == "roster.csv:2: columna 'capacity': '11' no es un número entero de personas de 1 a 10"


def test_a_wrong_coordinator_key_shows_the_stores_sentence_and_no_one_s_contact(at, programmes):
    new = programmes.create("Alumni", "coordinator", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1)])
    with pytest.raises(WrongKey) as refused:
        programmes.coordinator_mentors(new.participant_code, "not-the-key")
    coordinator(at, replace(new, key="not-the-key"))
    assert [e.value for e in at.error] == [refused.value.say("en")]
    assert not at.dataframe  # no mentor's contact
    button(at, "Create a new programme instead").click().run()
    assert at.title[0].value == "Run a mentoring programme"


def test_each_link_is_refused_on_the_other_side_with_the_link_to_ask_for(at, programmes):
    new = programmes.create("Alumni", "coordinator", 0)
    at.query_params[state.URL_JOIN_PROGRAMME] = new.mentor_code  # a mentors' code opened as a participant's link
    at.run()
    assert at.error[0].value == (
        "This is a mentors' link. Participants join with the participants' link from the coordinator."
    )
    assert at.session_state[state.PROGRAMME] is None
    mentor_side = AppTest.from_file(APP, default_timeout=30)
    mentor_side.query_params[state.URL_MENTOR] = new.participant_code
    mentor_side.run()
    mentor_side.switch_page(nav.PROGRAMME.script).run()
    assert mentor_side.error[0].value == (
        "This is a participants' link. Mentors join with the mentors' link from the coordinator."
    )
    assert "Join as a mentor" not in [b.label for b in mentor_side.button]  # no mentor form on a participants' code
    assert not mentor_side.radio


def test_the_mentor_suggested_first_is_spread_within_places(programmes, content):
    # two mentors with one place each and two participants: the featured suggestion is the core's spread over both
    # people's answers (run inside the store), so the second participant is suggested first the mentor it gives
    # them, and the two are never suggested the same one (issue 22)
    new = programmes.create("Alumni", "participant", 0)
    roster = [mentor(1, capacity=1), mentor(2, capacity=1)]
    programmes.import_mentors(new.participant_code, new.key, roster)
    participant(content, new, seed=1)
    second = participant(content, new, seed=2)
    people = {
        record.ref: record.answers for record in programmes.participants(new.participant_code, new.key)
    }  # P1 and P2, as the store keeps them
    expected = featured(content, people, roster)
    assert sorted(expected) == ["P1", "P2"] and expected["P1"] != expected["P2"]  # one place each: never the same
    first_card = second.subheader[0].value.split(". ", 1)[1]
    assert first_card == {"M1": "Mentor Person 1", "M2": "Mentor Person 2"}[expected["P2"]]
    told = [c.value for c in second.caption if c.value.startswith("Suggested first for you")]
    assert told == [
        "Suggested first for you. Each mentor is suggested first to no more people than they have places, so a "
        "popular mentor is not offered to everyone."
    ]


def test_the_coordinator_removes_one_mentor_and_the_others_stay(at, programmes):
    new = programmes.create("Alumni", "coordinator", 0)
    programmes.import_mentors(new.participant_code, new.key, [mentor(1), mentor(2)])
    coordinator(at, new)
    assert button(at, "Remove this mentor").disabled  # nothing chosen yet
    assert at.selectbox(key=state.REMOVE_MENTOR).placeholder == "Choose…"
    at.selectbox(key=state.REMOVE_MENTOR).set_value("M1").run()
    button(at, "Remove this mentor").click().run()
    assert not at.exception
    assert [m.id for m in programmes.coordinator_mentors(new.participant_code, new.key)] == ["M2"]
    assert at.dataframe[0].value["Id"].tolist() == ["M2"]

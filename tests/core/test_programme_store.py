"""The programme store on SQLite and PostgreSQL: create, codes and key, mentors, participants, pairing, expiry, delete."""

import dataclasses
import hashlib
import re
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from mentorfinder.workshop import (
    COORDINATOR_PAIRS,
    PARTICIPANTS_REQUEST,
    BadInput,
    Mentor,
    MentorCard,
    MentorFull,
    ParticipantRecord,
    ProgrammeFull,
    ProgrammeInfo,
    ProgrammeStore,
    WorkshopExpired,
    WorkshopNotFound,
    WrongKey,
    WrongMode,
)
from mentorfinder.workshop import programme_records as records

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # the clock fixture's start
TABLES = ("programmes", "programme_mentors", "programme_participants", "programme_requests", "programme_pairs")


@pytest.fixture
def store(workshop_store):
    programmes = ProgrammeStore(workshop_store)
    assert programmes.purge_expired() == 0  # the app's first call (the purge thread's): the tables are made
    return programmes


def rows(store, sql: str, **params) -> list[tuple]:
    """Rows straight from the database (not through the store)."""
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql), params)]


def counts(store) -> dict[str, int]:
    return {t: rows(store, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def mentor(n: int, capacity: int = 2, show: bool = True) -> Mentor:
    return Mentor(f"r{n}", f"Mentor {n}", show, f"mentor{n}@example.org", capacity, {"needs": [f"n{n}"]})


def test_create_gives_two_codes_and_a_key_stored_only_as_its_hash(store):
    new = store.create("  Alumni\n round ", COORDINATOR_PAIRS, 40)
    assert (new.title, new.mode, new.floor, new.expires_at) == (
        "Alumni round",
        "coordinator",
        40,
        datetime(2026, 3, 16, 9, 30, tzinfo=UTC),  # 14 days, like a workshop
    )
    assert new.mentor_code != new.participant_code and new.mentor_code[4] == new.participant_code[4] == "-"
    [(mentor_code, participant_code, key_hash, mode, floor)] = rows(
        store, "SELECT mentor_code, participant_code, key_hash, mode, floor FROM programmes"
    )
    assert (mentor_code, participant_code, mode, floor) == (
        new.mentor_code.replace("-", ""),
        new.participant_code.replace("-", ""),
        "coordinator",
        40,
    )
    assert key_hash == hashlib.sha256(new.key.encode()).hexdigest() != new.key
    assert store.info(new.mentor_code.lower().replace("-", " ")) == ProgrammeInfo(
        "Alumni round", "coordinator", 40, "open", new.expires_at, "mentor", new.mentor_code
    )
    assert store.info(new.participant_code).role == "participant"
    assert store.create("Round 2", PARTICIPANTS_REQUEST, 0, days=90).expires_at == datetime(
        2026, 5, 31, 9, 30, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("title", "mode", "floor", "days", "said"),
    [
        (" ", "coordinator", 40, 14, "A programme needs a title of 1 to 120 characters."),
        ("R", "everyone", 40, 14, "Choose how people are matched: the coordinator pairs them, or participants request a mentor."),
        ("R", "coordinator", 101, 14, "The pairing floor is a whole percent from 0 to 100."),
        ("R", "coordinator", 40.5, 14, "The pairing floor is a whole percent from 0 to 100."),
        ("R", "coordinator", 40, 91, "A programme lasts 1 to 90 days."),
        ("R", "coordinator", 40, True, "A programme lasts 1 to 90 days."),
    ],
)  # fmt: skip
def test_a_bad_programme_is_refused_with_its_reason_and_nothing_is_stored(store, title, mode, floor, days, said):
    with pytest.raises(BadInput) as err:
        store.create(title, mode, floor, days)
    assert str(err.value) == said
    assert counts(store)["programmes"] == 0


def test_codes_work_only_for_their_own_role_and_the_key_only_for_its_programme(store):
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    other = store.create("Other", PARTICIPANTS_REQUEST, 30)
    with pytest.raises(WorkshopNotFound) as err:
        store.add_participant(new.mentor_code, {})  # the mentors' link is not the participants'
    assert str(err.value) == (
        f"There is no mentoring programme with the participant code {new.mentor_code}. "
        "Check the link your coordinator sent."
    )
    with pytest.raises(WorkshopNotFound) as err:
        store.add_mentor(new.participant_code, name="A", show_name=True, contact="a@b", capacity=1, answers={})
    assert str(err.value) == (
        f"There is no mentoring programme with the mentor code {new.participant_code}. Check the mentor link you were sent."
    )
    with pytest.raises(WorkshopNotFound, match="^A programme code has 8 letters and digits, like K7QX-M4RT."):
        store.info("hello")
    with pytest.raises(WrongKey) as err:
        store.coordinator_mentors(new.mentor_code, other.key)
    assert str(err.value) == f"That coordinator key does not belong to programme {new.participant_code}."
    assert store.coordinator_mentors(new.participant_code, new.key) == []  # either code, with the key


def test_a_mentor_joins_by_link_sees_their_own_details_and_updates_them_within_places_taken(store):
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    joined = store.add_mentor(
        new.mentor_code, name=" Ana  Ruiz ", show_name=False, contact="ana@example.org", capacity=2, answers={"q": 1}
    )
    assert joined.id.startswith("m-") and len(joined.id) == 10
    assert store.own_mentor(new.mentor_code, joined.token) == Mentor(
        joined.id, "Ana Ruiz", False, "ana@example.org", 2, {"q": 1}
    )
    assert joined.token not in repr(rows(store, "SELECT * FROM programme_mentors"))  # only its hash is kept
    a, b = (store.add_participant(new.participant_code, {}) for _ in range(2))
    store.request_mentor(new.participant_code, a.token, joined.id)
    store.request_mentor(new.participant_code, b.token, joined.id)
    with pytest.raises(BadInput) as err:
        store.update_mentor(
            new.mentor_code, joined.token, name="Ana", show_name=True, contact="ana@x.org", capacity=1, answers={}
        )
    assert str(err.value) == f"Mentor {joined.id} already has 2 mentees; their capacity cannot go below that."
    updated = store.update_mentor(
        new.mentor_code, joined.token, name="Ana", show_name=True, contact="ana@x.org", capacity=3, answers={"q": 2}
    )
    assert updated == Mentor(joined.id, "Ana", True, "ana@x.org", 3, {"q": 2})
    assert store.coordinator_mentors(new.mentor_code, new.key) == [updated]
    with pytest.raises(WorkshopNotFound) as err:
        store.own_mentor(new.mentor_code, a.token)  # a participant's token is not a mentor's
    assert str(err.value) == (
        f"You are not (or no longer) a mentor of programme {new.mentor_code}. Join it again with the mentor link."
    )


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"name": ""}, "A mentor's name has 1 to 120 characters."),
        ({"name": "A\u202eB"}, "The mentor's name has a bidirectional control character (U+202E RIGHT-TO-LEFT OVERRIDE) at position 2 — remove it."),
        ({"contact": "x" * 301}, "A mentor's contact details (an e-mail address or a phone number) have 1 to 300 characters."),
        ({"capacity": 0}, "A mentor takes 1 to 20 mentees."),
        ({"capacity": "2"}, "A mentor takes 1 to 20 mentees."),
        ({"show_name": "no"}, "Say whether participants may see the mentor's name (yes or no)."),
        ({"answers": ["a"]}, "The answers must be question ids, each with its answer."),
        ({"answers": {"q": float("nan")}}, "The answers must be question ids, each with its answer."),
        ({"answers": {"q": "a\x00b"}}, "The answers must be question ids, each with its answer."),
        ({"answers": {"q": "x" * 20_000}}, "The answers are too long to keep: at most 20,000 characters."),
        ({"id": "r 1"}, "A mentor id has 1 to 64 letters, digits, dots, dashes or underscores."),
    ],
)  # fmt: skip
def test_a_bad_mentor_is_refused_with_its_reason_and_the_import_keeps_nothing(store, change, said):
    new = store.create("Round", COORDINATOR_PAIRS, 30)
    fields = {"id": "r9", "name": "Bo", "show_name": True, "contact": "bo@x.org", "capacity": 2, "answers": {}}
    with pytest.raises(BadInput) as err:
        store.import_mentors(new.mentor_code, new.key, [mentor(1), Mentor(**{**fields, **change})])
    listed = {**fields, **change}["id"]
    assert str(err.value) == f"Mentor 2 of the list (id {listed}): {said}"
    assert counts(store)["programme_mentors"] == 0  # all or nothing: mentor 1 was fine, and is not kept either


def test_import_adds_and_updates_by_id_all_or_nothing(store):
    new = store.create("Round", COORDINATOR_PAIRS, 30)
    assert store.import_mentors(new.mentor_code, new.key, [mentor(1), mentor(2)]) == 2
    changed = Mentor("r2", "Mentor Two", False, "two@example.org", 5, {"needs": []})
    assert store.import_mentors(new.mentor_code, new.key, [changed, mentor(3)]) == 2
    assert store.coordinator_mentors(new.mentor_code, new.key) == [mentor(1), changed, mentor(3)]
    with pytest.raises(BadInput, match="^The mentor id r4 appears more than once in the list.$"):
        store.import_mentors(new.mentor_code, new.key, [mentor(4), mentor(4)])
    with pytest.raises(WrongKey):
        store.import_mentors(new.mentor_code, "not the key", [mentor(5)])
    assert [m.id for m in store.coordinator_mentors(new.mentor_code, new.key)] == ["r1", "r2", "r3"]


def test_the_roster_never_holds_contact_details_and_names_only_where_agreed(store):
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    store.import_mentors(new.mentor_code, new.key, [mentor(1, capacity=1), mentor(2, show=False)])
    me = store.add_participant(new.participant_code, {"q": 1})
    store.request_mentor(new.participant_code, me.token, "r1")
    roster = store.roster(new.participant_code)
    assert roster == [
        MentorCard("r1", "Mentor 1", 1, 0, {"needs": ["n1"]}),
        MentorCard("r2", None, 2, 2, {"needs": ["n2"]}),
    ]
    assert not hasattr(roster[0], "contact")
    assert "example.org" not in repr(roster) and "Mentor 2" not in repr(roster)
    with pytest.raises(WorkshopNotFound):
        store.roster(new.mentor_code)  # the participants' list is read with the participants' code


def test_contact_goes_only_to_the_coordinator_and_the_paired_participant(store):
    new = store.create("Round", COORDINATOR_PAIRS, 50)
    store.import_mentors(new.mentor_code, new.key, [mentor(1), mentor(2)])
    ana, bo, cy = (store.add_participant(new.participant_code, {"q": n}) for n in range(3))
    assert store.my_mentor(new.participant_code, ana.token) is None  # nothing before a pairing is saved
    pairs = [
        records.Pair(ana.ref, "r1", 81.5),
        records.Pair(bo.ref, "r2", 50),
        records.Pair(cy.ref, None, 42.0, "below_floor"),
    ]
    store.save_pairing(new.participant_code, new.key, pairs)
    assert store.my_mentor(new.participant_code, ana.token) == records.MyMentor(mentor(1), 81.5, None, "pairing")
    assert store.my_mentor(new.participant_code, bo.token).mentor.contact == "mentor2@example.org"
    assert store.my_mentor(new.participant_code, cy.token) == records.MyMentor(None, 42.0, "below_floor", "pairing")
    for token in (ana.token, bo.token, cy.token):  # a participant's own view holds no mentor's contact
        assert "example.org" not in repr(store.own_participant(new.participant_code, token))
    with pytest.raises(WrongKey):
        store.coordinator_mentors(new.mentor_code, ana.token)  # a participant's token is not the key
    with pytest.raises(WorkshopNotFound):
        store.my_mentor(new.mentor_code, ana.token)  # nor is the mentors' code the participants'
    assert store.pairing(new.mentor_code, new.key) == pairs


def test_participants_join_with_answers_and_the_coordinator_lists_them(store, clock):
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    store.import_mentors(new.mentor_code, new.key, [mentor(1)])
    clock.advance(minutes=47)  # 10:17: kept as 10:00
    first = store.add_participant(new.participant_code, {"q": "a"})
    second = store.add_participant(new.participant_code, {"q": "b"}, opted_in=False)
    assert (first.ref, second.ref) == ("P1", "P2")
    store.request_mentor(new.participant_code, second.token, "r1")
    store.update_participant(new.participant_code, first.token, {"q": "c"}, opted_in=False)
    hour = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert store.participants(new.participant_code, new.key) == [
        ParticipantRecord("P1", {"q": "c"}, False, hour, None),
        ParticipantRecord("P2", {"q": "b"}, False, hour, "r1"),
    ]
    assert first.token not in repr(rows(store, "SELECT * FROM programme_participants"))  # only its hash
    store.leave(new.participant_code, second.token)
    assert [p.ref for p in store.participants(new.participant_code, new.key)] == ["P1"]
    assert counts(store)["programme_requests"] == 0
    with pytest.raises(WorkshopNotFound) as err:
        store.my_mentor(new.participant_code, second.token)
    assert str(err.value) == (
        f"You are not (or no longer) part of programme {new.participant_code}. Join it again with its link."
    )
    assert store.add_participant(new.participant_code, {}).ref == "P3"  # a ref is never given twice


def test_a_request_takes_a_place_replaces_the_last_one_and_is_refused_beyond_capacity(store):
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    store.import_mentors(new.mentor_code, new.key, [mentor(1, capacity=1), mentor(2, capacity=1)])
    a, b = (store.add_participant(new.participant_code, {}) for _ in range(2))
    assert store.request_mentor(new.participant_code, a.token, "r1") == mentor(1, capacity=1)  # with contact
    with pytest.raises(MentorFull) as err:
        store.request_mentor(new.participant_code, b.token, "r1")
    assert str(err.value) == "This mentor has no place left. Choose another mentor from your shortlist."
    assert store.my_mentor(new.participant_code, b.token) is None
    store.request_mentor(new.participant_code, a.token, "r2")  # a moves: r1's place is free again
    assert store.request_mentor(new.participant_code, b.token, "r1").id == "r1"
    with pytest.raises(MentorFull, match="no place left"):
        store.request_mentor(new.participant_code, b.token, "r2")  # fails: b keeps r1
    assert store.my_mentor(new.participant_code, b.token) == records.MyMentor(
        mentor(1, capacity=1), None, None, "request"
    )
    store.cancel_request(new.participant_code, b.token)
    assert [c.places_left for c in store.roster(new.participant_code)] == [1, 0]
    with pytest.raises(WorkshopNotFound, match="^This programme has no mentor with the id r9.$"):
        store.request_mentor(new.participant_code, a.token, "r9")


def test_each_mode_refuses_the_other_modes_calls(store):
    paired = store.create("Paired", COORDINATOR_PAIRS, 30)
    led = store.create("Led", PARTICIPANTS_REQUEST, 30)
    for new in (paired, led):
        store.import_mentors(new.mentor_code, new.key, [mentor(1)])
    me = store.add_participant(paired.participant_code, {})
    with pytest.raises(WrongMode, match="^In this programme the coordinator pairs people: mentors are not requested.$"):
        store.request_mentor(paired.participant_code, me.token, "r1")
    with pytest.raises(WrongMode, match="^In this programme participants request their mentors: the coordinator"):
        store.save_pairing(led.mentor_code, led.key, [])


@pytest.mark.parametrize(
    ("pairs", "said"),
    [
        ([("P9", "r1", 60)], "The pairing names P9, who is not a participant of this programme."),
        ([("P1", "r1", 60), ("P1", "r1", 60)], "The pairing names P1 more than once."),
        ([("P3", "r1", 60)], "P3 has not asked to be paired, so the pairing cannot include them."),
        ([("P1", "r1", 60), ("P2", "r1", 70)], "The pairing gives mentor r1 2 mentees, more than their 1 places."),
        ([("P1", "r2", 49.5)], "The pair P1 and r2 is at 49.5%, below the programme's floor of 50%."),
        ([("P1", "r2", 101)], "The pairing's percent for P1 is not a number from 0 to 100."),
        ([("P1", None, 30)], "P1 is left unpaired, so the pairing needs the reason why."),
        ([("P1", None, 30, "Too Low")], "The reason for P1 is not a reason code (up to 40 lower-case letters, digits, _)."),
        ([("P1", "r7", 60)], "This programme has no mentor with the id r7."),
        ([(["P1"], "r1", 60)], "The pairing names ['P1'], who is not a participant of this programme."),
        ([("P1", ["r1"], 60)], "This programme has no mentor with the id ['r1']."),
    ],
)  # fmt: skip
def test_a_bad_pairing_is_refused_with_its_reason_and_the_saved_one_stays(store, pairs, said):
    new = store.create("Round", COORDINATOR_PAIRS, 50)
    store.import_mentors(new.mentor_code, new.key, [mentor(1, capacity=1), mentor(2)])
    for opted_in in (True, True, False):
        store.add_participant(new.participant_code, {}, opted_in)
    saved = [records.Pair("P1", "r2", 50.0), records.Pair("P2", None, None, "no_capacity")]
    store.save_pairing(new.mentor_code, new.key, saved)
    with pytest.raises((BadInput, WorkshopNotFound)) as err:
        store.save_pairing(new.mentor_code, new.key, [records.Pair(*p) for p in pairs])
    assert str(err.value) == said
    assert store.pairing(new.mentor_code, new.key) == saved


def test_limits_on_mentors_and_participants_are_said(store, monkeypatch):
    from mentorfinder.workshop import programme_people, programme_store

    monkeypatch.setattr(programme_store, "MAX_MENTORS", 2)
    monkeypatch.setattr(programme_people, "MAX_PARTICIPANTS", 1)
    new = store.create("Round", COORDINATOR_PAIRS, 30)
    store.import_mentors(new.mentor_code, new.key, [mentor(1)])
    with pytest.raises(ProgrammeFull, match="^A programme holds at most 2 mentors, and this one is full.$"):
        store.import_mentors(new.mentor_code, new.key, [mentor(2), mentor(3)])
    store.add_mentor(new.mentor_code, name="A", show_name=True, contact="a@x", capacity=1, answers={})
    with pytest.raises(ProgrammeFull, match="^A programme holds at most 2 mentors"):
        store.add_mentor(new.mentor_code, name="B", show_name=True, contact="b@x", capacity=1, answers={})
    store.add_participant(new.participant_code, {})
    with pytest.raises(ProgrammeFull, match="^A programme holds at most 1 participants, and this one is full.$"):
        store.add_participant(new.participant_code, {})
    assert counts(store)["programme_mentors"] == 2 and counts(store)["programme_participants"] == 1


def _filled(store, mode: str = COORDINATOR_PAIRS):
    new = store.create("Round", mode, 30, days=1)
    store.import_mentors(new.mentor_code, new.key, [mentor(1), mentor(2)])
    people = [store.add_participant(new.participant_code, {"q": n}) for n in range(3)]
    if mode == COORDINATOR_PAIRS:
        store.save_pairing(new.mentor_code, new.key, [records.Pair(p.ref, "r1", 60) for p in people[:2]])
    else:
        store.request_mentor(new.participant_code, people[0].token, "r1")
    return new, people


def test_expiry_stops_joining_and_the_purge_removes_every_row_of_expired_programmes_only(store, workshop_store, clock):
    old, people = _filled(store)
    kept, _ = _filled(store, PARTICIPANTS_REQUEST)
    room = workshop_store.create("Workshop room", days=1)
    store.delete(kept.mentor_code, kept.key)
    kept, _ = _filled(store, PARTICIPANTS_REQUEST)
    clock.advance(hours=23, minutes=59)
    assert (store.info(old.mentor_code).status, store.purge_expired()) == ("open", 0)
    clock.advance(minutes=1)
    assert store.info(old.participant_code).status == "expired"
    with pytest.raises(WorkshopExpired) as err:
        store.add_participant(old.participant_code, {})
    assert (
        str(err.value)
        == f"Programme {old.participant_code} ended on 3 March 2026, 09:30 UTC; its data are being deleted."
    )
    for call in (
        lambda: store.add_mentor(old.mentor_code, name="A", show_name=True, contact="a", capacity=1, answers={}),
        lambda: store.import_mentors(old.mentor_code, old.key, [mentor(3)]),
        lambda: store.save_pairing(old.mentor_code, old.key, []),
        lambda: store.update_participant(old.participant_code, people[0].token, {}, True),
    ):
        with pytest.raises(WorkshopExpired):
            call()
    assert store.my_mentor(old.participant_code, people[0].token).mentor.id == "r1"  # read until purged
    assert counts(store) == dict(zip(TABLES, (2, 4, 6, 1, 2), strict=True))
    # both programmes end together: 1 + 2 mentors + 3 participants + 2 pairs, and 1 + 2 + 3 + 1 request
    assert store.purge_expired() == 8 + 7
    assert counts(store) == dict.fromkeys(TABLES, 0)
    assert workshop_store.info(room.code).title == "Workshop room"  # workshops are the workshop purge's
    with pytest.raises(WorkshopNotFound):
        store.info(old.mentor_code)


def test_delete_removes_everything_of_one_programme_at_once_and_needs_the_key(store):
    new, people = _filled(store)
    other, _ = _filled(store, PARTICIPANTS_REQUEST)
    with pytest.raises(WrongKey):
        store.delete(new.mentor_code, other.key)
    store.delete(new.participant_code, new.key)
    assert counts(store) == dict(zip(TABLES, (1, 2, 3, 1, 0), strict=True))
    for call in (lambda: store.info(new.mentor_code), lambda: store.my_mentor(new.participant_code, people[0].token)):
        with pytest.raises(WorkshopNotFound):
            call()
    assert rows(store, "SELECT mode FROM programmes") == [("participant",)]


def test_the_errors_are_said_in_spanish_with_spanish_numbers(store):
    new = store.create("Round", COORDINATOR_PAIRS, 50)
    store.import_mentors(new.mentor_code, new.key, [mentor(1)])
    me = store.add_participant(new.participant_code, {})
    with pytest.raises(BadInput) as err:
        store.save_pairing(new.mentor_code, new.key, [records.Pair(me.ref, "r1", 49.5)])
    assert (
        err.value.say("es") == "La pareja P1 y r1 está en 49,5\u00a0%, por debajo del mínimo del programa, 50\u00a0%."
    )
    with pytest.raises(BadInput) as err:
        store.add_participant(new.participant_code, {"q": "x" * 20_000})
    assert err.value.say("es") == "Las respuestas son demasiado largas para guardarlas: como máximo 20.000 caracteres."


def test_a_mentor_can_leave_and_the_coordinator_can_remove_one_with_their_requests(store):
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    joined = store.add_mentor(new.mentor_code, name="Ana", show_name=True, contact="ana@x.org", capacity=1, answers={})
    store.import_mentors(new.mentor_code, new.key, [mentor(1)])
    a, b = (store.add_participant(new.participant_code, {"q": "Ñandú 🙂"}) for _ in range(2))
    store.request_mentor(new.participant_code, a.token, joined.id)
    store.request_mentor(new.participant_code, b.token, "r1")
    store.leave_as_mentor(new.mentor_code, joined.token)
    assert store.my_mentor(new.participant_code, a.token) is None  # the request went with the mentor
    with pytest.raises(WorkshopNotFound):
        store.own_mentor(new.mentor_code, joined.token)
    with pytest.raises(WrongKey):
        store.remove_mentor(new.mentor_code, b.token, "r1")
    store.remove_mentor(new.participant_code, new.key, "r1")
    assert (store.roster(new.participant_code), store.my_mentor(new.participant_code, b.token)) == ([], None)
    assert [p.answers for p in store.participants(new.mentor_code, new.key)] == [{"q": "Ñandú 🙂"}] * 2
    assert counts(store) == dict(zip(TABLES, (1, 0, 2, 0, 0), strict=True))


def test_only_calls_that_check_a_key_or_a_token_can_return_a_mentors_contact():
    """The privacy of contact details is a property of the API: a method whose answer can hold a Mentor (with
    contact) takes the coordinator key or a mentor's or participant's token; the others give MentorCards at most."""
    import inspect
    import typing

    giving = {}
    for name, method in inspect.getmembers(ProgrammeStore, inspect.isfunction):
        if name.startswith("_"):
            continue
        returned = str(typing.get_type_hints(method).get("return"))
        if re.search(r"\b(Mentor|MyMentor)\b", returned.replace("MentorCard", "")):
            giving[name] = [p for p in inspect.signature(method).parameters if p in ("key", "token")]
    assert giving == {
        "coordinator_mentors": ["key"],
        "my_mentor": ["token"],
        "own_mentor": ["token"],
        "request_mentor": ["token"],
        "update_mentor": ["token"],
    }
    assert "contact" not in {f.name for f in dataclasses.fields(MentorCard)}


def test_a_new_programmes_codes_are_never_a_code_already_in_use(store, workshop_store, monkeypatch):
    from mentorfinder.workshop import codes

    room = workshop_store.create("Room").code.replace("-", "")
    first = store.create("First", COORDINATOR_PAIRS, 30)
    drawn = iter(
        [room, "CCCCCCCC"]  # a workshop's code
        + [
            first.participant_code.replace("-", ""),
            "DDDDDDDD",
        ]  # another programme's participant code, as a mentor code
        + ["EEEEEEEE", "EEEEEEEE"]  # the same code for both links
        + ["FFFFFFFF", "GGGGGGGG"]
    )
    monkeypatch.setattr(codes, "new_code", lambda: next(drawn))
    new = store.create("Second", COORDINATOR_PAIRS, 30)
    assert (new.mentor_code, new.participant_code) == ("FFFF-FFFF", "GGGG-GGGG")
    assert (
        rows(store, "SELECT title FROM programmes WHERE mentor_code = 'CCCCCCCC' OR participant_code = 'DDDDDDDD'")
        == []
    )


def test_the_featured_spread_sees_everyones_answers_inside_the_store_and_only_ones_own_comes_out(store):
    new = store.create("Alumni", "participant", 0)
    store.import_mentors(new.participant_code, new.key, [mentor(1, capacity=1), mentor(2, capacity=1)])
    first = store.add_participant(new.participant_code, {"goals": {"stage": "early"}})
    second = store.add_participant(new.participant_code, {"goals": {"stage": "leading"}})
    handed = []

    def spread(people, roster):
        handed.append((people, [(card.id, card.places_left) for card in roster]))
        return {"P1": "r2", "P2": "r1"}

    assert store.featured_for(new.participant_code, second.token, spread) == "r1"
    assert store.featured_for(new.participant_code, first.token, spread) == "r2"
    people = {"P1": {"goals": {"stage": "early"}}, "P2": {"goals": {"stage": "leading"}}}
    assert handed == [(people, [("r1", 1), ("r2", 1)])] * 2
    with pytest.raises(WorkshopNotFound, match="You are not \\(or no longer\\) part of programme"):
        store.featured_for(new.participant_code, "not-a-token", spread)  # a guessed token learns nothing
    assert len(handed) == 2

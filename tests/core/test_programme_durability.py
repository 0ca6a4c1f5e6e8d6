"""Programmes under load and across versions: capacity under concurrent requests, revision 0003 on old databases."""

from dataclasses import replace

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_workshop_durability import together  # threads that all start at the same moment

from mentorfinder.workshop import (
    COORDINATOR_PAIRS,
    PARTICIPANTS_REQUEST,
    BadInput,
    Mentor,
    MentorFull,
    ProgrammeStore,
    SharedResult,
    WorkshopNotFound,
    WorkshopStore,
)
from mentorfinder.workshop.database import MIGRATIONS, schema_version, writing
from mentorfinder.workshop.models import SCHEMA_VERSION, VERSION_TABLE, Base

PROGRAMME_COLUMNS = {
    "programmes": ["id", "mentor_code", "participant_code", "title", "key_hash", "created_at", "expires_at", "mode",
                   "floor", "joined"],
    "programme_mentors": ["id", "programme_id", "mentor_id", "token_hash", "name", "show_name", "contact", "capacity",
                          "answers", "updated_at"],
    "programme_participants": ["id", "programme_id", "number", "token_hash", "joined_at", "answers", "opted_in"],
    "programme_requests": ["participant_row", "mentor_row", "programme_id", "requested_at"],
    "programme_pairs": ["participant_row", "mentor_row", "programme_id", "percent", "reason"],
}  # fmt: skip


def requests_at_once(store, code: str, tokens: list[str], mentor_id: str) -> tuple[int, int, list[str]]:
    """Every token requests the mentor at the same moment: (accepted, refused as full, other errors)."""
    accepted, full, errors = [], [], []

    def ask(token: str) -> None:
        try:
            store.request_mentor(code, token, mentor_id)
            accepted.append(token)
        except MentorFull:
            full.append(token)
        except Exception as err:  # noqa: BLE001 - shown by the test's assertion
            errors.append(repr(err))

    together([lambda t=t: ask(t) for t in tokens])
    return len(accepted), len(full), errors


@pytest.fixture
def store(workshop_store):
    return ProgrammeStore(workshop_store)


def test_two_requests_for_a_mentors_last_place_at_once_give_it_to_one(store):
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    store.import_mentors(new.mentor_code, new.key, [Mentor(f"r{n}", "M", True, "m@x", 1, {}) for n in range(8)])
    for n in range(8):  # eight rounds: each time two people ask for one place at the same moment
        tokens = [store.add_participant(new.participant_code, {}).token for _ in range(2)]
        assert requests_at_once(store, new.participant_code, tokens, f"r{n}") == (1, 1, [])
    with store.engine.connect() as conn:
        per_mentor = conn.execute(sa.text("SELECT mentor_row, count(*) FROM programme_requests GROUP BY mentor_row"))
        assert sorted(c for _, c in per_mentor) == [1] * 8


def test_twelve_requests_at_once_fill_three_places_and_no_more(store):
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    store.import_mentors(new.mentor_code, new.key, [Mentor("popular", "M", True, "m@x", 3, {})])
    tokens = [store.add_participant(new.participant_code, {}).token for _ in range(12)]
    assert requests_at_once(store, new.participant_code, tokens, "popular") == (3, 9, [])
    [card] = store.roster(new.participant_code)
    assert (card.capacity, card.places_left) == (3, 0)
    assert sum(p.requested == "popular" for p in store.participants(new.mentor_code, new.key)) == 3


def test_twenty_people_joining_at_once_get_twenty_different_refs(store):
    new = store.create("Round", COORDINATOR_PAIRS, 30)
    refs: list[str] = []
    together([lambda: refs.append(store.add_participant(new.participant_code, {}).ref) for _ in range(20)])
    assert sorted(refs, key=lambda r: int(r[1:])) == [f"P{n}" for n in range(1, 21)]


def test_deleting_a_programme_while_people_request_never_deadlocks(store):
    for _round in range(3):
        new = store.create("Busy", PARTICIPANTS_REQUEST, 30)
        store.import_mentors(new.mentor_code, new.key, [Mentor(f"r{n}", "M", True, "m@x", 2, {}) for n in range(4)])
        tokens = [store.add_participant(new.participant_code, {}).token for _ in range(10)]
        errors: list[str] = []

        def person(token: str, errors=errors, new=new) -> None:
            for n in range(4):
                try:
                    store.request_mentor(new.participant_code, token, f"r{n}")
                    store.cancel_request(new.participant_code, token)
                except MentorFull:
                    continue
                except WorkshopNotFound:
                    return  # the programme is gone: the one other expected outcome
                except Exception as err:  # noqa: BLE001 - shown by the assertion below
                    errors.append(repr(err))
                    return

        def coordinator(errors=errors, new=new) -> None:
            try:
                store.delete(new.mentor_code, new.key)
            except Exception as err:  # noqa: BLE001 - shown by the assertion below
                errors.append(repr(err))

        together([lambda t=t: person(t) for t in tokens] + [coordinator])
        assert errors == []
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM programme_requests")).scalar() == 0


def _config(conn) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def _dump(store) -> list[list[tuple]]:
    with store.engine.connect() as conn:
        return [[tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {t} ORDER BY id"))] for t in ("workshops", "participants")]  # fmt: skip


def test_an_empty_database_is_made_at_0003_with_exactly_the_models_tables(database_url):
    store = ProgrammeStore(WorkshopStore(database_url))
    try:
        assert store.purge_expired() == 0  # the purge thread's first call makes the tables
        with store.engine.connect() as conn:
            assert schema_version(conn) == SCHEMA_VERSION == "0003"
            context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            assert compare_metadata(context, Base.metadata) == []
        inspector = sa.inspect(store.engine)
        assert {t: [c["name"] for c in inspector.get_columns(t)] for t in PROGRAMME_COLUMNS} == PROGRAMME_COLUMNS
    finally:
        store.engine.dispose()


def test_revision_0003_on_a_database_with_workshops_keeps_every_workshop_row(database_url, clock):
    old = WorkshopStore(database_url, now=clock)
    with writing(old.engine) as conn:
        command.upgrade(_config(conn), "0002")  # the database as the app before this issue left it
    # its rows made through the 0002 code paths' tables (the store's own calls would migrate to the head first)
    with writing(old.engine) as conn:
        conn.execute(
            sa.text(
                "INSERT INTO workshops (id, code, title, key_hash, created_at, expires_at, locked) "
                "VALUES (1, 'CCCCCCCC', 'Old room', :hash, :t, :end, false)"
            ),
            {"hash": "0" * 64, "t": "2026-03-02 09:00:00", "end": "2026-03-16 09:00:00"},
        )
        for n in range(3):
            conn.execute(
                sa.text("INSERT INTO participants (id, workshop_id, joined_at, pending) VALUES (:id, 1, :t, false)"),
                {"id": f"person{n:020d}", "t": "2026-03-02 09:00:00"},
            )
        assert schema_version(conn) == "0002"
    before = _dump(old)
    old.dispose()
    workshops = WorkshopStore(database_url, now=clock)
    store = ProgrammeStore(workshops)
    try:
        assert store.purge_expired() == 0  # migrates to 0003
        assert _dump(workshops) == before
        with workshops.engine.connect() as conn:
            assert schema_version(conn) == "0003"
        workshops.share("CCCC-CCCC", "person" + "0" * 20, SharedResult({"guidance": 10.0}, ["sponsor"], []))
        assert (workshops.info("CCCCCCCC").title, workshops.shared("CCCCCCCC", "person" + "0" * 20)["top3"]) == (
            "Old room",
            ["sponsor"],
        )
        new = store.create("Round", COORDINATOR_PAIRS, 30)
        assert store.add_participant(new.participant_code, {"q": 1}).ref == "P1"
        with writing(workshops.engine) as conn:  # and back: the programme tables go, the workshop rows stay
            command.downgrade(_config(conn), "0002")
        assert not {"programmes", "programme_mentors"} & set(sa.inspect(workshops.engine).get_table_names())
        assert [len(rows) for rows in _dump(workshops)] == [1, 3]
    finally:
        workshops.dispose()


def test_two_replicas_asking_for_one_last_place_at_once_give_it_to_one(database_url):
    """Two app processes' stores (each its own engine and pool) on one database: the database decides, not memory."""
    replicas = [ProgrammeStore(WorkshopStore(database_url)) for _ in range(2)]
    try:
        one, other = replicas
        new = one.create("Round", PARTICIPANTS_REQUEST, 30)
        one.import_mentors(new.mentor_code, new.key, [Mentor(f"r{n}", "M", True, "m@x", 1, {}) for n in range(5)])
        for n in range(5):
            tokens = [one.add_participant(new.participant_code, {}).token for _ in range(2)]
            outcomes: list[str] = []

            def ask(store, token, n=n, outcomes=outcomes) -> None:
                try:
                    store.request_mentor(new.participant_code, token, f"r{n}")
                    outcomes.append("accepted")
                except MentorFull:
                    outcomes.append("full")

            together([lambda t=tokens[0]: ask(one, t), lambda t=tokens[1]: ask(other, t)])
            assert sorted(outcomes) == ["accepted", "full"]
        assert [c.places_left for c in other.roster(new.participant_code)] == [0] * 5
    finally:
        for store in replicas:
            store.workshops.dispose()


ACTIONS = st.lists(
    st.tuples(st.sampled_from(["request", "cancel", "leave", "capacity"]), st.integers(0, 5), st.integers(0, 2)),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_any_sequence_of_requests_keeps_every_mentor_within_capacity(store, actions):
    """Requests, cancels, people leaving and mentors changing capacity, in any order: no mentor ever has more
    requests than places, each card's places_left is capacity minus requests, and each refusal says why."""
    new = store.create("Round", PARTICIPANTS_REQUEST, 30)
    store.import_mentors(new.mentor_code, new.key, [Mentor(f"r{n}", "M", True, "m@x", n + 1, {}) for n in range(3)])
    ids = ["r0", "r1", "r2"]  # r0 takes 1, r1 2, r2 3
    people = [store.add_participant(new.participant_code, {}).token for _ in range(6)]
    held: dict[int, int] = {}  # person -> mentor index, as the store should have it
    for action, person, which in actions:
        token, mentor_id = people[person], ids[which]
        taken = sum(1 for m in held.values() if m == which)
        if action == "request":
            mine = held.get(person) == which
            try:
                store.request_mentor(new.participant_code, token, mentor_id)
                held[person] = which
            except MentorFull:
                assert taken >= places_of(store, new, mentor_id) and not mine
            except WorkshopNotFound:
                assert token is None
        elif action == "cancel" and token is not None:
            store.cancel_request(new.participant_code, token)
            held.pop(person, None)
        elif action == "leave" and token is not None:
            store.leave(new.participant_code, token)
            held.pop(person, None)
            people[person] = None
        elif action == "capacity":
            mentor = store.coordinator_mentors(new.mentor_code, new.key)[which]
            wanted = max(1, taken - 1 + person % 3)  # sometimes below what is taken: refused
            try:
                store.import_mentors(new.mentor_code, new.key, [replace(mentor, capacity=wanted)])
            except BadInput:
                assert wanted < taken
        cards = store.roster(new.participant_code)
        counted = [sum(1 for m in held.values() if m == i) for i in range(3)]
        assert [(c.capacity - c.places_left) for c in cards] == counted
        assert all(n <= c.capacity for n, c in zip(counted, cards, strict=True))
    store.delete(new.mentor_code, new.key)


def places_of(store, new, mentor_id: str) -> int:
    return next(c.capacity for c in store.roster(new.participant_code) if c.id == mentor_id)

"""The room's picture against issue 19's attacks, replayed on the store and on the raw database rows.

The stated bound (docs/workshop.md, the Privacy page): nothing finer than the third of the scale each needs, style and
time dimension fell in is stored or shown, and stored times are whole hours. Each attack is replayed in two rooms that
differ only in the victim's exact values (same thirds): every view the attacker gets, and every database row, must be
the same in both. Then the attacker cannot tell 77.7 from 70.0, so no value is recovered beyond its third.
"""

import json

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorfinder.workshop import SharedResult

GROUPS = {"guidance": "needs", "skills": "needs", "directness": "style", "frequency": "availability"}


def person(values, first="sponsor", network=("connector", "sponsor")) -> SharedResult:
    """A share with these percents (guidance, skills, directness, frequency) and this first choice."""
    second = "skills_coach" if first != "skills_coach" else "sponsor"
    return SharedResult(
        dict(zip(GROUPS, map(float, values), strict=True)), [first, second], list(network), dict(GROUPS)
    )


# The victim's exact values, twice: different numbers, the same thirds (high, high, middle, low).
VICTIM = person((77.7, 90.0, 41.9, 10.0), first="challenger")
TWIN = person((70.0, 67.0, 60.0, 33.0), first="challenger")


def pictures(store, steps) -> list:
    """Run a room's steps (("share", who, result) / ("withdraw", who) / ("look",)) and return every view the
    facilitator's screen got at each look: counts and the room's picture."""
    new = store.create("Room")
    ids: dict[str, str] = {}
    seen = []
    for step in steps:
        if step[0] == "look":
            view = store.group(new.code, new.key)
            seen.append((view.joined, view.finished, view.shared, view.breakdown))
            continue
        who = ids.setdefault(step[1], store.join(new.code))
        if step[0] == "share":
            store.share(new.code, who, step[2])
        else:
            store.withdraw(new.code, who)
    return seen


def stored_rows(store) -> list[list[tuple]]:
    """What a reader of the database file sees, per workshop: every participant row's times and result, as stored."""
    with store.engine.connect() as conn:
        found = conn.execute(
            sa.text(
                "SELECT workshop_id, joined_at, finished_at, shared_at, result FROM participants ORDER BY workshop_id"
            )
        ).all()
    rooms: dict[int, list[tuple]] = {}
    for row in found:
        rooms.setdefault(row[0], []).append(tuple(str(cell) for cell in row[1:]))
    return [sorted(rows) for _room, rows in sorted(rooms.items())]


def both_rooms(store, steps_with) -> tuple[list, list]:
    """The same attack with VICTIM and with TWIN: the views of each room."""
    return pictures(store, steps_with(VICTIM)), pictures(store, steps_with(TWIN))


def test_quartile_inversion_with_three_shares_gets_nothing_finer_than_thirds(workshop_store):
    # issue 19: with 3 shares, v1 = 2*lower - median and v3 = 2*upper - median gave back all three values
    def room(victim):
        return [
            ("share", "a", person((20.0, 20.0, 20.0, 20.0))),
            ("share", "b", person((50.0, 50.0, 50.0, 50.0))),
            ("share", "v", victim),
            ("look",),
        ]

    first, second = both_rooms(workshop_store, room)
    assert first == second
    (_joined, _finished, shared, picture) = first[0]
    assert shared == 3
    # three people in different thirds: every third holds one person, so no dimension is drawn at all
    assert (picture.needs, picture.spread) == ({}, {})
    assert picture.withheld == ["directness", "frequency", "guidance", "skills"]
    assert picture.top_archetypes == []  # sponsor twice, challenger once: both fewer than 3


def test_fake_joins_read_no_more_than_the_victims_thirds(workshop_store):
    # issue 19: one person with two private windows plus one victim read the victim's needs (3*mean - 40 = 77.6)
    # and first choice (the only entry not theirs)
    def room(victim):
        fake = person((40.0, 40.0, 40.0, 40.0), first="sponsor")
        return [("share", "fake1", fake), ("share", "fake2", fake), ("share", "v", victim), ("look",)]

    first, second = both_rooms(workshop_store, room)
    assert first == second  # the victim's 77.7 and 70.0 give the attacker the same screen
    picture = first[0][3]
    assert picture.top_archetypes == []  # the victim's first choice (challenger) is not listed: one person
    assert "challenger" not in str(picture)


def test_share_and_withdraw_differencing_sees_no_single_change(workshop_store):
    # issue 19: sharing and withdrawing between 3-second refreshes gave 4*41.9 - 3*30.0 = 77.6
    others = [person((30.0 + 10 * i, 80.0, 45.0, 90.0)) for i in range(3)]

    def room(victim):
        steps = [step for i, p in enumerate(others) for step in (("share", f"o{i}", p), ("look",))]
        return [
            *steps,
            ("share", "v", victim),
            ("look",),
            ("withdraw", "v"),
            ("look",),
            ("share", "v", victim),
            ("look",),
        ]

    first, second = both_rooms(workshop_store, room)
    assert first == second
    before_victim = first[2][3]
    # the victim's share, withdrawal and share again each come in alone: the picture stays the one made before
    assert [seen[3] for seen in first[3:]] == [before_victim] * 3
    assert [seen[2] for seen in first[3:]] == [4, 3, 4]  # the count of shares is live; the picture is not


def test_the_database_file_holds_thirds_and_whole_hours_only(workshop_store, clock):
    # issue 19: whoever holds the database read every row's exact percents and microsecond times
    clock.advance(minutes=17, seconds=3, microseconds=12)  # 09:47:03.000012

    def room(victim):
        return [("share", "a", person((20.0, 20.0, 20.0, 20.0))), ("share", "v", victim)]

    both_rooms(workshop_store, room)
    first, second = stored_rows(workshop_store)
    assert first == second
    shared_at = {row[2] for row in first}
    assert {s[11:19] for s in shared_at} == {"09:00:00"}  # rounded down to the hour, on SQLite and PostgreSQL
    assert "77.7" not in str(first) and "41.9" not in str(first)
    assert '"guidance": 2' in str(first).replace("'", '"')  # the victim's guidance is kept as "high" only


THIRDS = [(0.0, 33.3), (33.4, 66.6), (66.7, 100.0)]


@st.composite
def same_thirds(draw):
    """Two shares whose four percents differ but fall in the same thirds."""
    pairs = []
    for _dim in GROUPS:
        low, high = draw(st.sampled_from(THIRDS))
        pick = st.integers(round(low * 10), round(high * 10)).map(lambda tenths: tenths / 10)
        pairs.append((draw(pick), draw(pick)))
    return person([a for a, _b in pairs]), person([b for _a, b in pairs])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(victims=same_thirds(), crowd=st.integers(0, 6))
def test_any_two_victims_in_the_same_thirds_give_the_same_screens_and_rows(workshop_store, victims, crowd):
    others = [person((10.0 * i, 95.0 - 10 * i, 50.0, 70.0)) for i in range(crowd)]

    def room(victim):
        steps = [("share", f"o{i}", p) for i, p in enumerate(others)]
        return [*steps, ("look",), ("share", "v", victim), ("look",), ("withdraw", "v"), ("look",)]

    victim, twin = victims
    assert pictures(workshop_store, room(victim)) == pictures(workshop_store, room(twin))
    rows = stored_rows(workshop_store)
    assert rows[-1] == rows[-2]


def test_migrating_a_0001_database_turns_its_percents_into_thirds_and_its_times_into_hours(database_url, clock):
    from alembic import command
    from alembic.config import Config

    from mentorfinder.workshop import WorkshopStore
    from mentorfinder.workshop.database import MIGRATIONS, writing
    from mentorfinder.workshop.models import VERSION_TABLE, Participant

    old = WorkshopStore(database_url, now=clock)
    with writing(old.engine) as conn:  # the database as revision 0001 left it: percents and exact times
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            sa.text(
                "INSERT INTO workshops (id, code, title, key_hash, created_at, expires_at, locked) "
                "VALUES (1, 'CCCCCCCC', 'Old room', :hash, :t, :end, false)"
            ),
            {"hash": "0" * 64, "t": "2026-03-02 09:47:03.000012", "end": "2026-03-16 09:47:03"},
        )
        for n, value in enumerate((77.7, 10.0, 50.0)):
            result = {"dimensions": {"guidance": value, "trust": 99.0}, "top3": ["sponsor"], "network": [],
                      "groups": {"guidance": "needs", "trust": "fit"}}  # fmt: skip
            conn.execute(
                sa.text(
                    "INSERT INTO participants (id, workshop_id, joined_at, finished_at, shared_at, result) "
                    "VALUES (:id, 1, :t, :t, :t, :result)"
                ),
                {"id": f"person{n:020d}", "t": "2026-03-02 09:47:03.000012", "result": json.dumps(result)},
            )
    old.dispose()
    store = WorkshopStore(database_url, now=clock)
    try:
        store.purge_expired()  # the first call migrates to the head
        with store.engine.connect() as conn:
            assert conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).all() == [("0003",)]
        assert {row[0][11:19] for row in stored_rows(store)[0]} == {"09:00:00"}
        with store.engine.connect() as conn:
            kept = conn.execute(sa.select(Participant.result, Participant.pending)).all()
        assert sorted((r.result["thirds"]["guidance"], r.result["groups"], r.pending) for r in kept) == [
            (0, {"guidance": "needs"}, True),  # 10.0
            (1, {"guidance": "needs"}, True),  # 50.0
            (2, {"guidance": "needs"}, True),  # 77.7; trust, a fit dimension, is gone
        ]
    finally:
        store.dispose()

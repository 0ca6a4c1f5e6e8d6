"""The workshop store on SQLite and PostgreSQL: create, join, share, withdraw, view, lock, reopen, delete, expire."""

import hashlib
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from mentorfinder.workshop import (
    CODE_ALPHABET,
    BadInput,
    Breakdown,
    SharedResult,
    StoredShare,
    WorkshopClosed,
    WorkshopExpired,
    WorkshopNotFound,
    WrongKey,
)
from mentorfinder.workshop import codes as workshop_codes

START = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # the clock fixture's start


def result(guidance: float, first: str = "sponsor") -> SharedResult:
    second = "sponsor" if first == "connector" else "connector"
    return SharedResult({"guidance": guidance, "directness": 100 - guidance}, [first, second], [first, second],
                        {"guidance": "needs", "directness": "style"})  # fmt: skip


def rows(store, sql: str, **params) -> list[tuple]:
    """Rows straight from the database (not through the store)."""
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql), params)]


def everything(store) -> list[list[tuple]]:
    return [rows(store, "SELECT * FROM workshops ORDER BY id"), rows(store, "SELECT * FROM participants ORDER BY id")]


def test_create_gives_a_readable_code_and_a_key_stored_only_as_its_hash(workshop_store):
    new = workshop_store.create("  Spring\n cohort  ")
    assert (new.title, new.expires_at) == ("Spring cohort", datetime(2026, 3, 16, 9, 30, tzinfo=UTC))  # 14 days
    assert new.code[4] == "-" and len(new.code) == 9
    assert set(new.code.replace("-", "")) <= set(CODE_ALPHABET)
    assert not set(CODE_ALPHABET) & set("0O1IL5S2Z8B")
    [(code, title, key_hash, locked)] = rows(workshop_store, "SELECT code, title, key_hash, locked FROM workshops")
    assert (code, title, bool(locked)) == (new.code.replace("-", ""), "Spring cohort", False)
    assert key_hash == hashlib.sha256(new.key.encode()).hexdigest() != new.key
    assert new.key not in repr(everything(workshop_store))  # nowhere in clear text
    info = workshop_store.info(" " + new.code.lower().replace("-", " - ") + " ")
    assert (info.code, info.title, info.status, info.expires_at) == (new.code, "Spring cohort", "open", new.expires_at)
    assert workshop_store.info(new.code.replace("-", "\u2013")).code == new.code  # a typographic dash, too
    assert workshop_store.create("Room\x00 4\x07\t(B)").title == "Room 4 (B)"  # PostgreSQL would refuse the NUL


def test_bad_titles_days_and_results_are_refused_with_a_reason(workshop_store):
    with pytest.raises(BadInput, match="^A workshop needs a title of 1 to 120 characters.$"):
        workshop_store.create("  \n ")
    with pytest.raises(BadInput, match="^A workshop lasts 1 to 90 days.$"):
        workshop_store.create("Room 4", days=0)
    code = workshop_store.create("Room 4", days=1).code
    me = workshop_store.join(code)
    with pytest.raises(BadInput, match="^The percent of dimension guidance is 120.0, outside 0 to 100.$"):
        workshop_store.share(code, me, SharedResult({"guidance": 120.0}, [], []))
    with pytest.raises(BadInput, match="^The top three is a list of at most 3 archetype ids.$"):
        workshop_store.share(code, me, SharedResult({}, ["a", "b", "c", "d"], []))
    assert rows(workshop_store, "SELECT result, shared_at FROM participants") == [(None, None)]


def test_unknown_and_malformed_codes_say_so(workshop_store):
    with pytest.raises(WorkshopNotFound) as err:
        workshop_store.info("KKKK-KKKK")
    assert str(err.value) == (
        "There is no workshop with the code KKKK-KKKK. It may have ended and been deleted; "
        "check the code with your facilitator."
    )
    with pytest.raises(WorkshopNotFound, match="^A workshop code has 8 letters and digits, like K7QX-M4RT."):
        workshop_store.join("hello")


def test_a_colliding_code_is_drawn_again(workshop_store, monkeypatch):
    drawn = iter(["AAAAAAAA", "AAAAAAAA", "CCCCCCCC"])
    monkeypatch.setattr(workshop_codes, "new_code", lambda: next(drawn))
    assert [workshop_store.create("One").code, workshop_store.create("Two").code] == ["AAAA-AAAA", "CCCC-CCCC"]


def test_join_share_and_group_counts_and_the_fewer_than_three_rule(workshop_store):
    new = workshop_store.create("Room 4")
    people = [workshop_store.join(new.code) for _ in range(5)]
    workshop_store.mark_finished(new.code, people[4])
    workshop_store.share(new.code, people[0], result(20.0))
    workshop_store.share(new.code, people[1], result(40.0, first="connector"))
    view = workshop_store.group(new.code, new.key)
    assert (view.info.status, view.joined, view.finished, view.shared, view.breakdown) == ("open", 5, 3, 2, None)
    workshop_store.share(new.code, people[2], result(90.0))
    assert workshop_store.group(new.code, new.key).breakdown == Breakdown(
        shared=3,
        top_archetypes=[],  # sponsor first twice, connector once: fewer than 3 each
        top3_archetypes=[("connector", 3), ("sponsor", 3)],
        needs={},
        spread={},
        withheld=["directness", "guidance"],  # guidance 20, 40, 90: one person in each third
        typical_network=["connector", "sponsor"],  # all three have it (in either order)
    )
    assert workshop_store.group(new.code, new.key).shared == 3


def test_sharing_again_replaces_the_own_row_and_withdraw_empties_it(workshop_store):
    new = workshop_store.create("Room 4")
    me = workshop_store.join(new.code)
    workshop_store.share(new.code, me, result(20.0))
    workshop_store.share(new.code, me, result(35.5, first="challenger"))
    [(pid, stored)] = rows(workshop_store, "SELECT id, result FROM participants")
    stored = stored if isinstance(stored, dict) else __import__("json").loads(stored)
    assert (pid, stored) == (me, StoredShare.from_json(stored).to_json())
    assert stored == {  # 35.5 and 64.5 are both in the middle third: nothing finer is kept
        "thirds": {"guidance": 1, "directness": 1},
        "groups": {"guidance": "needs", "directness": "style"},
        "top3": ["challenger", "connector"],
        "network": ["challenger", "connector"],
    }
    assert workshop_store.group(new.code, new.key).shared == 1
    workshop_store.withdraw(new.code, me)
    assert rows(workshop_store, "SELECT id, result, shared_at FROM participants") == [(me, None, None)]
    view = workshop_store.group(new.code, new.key)
    assert (view.joined, view.finished, view.shared) == (1, 1, 0)


def test_lock_stops_joining_and_sharing_until_reopened(workshop_store):
    new = workshop_store.create("Room 4")
    me = workshop_store.join(new.code)
    workshop_store.share(new.code, me, result(20.0))
    workshop_store.lock(new.code, new.key)
    assert workshop_store.info(new.code).status == "locked"
    closed = f"Workshop {new.code} is closed: the facilitator is not taking new participants or results at the moment."
    with pytest.raises(WorkshopClosed) as err:
        workshop_store.join(new.code)
    assert str(err.value) == closed
    with pytest.raises(WorkshopClosed):
        workshop_store.share(new.code, me, result(50.0))
    workshop_store.withdraw(new.code, me)  # one's own result can always be taken back
    workshop_store.reopen(new.code, new.key)
    assert workshop_store.info(new.code).status == "open"
    workshop_store.share(new.code, workshop_store.join(new.code), result(60.0))
    view = workshop_store.group(new.code, new.key)
    assert (view.joined, view.shared) == (2, 1)


def test_every_facilitator_action_with_a_wrong_key_raises_and_changes_nothing(workshop_store, shipped):
    new = workshop_store.create("Room 4")
    other = workshop_store.create("Room 5")
    for _ in range(3):
        workshop_store.share(new.code, workshop_store.join(new.code), result(30.0))
    before = everything(workshop_store)
    actions = ["group", "lock", "reopen", "delete"]
    for key in ["", "x", new.key[:-1], other.key, new.key + " extra", "k" * 10_000, None]:
        for action in actions:
            with pytest.raises(WrongKey, match=f"^That facilitator key does not belong to workshop {new.code}.$"):
                getattr(workshop_store, action)(new.code, key)
        for action in ("aggregate_csv", "aggregate_pdf"):
            with pytest.raises(WrongKey):
                getattr(workshop_store, action)(new.code, key, shipped)
    assert everything(workshop_store) == before
    assert workshop_store.group(new.code, " " + new.key + "\n").shared == 3  # a pasted key's spaces do not matter


def test_a_participant_id_from_another_workshop_is_unknown_here(workshop_store):
    ours, theirs = workshop_store.create("Room 4"), workshop_store.create("Room 5")
    mine = workshop_store.join(ours.code)
    stranger = workshop_store.join(theirs.code)
    workshop_store.share(theirs.code, stranger, result(10.0))
    before = everything(workshop_store)
    message = f"^You are not \\(or no longer\\) part of workshop {ours.code}. Join it again with its code.$"
    for call in (
        lambda: workshop_store.share(ours.code, stranger, result(99.0)),
        lambda: workshop_store.withdraw(ours.code, stranger),
        lambda: workshop_store.mark_finished(ours.code, stranger),
        lambda: workshop_store.share(ours.code, "made-up-participant-id", result(99.0)),
        lambda: workshop_store.share(ours.code, "' OR 1=1 --", result(99.0)),
    ):
        with pytest.raises(WorkshopNotFound, match=message):
            call()
    assert everything(workshop_store) == before
    assert mine != stranger


def test_expiry_stops_joining_and_purge_removes_the_workshop_and_its_rows(workshop_store, clock):
    old = workshop_store.create("Old room", days=1)
    young = workshop_store.create("Young room", days=3)
    me = workshop_store.join(old.code)
    workshop_store.share(old.code, me, result(20.0))
    workshop_store.join(old.code)
    workshop_store.share(young.code, workshop_store.join(young.code), result(40.0))
    clock.advance(hours=23, minutes=59)
    assert (workshop_store.info(old.code).status, workshop_store.purge_expired()) == ("open", 0)
    clock.advance(minutes=1)  # exactly the expiry
    assert workshop_store.info(old.code).status == "expired"
    with pytest.raises(WorkshopExpired) as err:
        workshop_store.join(old.code)
    assert str(err.value) == f"Workshop {old.code} ended on 3 March 2026, 09:30 UTC; its results are being deleted."
    with pytest.raises(WorkshopExpired):
        workshop_store.share(old.code, me, result(50.0))
    with pytest.raises(WorkshopExpired):
        workshop_store.reopen(old.code, old.key)
    assert workshop_store.purge_expired() == 3  # the workshop and its two participants
    assert rows(workshop_store, "SELECT title FROM workshops") == [("Young room",)]
    assert rows(workshop_store, "SELECT count(*) FROM participants WHERE shared_at IS NOT NULL") == [(1,)]
    assert rows(workshop_store, "SELECT count(*) FROM participants") == [(1,)]
    with pytest.raises(WorkshopNotFound):
        workshop_store.info(old.code)


def test_delete_leaves_no_row_of_the_workshop(workshop_store):
    gone, kept = workshop_store.create("Gone"), workshop_store.create("Kept")
    for code in (gone.code, kept.code):
        workshop_store.share(code, workshop_store.join(code), result(20.0))
        workshop_store.join(code)
    workshop_store.delete(gone.code, gone.key)
    assert rows(workshop_store, "SELECT title FROM workshops") == [("Kept",)]
    assert rows(workshop_store, "SELECT count(*) FROM participants") == [(2,)]
    for call in (workshop_store.info, workshop_store.join):
        with pytest.raises(WorkshopNotFound):
            call(gone.code)


def test_timestamps_are_utc_and_nothing_but_the_listed_columns_exist(workshop_store, clock):
    new = workshop_store.create("Room 4")
    clock.advance(minutes=5)
    me = workshop_store.join(new.code)
    clock.advance(minutes=5)
    workshop_store.share(new.code, me, result(20.0))
    info = workshop_store.info(new.code)
    assert info.expires_at.utcoffset().total_seconds() == 0
    columns = {
        t: [c["name"] for c in sa.inspect(workshop_store.engine).get_columns(t)] for t in ("workshops", "participants")
    }
    assert columns == {
        "workshops": ["id", "code", "title", "key_hash", "created_at", "expires_at", "locked", "snapshot"],
        "participants": ["id", "workshop_id", "joined_at", "finished_at", "shared_at", "result", "pending"],
    }


def test_finishing_counts_while_locked_and_withdrawing_works_after_expiry(workshop_store, clock):
    new = workshop_store.create("Room 4", days=1)
    me, other = workshop_store.join(new.code), workshop_store.join(new.code)
    workshop_store.share(new.code, me, result(20.0))
    workshop_store.lock(new.code, new.key)
    workshop_store.mark_finished(new.code, other)  # reaching one's results is counted, locked or not
    workshop_store.mark_finished(new.code, other)  # and only once
    clock.advance(days=1)
    workshop_store.withdraw(new.code, me)  # taking one's result back always works until the purge
    view = workshop_store.group(new.code, new.key)
    assert (view.info.status, view.joined, view.finished, view.shared) == ("expired", 2, 2, 0)
    assert rows(workshop_store, "SELECT count(*) FROM participants WHERE finished_at IS NOT NULL") == [(2,)]
    with pytest.raises(WorkshopExpired):
        workshop_store.mark_finished(new.code, other)

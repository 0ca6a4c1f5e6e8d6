"""The facilitator's actions (lock, reopen, exports, delete after asking) and the store's hourly purge of expired ones."""

from datetime import timedelta

import pytest
import test_workshop
from apphelpers import button
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_workshop import facilitator_page

from mentorfinder.workshop import ProgrammeStore, WorkshopNotFound, WorkshopStore, service
from mentorfinder.workshop.store import utc_now
from ui import state
from ui import workshop as app_workshop

store = test_workshop.store  # the fixture: a fresh SQLite file for the app and the test


def test_lock_and_reopen(at, store):
    new = store.create("Room 4")
    facilitator_page(at, new.code, new.key)
    button(at, "Lock: no one new joins").click().run()
    assert store.info(new.code).status == "locked"
    assert at.markdown[0].value.endswith("\nJoining is closed.")  # no "Join with the code … · locked" for the room
    button(at, "Reopen for joining").click().run()
    assert store.info(new.code).status == "open"
    assert [b.label for b in at.get("download_button")] == ["Download CSV", "Download PDF"]


def test_delete_asks_first_then_removes_everything(at, store):
    new = store.create("Room 4")
    store.join(new.code)
    facilitator_page(at, new.code, new.key)
    button(at, "Delete the workshop").click().run()
    assert store.group(new.code, new.key).joined == 1  # nothing yet: it asks first
    assert "Delete this workshop and every result shared in it? This cannot be undone." in [w.value for w in at.warning]
    button(at, "Cancel").click().run()
    assert not [b for b in at.button if b.label == "Yes, delete everything"]
    button(at, "Delete the workshop").click().run()
    button(at, "Yes, delete everything").click().run()
    with pytest.raises(WorkshopNotFound):
        store.info(new.code)
    assert at.session_state[state.FACILITATED] is None
    assert at.title[0].value == "Run a workshop"
    assert state.URL_KEY not in at.query_params


def test_expired_workshops_are_purged_at_start_up_then_at_most_hourly(store, monkeypatch):
    past = WorkshopStore(now=lambda: utc_now() - timedelta(days=30))
    first = past.create("Last month", days=1)
    service.store()  # the first use in this process (for this database): purges
    with pytest.raises(WorkshopNotFound):
        store.info(first.code)
    second = past.create("Also last month", days=1)
    service.store()
    assert store.info(second.code).status == "expired"  # within the hour: not purged again
    later = service.time.monotonic_ns() + service.PURGE_EVERY * SECOND
    monkeypatch.setattr(service.time, "monotonic_ns", lambda: later)
    service.store()
    with pytest.raises(WorkshopNotFound):
        store.info(second.code)
    past.dispose()


SECOND = 1_000_000_000  # nanoseconds: the purge's clock counts whole nanoseconds, so its sums are exact


def purge_at(start_ns: int, monkeypatch, store) -> None:
    """Start-up purge at `start_ns`, then a workshop that has ended: kept a nanosecond short of the hour, purged on
    the hour. The clock is an integer, so "an hour later" is exactly an hour whatever the machine's uptime."""
    for held in service._HELD.values():  # each start is a new process: its first round purges at once
        held.store.dispose()
    service._HELD.clear()
    past = WorkshopStore(now=lambda: utc_now() - timedelta(days=30))
    clock = [start_ns]
    monkeypatch.setattr(service.time, "monotonic_ns", lambda: clock[0])

    def an_hour_passes(seconds):
        assert seconds == service.PURGE_EVERY
        clock[0] += seconds * SECOND

    first = past.create("Last month", days=1)
    service.purge_rounds(rounds=1, wait=an_hour_passes)  # start-up: the configured database, no page opened
    with pytest.raises(WorkshopNotFound):
        store.info(first.code)
    second = past.create("Also last month", days=1)
    clock[0] -= 1  # a nanosecond short of the hour: left for now
    service.purge_rounds(rounds=1, wait=lambda _seconds: None)
    assert store.info(second.code).status == "expired"
    clock[0] += 1  # the hour: the next round purges it, still with no page opened
    service.purge_rounds(rounds=1, wait=an_hour_passes)
    with pytest.raises(WorkshopNotFound):
        store.info(second.code)
    past.dispose()


def test_the_purge_runs_hourly_without_anyone_opening_a_workshop(store, monkeypatch):
    purge_at(service.time.monotonic_ns(), monkeypatch, store)


def test_the_hourly_purge_does_not_depend_on_the_uptime(store, monkeypatch):
    # 13820.524929948342 s of uptime: with float seconds, T + 3600 - 1 + 1 came to 3599.9999999999995 after T,
    # short of the hour, and the purge was skipped (issue 19)
    purge_at(13_820_524_929_948_342 // 1_000_000, monkeypatch, store)
    purge_at(13_820_524_929_948, monkeypatch, store)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(min_value=0, max_value=2**63 - 2 * 3600 * SECOND))
def test_the_purge_is_due_exactly_on_the_hour_from_any_start(store, monkeypatch, start):
    purge_at(start, monkeypatch, store)


def test_the_purge_creates_no_database_where_there_is_none(tmp_path, monkeypatch):
    monkeypatch.delenv("MENTORFINDER_DATABASE_URL", raising=False)
    monkeypatch.setenv("MENTORFINDER_WORKSHOP_DB", str(tmp_path / "never" / "workshops.sqlite3"))
    service.purge_rounds(rounds=1, wait=lambda _seconds: None)
    assert not (tmp_path / "never").exists()


def test_an_unexpected_store_failure_is_a_friendly_message_not_a_traceback(at, store, monkeypatch):
    def broken(*_args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(WorkshopStore, "info", broken)
    at.run()
    at.text_input(key=state.JOIN_CODE).input("KKKK-KKKK")
    button(at, "Join the workshop").click().run()
    assert [e.value for e in at.error] == [app_workshop.UNAVAILABLE]
    assert not at.exception and "disk on fire" not in str([m.value for m in at.markdown])


def test_the_hourly_purge_removes_expired_programmes_too(store, monkeypatch):
    # a mentoring programme lives in the workshop store's database: the same round purges it (issue 22)
    for held in service._HELD.values():
        held.store.dispose()
    service._HELD.clear()
    monkeypatch.setattr(service.time, "monotonic_ns", lambda: 10 * 3600 * SECOND)
    past = WorkshopStore(now=lambda: utc_now() - timedelta(days=30))
    ended = ProgrammeStore(past).create("Last month's programme", "coordinator", 50, days=1)
    running = ProgrammeStore(store).create("This month's programme", "coordinator", 50)
    assert ProgrammeStore(store).info(ended.participant_code).status == "expired"
    service.purge_rounds(rounds=1, wait=lambda _seconds: None)  # a new process: its first round purges at once
    with pytest.raises(WorkshopNotFound):
        service.programmes().info(ended.participant_code)
    assert service.programmes().info(running.participant_code).title == "This month's programme"
    past.dispose()


def test_the_exports_are_made_on_the_click_without_rerunning_the_page(at, store):
    # a made-on-click (deferred) download whose click also reran the page raced that run: the run replaced the
    # button's file id and dropped the old one, and a fetch handled after it got nothing (lost once in a fresh CI run)
    new = store.create("Room 4")
    facilitator_page(at, new.code, new.key)
    exports = {b.label: b.proto for b in at.get("download_button")}
    assert sorted(exports) == ["Download CSV", "Download PDF"]
    assert all(p.deferred_file_id and p.ignore_rerun for p in exports.values()), exports

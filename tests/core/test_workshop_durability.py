"""Nothing shared is lost: 50 threads sharing at once, a process killed mid-way, migrations on new and old databases."""

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pgserver
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from mentorfinder.workshop import (
    SharedResult,
    StoreUnavailable,
    WorkshopNotFound,
    WorkshopStore,
    programme_models,  # noqa: F401 - every table of the store in Base.metadata
)
from mentorfinder.workshop.database import MIGRATIONS, schema_version
from mentorfinder.workshop.models import SCHEMA_VERSION, VERSION_TABLE, Base

ROOT = Path(__file__).resolve().parents[2]
THREADS = 50


def mark(n: float) -> str:
    """An archetype-shaped id that tells one share from another (percents are stored only as thirds)."""
    return "n" + str(float(n)).replace(".", "_")


def result(value: float) -> SharedResult:
    return SharedResult({"guidance": value}, [mark(value)], ["sponsor", "connector"], {"guidance": "needs"})


def shared_rows(store) -> dict[str, str]:
    """participant id -> the mark of what they shared (its first archetype id), read with SQL."""
    with store.engine.connect() as conn:
        found = conn.execute(sa.text("SELECT id, result FROM participants WHERE result IS NOT NULL")).all()
    return {pid: (r if isinstance(r, dict) else json.loads(r))["top3"][0] for pid, r in found}


def test_fifty_threads_joining_and_sharing_at_once_lose_nothing(workshop_store):
    code = workshop_store.create("Busy room").code
    mine, errors = {}, []

    def person(n: int) -> None:
        try:
            me = workshop_store.join(code)
            workshop_store.share(code, me, result(float(n)))
            workshop_store.share(code, me, result(n + 0.5))  # sharing again replaces: still one row each
            mine[me] = mark(n + 0.5)
        except Exception as err:  # noqa: BLE001 - collected and shown by the assertion below
            errors.append(repr(err))

    together([lambda n=n: person(n) for n in range(THREADS)])
    assert errors == []
    assert shared_rows(workshop_store) == mine
    assert sorted(mine.values()) == sorted(mark(n + 0.5) for n in range(THREADS))
    with workshop_store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM participants")).scalar() == THREADS


SHARER = """
import sys
from mentorfinder.workshop import SharedResult, StoreUnavailable, WorkshopNotFound, WorkshopStore
store = WorkshopStore(sys.argv[1])
for n in range(100_000):
    me = store.join(sys.argv[2])
    store.share(sys.argv[2], me, SharedResult({"guidance": 1.0}, [f"n{n % 100}_0"], [], {"guidance": "needs"}))
    print(me, n % 100, flush=True)
"""


def test_a_process_killed_mid_way_keeps_every_share_it_reported(database_url):
    store = WorkshopStore(database_url)  # on the real clock, as the child process is
    code = store.create("Killed room").code
    child = subprocess.Popen(
        [sys.executable, "-c", SHARER, database_url, code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    printed = [child.stdout.readline() for _ in range(25)]
    os.kill(child.pid, signal.SIGKILL)  # no clean-up, no atexit, no flush of anything
    printed += child.stdout.readlines()  # lines written before the kill, still in the pipe
    child.wait()
    assert child.returncode == -signal.SIGKILL
    reported = {pid: mark(int(value)) for pid, value in (line.split() for line in printed if line.strip())}
    stored = shared_rows(store)
    store.dispose()
    assert len(reported) >= 25
    assert {pid: stored.get(pid) for pid in reported} == reported
    assert len(stored) - len(reported) in (0, 1)  # at most the share whose line the kill cut off


def test_a_fresh_database_is_at_the_current_revision_and_matches_the_models(database_url):
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head == SCHEMA_VERSION == "0003"
    store = WorkshopStore(database_url)
    try:
        with store.engine.connect() as conn:
            assert schema_version(conn) is None  # nothing happens before the first use
        assert store.purge_expired() == 0  # the app's first call
        with store.engine.connect() as conn:
            assert schema_version(conn) == SCHEMA_VERSION
            assert conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).all() == [(SCHEMA_VERSION,)]
            context = MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE})
            assert compare_metadata(context, Base.metadata) == []  # the revisions build exactly models.py's tables
    finally:
        store.dispose()


REPLICA = """
import sys, time
from pathlib import Path
from mentorfinder.workshop import WorkshopStore
store = WorkshopStore(sys.argv[1])
while not Path(sys.argv[2]).exists():  # every replica opens, then all make their first call together
    time.sleep(0.01)
print(store.create("Room").code, flush=True)
"""


def test_replica_processes_starting_at_once_migrate_once(database_url, tmp_path):
    go = tmp_path / "go"
    command = [sys.executable, "-c", REPLICA, database_url, str(go)]
    replicas = [
        subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)
    ]
    go.touch()
    done = [replica.communicate(timeout=120) for replica in replicas]
    assert [(replica.returncode, err) for replica, (_, err) in zip(replicas, done, strict=True)] == [(0, "")] * 4
    store = WorkshopStore(database_url)
    try:
        assert {store.info(out.strip()).title for out, _ in done} == {"Room"} and len({out for out, _ in done}) == 4
        with store.engine.connect() as conn:
            assert conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).all() == [(SCHEMA_VERSION,)]
    finally:
        store.dispose()


def test_stores_in_threads_starting_at_once_migrate_once(database_url):
    stores = [WorkshopStore(database_url) for _ in range(4)]
    made: list[str] = []
    try:
        together([lambda store=store: made.append(store.create("Room").code) for store in stores])
        assert len(set(made)) == 4  # every replica's first call worked: one migrated, the others waited
        assert {stores[0].info(code).title for code in made} == {"Room"}
        with stores[0].engine.connect() as conn:
            assert conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).all() == [(SCHEMA_VERSION,)]
    finally:
        for store in stores:
            store.dispose()


def test_opening_an_existing_database_keeps_its_data(database_url):
    first = WorkshopStore(database_url)
    new = first.create("Kept room")
    people = [first.join(new.code) for _ in range(3)]
    for n, me in enumerate(people):
        first.share(new.code, me, result(10.0 * n))
    first.dispose()
    again = WorkshopStore(database_url)  # migrate() runs again and finds nothing to do
    try:
        view = again.group(new.code, new.key)
        assert (view.info.title, view.joined, view.shared, view.breakdown.needs) == (
            "Kept room",
            3,
            3,
            {"guidance": (3, 0, 0)},  # 0, 10 and 20: all in the low third
        )
        assert shared_rows(again) == dict(zip(people, [mark(0), mark(10), mark(20)], strict=True))
        with again.engine.connect() as conn:
            assert conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}")).all() == [(SCHEMA_VERSION,)]
    finally:
        again.dispose()


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout_and_foreign_keys(tmp_path):
    store = WorkshopStore(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    try:
        with store.engine.connect() as conn:
            pragmas = [
                conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("journal_mode", "busy_timeout", "foreign_keys")
            ]
        assert pragmas == ["wal", 30000, 1]
    finally:
        store.dispose()


def test_the_default_database_is_the_file_the_environment_names(tmp_path, monkeypatch):
    monkeypatch.delenv("MENTORFINDER_DATABASE_URL", raising=False)
    monkeypatch.setenv("MENTORFINDER_WORKSHOP_DB", str(tmp_path / "new folder" / "rooms.sqlite3"))
    store = WorkshopStore()
    try:
        store.create("Room")
        assert store.url == f"sqlite:///{tmp_path / 'new folder' / 'rooms.sqlite3'}"
        assert (tmp_path / "new folder" / "rooms.sqlite3").stat().st_size > 0
    finally:
        store.dispose()


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def test_deleting_a_room_while_its_people_share_never_deadlocks(workshop_store):
    """Every writer locks the workshop row before participant rows, so a delete waits instead of deadlocking."""
    for _round in range(3):
        assert _delete_during_shares(workshop_store, people=12) == []
    assert shared_rows(workshop_store) == {}


def _delete_during_shares(store, people: int) -> list[str]:
    """People share and withdraw over and over while the facilitator deletes the room; the unexpected errors."""
    new = store.create("Busy room")
    ids = [store.join(new.code) for _ in range(people)]
    errors: list[str] = []

    def person(me: str) -> None:
        for n in range(5):
            try:
                store.share(new.code, me, result(float(n)))
                store.withdraw(new.code, me)
            except WorkshopNotFound:
                return  # the room is gone: the one expected outcome besides success
            except Exception as err:  # noqa: BLE001 - returned and shown by the test's assertion
                errors.append(repr(err))
                return

    def facilitator() -> None:
        try:
            store.share(new.code, ids[0], result(1.0))
            store.delete(new.code, new.key)
        except Exception as err:  # noqa: BLE001 - returned and shown by the test's assertion
            errors.append(repr(err))

    together([lambda me=me: person(me) for me in ids] + [facilitator])
    return errors


def together(calls: list) -> None:
    """Run the calls in threads that all start at the same moment; wait for every one."""
    start = threading.Barrier(len(calls))

    def run(call) -> None:
        start.wait()
        call()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_an_unreachable_database_is_a_sentence_not_a_traceback(tmp_path):
    socket_dir = tmp_path / "no server here"
    store = WorkshopStore(f"postgresql://nobody@/workshops?host={socket_dir}&port=5999")  # opening never fails
    try:
        for call in (lambda: store.info("K7QX-M4RT"), lambda: store.create("Room")):
            with pytest.raises(StoreUnavailable) as err:
                call()
            assert str(err.value) == "The workshop database cannot be reached just now. Please try again in a minute."
    finally:
        store.dispose()


def test_the_store_works_once_its_database_is_there(postgres_url):
    url = pgserver.new_database(postgres_url)
    pgserver.drop_database(url)
    store = WorkshopStore(url)
    try:
        with pytest.raises(StoreUnavailable):
            store.create("Room")  # the database does not exist yet
        pgserver.create_database(url)
        assert store.info(store.create("Room").code).title == "Room"  # created the tables on this first use
    finally:
        store.dispose()
        pgserver.drop_database(url)

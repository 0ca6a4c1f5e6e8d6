"""The workshop store of this process, one per database setting and shared by every session, and its hourly purge.

Core, not UI: the app's frame starts the purge once per process (keep_purging) and its pages call store().
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from mentorfinder import settings

from .where import has_database

if TYPE_CHECKING:  # the stores import SQLAlchemy and Alembic: loaded when a store is first made, not at start-up
    from .programme_store import ProgrammeStore
    from .store import WorkshopStore

log = logging.getLogger("mentorfinder.workshop")
PURGE_EVERY = 3600  # seconds: expired workshops go at start-up, then at most hourly
# The first round waits this long after the first page run started it: opening the store imports SQLAlchemy and
# Alembic and checks the migrations (about 0.2-1 s of CPU), which would otherwise share the core, and the GIL, with
# the first person's welcome page. A session that opens a workshop sooner purges through store() as before.
START_DELAY = 5  # seconds
_NS = 1_000_000_000  # the purge's clock is time.monotonic_ns(): integers, so "an hour later" is exact at any uptime
# The settings that name the database (the store reads them); a different setting is a different store.
WHERE = (settings.DATABASE_URL, settings.WORKSHOP_DB)


class _Held:
    """The process's store and when it last purged expired workshops."""

    def __init__(self) -> None:
        from .store import WorkshopStore

        self.store = WorkshopStore()  # url None: the store reads WHERE from the environment
        self.purged: int | None = None  # time.monotonic_ns() of the last purge
        self.lock = threading.Lock()


# One store per process and database, shared by every session: it holds a connection pool and nothing of
# anyone's (shared results go to the database). A plain module-level holder rather than st.cache_resource,
# whose caches tests/app/test_isolation.py keeps to the frozen content alone.
_HELD: dict[tuple[str, ...], _Held] = {}
_HELD_LOCK = threading.Lock()
_PURGER: threading.Thread | None = None  # keep_purging()'s thread, once per process


def _held(where: tuple[str, ...]) -> _Held:
    """The holder for this database setting, made on first use (by one session, whichever asks first)."""
    with _HELD_LOCK:
        if where not in _HELD:
            _HELD[where] = _Held()
        return _HELD[where]


def store() -> WorkshopStore:
    """The store, purging expired workshops first when an hour has passed (or never yet in this process)."""
    held = _held(tuple(settings.value(name) for name in WHERE))
    _purge_if_due(held)
    return held.store


def programmes() -> ProgrammeStore:
    """The mentoring-programme store on the process's workshop store (the same database, pool and purge)."""
    from .programme_store import ProgrammeStore

    return ProgrammeStore(store())


def _purge_if_due(held: _Held) -> None:
    """Purge this store's expired workshops when it has not purged for PURGE_EVERY (or ever); one caller does."""
    with held.lock:  # many sessions share the store: one of them purges
        now = time.monotonic_ns()
        due = held.purged is None or now - held.purged >= PURGE_EVERY * _NS
        if due:
            held.purged = now
    if due:
        from .programme_store import ProgrammeStore

        try:
            log.info("purged %d expired workshop rows", held.store.purge_expired())
            log.info("purged %d expired programme rows", ProgrammeStore(held.store).purge_expired())
        except Exception:  # noqa: BLE001 - a failed purge is retried next hour; the page still works
            log.exception("could not purge expired workshops")


def keep_purging() -> None:
    """Start, once per process, the thread that purges just after start-up and then hourly even when no one opens a
    workshop: a workshop's rows go when it has ended, not whenever someone next uses the app."""
    global _PURGER
    with _HELD_LOCK:
        if _PURGER is None:
            _PURGER = threading.Thread(target=_purge_after_start, name="workshop-purge", daemon=True)
            _PURGER.start()


def _purge_after_start() -> None:
    """The purge thread: START_DELAY after start-up, then purge_rounds forever."""
    time.sleep(START_DELAY)
    purge_rounds()


def purge_rounds(rounds: int | None = None, wait: Callable[[float], None] = time.sleep) -> None:
    """Each round: the configured database (when one exists) and every store this process has opened are
    purged if due; then wait PURGE_EVERY. Forever, or `rounds` times (tests)."""
    done = 0
    while rounds is None or done < rounds:
        if has_database():
            store()  # at start-up too: created here when no session has used it yet
        with _HELD_LOCK:
            opened = list(_HELD.values())
        for held in opened:
            _purge_if_due(held)
        done += 1
        wait(PURGE_EVERY)

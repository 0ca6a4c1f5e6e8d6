"""The workshop store for this process (one, cached), its hourly purge, friendly errors, and the room's links and QR."""

from __future__ import annotations

import io
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode, urlsplit

import segno
import streamlit as st

from mentorfinder.i18n.catalogue import _
from mentorfinder.workshop import WorkshopError, WorkshopNotFound, WorkshopStore, WrongKey
from mentorfinder.workshop.database import has_database
from mentorfinder.workshop.guesses import PROCESS_GUESSES, Guesses

from . import state

log = logging.getLogger("mentorfinder.workshop")
PURGE_EVERY = 3600  # seconds: expired workshops go at start-up, then at most hourly
_NS = 1_000_000_000  # the purge's clock is time.monotonic_ns(): integers, so "an hour later" is exact at any uptime
# The settings that name the database (the store reads them); a different setting is a different store.
WHERE = ("MENTORFINDER_DATABASE_URL", "MENTORFINDER_WORKSHOP_DB")
PUBLIC_URL = "MENTORFINDER_PUBLIC_URL"  # the app's address as phones reach it, when the browser's is not that
UNAVAILABLE = _(
    "The workshop service cannot be reached right now. Please try again in a moment; your answers are kept."
)
QR_PIXELS = 360  # about this wide on a projector: readable from the back of a room
# Calls that take a join code, a facilitator key or a participant id someone may be guessing (not create)
GUARDED = {"info", "join", "group", "lock", "reopen", "delete", "mark_finished", "share", "withdraw", "shared"}
TOO_MANY = _("Too many wrong workshop codes or keys were tried. Please wait %(seconds)s seconds and try again.")
_GUESSES = Guesses(PROCESS_GUESSES)  # every session of this process together (a new window is a new session)


class _Held:
    """The process's store and when it last purged expired workshops."""

    def __init__(self) -> None:
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
    held = _held(tuple(os.environ.get(name, "") for name in WHERE))
    _purge_if_due(held)
    return held.store


def _purge_if_due(held: _Held) -> None:
    """Purge this store's expired workshops when it has not purged for PURGE_EVERY (or ever); one caller does."""
    with held.lock:  # many sessions share the store: one of them purges
        now = time.monotonic_ns()
        due = held.purged is None or now - held.purged >= PURGE_EVERY * _NS
        if due:
            held.purged = now
    if due:
        try:
            log.info("purged %d expired workshop rows", held.store.purge_expired())
        except Exception:  # noqa: BLE001 - a failed purge is retried next hour; the page still works
            log.exception("could not purge expired workshops")


def keep_purging() -> None:
    """Start, once per process, the thread that purges at start-up and then hourly even when no one opens a
    workshop: a workshop's rows go when it has ended, not whenever someone next uses the app."""
    global _PURGER
    with _HELD_LOCK:
        if _PURGER is None:
            _PURGER = threading.Thread(target=purge_rounds, name="workshop-purge", daemon=True)
            _PURGER.start()


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


def attempt(method: str, *args: Any) -> tuple[bool, Any]:
    """Call a store method; on failure show the store's own sentence, or a friendly one, never a traceback.

    A code, key or id this session has not yet used successfully is a guess: wrong ones are counted per session
    and per process, and past the limit the call is not made until the wait is over (issue 19: 48 a second).
    Returns (True, the method's value) or (False, None) after showing why.
    """
    spoken, (mine, worked) = state.language(), state.guard()
    guess = method in GUARDED and tuple(args[:2]) not in worked
    if guess and (wait := max(mine.wait(), _GUESSES.wait())):
        st.error(_(TOO_MANY, spoken) % {"seconds": wait}, icon=":material/timer:")
        return False, None
    try:
        value = getattr(store(), method)(*args)
    except WorkshopError as err:
        if guess and isinstance(err, WorkshopNotFound | WrongKey):
            mine.missed()
            _GUESSES.missed()
        st.error(err.say(spoken), icon=":material/error:")
        return False, None
    except Exception:  # noqa: BLE001 - the database is down or misconfigured: the log has the details
        log.exception("workshop store call %s failed", method)
        st.error(_(UNAVAILABLE, spoken), icon=":material/cloud_off:")
        return False, None
    if guess:
        worked.add(tuple(args[:2]))
    return True, value


def shown_code(code: str) -> str:
    """The join code as people read and type it: two groups of four ("K7QX-M4RT")."""
    plain = code.replace("-", "").upper()
    return f"{plain[:4]}-{plain[4:]}" if len(plain) == 8 else plain


def app_root() -> str:
    """The app's address without a page: MENTORFINDER_PUBLIC_URL, else the address this browser is on."""
    configured = os.environ.get(PUBLIC_URL, "").strip()
    if configured:
        return configured.rstrip("/")
    parts = urlsplit(st.context.url or "http://localhost:8501/")
    path = parts.path.rsplit("/", 1)[0]  # drop the page's own name ("/workshop"), keep a base path
    return f"{parts.scheme}://{parts.netloc}{path}"


def join_link(code: str) -> str:
    """The participants' link: the welcome page with the code (the QR code carries exactly this)."""
    return f"{app_root()}/?{urlencode({state.URL_JOIN: shown_code(code)})}"


def facilitator_link(code: str, key: str) -> str:
    """The facilitator's link: the workshop page with the code and the key (the only way to manage it), in projector
    mode (the sidebar folded: the room gets the whole width)."""
    query = {state.URL_FACILITATED: shown_code(code), state.URL_KEY: key, state.URL_PROJECTOR: "1"}
    return f"{app_root()}/workshop?{urlencode(query)}"


def qr_png(url: str, pixels: int = QR_PIXELS) -> bytes:
    """The QR code of a link as PNG bytes, black on white with the standard quiet zone, about `pixels` wide.

    Whole pixels per module: the PNG is shown at its own size, never scaled (a blurred QR code scans badly).
    """
    code = segno.make(url, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    out = io.BytesIO()
    code.save(out, kind="png", scale=max(4, pixels // modules), border=4)
    return out.getvalue()

"""WorkshopStore: create, join, share, withdraw, view, lock, reopen, delete and purge workshops in one database."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from . import codes, snapshot, texts
from .database import database_url, migrate, open_engine, reading, writing
from .models import Participant, Workshop
from .records import (
    DEFAULT_DAYS,
    EXPIRED,
    LOCKED,
    MAX_DAYS,
    OPEN,
    GroupView,
    NewWorkshop,
    WorkshopInfo,
    clean_title,
)
from .shared import SharedResult, stored

CODE_ATTEMPTS = 20  # 25^8 codes: a collision is rare, twenty in a row means something else is wrong
W, P = Workshop.__table__, Participant.__table__


def utc_now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


class WorkshopStore:
    """The workshops of one database. Thread-safe: every call is its own transaction, committed before it returns."""

    def __init__(self, url: str | None = None, now: Callable[[], datetime] = utc_now):
        """The store at `url`, else MENTORFINDER_DATABASE_URL, else the SQLite file; created or migrated on first use.

        `now` gives the current time (aware); tests pass a clock they move to expire workshops.
        """
        self.url = database_url(url)
        self.engine = open_engine(self.url)
        self._now = now
        self._migrated = False
        self._migrating = threading.Lock()

    def now(self) -> datetime:
        """The store's current time, UTC."""
        moment = self._now()
        if moment.tzinfo is None:
            raise ValueError("the store's clock must give timezone-aware times")
        return moment.astimezone(UTC)

    def create(self, title: str, days: int = DEFAULT_DAYS) -> NewWorkshop:
        """A new open workshop that expires in `days` days; its key is shown now and never again."""
        title = clean_title(title)
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
            raise texts.bad_days(MAX_DAYS)
        key, created = codes.new_key(), self.now()
        row = {"title": title, "key_hash": codes.key_hash(key), "created_at": created, "locked": False}
        row["expires_at"] = created + timedelta(days=days)
        for _ in range(CODE_ATTEMPTS):
            code = codes.new_code()
            try:
                with self._write() as conn:
                    conn.execute(insert(W).values(code=code, **row))
            except IntegrityError:  # the code is taken: draw another (the unique constraint decides, not a read)
                continue
            return NewWorkshop(codes.shown_code(code), key, title, row["expires_at"])
        raise RuntimeError(f"no free workshop code after {CODE_ATTEMPTS} attempts")

    def info(self, code: str) -> WorkshopInfo:
        """The workshop's public facts; WorkshopNotFound for an unknown code (case, spaces and dashes ignored)."""
        with self._read() as conn:
            return self._info(self._workshop(conn, code))

    def join(self, code: str) -> str:
        """Join an open workshop: a new random participant id. WorkshopNotFound, WorkshopClosed, WorkshopExpired."""
        with self._write() as conn:
            ws = self._workshop(conn, code, lock="share")
            self._must_be_open(ws)
            participant = codes.new_participant_id()
            conn.execute(insert(P).values(id=participant, workshop_id=ws.id, joined_at=snapshot.hour(self.now())))
            return participant

    def mark_finished(self, code: str, participant: str) -> None:
        """Count the participant as having reached their results (once; later calls change nothing)."""
        with self._write() as conn:
            ws = self._workshop(conn, code, lock="share")
            if self._status(ws) == EXPIRED:
                raise texts.expired(ws.code, ws.expires_at)
            values = {"finished_at": func.coalesce(P.c.finished_at, snapshot.hour(self.now()))}
            self._update_participant(conn, ws, participant, values)

    def share(self, code: str, participant: str, result: SharedResult) -> None:
        """Store the participant's shared result (in thirds), replacing what they shared before; committed on return."""
        kept = stored(result).to_json()
        with self._write() as conn:
            self._must_be_open(ws := self._workshop(conn, code, lock="share"))  # lock() waits until this is in
            before, moment = snapshot.previous(conn, ws.id, participant), snapshot.hour(self.now())
            values = {"result": kept, "shared_at": moment, "finished_at": func.coalesce(P.c.finished_at, moment)}
            # one UPDATE of the participant's own row (made by join): atomic on both databases, never a second row
            self._update_participant(conn, ws, participant, values)
            if before != kept:  # sharing the same thing again changes nothing in the room's picture
                snapshot.count_change(conn, ws.id, participant)

    def withdraw(self, code: str, participant: str) -> None:
        """Remove the participant's shared result, even when locked or expired (it is theirs); see next snapshot."""
        with self._write() as conn:
            ws = self._workshop(conn, code, lock="share")
            before = snapshot.previous(conn, ws.id, participant)
            self._update_participant(conn, ws, participant, {"result": None, "shared_at": None})
            if before is not None:
                snapshot.count_change(conn, ws.id, participant)

    def shared(self, code: str, participant: str) -> Any:
        """What the participant has shared now, as stored (thirds, top three, network), or None."""
        with self._read() as conn:  # the stored form (issue 20: a reload still knows it can withdraw)
            return snapshot.previous(conn, self._workshop(conn, code).id, participant)

    def group(self, code: str, key: str) -> GroupView:
        """The projector's view: live counts, and the room's picture as last released (a new one once
        CHANGES_PER_SNAPSHOT people shared, shared again or withdrew). WrongKey without the key."""
        with self._read() as conn:
            ws = self._facilitated(conn, code, key)
            # one statement, so the counts come from the same moment (a room is a few dozen rows)
            rows = conn.execute(select(P.c.finished_at, P.c.shared_at, P.c.pending).where(P.c.workshop_id == ws.id))
            rows = rows.all()
        picture = snapshot.shown(ws)
        if snapshot.due(sum(r.pending for r in rows)):
            with self._write() as conn:  # under the workshop's lock, so two projectors release one picture
                ws = self._facilitated(conn, code, key, lock="update")
                picture = snapshot.release(conn, ws)
        finished, shared = (sum(r.finished_at is not None for r in rows), sum(r.shared_at is not None for r in rows))
        return GroupView(self._info(ws), len(rows), finished, shared, picture)

    def lock(self, code: str, key: str) -> None:
        """Stop new joins and shares (what is shared stays, and people may still withdraw)."""
        self._set_locked(code, key, True)

    def reopen(self, code: str, key: str) -> None:
        """Take joins and shares again; an expired workshop cannot be reopened (WorkshopExpired)."""
        self._set_locked(code, key, False)

    def delete(self, code: str, key: str) -> None:
        """Delete the workshop and every participant row of it, now."""
        with self._write() as conn:
            ws = self._facilitated(conn, code, key, lock="update")
            conn.execute(delete(P).where(P.c.workshop_id == ws.id))  # explicit as well as the cascade
            conn.execute(delete(W).where(W.c.id == ws.id))

    def aggregate_csv(self, code: str, key: str, content: Any, language: str = "en") -> str:
        """The group's aggregate as CSV (no participant rows; cells safe in a spreadsheet)."""
        from .export import group_csv  # here, so participants' pages never load fpdf2 and the fonts

        return group_csv(self.group(code, key), content, self.now(), language)

    def aggregate_pdf(self, code: str, key: str, content: Any, language: str = "en") -> bytes:
        """The group's aggregate on one A4 page for the room."""
        from .export import group_pdf

        return group_pdf(self.group(code, key), content, self.now(), language)

    def purge_expired(self) -> int:
        """Delete every expired workshop with its participants; the number of rows removed (both tables)."""
        with self._write() as conn:
            expired = select(W.c.id).where(W.c.expires_at <= self.now()).with_for_update()  # workshop rows first
            ids = list(conn.execute(expired).scalars())
            if not ids:
                return 0
            people = conn.execute(delete(P).where(P.c.workshop_id.in_(ids))).rowcount
            return people + conn.execute(delete(W).where(W.c.id.in_(ids))).rowcount

    def dispose(self) -> None:
        """Close the store's pooled connections."""
        self.engine.dispose()

    def _ready(self) -> None:
        # Migrate on first use, not in __init__: the app starts while the database is down; the first call after makes tables.
        with self._migrating:
            if not self._migrated:
                migrate(self.engine)
                self._migrated = True

    def _read(self):
        self._ready()
        return reading(self.engine)

    def _write(self):
        self._ready()
        return writing(self.engine)

    def _workshop(self, conn: Connection, code: str, lock: str = "") -> Any:
        """The workshop's row; `lock` "share" or "update" locks it (PostgreSQL; SQLite's write lock covers all).

        Every writer locks the workshop row before any participant row, always in that order: a delete or
        a purge then waits for the shares in progress instead of deadlocking with them.
        """
        wanted = codes.normalised_code(code)
        if not codes.is_code(wanted):
            raise texts.not_a_code()
        query = select(W).where(W.c.code == wanted)
        if lock:
            query = query.with_for_update(read=lock == "share")
        ws = conn.execute(query).one_or_none()
        if ws is None:
            raise texts.unknown_code(wanted)
        return ws

    def _facilitated(self, conn: Connection, code: str, key: str, lock: str = "") -> Any:
        ws = self._workshop(conn, code, lock)
        if not codes.key_matches(key, ws.key_hash):
            raise texts.wrong_key(ws.code)
        return ws

    def _set_locked(self, code: str, key: str, locked: bool) -> None:
        with self._write() as conn:
            ws = self._facilitated(conn, code, key, lock="update")
            if not locked and self._status(ws) == EXPIRED:
                raise texts.expired(ws.code, ws.expires_at)
            conn.execute(update(W).where(W.c.id == ws.id).values(locked=locked))

    def _update_participant(self, conn: Connection, ws: Any, participant: str, values: dict) -> None:
        found = (
            codes.is_participant_id(participant)
            and conn.execute(update(P).where(P.c.id == participant, P.c.workshop_id == ws.id).values(**values)).rowcount
        )
        if not found:  # an id from another workshop is as unknown here as a made-up one
            raise texts.not_a_participant(ws.code)

    def _status(self, ws: Any) -> str:
        if ws.expires_at <= self.now():
            return EXPIRED
        return LOCKED if ws.locked else OPEN

    def _must_be_open(self, ws: Any) -> None:
        status = self._status(ws)
        if status == EXPIRED:
            raise texts.expired(ws.code, ws.expires_at)
        if status == LOCKED:
            raise texts.closed(ws.code)

    def _info(self, ws: Any) -> WorkshopInfo:
        return WorkshopInfo(codes.shown_code(ws.code), ws.title, self._status(ws), ws.expires_at)

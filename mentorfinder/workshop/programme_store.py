"""ProgrammeStore: mentoring programmes a coordinator owns, their mentors, and their expiry, delete and purge."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from . import codes, programme_checks, programme_rows
from . import programme_texts as texts
from .programme_people import ProgrammePeople
from .programme_records import (
    DEFAULT_DAYS,
    MAX_MENTORS,
    MENTOR_CODE,
    PARTICIPANT_CODE,
    Mentor,
    MentorCard,
    NewMentor,
    NewProgramme,
    ProgrammeInfo,
)
from .programme_rows import CHILDREN, PG, PM
from .store import CODE_ATTEMPTS, W, WorkshopStore


class ProgrammeStore(ProgrammePeople):
    """The mentoring programmes of the workshop store's database, on its engine, clock and migrations.

    Thread-safe like the workshop store: every call is one transaction, committed before it returns. Contact
    details leave the store only through coordinator_mentors (key checked), own_mentor (the mentor's token),
    request_mentor and my_mentor (the participant paired with or accepted by that mentor); roster() never has them.
    """

    def __init__(self, workshops: WorkshopStore):
        """The programmes kept beside `workshops`' rooms (the same database, connection pool and clock)."""
        self.workshops = workshops
        self.engine = workshops.engine

    def now(self) -> Any:
        """The store's current time, UTC."""
        return self.workshops.now()

    def create(self, title: str, mode: str, floor: int, days: int = DEFAULT_DAYS) -> NewProgramme:
        """A new programme that expires in `days` days: two join codes, and a key shown now and never again."""
        row = {"title": programme_checks.title(title), "mode": programme_checks.mode(mode)}
        row["floor"], days = programme_checks.floor(floor), programme_checks.days(days)
        key, created = codes.new_key(), self.now()
        row.update(
            key_hash=codes.key_hash(key), created_at=created, expires_at=created + timedelta(days=days), joined=0
        )
        for _ in range(CODE_ATTEMPTS):
            mentor_code, participant_code = codes.new_code(), codes.new_code()
            both = (mentor_code, participant_code)
            try:
                with self._write() as conn:
                    if mentor_code == participant_code or self._taken(conn, both):
                        continue  # every code names one programme and one role (and no workshop)
                    conn.execute(insert(PG).values(mentor_code=mentor_code, participant_code=participant_code, **row))
            except IntegrityError:  # taken by a programme made at the same moment: draw again
                continue
            shown = codes.shown_code
            return NewProgramme(
                shown(mentor_code), shown(participant_code), key, row["title"], mode, floor, row["expires_at"]
            )
        raise RuntimeError(f"no free programme codes after {CODE_ATTEMPTS} attempts")

    def info(self, code: str) -> ProgrammeInfo:
        """The programme's public facts by either of its codes (which one it is: `role`)."""
        with self._read() as conn:
            row = programme_rows.programme(conn, code, None)
        role = MENTOR_CODE if codes.normalised_code(code) == row.mentor_code else PARTICIPANT_CODE
        shown = codes.shown_code(row.mentor_code if role == MENTOR_CODE else row.participant_code)
        status = programme_rows.status(row, self.now())
        return ProgrammeInfo(row.title, row.mode, row.floor, status, row.expires_at, role, shown)

    def delete(self, code: str, key: str) -> None:
        """Delete the programme and every row of it (mentors, participants, requests, pairing), now."""
        with self._write() as conn:
            row = programme_rows.coordinated(conn, code, key, lock="update")
            self._delete(conn, [row.id])

    def purge_expired(self) -> int:
        """Delete every expired programme with all its rows; the number of rows removed (every table)."""
        with self._write() as conn:
            expired = select(PG.c.id).where(PG.c.expires_at <= self.now()).with_for_update()
            return self._delete(conn, list(conn.execute(expired).scalars()))

    def add_mentor(
        self, mentor_code: str, *, name: str, show_name: bool, contact: str, capacity: int, answers: dict
    ) -> NewMentor:
        """A mentor joins by the mentor link: their id, and a token (shown once) to update their answers later."""
        values = programme_checks.mentor_values(name, show_name, contact, capacity, answers)
        token = codes.new_participant_id()
        with self._write() as conn:
            prog = programme_rows.programme(conn, mentor_code, MENTOR_CODE, lock="update")  # joins one at a time
            programme_rows.must_be_open(prog, self.now())
            if programme_rows.count(conn, PM, prog) >= MAX_MENTORS:
                raise texts.too_many("mentors", MAX_MENTORS)
            mentor_id = self._free_id(conn, prog)
            row = {"programme_id": prog.id, "mentor_id": mentor_id, "token_hash": codes.key_hash(token)}
            conn.execute(insert(PM).values(**row, **values, updated_at=self.now()))
        return NewMentor(mentor_id, token)

    def update_mentor(
        self, mentor_code: str, token: str, *, name: str, show_name: bool, contact: str, capacity: int, answers: dict
    ) -> Mentor:
        """A mentor who joined by link changes their details and answers; capacity never below places taken."""
        values = programme_checks.mentor_values(name, show_name, contact, capacity, answers)
        with self._write() as conn:
            prog = programme_rows.programme(conn, mentor_code, MENTOR_CODE, lock="share")
            programme_rows.must_be_open(prog, self.now())
            row = programme_rows.mentor_by_token(conn, prog, token)
            self._keep_places(conn, prog, row, values["capacity"])
            conn.execute(update(PM).where(PM.c.id == row.id).values(**values, updated_at=self.now()))
        return Mentor(row.mentor_id, **values)

    def own_mentor(self, mentor_code: str, token: str) -> Mentor:
        """What a mentor who joined by link gave, contact included (their own)."""
        with self._read() as conn:
            prog = programme_rows.programme(conn, mentor_code, MENTOR_CODE)
            query = select(PM).where(PM.c.programme_id == prog.id, PM.c.token_hash == codes.key_hash(token))
            row = conn.execute(query).one_or_none() if codes.is_participant_id(token) else None
            if row is None:
                raise texts.not_a_mentor(prog.mentor_code)
            return programme_rows.as_mentor(row)

    def import_mentors(self, code: str, key: str, mentors: Sequence[Mentor]) -> int:
        """The coordinator adds or updates mentors by id, all or none (every one checked first); how many."""
        checked = [programme_checks.listed_mentor(number, mentor) for number, mentor in enumerate(mentors, 1)]
        programme_checks.unique_ids([mentor_id for mentor_id, _ in checked])
        with self._write() as conn:
            prog = programme_rows.coordinated(conn, code, key, lock="update")
            programme_rows.must_be_open(prog, self.now())
            known = {r.mentor_id: r for r in conn.execute(select(PM).where(PM.c.programme_id == prog.id))}
            if len(known.keys() | {mentor_id for mentor_id, _ in checked}) > MAX_MENTORS:
                raise texts.too_many("mentors", MAX_MENTORS)
            for mentor_id, values in checked:
                values = {**values, "updated_at": self.now()}
                if mentor_id in known:
                    self._keep_places(conn, prog, known[mentor_id], values["capacity"])
                    conn.execute(update(PM).where(PM.c.id == known[mentor_id].id).values(**values))
                else:
                    conn.execute(insert(PM).values(programme_id=prog.id, mentor_id=mentor_id, **values))
        return len(checked)

    def remove_mentor(self, code: str, key: str, mentor_id: str) -> None:
        """The coordinator removes a mentor, with the requests and pairs that name them."""
        with self._write() as conn:
            prog = programme_rows.coordinated(conn, code, key, lock="update")
            self._remove(conn, programme_rows.mentor_by_id(conn, prog, mentor_id, lock=True))

    def leave_as_mentor(self, mentor_code: str, token: str) -> None:
        """A mentor who joined by link leaves: their row, and the requests and pairs that name them, go now."""
        with self._write() as conn:
            prog = programme_rows.programme(conn, mentor_code, MENTOR_CODE, lock="share")
            self._remove(conn, programme_rows.mentor_by_token(conn, prog, token))

    def roster(self, participant_code: str) -> list[MentorCard]:
        """Every mentor as a participant sees them (no contact; a name only where agreed), by id."""
        with self._read() as conn:
            prog = programme_rows.programme(conn, participant_code, PARTICIPANT_CODE)
            taken = programme_rows.taken(conn, prog)
            rows = conn.execute(select(PM).where(PM.c.programme_id == prog.id).order_by(PM.c.mentor_id))
            return [programme_rows.as_card(r, taken.get(r.id, 0)) for r in rows]

    def coordinator_mentors(self, code: str, key: str) -> list[Mentor]:
        """Every mentor with their contact details, for the coordinator only (WrongKey without the key), by id."""
        with self._read() as conn:
            prog = programme_rows.coordinated(conn, code, key)
            rows = conn.execute(select(PM).where(PM.c.programme_id == prog.id).order_by(PM.c.mentor_id))
            return [programme_rows.as_mentor(r) for r in rows]

    def _taken(self, conn: Any, both: tuple[str, str]) -> bool:
        clash = select(PG.c.id).where(or_(PG.c.mentor_code.in_(both), PG.c.participant_code.in_(both)))
        rooms = select(W.c.id).where(W.c.code.in_(both))
        return conn.execute(clash).first() is not None or conn.execute(rooms).first() is not None

    def _free_id(self, conn: Any, prog: Any) -> str:
        # Under the programme's exclusive lock, so no other mentor can take the id between the look and the insert.
        while True:
            mentor_id = f"m-{secrets.token_hex(4)}"
            query = select(PM.c.id).where(PM.c.programme_id == prog.id, PM.c.mentor_id == mentor_id)
            if conn.execute(query).first() is None:
                return mentor_id

    def _keep_places(self, conn: Any, prog: Any, row: Any, capacity: int) -> None:
        used = programme_rows.taken(conn, prog, row.id).get(row.id, 0)
        if capacity < used:
            raise texts.bad(texts.BELOW_TAKEN, mentor=row.mentor_id, taken=used)

    def _remove(self, conn: Any, row: Any) -> None:
        for table in CHILDREN[:2]:  # pairs and requests that name the mentor (explicit as well as the cascade)
            conn.execute(delete(table).where(table.c.mentor_row == row.id))
        conn.execute(delete(PM).where(PM.c.id == row.id))

    def _delete(self, conn: Any, ids: list[int]) -> int:
        if not ids:
            return 0
        removed = sum(conn.execute(delete(t).where(t.c.programme_id.in_(ids))).rowcount for t in CHILDREN)
        return removed + conn.execute(delete(PG).where(PG.c.id.in_(ids))).rowcount

    def _read(self):
        return self.workshops._read()  # the workshop store migrates on first use: one schema, one head

    def _write(self):
        return self.workshops._write()

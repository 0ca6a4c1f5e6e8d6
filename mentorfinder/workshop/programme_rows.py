"""The programme store's row look-ups inside a transaction: a programme by code (and key), a person by token."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, or_, select

from . import codes
from . import programme_texts as texts
from .programme_models import Programme, ProgrammeMentor, ProgrammePair, ProgrammeParticipant, ProgrammeRequest
from .programme_records import MENTOR_CODE, PARTICIPANT_CODE, PARTICIPANTS_REQUEST, Mentor, MentorCard
from .records import EXPIRED, OPEN

PG, PM, PP = Programme.__table__, ProgrammeMentor.__table__, ProgrammeParticipant.__table__
PR, PX = ProgrammeRequest.__table__, ProgrammePair.__table__
CHILDREN = (PX, PR, PP, PM)  # the tables deleted with a programme, those that refer to others first


def programme(conn: Connection, code: str, role: str | None, lock: str = "") -> Any:
    """The programme's row by its mentor code, participant code, or (role None: the coordinator) either.

    `lock` "share" or "update" locks the row (PostgreSQL; SQLite's write lock covers all). Every writer locks the
    programme row before any other row of it, always in that order, so a delete waits instead of deadlocking.
    """
    wanted = codes.normalised_code(code)
    if not codes.is_code(wanted):
        raise texts.not_a_code()
    if role == MENTOR_CODE:
        where = PG.c.mentor_code == wanted
    elif role == PARTICIPANT_CODE:
        where = PG.c.participant_code == wanted
    else:
        where = or_(PG.c.mentor_code == wanted, PG.c.participant_code == wanted)
    query = select(PG).where(where)
    if lock:
        query = query.with_for_update(read=lock == "share")
    row = conn.execute(query).one_or_none()  # create() keeps every code unique across both columns
    if row is None:
        raise texts.unknown_code(wanted, role)
    return row


def coordinated(conn: Connection, code: str, key: str, lock: str = "") -> Any:
    """The programme's row when `key` is its coordinator key; WrongKey otherwise (and nothing changes)."""
    row = programme(conn, code, None, lock)
    if not codes.key_matches(key, row.key_hash):
        raise texts.wrong_key(row.participant_code)
    return row


def status(row: Any, now: Any) -> str:
    """ "open" until the expiry, then "expired"."""
    return EXPIRED if row.expires_at <= now else OPEN


def must_be_open(row: Any, now: Any) -> None:
    """WorkshopExpired (with the programme's words) once the programme has ended."""
    if status(row, now) == EXPIRED:
        raise texts.expired(row.participant_code, row.expires_at)


def participant(conn: Connection, prog: Any, token: str, lock: bool = False) -> Any:
    """The participant's row by their token; WorkshopNotFound for a token this programme does not know."""
    query = select(PP).where(PP.c.programme_id == prog.id, PP.c.token_hash == codes.key_hash(token))
    row = conn.execute(query.with_for_update() if lock else query).one_or_none() if _token(token) else None
    if row is None:
        raise texts.not_a_participant(prog.participant_code)
    return row


def mentor_by_token(conn: Connection, prog: Any, token: str) -> Any:
    """The mentor's row by the token they got when they joined by link (locked: they are about to change it)."""
    query = select(PM).where(PM.c.programme_id == prog.id, PM.c.token_hash == codes.key_hash(token))
    row = conn.execute(query.with_for_update()).one_or_none() if _token(token) else None
    if row is None:
        raise texts.not_a_mentor(prog.mentor_code)
    return row


def mentor_by_id(conn: Connection, prog: Any, mentor_id: object, lock: bool = False) -> Any:
    """The mentor's row by their id; WorkshopNotFound for an id the programme does not have."""
    query = select(PM).where(PM.c.programme_id == prog.id, PM.c.mentor_id == str(mentor_id)[:64])
    row = conn.execute(query.with_for_update() if lock else query).one_or_none()
    if row is None:
        raise texts.unknown_mentor(str(mentor_id)[:64])
    return row


def taken(conn: Connection, prog: Any, mentor_row: int | None = None) -> dict[int, int]:
    """Places taken per mentor row: accepted requests (participant-led) or saved pairs (the coordinator pairs)."""
    table = PR if prog.mode == PARTICIPANTS_REQUEST else PX
    query = select(table.c.mentor_row, func.count()).where(table.c.programme_id == prog.id)
    if mentor_row is not None:
        query = query.where(table.c.mentor_row == mentor_row)
    query = query.where(table.c.mentor_row.is_not(None)).group_by(table.c.mentor_row)
    return {mentor: used for mentor, used in conn.execute(query)}


def count(conn: Connection, table: Any, prog: Any) -> int:
    """How many rows of `table` (mentors or participants) the programme has."""
    return conn.execute(select(func.count()).select_from(table).where(table.c.programme_id == prog.id)).scalar_one()


def as_mentor(row: Any) -> Mentor:
    """A mentor row as the core's Mentor, contact included (callers decide who may have it)."""
    return Mentor(row.mentor_id, row.name, row.show_name, row.contact, row.capacity, dict(row.answers))


def as_card(row: Any, places_taken: int) -> MentorCard:
    """A mentor row as every participant sees it: no contact, the name only where the mentor agreed."""
    name = row.name if row.show_name else None
    return MentorCard(row.mentor_id, name, row.capacity, max(0, row.capacity - places_taken), dict(row.answers))


def _token(token: object) -> bool:
    return codes.is_participant_id(token)  # mentor and participant tokens have the participant id's shape

"""When the room's picture is made: a snapshot once CHANGES_PER_SNAPSHOT people's shares changed; times to the hour."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from .group import CHANGES_PER_SNAPSHOT, Breakdown, breakdown
from .models import Participant, Workshop
from .shared import StoredShare

W, P = Workshop.__table__, Participant.__table__


def hour(moment: datetime) -> datetime:
    """The moment rounded down to its hour: the store keeps no time finer, so stored times cannot order a room."""
    return moment.replace(minute=0, second=0, microsecond=0)


def previous(conn: Connection, workshop_id: int, participant: object) -> Any:
    """What the participant has stored now (None: nothing, or no such participant)."""
    return conn.execute(select(P.c.result).where(P.c.id == participant, P.c.workshop_id == workshop_id)).scalar()


def count_change(conn: Connection, workshop_id: int, participant: str) -> None:
    """Mark the participant's share as changed since the room's picture was made (a no-op change is not marked).

    People, not changes, are counted: one person sharing and withdrawing again and again never makes a new
    picture on their own, so no picture ever differs from the one before by a single person's share.
    """
    conn.execute(update(P).where(P.c.id == participant, P.c.workshop_id == workshop_id).values(pending=True))


def due(pending: int) -> bool:
    """True when enough people's shares changed since the last picture to make a new one."""
    return pending >= CHANGES_PER_SNAPSHOT


def shown(ws: Any) -> Breakdown | None:
    """The picture released last (None: none yet, or fewer than MIN_SHARED had shared then)."""
    return Breakdown.from_json(ws.snapshot) if ws.snapshot else None


def release(conn: Connection, ws: Any) -> Breakdown | None:
    """Make the picture from the shares stored now, keep it on the workshop's row and start counting again; or,
    when another projector has just done so, the picture it made.

    Called under the workshop row's write lock, so two projectors release one picture, not two.
    """
    pending = conn.execute(select(func.count()).where(P.c.workshop_id == ws.id, P.c.pending)).scalar_one()
    if not due(pending):
        return shown(ws)
    rows = conn.execute(select(P.c.result).where(P.c.workshop_id == ws.id, P.c.result.is_not(None))).scalars()
    picture = breakdown([StoredShare.from_json(r) for r in rows])
    kept = picture.to_json() if picture else None
    conn.execute(update(W).where(W.c.id == ws.id).values(snapshot=kept))
    conn.execute(update(P).where(P.c.workshop_id == ws.id).values(pending=False))
    return picture

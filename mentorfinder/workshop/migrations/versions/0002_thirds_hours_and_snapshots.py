"""Revision 0002: shares kept as thirds, times to the hour, and the room's picture released in snapshots.

Existing rows are rewritten: every participant's percents become the third of the scale they were in (only needs,
style and availability, the dimensions the room's picture uses; the others are dropped), and every stored time is
rounded down to its hour. The percents and exact times are gone after this revision, so it has no way back.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SHOWN_GROUPS = ("needs", "style", "availability")  # spelled out here, so this revision never changes


def third(percent: float) -> int:
    """0 up to 33.3, 1 up to 66.6, else 2 (in tenths, as integers)."""
    return min(2, round(float(percent) * 10) * 3 // 1000)


def kept(result: dict) -> dict:
    """A 0001 shared result (percents) in the 0002 stored form (thirds of the shown dimensions only)."""
    groups = {d: g for d, g in (result.get("groups") or {}).items() if g in SHOWN_GROUPS}
    dimensions = result.get("dimensions") or {}
    thirds = {d: third(dimensions[d]) for d in groups if d in dimensions}
    return {
        "thirds": thirds,
        "groups": {d: groups[d] for d in thirds},
        "top3": list(result.get("top3") or []),
        "network": list(result.get("network") or []),
    }


def hour(moment):
    """The moment rounded down to its hour (None stays None)."""
    return None if moment is None else moment.replace(minute=0, second=0, microsecond=0)


def upgrade() -> None:
    """Add the snapshot columns, then rewrite every participant row in thirds and hours."""
    with op.batch_alter_table("workshops") as batch:
        batch.add_column(sa.Column("snapshot", sa.JSON(none_as_null=True), nullable=True))
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("pending", sa.Boolean(), nullable=False, server_default=sa.false()))
    participants = sa.table(
        "participants",
        sa.column("id", sa.String(64)),
        sa.column("joined_at", sa.DateTime(timezone=True)),
        sa.column("finished_at", sa.DateTime(timezone=True)),
        sa.column("shared_at", sa.DateTime(timezone=True)),
        sa.column("result", sa.JSON(none_as_null=True)),
        sa.column("pending", sa.Boolean()),
    )
    conn = op.get_bind()
    for row in conn.execute(sa.select(participants)).all():
        values = {name: hour(getattr(row, name)) for name in ("joined_at", "finished_at", "shared_at")}
        if row.result is not None:  # pending: a room that already had shares gets a picture on the next look
            values.update(result=kept(row.result), pending=True)
        conn.execute(sa.update(participants).where(participants.c.id == row.id).values(**values))


def downgrade() -> None:
    """Drop the snapshot columns (the percents and exact times cannot come back)."""
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("pending")
    with op.batch_alter_table("workshops") as batch:
        batch.drop_column("snapshot")

"""Revision 0001: the workshops and participants tables.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create both tables (spelled out, not taken from models.py, so this revision never changes)."""
    op.create_table(
        "workshops",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("code", name="uq_workshops_code"),
    )
    op.create_index("ix_workshops_expires_at", "workshops", ["expires_at"])
    op.create_table(
        "participants",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "workshop_id",
            sa.Integer(),
            sa.ForeignKey("workshops.id", ondelete="CASCADE", name="fk_participants_workshop"),
            nullable=False,
        ),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("shared_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
    )
    op.create_index("ix_participants_workshop_id", "participants", ["workshop_id"])


def downgrade() -> None:
    """Drop both tables."""
    op.drop_index("ix_participants_workshop_id", table_name="participants")
    op.drop_table("participants")
    op.drop_index("ix_workshops_expires_at", table_name="workshops")
    op.drop_table("workshops")

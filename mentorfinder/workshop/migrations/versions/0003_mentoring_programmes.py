"""Revision 0003: mentoring programmes, their mentors, participants, requests and the coordinator's pairing.

Only new tables: every workshop row is left as it is.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _programme(table: str) -> sa.Column:
    """The programme a row belongs to (deleting the programme deletes the row)."""
    return sa.Column(
        "programme_id",
        sa.Integer(),
        sa.ForeignKey("programmes.id", ondelete="CASCADE", name=f"fk_{table}_programme"),
        nullable=False,
    )


def _row(table: str, column: str, target: str, nullable: bool = False, primary: bool = False) -> sa.Column:
    """A reference to a participant's or mentor's row (deleting that row deletes this one)."""
    name = f"fk_{table}_{target.split('_')[-1].rstrip('s')}"
    foreign = sa.ForeignKey(f"{target}.id", ondelete="CASCADE", name=name)
    return sa.Column(column, sa.Integer(), foreign, nullable=nullable, primary_key=primary)


def upgrade() -> None:
    """Create the five tables (spelled out, not taken from the models, so this revision never changes)."""
    when = sa.DateTime(timezone=True)
    op.create_table(
        "programmes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mentor_code", sa.String(8), nullable=False),
        sa.Column("participant_code", sa.String(8), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("created_at", when, nullable=False),
        sa.Column("expires_at", when, nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=False),
        sa.Column("joined", sa.Integer(), nullable=False),
        sa.UniqueConstraint("mentor_code", name="uq_programmes_mentor_code"),
        sa.UniqueConstraint("participant_code", name="uq_programmes_participant_code"),
    )
    op.create_index("ix_programmes_expires_at", "programmes", ["expires_at"])
    op.create_table(
        "programme_mentors",
        sa.Column("id", sa.Integer(), primary_key=True),
        _programme("programme_mentors"),
        sa.Column("mentor_id", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("show_name", sa.Boolean(), nullable=False),
        sa.Column("contact", sa.String(300), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("updated_at", when, nullable=False),
        sa.UniqueConstraint("programme_id", "mentor_id", name="uq_programme_mentors_mentor_id"),
        sa.UniqueConstraint("token_hash", name="uq_programme_mentors_token_hash"),
    )
    op.create_table(
        "programme_participants",
        sa.Column("id", sa.Integer(), primary_key=True),
        _programme("programme_participants"),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("joined_at", when, nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("opted_in", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("programme_id", "number", name="uq_programme_participants_number"),
        sa.UniqueConstraint("token_hash", name="uq_programme_participants_token_hash"),
    )
    op.create_table(
        "programme_requests",
        _row("programme_requests", "participant_row", "programme_participants", primary=True),
        _row("programme_requests", "mentor_row", "programme_mentors"),
        _programme("programme_requests"),
        sa.Column("requested_at", when, nullable=False),
    )
    op.create_table(
        "programme_pairs",
        _row("programme_pairs", "participant_row", "programme_participants", primary=True),
        _row("programme_pairs", "mentor_row", "programme_mentors", nullable=True),
        _programme("programme_pairs"),
        sa.Column("percent", sa.Float(), nullable=True),
        sa.Column("reason", sa.String(40), nullable=True),
    )
    for table, columns in INDEXED.items():
        for column in columns:
            op.create_index(f"ix_{table}_{column}", table, [column])


INDEXED = {
    "programme_mentors": ("programme_id",),
    "programme_participants": ("programme_id",),
    "programme_requests": ("mentor_row", "programme_id"),
    "programme_pairs": ("mentor_row", "programme_id"),
}


def downgrade() -> None:
    """Drop the five tables, the ones that refer to others first."""
    for table in ("programme_pairs", "programme_requests", "programme_participants", "programme_mentors"):
        for column in INDEXED[table]:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.drop_table(table)
    op.drop_index("ix_programmes_expires_at", table_name="programmes")
    op.drop_table("programmes")

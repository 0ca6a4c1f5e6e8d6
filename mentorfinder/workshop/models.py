"""The workshop tables (SQLAlchemy 2 declarative) and the schema version the migrations bring a database to."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, TypeDecorator, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = "0003"  # the Alembic head revision (migrations/versions); its version table records it
VERSION_TABLE = "workshop_schema_version"  # own name, so the store can share a PostgreSQL database with others


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on every database.

    PostgreSQL keeps it as timestamptz; SQLite has no time zones, so it stores the naive UTC time and gets
    UTC attached when read. Naive datetimes are refused on the way in: a local time would shift expiries.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        """Aware -> UTC (naive UTC for SQLite, where stored strings compare as times only without offsets)."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("workshop timestamps must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        """Always aware, always UTC."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """The store's tables."""


class Workshop(Base):
    """One workshop: its join code, title, the hash of its facilitator key, expiry and lock."""

    __tablename__ = "workshops"
    __table_args__ = (UniqueConstraint("code", name="uq_workshops_code"),)  # two rooms never share a code

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(120))
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # purge_expired looks them up
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    # the room's picture as last released (group.Breakdown.to_json()); None before the first
    snapshot: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class Participant(Base):
    """One participant of one workshop: a random id, three moments (to the hour) and what they shared, in thirds."""

    __tablename__ = "participants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # random, linked to no session or person
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE", name="fk_participants_workshop"), index=True
    )
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    shared_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # StoredShare.to_json(): thirds, never percents; SQL NULL (not JSON null) when nothing is shared
    result: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    # shared, re-shared or withdrawn since the room's picture was last made (cleared when a new one is)
    pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

"""The mentoring programme tables (SQLAlchemy 2 declarative, on the workshop store's Base and migrations)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, UTCDateTime

CASCADE = {"ondelete": "CASCADE"}


class Programme(Base):
    """One programme: its two join codes, title, the hash of its coordinator key, expiry, mode and floor."""

    __tablename__ = "programmes"
    __table_args__ = (
        UniqueConstraint("mentor_code", name="uq_programmes_mentor_code"),
        UniqueConstraint("participant_code", name="uq_programmes_participant_code"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentor_code: Mapped[str] = mapped_column(String(8))
    participant_code: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(120))
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # the purge looks them up
    mode: Mapped[str] = mapped_column(String(16))  # "coordinator" (pairs) or "participant" (requests)
    floor: Mapped[int] = mapped_column(Integer)  # no pair below this percent
    joined: Mapped[int] = mapped_column(Integer)  # participants ever joined: the next one is P<joined + 1>


class ProgrammeMentor(Base):
    """One mentor of one programme: the core's Mentor, and the hash of the token of a mentor who joined by link."""

    __tablename__ = "programme_mentors"
    __table_args__ = (
        UniqueConstraint("programme_id", "mentor_id", name="uq_programme_mentors_mentor_id"),
        UniqueConstraint("token_hash", name="uq_programme_mentors_token_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", name="fk_programme_mentors_programme", **CASCADE), index=True
    )
    mentor_id: Mapped[str] = mapped_column(String(64))  # the roster's id, or one the store made
    token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)  # None when imported
    name: Mapped[str] = mapped_column(String(120))
    show_name: Mapped[bool] = mapped_column(Boolean)
    contact: Mapped[str] = mapped_column(String(300))
    capacity: Mapped[int] = mapped_column(Integer)
    answers: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ProgrammeParticipant(Base):
    """One participant of one programme: the hash of their token, their number (ref P7), answers, opt-in."""

    __tablename__ = "programme_participants"
    __table_args__ = (
        UniqueConstraint("programme_id", "number", name="uq_programme_participants_number"),
        UniqueConstraint("token_hash", name="uq_programme_participants_token_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", name="fk_programme_participants_programme", **CASCADE), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    token_hash: Mapped[str] = mapped_column(String(64))  # the token itself stays in their browser
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime)  # to the hour, as a workshop's times
    answers: Mapped[dict] = mapped_column(JSON)
    opted_in: Mapped[bool] = mapped_column(Boolean)


class ProgrammeRequest(Base):
    """A participant's request of a mentor (participant-led): it holds one of the mentor's places."""

    __tablename__ = "programme_requests"

    participant_row: Mapped[int] = mapped_column(
        ForeignKey("programme_participants.id", name="fk_programme_requests_participant", **CASCADE),
        primary_key=True,  # one request per participant
    )
    mentor_row: Mapped[int] = mapped_column(
        ForeignKey("programme_mentors.id", name="fk_programme_requests_mentor", **CASCADE), index=True
    )
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", name="fk_programme_requests_programme", **CASCADE), index=True
    )
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ProgrammePair(Base):
    """One line of the coordinator's saved pairing: a participant, their mentor (None: unpaired) and why."""

    __tablename__ = "programme_pairs"

    participant_row: Mapped[int] = mapped_column(
        ForeignKey("programme_participants.id", name="fk_programme_pairs_participant", **CASCADE), primary_key=True
    )
    mentor_row: Mapped[int | None] = mapped_column(
        ForeignKey("programme_mentors.id", name="fk_programme_pairs_mentor", **CASCADE), nullable=True, index=True
    )
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", name="fk_programme_pairs_programme", **CASCADE), index=True
    )
    percent: Mapped[float | None] = mapped_column(Float, nullable=True)
    reason: Mapped[str | None] = mapped_column(String(40), nullable=True)

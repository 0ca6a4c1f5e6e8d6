"""What the programme store takes and gives: mentors (with and without contact), participants, requests, pairs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

# The one Mentor (the data contract): the core's. The store gives it, contact included, only to the coordinator and
# to the participant paired with (or accepted by) that mentor.
from mentorfinder.answers.mentor import Mentor

DEFAULT_DAYS = 14  # like a workshop: the round of matching, not the months of mentoring that follow
MAX_DAYS = 90
MAX_MENTORS = 1000  # per programme; the bench ranks 300 against 1,000 participants
MAX_PARTICIPANTS = 5000
MAX_CAPACITY = 20  # mentees per mentor
MAX_ANSWER_CHARS = 20_000  # an answers dict as compact JSON; a full questionnaire is about 2,000
MAX_NAME = 120
MAX_CONTACT = 300
MAX_REASON = 40

COORDINATOR_PAIRS, PARTICIPANTS_REQUEST = "coordinator", "participant"  # the two matching modes
MODES = (COORDINATOR_PAIRS, PARTICIPANTS_REQUEST)
MENTOR_CODE, PARTICIPANT_CODE = "mentor", "participant"  # which of a programme's two codes was given
VIA_PAIRING, VIA_REQUEST = "pairing", "request"


@dataclass(frozen=True)
class MentorCard:
    """A mentor as every participant of the programme sees one: never the contact, the name only if agreed."""

    id: str
    name: str | None  # None where the mentor did not agree to show it
    capacity: int
    places_left: int  # capacity minus accepted requests (participant-led) or pairs saved (coordinator pairs)
    answers: dict[str, Any]


@dataclass(frozen=True)
class NewProgramme:
    """Returned once by create(); the key is never stored in clear text."""

    mentor_code: str  # "K7QX-M4RT": the mentors' join code
    participant_code: str  # the participants' join code
    key: str  # the coordinator key, shown once
    title: str
    mode: str  # COORDINATOR_PAIRS or PARTICIPANTS_REQUEST
    floor: int  # no pair below this percent
    expires_at: datetime


@dataclass(frozen=True)
class ProgrammeInfo:
    """A programme's public facts (what anyone with one of its codes may see)."""

    title: str
    mode: str
    floor: int
    status: str  # "open" | "expired"
    expires_at: datetime
    role: str  # MENTOR_CODE or PARTICIPANT_CODE: which code was given
    code: str  # that code, as people read it


@dataclass(frozen=True)
class NewMentor:
    """Returned once when a mentor joins by link: their id, and the token that lets them update their answers."""

    id: str
    token: str


@dataclass(frozen=True)
class NewParticipant:
    """Returned once when a participant joins: the secret token their browser keeps, and their public ref."""

    token: str
    ref: str  # "P7": how the coordinator's lists and the pairing name them (not secret, gives no access)


@dataclass(frozen=True)
class ParticipantRecord:
    """A participant as the coordinator sees one: ref, answers, opted in, when joined (to the hour), request."""

    ref: str
    answers: dict[str, Any]
    opted_in: bool
    joined_at: datetime
    requested: str | None  # the mentor id they requested (participant-led), or None


@dataclass(frozen=True)
class Pair:
    """One line of a pairing: a participant and their mentor, or no mentor and the reason code."""

    participant: str  # the participant's ref
    mentor: str | None  # the mentor id; None when unpaired
    percent: float | None  # the fit; for an unpaired person, their best below the floor (or None)
    reason: str | None = None  # why unpaired (a code from the core, like "below_floor"); None for a pair


@dataclass(frozen=True)
class MyMentor:
    """What a participant learns of their own match: the mentor with contact, or why there is none."""

    mentor: Mentor | None  # with contact: this participant was paired with (or accepted by) them
    percent: float | None
    reason: str | None  # the unpaired reason code from the saved pairing
    via: str  # VIA_PAIRING or VIA_REQUEST


def participant_ref(number: int) -> str:
    """A participant's public ref from their number in the programme: 7 -> "P7"."""
    return f"P{number}"

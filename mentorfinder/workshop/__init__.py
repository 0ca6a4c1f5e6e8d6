"""Workshop mode's storage: participants share anonymous results, a facilitator sees the room's aggregate; and
mentoring programmes: a coordinator's mentors and participants, requests within capacity, the saved pairing."""

from .codes import CODE_ALPHABET
from .errors import (
    BadInput,
    MentorFull,
    ProgrammeFull,
    StoreUnavailable,
    WorkshopClosed,
    WorkshopError,
    WorkshopExpired,
    WorkshopNotFound,
    WrongKey,
    WrongMode,
)
from .group import CHANGES_PER_SNAPSHOT, MIN_SHARED, SMALL_CELL, Breakdown
from .programme_records import (
    COORDINATOR_PAIRS,
    PARTICIPANTS_REQUEST,
    Mentor,
    MentorCard,
    MyMentor,
    NewMentor,
    NewParticipant,
    NewProgramme,
    Pair,
    ParticipantRecord,
    ProgrammeInfo,
)
from .programme_store import ProgrammeStore
from .records import DEFAULT_DAYS, GroupView, NewWorkshop, WorkshopInfo
from .shared import THIRDS, SharedResult, StoredShare
from .store import WorkshopStore

__all__ = [
    "CHANGES_PER_SNAPSHOT",
    "CODE_ALPHABET",
    "COORDINATOR_PAIRS",
    "DEFAULT_DAYS",
    "MIN_SHARED",
    "PARTICIPANTS_REQUEST",
    "SMALL_CELL",
    "THIRDS",
    "BadInput",
    "Breakdown",
    "GroupView",
    "Mentor",
    "MentorCard",
    "MentorFull",
    "MyMentor",
    "NewMentor",
    "NewParticipant",
    "NewProgramme",
    "NewWorkshop",
    "Pair",
    "ParticipantRecord",
    "ProgrammeFull",
    "ProgrammeInfo",
    "ProgrammeStore",
    "SharedResult",
    "StoreUnavailable",
    "StoredShare",
    "WorkshopClosed",
    "WorkshopError",
    "WorkshopExpired",
    "WorkshopInfo",
    "WorkshopNotFound",
    "WorkshopStore",
    "WrongKey",
    "WrongMode",
]

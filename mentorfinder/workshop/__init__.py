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
from .records import DEFAULT_DAYS, GroupView, NewWorkshop, WorkshopInfo
from .shared import THIRDS, SharedResult, StoredShare

# The two stores import SQLAlchemy and Alembic (about 0.2 s, more under load): loaded on first use, so a page that
# only needs the codes, records or errors (the welcome page among them) does not wait for them.
_STORES = {"ProgrammeStore": "programme_store", "WorkshopStore": "store"}


def __getattr__(name: str):
    """WorkshopStore and ProgrammeStore, imported from their modules the first time they are asked for."""
    if name in _STORES:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_STORES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

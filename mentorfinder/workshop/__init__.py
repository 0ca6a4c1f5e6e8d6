"""Workshop mode's storage: participants share anonymous results, a facilitator sees the room's aggregate."""

from .codes import CODE_ALPHABET
from .errors import (
    BadInput,
    StoreUnavailable,
    WorkshopClosed,
    WorkshopError,
    WorkshopExpired,
    WorkshopNotFound,
    WrongKey,
)
from .group import CHANGES_PER_SNAPSHOT, MIN_SHARED, SMALL_CELL, Breakdown
from .records import DEFAULT_DAYS, GroupView, NewWorkshop, WorkshopInfo
from .shared import THIRDS, SharedResult, StoredShare
from .store import WorkshopStore

__all__ = [
    "CHANGES_PER_SNAPSHOT",
    "CODE_ALPHABET",
    "DEFAULT_DAYS",
    "MIN_SHARED",
    "SMALL_CELL",
    "THIRDS",
    "BadInput",
    "Breakdown",
    "GroupView",
    "NewWorkshop",
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
]

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
from .group import MIN_SHARED, Breakdown
from .records import DEFAULT_DAYS, GroupView, NewWorkshop, WorkshopInfo
from .shared import SharedResult
from .store import WorkshopStore

__all__ = [
    "CODE_ALPHABET",
    "DEFAULT_DAYS",
    "MIN_SHARED",
    "BadInput",
    "Breakdown",
    "GroupView",
    "NewWorkshop",
    "SharedResult",
    "StoreUnavailable",
    "WorkshopClosed",
    "WorkshopError",
    "WorkshopExpired",
    "WorkshopInfo",
    "WorkshopNotFound",
    "WorkshopStore",
    "WrongKey",
]

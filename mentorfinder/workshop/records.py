"""The store's answers: a new workshop (with its key, once), a workshop's public facts, the projector's view."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from mentorfinder.i18n.catalogue import _
from mentorfinder.intake.safetext import text_problem

from . import texts
from .group import Breakdown

DEFAULT_DAYS = 14  # default expiry: long enough for a course's follow-up session, short enough to forget
MAX_DAYS = 90
MAX_TITLE = 120

OPEN, LOCKED, EXPIRED = "open", "locked", "expired"
STATUS_WORDS = {OPEN: _("open"), LOCKED: _("locked"), EXPIRED: _("expired")}


def status_words(status: str, language: str = "en") -> str:
    """A workshop's status as the room reads it, in `language` ("cerrado" for locked)."""
    return _(STATUS_WORDS.get(status, status), language)


@dataclass(frozen=True)
class NewWorkshop:
    """Returned once by create(); the key is never stored in clear text."""

    code: str  # "K7QX-M4RT": 8 characters from CODE_ALPHABET, shown with a dash
    key: str  # facilitator key, secrets.token_urlsafe(24)
    title: str
    expires_at: datetime  # timezone-aware UTC


@dataclass(frozen=True)
class WorkshopInfo:
    """Public facts about a workshop (what a participant may see)."""

    code: str
    title: str
    status: str  # "open" | "locked" | "expired"
    expires_at: datetime


@dataclass(frozen=True)
class GroupView:
    """What the projector view draws (facilitator key needed)."""

    info: WorkshopInfo
    joined: int  # participants who joined
    finished: int  # participants who reached their results
    shared: int  # participants who shared
    breakdown: Breakdown | None  # the picture last released; None before MIN_SHARED had shared at a release


def clean_title(title: object) -> str:
    """The title as stored: one line (controls dropped: PostgreSQL refuses NUL), single spaces; BadInput if empty or long."""
    kept = "".join(" " if c.isspace() else c for c in str(title) if c.isspace() or unicodedata.category(c) != "Cc")
    kept = " ".join(kept.split())
    if problem := text_problem(kept):  # bidi controls, or nothing but invisible characters: said by name
        raise texts.bad_title_text(problem)
    if not kept or len(kept) > MAX_TITLE:
        raise texts.bad_title(MAX_TITLE)
    return kept

"""The sentences the store's errors say to the person who met them (participant or facilitator)."""

from __future__ import annotations

from datetime import datetime

from .codes import shown_code
from .errors import WorkshopClosed, WorkshopExpired, WorkshopNotFound, WrongKey
from .records import day_words


def not_a_code() -> WorkshopNotFound:
    """Typed text that cannot be a join code."""
    return WorkshopNotFound("A workshop code has 8 letters and digits, like K7QX-M4RT. Check it and try again.")


def unknown_code(code: str) -> WorkshopNotFound:
    """A well-formed code no workshop has (never made, deleted or purged)."""
    return WorkshopNotFound(
        f"There is no workshop with the code {shown_code(code)}. It may have ended and been deleted; "
        "check the code with your facilitator."
    )


def not_a_participant(code: str) -> WorkshopNotFound:
    """A participant id this workshop does not know."""
    return WorkshopNotFound(
        f"You are not (or no longer) part of workshop {shown_code(code)}. Join it again with its code."
    )


def closed(code: str) -> WorkshopClosed:
    """The facilitator has locked the workshop."""
    return WorkshopClosed(
        f"Workshop {shown_code(code)} is closed: the facilitator is not taking new participants or results at the moment."
    )


def expired(code: str, ended: datetime) -> WorkshopExpired:
    """The workshop's end has passed."""
    return WorkshopExpired(
        f"Workshop {shown_code(code)} ended on {day_words(ended)}, {ended:%H:%M} UTC; its results are being deleted."
    )


def wrong_key(code: str) -> WrongKey:
    """The facilitator key does not match."""
    return WrongKey(f"That facilitator key does not belong to workshop {shown_code(code)}.")

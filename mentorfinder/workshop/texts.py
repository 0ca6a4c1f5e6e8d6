"""The sentences the store's errors say to the person who met them (participant or facilitator).

Each is an English template marked for the catalogue; the page shows it in the reader's language (err.say).
"""

from __future__ import annotations

from datetime import datetime

from mentorfinder.i18n.dates import Moment
from mentorfinder.i18n.message import N_, Message

from .codes import shown_code
from .errors import (
    BadInput,
    StoreUnavailable,
    WorkshopClosed,
    WorkshopExpired,
    WorkshopNotFound,
    WrongKey,
)


def not_a_code() -> WorkshopNotFound:
    """Typed text that cannot be a join code."""
    return WorkshopNotFound(N_("A workshop code has 8 letters and digits, like K7QX-M4RT. Check it and try again."))


def unknown_code(code: str) -> WorkshopNotFound:
    """A well-formed code no workshop has (never made, deleted or purged)."""
    return WorkshopNotFound(
        N_(
            "There is no workshop with the code %(code)s. It may have ended and been deleted; "
            "check the code with your facilitator."
        ),
        code=shown_code(code),
    )


def not_a_participant(code: str) -> WorkshopNotFound:
    """A participant id this workshop does not know."""
    return WorkshopNotFound(
        N_("You are not (or no longer) part of workshop %(code)s. Join it again with its code."), code=shown_code(code)
    )


def closed(code: str) -> WorkshopClosed:
    """The facilitator has locked the workshop."""
    return WorkshopClosed(
        N_("Workshop %(code)s is closed: the facilitator is not taking new participants or results at the moment."),
        code=shown_code(code),
    )


def expired(code: str, ended: datetime) -> WorkshopExpired:
    """The workshop's end has passed."""
    return WorkshopExpired(
        N_("Workshop %(code)s ended on %(ended)s; its results are being deleted."),
        code=shown_code(code),
        ended=Moment(ended),
    )


def wrong_key(code: str) -> WrongKey:
    """The facilitator key does not match."""
    return WrongKey(N_("That facilitator key does not belong to workshop %(code)s."), code=shown_code(code))


def bad_title(most: int) -> BadInput:
    """A title that is empty (after dropping control characters) or too long."""
    return BadInput(N_("A workshop needs a title of 1 to %(most)s characters."), most=most)


def bad_title_text(problem: Message) -> BadInput:
    """A title the one check of outside text refuses (a bidi control, only invisible characters)."""
    return BadInput(N_("The workshop title %(problem)s."), problem=problem)


def bad_days(most: int) -> BadInput:
    """A length in days outside 1 to `most`."""
    return BadInput(N_("A workshop lasts 1 to %(most)s days."), most=most)


def unavailable() -> StoreUnavailable:
    """The database cannot be reached just now."""
    return StoreUnavailable(N_("The workshop database cannot be reached just now. Please try again in a minute."))

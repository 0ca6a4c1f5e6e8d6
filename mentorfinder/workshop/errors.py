"""The workshop store's errors: each one's text is a sentence fit to show the person who caused it."""

from __future__ import annotations


class WorkshopError(Exception):
    """Base of every workshop error; str(err) is a sentence fit to show a person."""


class WorkshopNotFound(WorkshopError):
    """Unknown code (never created, deleted or purged), or a participant id this workshop does not know."""


class WorkshopClosed(WorkshopError):
    """The facilitator has locked the workshop: no one joins or shares until it is reopened."""


class WorkshopExpired(WorkshopError):
    """The workshop's end date has passed; its rows are purged soon."""


class WrongKey(WorkshopError):
    """The facilitator key does not match the workshop."""


class BadInput(WorkshopError, ValueError):
    """A title, a number of days or a shared result the store cannot take as given."""


class StoreUnavailable(WorkshopError):
    """The database cannot be reached (server down, file locked too long); trying again later may work."""

"""The workshop store's errors: each one holds a sentence fit to show the person who caused it, in any language."""

from __future__ import annotations

from typing import Any

from mentorfinder.i18n.message import Message


class WorkshopError(Exception):
    """Base of every workshop error. str(err) is the sentence in English (logs, the CLI); say(language) is the
    sentence in the reader's language. The store raises before it knows that language, so the error keeps its
    Message (the English template, the catalogue's key, and its values) and the page says it when it shows it."""

    def __init__(self, template: str, **values: Any):
        self.message = Message(template, **values)
        super().__init__(str(self.message))

    def say(self, language: str = "en") -> str:
        """The sentence in `language`."""
        return self.message.say(language)


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


class MentorFull(WorkshopError):
    """A programme mentor has no place left: every place of their capacity is taken by a request."""


class ProgrammeFull(WorkshopError):
    """A programme holds as many mentors or participants as one programme may."""


class WrongMode(WorkshopError):
    """The call belongs to the other matching mode (a request where the coordinator pairs, or the reverse)."""

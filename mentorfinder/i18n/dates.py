"""Dates in words, in the reader's language: "25 November 2026", "25 de noviembre de 2026"."""

from __future__ import annotations

from datetime import date, datetime

from mentorfinder.i18n.catalogue import _

MONTHS = (_("January"), _("February"), _("March"), _("April"), _("May"), _("June"), _("July"), _("August"))
MONTHS += (_("September"), _("October"), _("November"), _("December"))


def date_words(day: date, language: str = "en") -> str:
    """25 November 2026 (in Spanish: 25 de noviembre de 2026)."""
    month = _(MONTHS[day.month - 1], language)
    return _("%(day)s %(month)s %(year)s", language) % {"day": day.day, "month": month, "year": day.year}


def moment_words(moment: datetime, language: str = "en") -> str:
    """25 November 2026, 14:05 UTC: a day and a clock time, for when a workshop ends or was exported."""
    return f"{date_words(moment.date(), language)}, {moment:%H:%M} UTC"


class Moment:
    """A moment a sentence quotes (a message value): said as moment_words in the reader's language."""

    __slots__ = ("moment",)

    def __init__(self, moment: datetime):
        self.moment = moment

    def say(self, language: str = "en") -> str:
        """The moment in words in `language`."""
        return moment_words(self.moment, language)

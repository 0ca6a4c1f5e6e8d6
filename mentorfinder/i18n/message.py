"""A sentence said in any language: its English template, marked for the catalogue, and the values it quotes."""

from __future__ import annotations

import gettext
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

from mentorfinder.i18n.catalogue import SOURCE_LANGUAGE, _, ngettext, translator


def N_(message: str) -> str:  # noqa: N802 - the name gettext tools look for
    """Mark English words for the catalogue where they are written; they are translated when said."""
    return message


class Number:
    """A number the app states (a limit, a count, a range): exactly as before in English, by the reader's locale
    in another language (262,144 is 262.144 in Spanish). A number quoted from the file stays as written."""

    __slots__ = ("value", "english")

    def __init__(self, value: int | float, english: str):
        self.value, self.english = value, english

    def say(self, language: str = SOURCE_LANGUAGE) -> str:
        """The number written the way the language writes numbers."""
        locale = _locale(language)
        if locale is None:
            return self.english
        return format_decimal(self.value, locale=locale, decimal_quantization=False)

    def __str__(self) -> str:
        return self.english

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Number) and (self.value, self.english) == (other.value, other.english)

    def __hash__(self) -> int:
        return hash((self.value, self.english))

    def __repr__(self) -> str:
        return f"Number({self.value!r}, {self.english!r})"


def grouped(value: int | float) -> Number:
    """A number English writes with thousands separators (262,144)."""
    return Number(value, f"{value:,}")


def plain(value: int | float) -> Number:
    """A number English writes short, without separators (0.5, 10, 1e+09)."""
    return Number(value, f"{value:g}")


def _locale(language: str) -> Locale | None:
    """The locale a language's numbers follow, or None where the words are English (no catalogue).

    Not memoised here: a process-wide cache keyed by a code is kept to the catalogue alone (i18n.translator),
    and Babel keeps each locale's data once loaded."""
    if not isinstance(translator(language), gettext.GNUTranslations):
        return None
    code = language.replace("-", "_")
    for candidate in (code, code.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (ValueError, UnknownLocaleError):
            continue
    return None


class Message:
    """English words with named placeholders and the values that fill them; `str()` says them in English and
    `say(language)` in any language. Values are text (ids, file names: never translated), Numbers, or Messages
    (a sentence built from smaller ones: "goals.hope: expected text, got a number")."""

    __slots__ = ("template", "plural", "count", "values")

    def __init__(self, template: str, /, **values: Any):
        self.template: str = template
        self.plural: str | None = None
        self.count = 0
        self.values = tuple(values.items())

    @classmethod
    def ngettext(cls, singular: str, plural: str, count: int, /, **values: Any) -> Message:
        """Words whose form depends on a count, chosen by each language's plural rule (the catalogue's plural)."""
        message = cls(singular, **values)
        message.plural, message.count = plural, count
        return message

    def say(self, language: str = SOURCE_LANGUAGE) -> str:
        """The sentence in `language` (English where the catalogue has none), values filled in."""
        if self.plural is None:
            words = _(self.template, language)
        else:
            words = ngettext(self.template, self.plural, self.count, language)
        if not self.values:  # not a format string: a sentence quoting an id with '%' in it says it as it is
            return words
        return words % {name: said(value, language) for name, value in self.values}

    def __str__(self) -> str:
        return self.say(SOURCE_LANGUAGE)

    def _key(self) -> tuple:
        return (self.template, self.plural, self.count, self.values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"


def said(value: Any, language: str = SOURCE_LANGUAGE) -> str:
    """Any message value in `language`: whatever can say itself (a Message, a Number, a dates.Moment) says
    itself in it, anything else (an id, a name) as is."""
    say = getattr(value, "say", None)
    return say(language) if callable(say) else str(value)

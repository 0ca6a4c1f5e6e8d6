"""The core's own sentences in the reader's language: one gettext catalogue per language, read from its .po file."""

from __future__ import annotations

import gettext
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "mentorfinder"
SOURCE_LANGUAGE = "en"  # msgids are the English text, so English needs no catalogue


def po_path(language: str) -> Path:
    """Where a language's catalogue lives: locale/<language>/LC_MESSAGES/mentorfinder.po."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    """Every language the core can speak: English, then each language with a catalogue, sorted."""
    found = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return [SOURCE_LANGUAGE, *[code for code in found if code != SOURCE_LANGUAGE]]


def _base(language: str) -> str:
    """'es-419' and 'es_MX' read the 'es' catalogue when they have none of their own."""
    return language.replace("_", "-").split("-")[0]


@cache
def translator(language: str) -> gettext.NullTranslations:
    """The catalogue for a language, compiled in memory from its .po file (no build step); English as is.

    A language without a catalogue speaks English, the way content text falls back to English.
    """
    for code in (language, _base(language)):
        path = po_path(code)
        if code != SOURCE_LANGUAGE and path.is_file():
            with path.open("rb") as po:
                catalog = read_po(po, locale=code.replace("-", "_"))
            compiled = BytesIO()
            write_mo(compiled, catalog)
            compiled.seek(0)
            return gettext.GNUTranslations(compiled)
    return gettext.NullTranslations()


def _(message: str, language: str = "en") -> str:
    """A fixed sentence of the core in `language` (the English text itself is the key)."""
    return translator(language).gettext(message)


def ngettext(singular: str, plural: str, n: int, language: str = "en") -> str:
    """The singular or plural form for n, by the plural rule of `language` (Spanish and English: n == 1)."""
    return translator(language).ngettext(singular, plural, n)

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


PROJECT = Path(__file__).parents[2]  # mentorfinder/i18n/catalogue.py -> the checkout
ROOTS = ("mentorfinder", "ui", "views")  # the core, and the app's own pages and helpers: one catalogue for all


def source_messages(*roots: Path) -> dict[str | tuple[str, str], list[tuple[str, int]]]:
    """Every message the code marks with _() or ngettext(), with the files and lines that use it.

    Reads the core and the app (ROOTS), or only the given roots. The key is the msgid, or (singular, plural)
    for a plural message; read by Babel's own extractor. Places read "ui/steps.py", each under its root's name.
    """
    from babel.messages.extract import extract_from_dir  # only the catalogue checks and updates need it

    found: dict[str | tuple[str, str], list[tuple[str, int]]] = {}
    for root in roots or tuple(PROJECT / name for name in ROOTS):
        if not root.is_dir():  # an installed core without the app's folders
            continue
        for filename, lineno, message, _comments, _context in extract_from_dir(root, method_map=[("**.py", "python")]):
            found.setdefault(message, []).append((f"{root.name}/{filename}", lineno))
    return found


def update_catalogue(language: str) -> list[str]:
    """Bring a language's .po in line with the code: new messages added empty, unused ones dropped.

    Returns the msgids still without a translation. Translations and the file's header are kept.
    """
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    path = po_path(language)
    catalog = read_po(path.open("rb"), locale=language) if path.is_file() else Catalog(locale=language)
    wanted = source_messages()
    for message in [m.id for m in catalog if m.id and m.id not in wanted]:
        del catalog[message]
    for message, places in wanted.items():
        if message in catalog:
            catalog[message].locations = places
        else:
            catalog.add(message, ("", "") if isinstance(message, tuple) else "", places)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as po:
        write_po(po, catalog, width=120)
    return [str(m.id) for m in catalog if m.id and not (all(m.string) if m.pluralizable else m.string)]

"""The languages a person can choose: those the content is written in, named in their own words, and `?lang=`."""

from __future__ import annotations

from mentorfinder.content.load import Content

# Each language named in itself, so a person who reads only that one still finds it
NAMES = {"en": "English", "es": "Español"}


def languages(content: Content) -> list[str]:
    """Languages the questionnaire titles are written in (English first)."""
    found = {"en"}
    for q in content.questionnaires:
        if isinstance(q.title, dict):
            found.update(q.title)
    return sorted(found, key=lambda code: (code != "en", code))


def name(code: str) -> str:
    """'Español' for 'es'; a language without a name here shows its code."""
    return NAMES.get(code, code)


def url_language(content: Content, asked: str) -> str:
    """The language an address asks for (`?lang=es`; a regional `es-419` or `es_MX` reads `es`), else English."""
    asked = asked.strip().replace("_", "-").lower()
    known = languages(content)
    for code in (asked, asked.split("-")[0]):
        if code in known:
            return code
    return "en"

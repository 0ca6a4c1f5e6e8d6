"""Small helpers shared by every generated sentence (articles, lists), in the reader's language."""

from __future__ import annotations

import re

from mentorfinder.i18n.catalogue import _

Text = str | dict[str, str]  # a content text: one string, or {language code: text}
MAX_WORDS = 25  # the product's limit for any sentence shown to the person: one a 12-year-old can read


class ProperName(str):
    """A person's name (a programme's mentor): said as it is, never with an article or quotes before it."""

    __slots__ = ()


def a_or_an(name: str, language: str = "en") -> str:
    """'a Connector', 'an Industry veteran' (in Spanish, a phrase that needs no gendered article); a ProperName
    ('Ana García') as it is."""
    if isinstance(name, ProperName):
        return str(name)
    if name[:1].lower() in "aeiou":
        return _("an %(name)s", language) % {"name": name}
    return _("a %(name)s", language) % {"name": name}


def capitalised(sentence: str) -> str:
    """The sentence with its first letter upper-case (the rest untouched, so quoted answers stay exact)."""
    return sentence[:1].upper() + sentence[1:]


# Spanish writes "y" as "e" before an /i/ sound (idea, hijo; not hielo) and "o" as "u" before an /o/ sound
# (otro, hora, 8, 11): a rule of the spelling, so no translation can choose it. A quote mark may sit between.
_OPEN = "«“\"‘'(¿¡"
_SPANISH_CONJUNCTIONS = (
    (re.compile(rf"(?<![\w-])y (?=[{_OPEN}]*h?[iíIÍ](?![aeoáéóAEOÁÉÓ]))"), "e "),
    (re.compile(rf"(?<![\w-])Y (?=[{_OPEN}]*h?[iíIÍ](?![aeoáéóAEOÁÉÓ]))"), "E "),
    (re.compile(rf"(?<![\w-])o (?=[{_OPEN}]*(?:h?[oóOÓ]|8|11(?!\d)))"), "u "),
    (re.compile(rf"(?<![\w-])O (?=[{_OPEN}]*(?:h?[oóOÓ]|8|11(?!\d)))"), "U "),
)


def euphonic(sentence: str, language: str = "en") -> str:
    """A composed sentence with its joining words fitted to the word after them: in Spanish 'confianza e
    iniciativa', 'siete u ocho' (made from pieces, so the piece after 'y' or 'o' is only known here)."""
    if language.replace("_", "-").split("-")[0] != "es":
        return sentence
    for pattern, conjunction in _SPANISH_CONJUNCTIONS:
        sentence = pattern.sub(conjunction, sentence)
    return sentence


def lowered(words: str) -> str:
    """'Networking' -> 'networking' (a label inside a sentence; the rest untouched, so 'AI skills' keeps 'I')."""
    return words[:1].lower() + words[1:]


def joined(items: list[str], language: str = "en") -> str:
    """'a', 'a and b', 'a, b and c'; an empty list gives ''."""
    if len(items) <= 1:
        return "".join(items)
    said = _("%(items)s and %(last)s", language) % {"items": ", ".join(items[:-1]), "last": items[-1]}
    return euphonic(said, language)


def either(items: list[str], language: str = "en") -> str:
    """'a', 'a or b', 'a or b or c' (every choice named as an alternative); an empty list gives ''."""
    said = items[0] if items else ""
    for item in items[1:]:
        said = _("%(items)s or %(last)s", language) % {"items": said, "last": item}
    return euphonic(said, language)


def translate(value: Text, language: str = "en", fallback: str = "en") -> str:
    """Translatable text in one language, falling back to `fallback`, then to any: the one way content is translated."""
    if isinstance(value, str):
        return value
    if not value:
        return ""
    if found := value.get(language):
        return found
    base = language.replace("_", "-").split("-")[0]  # 'es-419' and 'es_MX' read 'es' when they have no text
    return value.get(base) or value.get(fallback) or next(iter(value.values()))

"""Small helpers shared by every generated sentence (articles, lists), in the reader's language."""

from __future__ import annotations

from mentorfinder.i18n.catalogue import _

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


def joined(items: list[str], language: str = "en") -> str:
    """'a', 'a and b', 'a, b and c'; an empty list gives ''."""
    if len(items) <= 1:
        return "".join(items)
    return _("%(items)s and %(last)s", language) % {"items": ", ".join(items[:-1]), "last": items[-1]}


def either(items: list[str], language: str = "en") -> str:
    """'a', 'a or b', 'a or b or c' (every choice named as an alternative); an empty list gives ''."""
    said = items[0] if items else ""
    for item in items[1:]:
        said = _("%(items)s or %(last)s", language) % {"items": said, "last": item}
    return said

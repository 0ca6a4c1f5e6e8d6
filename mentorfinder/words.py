"""Small English helpers shared by every generated sentence (articles, lists)."""

from __future__ import annotations


def a_or_an(name: str) -> str:
    """'a Connector', 'an Industry veteran'."""
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def capitalised(sentence: str) -> str:
    """The sentence with its first letter upper-case (the rest untouched, so quoted answers stay exact)."""
    return sentence[:1].upper() + sentence[1:]

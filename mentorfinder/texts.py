"""Every user-visible text of a loaded content file, with its place in the file: what translation checks walk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from .schema import Text

Location = tuple[Any, ...]


def _is_text(annotation: Any) -> bool:
    """Whether a field holds one translatable text (a string or a map of language code to text)."""
    return annotation == Text


def _walk(value: Any, annotation: Any, loc: Location) -> Iterator[tuple[Location, Any]]:
    """Texts inside one value of a declared type: a text, a model, or a list or map of either."""
    if value is None:
        return
    if _is_text(annotation):
        yield loc, value
    elif isinstance(value, BaseModel):
        yield from texts_of(value, loc)
    elif isinstance(value, list):
        inner = next((a for a in get_args(annotation) if a is not type(None)), None)
        inner = get_args(inner)[0] if get_origin(inner) is list else inner
        for i, item in enumerate(value):
            yield from _walk(item, inner, (*loc, i))
    elif isinstance(value, dict):
        args = [a for a in get_args(annotation) if a is not type(None)]
        args = get_args(args[0]) if args and get_origin(args[0]) is dict else args
        inner = args[1] if len(args) == 2 else None
        for key, item in value.items():
            yield from _walk(item, inner, (*loc, key))


def texts_of(model: BaseModel, loc: Location = ()) -> Iterator[tuple[Location, Any]]:
    """(location, text) for every translatable text in a model, in file order; locations use the file's keys.

    A text is a plain string or a map of language code to text (schema.translate). An empty text is
    left out: there is nothing to translate.
    """
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        if value in (None, "", [], {}):
            continue
        yield from _walk(value, field.annotation, (*loc, field.alias or name))


def languages_of(text: Any) -> set[str]:
    """The languages one text is written in (a plain string counts as the file's default language only)."""
    return set(text) if isinstance(text, dict) else set()

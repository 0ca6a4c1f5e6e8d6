"""JSON read strictly (finite, bounded numbers; no repeated keys) and the line of every key, for `PATH:LINE:`."""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

from mentorfinder.i18n.message import N_, Message
from mentorfinder.intake.problems import ContentError, Problem
from mentorfinder.intake.safetext import Unusable, not_a_number, number_from, shown

# The json module's own reasons (its C and its Python parser word a few differently), each said in the
# reader's language; a reason not listed here stays as the module wrote it.
JSON_REASONS = [
    N_("Expecting value"),
    N_("Extra data"),
    N_("Expecting ',' delimiter"),
    N_("Expecting ':' delimiter"),
    N_("Expecting property name enclosed in double quotes"),
    N_("Unterminated string starting at"),
    N_("Invalid control character at"),
    N_("Invalid control character %(character)s at"),
    N_("Invalid \\uXXXX escape"),
    N_("Invalid \\escape"),
    N_("Invalid \\escape: %(escape)s"),
    N_("Illegal trailing comma before end of object"),
    N_("Illegal trailing comma before end of array"),
]
# each reason as a pattern: its words exactly, a placeholder matching what the module put there
REASON_PATTERNS = [
    (re.compile(re.sub(r"%\\\((\w+)\\\)s", r"(?P<\1>.+)", re.escape(words))), words) for words in JSON_REASONS
]


class _Refused(ValueError):
    """Raised from inside the JSON parser's object hook: what is wrong, and the key to find its line by."""

    def __init__(self, message: Message, needle: str, nth: int = 0):
        super().__init__(message)
        self.message, self.needle, self.nth = message, needle, nth


def _constant(literal: str) -> Unusable:
    return Unusable(not_a_number(literal))


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object without repeated keys: with two, one answer would silently win over the other."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            duplicate = Message(N_("duplicate key %(key)s — each key may appear once"), key=shown(repr(key)))
            raise _Refused(duplicate, key, nth=1)
        seen[key] = value
    return seen


def loads_strict(content: str, path: str) -> Any:
    """JSON text -> data with finite, bounded numbers and no repeated keys; raise ContentError naming the line."""
    try:
        return json.loads(
            content, parse_int=lambda s: number_from(s, int), parse_float=lambda s: number_from(s, float),
            parse_constant=_constant, object_pairs_hook=_pairs,
        )  # fmt: skip
    except _Refused as err:
        raise ContentError([Problem(path, Locator(content).line_of(err.needle, err.nth), err.message)]) from None
    except json.JSONDecodeError as err:
        words = N_("not valid JSON: %(reason)s (column %(column)s) — was the file cut short?")
        reason = Message(words, reason=json_reason(err.msg), column=err.colno)
        raise ContentError([Problem(path, err.lineno, reason)]) from None
    except RecursionError:
        deep = Message(N_("JSON nesting is too deep — this is not an answers file"))
        raise ContentError([Problem(path, 1, deep)]) from None


def json_reason(reason: str) -> Message | str:
    """The json module's reason for refusing a text, as a Message when it is one the catalogue knows."""
    for pattern, words in REASON_PATTERNS:
        if found := pattern.fullmatch(reason):
            return Message(words, **found.groupdict())
    return reason


def _unescape(raw: str) -> str:
    """A key as JSON source writes it -> the key as parsed (so "x\\ud800y" is found by its parsed text)."""
    if "\\" not in raw:
        return raw
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return raw


class Locator:
    """Finds the line of a JSON key (JSON parsers drop positions); every key is indexed in one pass."""

    KEY = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:')

    def __init__(self, content: str):
        self.content = content
        self.positions: dict[str, list[int]] = {}
        self.newlines = [i for i, char in enumerate(content) if char == "\n"]
        for found in self.KEY.finditer(content):
            self.positions.setdefault(_unescape(found.group(1)), []).append(found.start())

    def line_of(self, needle: str, nth: int = 0) -> int:
        """Line of the nth `"needle":` key, else of the first place the text appears; 1 when not found."""
        places = self.positions.get(needle, [])
        at = places[min(nth, len(places) - 1)] if places else self.content.find(needle)
        return bisect.bisect_left(self.newlines, at) + 1 if at >= 0 else 1

    def line_at(self, loc: tuple) -> int:
        """Line of a location in the data: its last key (after the one before it, when there is one)."""
        keys = [part for part in loc if isinstance(part, str)]
        if not keys:
            return 1
        return self.line(keys[-1], after=keys[-2] if len(keys) > 1 else None)

    def line(self, key: str, after: str | None = None) -> int:
        """Line of the first `"key":` (after the first `"after":` when given); 1 when not found."""
        start = self.positions.get(after, [0])[0] if after is not None else 0
        places = self.positions.get(str(key), [])
        index = bisect.bisect_left(places, start)
        if index == len(places):
            return 1
        return bisect.bisect_left(self.newlines, places[index]) + 1

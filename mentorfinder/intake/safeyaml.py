"""Read YAML safely and remember the line of every value, for `PATH:LINE:` messages.

Only plain data is accepted: no Python object tags, no aliases (which make
"billion laughs" bombs possible), no duplicate keys, and no file over MAX_BYTES.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from mentorfinder.i18n.message import N_, Message, grouped
from mentorfinder.intake.problems import ContentError, Problem
from mentorfinder.intake.safetext import digits_problem, number_problem, read_bounded, shown, text_problem

MAX_BYTES = 1024 * 1024
FAST_MAX_BRACKETS = 2000  # below this, flow nesting stays shallow enough for the C parser's recursion
PLAIN_TAGS = {f"tag:yaml.org,2002:{kind}" for kind in ("str", "int", "float", "bool", "null")}
NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
Location = tuple[Any, ...]


class _NoAliasLoader(yaml.SafeLoader):
    """A SafeLoader that refuses aliases outright instead of expanding them."""

    def compose_node(self, parent, index):  # noqa: D102 - PyYAML hook
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                problem=f"YAML aliases (*{event.anchor}) are not allowed — write the value out in full",
                problem_mark=event.start_mark,
            )
        return super().compose_node(parent, index)


class LineMap:
    """Maps a location inside the data (a tuple of keys and indexes) to a line number."""

    def __init__(self) -> None:
        self.lines: dict[Location, int] = {}

    def line(self, loc: Location) -> int:
        """Line of the deepest known prefix of `loc` (1 when nothing matches)."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)


def too_big(size: int, path: str, max_bytes: int = MAX_BYTES, known: bool = True) -> ContentError:
    """The error for a file over the size cap (`known=False`: reading stopped at the cap, so the size is unknown)."""
    if known:
        message = Message.ngettext(
            "file is %(size)s byte; the limit is %(limit)s — split it or trim it",
            "file is %(size)s bytes; the limit is %(limit)s — split it or trim it",
            size,
            size=grouped(size),
            limit=grouped(max_bytes),
        )
    else:
        message = Message.ngettext(
            "file is over %(limit)s byte; the limit is %(limit)s — split it or trim it",
            "file is over %(limit)s bytes; the limit is %(limit)s — split it or trim it",
            max_bytes,
            limit=grouped(max_bytes),
        )
    return ContentError([Problem(path, 1, message)])


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _looks_utf16(raw: bytes) -> bool:
    """A UTF-16 byte-order mark, or the NUL in every other byte that UTF-16 gives mostly-ASCII text."""
    half = len(raw) // 2
    return raw.startswith(UTF16_BOMS) or (half > 2 and max(raw[1::2].count(0), raw[::2].count(0)) >= 0.9 * half)


def decode_text(raw: bytes, path: str, max_bytes: int = MAX_BYTES) -> str:
    """Turn file bytes into text, refusing large, empty, binary, UTF-16 or non-UTF-8 input."""
    if len(raw) > max_bytes:
        raise too_big(len(raw), path, max_bytes)
    if not raw.strip():
        raise ContentError([Problem(path, 1, Message(N_("file is empty — expected YAML or JSON text")))])
    if _looks_utf16(raw):
        # UTF-16 (Windows Notepad's "Unicode") is text, just not UTF-8: say so instead of "binary"
        raise ContentError([Problem(path, 1, Message(N_("file is UTF-16 text, not UTF-8 — save it as UTF-8")))])
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        binary = Message(N_("file is binary (contains NUL bytes), not text — save it as UTF-8 text"))
        raise ContentError([Problem(path, line, binary)])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        words = N_("byte 0x%(byte)s is not valid UTF-8 — save the file as UTF-8")
        raise ContentError([Problem(path, line, Message(words, byte=f"{raw[err.start]:02x}"))]) from None


def _build(node, loader: _NoAliasLoader, loc: Location, lines: LineMap, path: str) -> Any:
    lines.lines[loc] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        return _build_mapping(node, loader, loc, lines, path)
    if isinstance(node, SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise _tag_error(node, path)
        return [_build(child, loader, loc + (i,), lines, path) for i, child in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    return _build_scalar(node, loader, path)


def _build_mapping(node: MappingNode, loader: _NoAliasLoader, loc: Location, lines: LineMap, path: str) -> dict:
    if node.tag != "tag:yaml.org,2002:map":
        raise _tag_error(node, path)
    result: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = _build(key_node, loader, loc + ("<key>",), lines, path)
        if isinstance(key, (dict, list)):
            raise ContentError([Problem(path, key_node.start_mark.line + 1, "a mapping key must be a plain value")])
        if key in result:
            raise ContentError(
                [Problem(path, key_node.start_mark.line + 1, f"duplicate key '{key}' — each key may appear once")]
            )
        result[key] = _build(value_node, loader, loc + (key,), lines, path)
    lines.lines.pop(loc + ("<key>",), None)
    return result


def _build_scalar(node: ScalarNode, loader: _NoAliasLoader, path: str) -> Any:
    if node.tag not in PLAIN_TAGS:
        raise _tag_error(node, path)
    line = node.start_mark.line + 1
    if node.tag in NUMBER_TAGS and (problem := digits_problem(node.value)):
        raise ContentError([Problem(path, line, problem)])  # before int(): 5,000 digits raise, 400 overflow
    try:
        value = loader.construct_object(node, deep=True)
    except (ValueError, KeyError, IndexError, TypeError, ArithmeticError, yaml.YAMLError):
        # an explicit tag PyYAML cannot build (!!int "abc", !!bool "maybe", !!int ""): the writer's mistake, not ours
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        words = (
            f"YAML cannot read {shown(repr(node.value))[:60]} as {tag} — write a plain value, or remove the {tag} tag"
        )
        raise ContentError([Problem(path, line, words)]) from None
    problem = text_problem(value) if isinstance(value, str) else number_problem(value)
    if problem:
        raise ContentError([Problem(path, line, f"{'text' if isinstance(value, str) else 'value'} {problem}")])
    return value


def _tag_error(node, path: str) -> ContentError:
    tag = shown(node.tag.replace("tag:yaml.org,2002:", "!!"))
    message = f"YAML tag '{tag}' is not allowed — only plain text, numbers, lists and mappings"
    if tag in {"!!timestamp", "!!binary", "!!set", "!!omap", "!!pairs"} and isinstance(node, ScalarNode):
        # YAML turns an unquoted 2024-01-01 into a date: the fix is quotes, not a different value
        message = f"YAML reads {shown(node.value)[:40]} as a {tag[2:]}, which is not allowed — put it in quotes: '{shown(node.value)[:40]}'"
    return ContentError([Problem(path, node.start_mark.line + 1, message)])


def parse_yaml(text: str, path: str) -> tuple[Any, LineMap]:
    """Parse YAML text into plain data and a LineMap; raise ContentError with one line per problem."""
    lines = LineMap()
    try:
        node, loader = _compose(text)
        if node is None:
            raise ContentError([Problem(path, 1, "file holds no data — expected a YAML mapping")])
        data = _build(node, loader, (), lines, path)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        what = " ".join(str(part) for part in (err.context, err.problem) if part)
        raise ContentError([Problem(path, line, f"YAML syntax error: {what}{_syntax_hint(what)}")]) from None
    except yaml.reader.ReaderError as err:
        # the reader refuses control characters; it knows the offset, not the line
        line = text.count("\n", 0, err.position) + 1
        raise ContentError(
            [Problem(path, line, f"character U+{err.character:04X} is not allowed (a control character) — remove it")]
        ) from None
    except yaml.YAMLError as err:
        raise ContentError([Problem(path, 1, f"YAML error: {shown(err)}")]) from None
    except RecursionError:
        raise ContentError([Problem(path, 1, "nesting is too deep — flatten the structure")]) from None
    return data, lines


def _compose(text: str) -> tuple[Any, yaml.SafeLoader]:
    """The node tree, from libyaml's C parser when it is there (50,000 keys in a second, not five).

    Only for text that cannot nest deeply (the C composer recurses on the C stack); any error, and
    any alias, is found again by the Python parser, whose messages the corpus and the docs quote.
    """
    if getattr(yaml, "__with_libyaml__", False) and text.count("[") + text.count("{") < FAST_MAX_BRACKETS:
        try:
            if not _has_alias(text):
                fast = yaml.CSafeLoader(text)
                try:
                    return fast.get_single_node(), fast
                finally:
                    fast.dispose()
        except yaml.YAMLError:
            pass
    loader = _NoAliasLoader(text)
    try:
        return loader.get_single_node(), loader
    finally:
        loader.dispose()


def _has_alias(text: str) -> bool:
    events = yaml.CSafeLoader(text)
    try:
        while events.check_event():
            if isinstance(events.get_event(), AliasEvent):
                return True
        return False
    finally:
        events.dispose()


def _syntax_hint(what: str) -> str:
    if "\\t" in what or "tab" in what:
        return " — use spaces, not tabs, to indent"
    if "block end" in what or "mapping values are not allowed" in what or "block mapping" in what:
        return " — check the indentation of this line and the one above"
    if "flow mapping" in what or "flow sequence" in what:
        return " — inside { } or [ ], put text containing : ? , or # in quotes"
    if "sequence entries are not allowed" in what:
        # a bare `key: -` (reverse scoring) reads as the start of a list, which is where this message comes from
        return ' — a lone - starts a list item; to write the text -, quote it: key: "-"'
    return ""


def load_yaml_file(path: Path | str, max_bytes: int = MAX_BYTES) -> tuple[Any, LineMap]:
    """Read and parse a YAML file with the size cap; raise ContentError on any problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise too_big(size, str(path), max_bytes)
        raw = read_bounded(path, max_bytes)  # a device or pipe reports size 0: the read itself is capped
        if len(raw) > max_bytes:
            raise too_big(len(raw), str(path), max_bytes, known=False)
    except OSError as err:
        raise ContentError([Problem(str(path), 1, f"cannot read file: {err.strerror}")]) from None
    return parse_yaml(decode_text(raw, str(path), max_bytes), str(path))

"""The one check of outside text and numbers: valid Unicode, no stray control characters, finite and bounded.

Every entry point (answers files, links, uploads, YAML content, command-line flags) runs its text and
numbers through here, so a value that passes can be printed, encoded as UTF-8, put in JSON and
formatted with `{:g}` anywhere in the app without raising.
"""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path
from typing import Any, BinaryIO

from mentorfinder.i18n.message import N_, Message, grouped

# Bigger than any answer, scale end, score or weight a questionnaire needs, small enough that sums,
# products and `{:g}` never overflow a float.
MAX_NUMBER = 1_000_000_000
MAX_NUMBER_WORDS = Message(N_("numbers must lie between -%(max)s and %(max)s"), max=grouped(MAX_NUMBER))
MAX_DIGITS = 15  # significant digits before the point: 16 or more make at least 10^15, far past MAX_NUMBER
MAX_WRITTEN = 100  # digits in all, however placed: a longer literal is refused before int() (quadratic) runs
MAX_NAME = 80  # the PDF name box's limit, for the command line too
# Lone surrogates cannot be encoded as UTF-8; control characters (C0, DEL, C1) other than tab and
# newline garble terminals, PDFs and JSON readers. \r is refused too: a browser sends \n only.
BAD_CHAR = re.compile(r"[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional controls (embeddings, overrides, isolates, marks) reorder the text after them: "txt.exe" can be shown
# as "exe.txt", and a problem line echoing one reads backwards. Refused in outside text; escaped wherever echoed.
BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Characters that draw nothing (zero-width space and joiners, the BOM, fillers): text made only of them looks empty
INVISIBLE = re.compile(r"[\u00ad\u034f\u115f\u1160\u180e\u200b-\u200d\u2060-\u2064\u3164\ufeff\uffa0\u2800]")
# Fine inside an answer, but a terminal and str.splitlines() break a line at U+2028/U+2029: escape them in messages,
# with the bidi controls and the invisible characters (a problem line says exactly what is there)
UNSHOWN = re.compile(
    r"[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    r"\u00ad\u034f\u115f\u1160\u180e\u200b\u2060-\u2064\u3164\ufeff\uffa0\u2800]"
)  # not U+200C/U+200D: joiners inside Persian words and emoji sequences are part of the text
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z]{2}|-[0-9]{3})?")  # en, pt-BR, en-gb, es-419


def text_problem(value: str) -> Message | None:
    """Why text cannot be taken in, or None when it is fine: a lone surrogate, a control character, a bidirectional
    control, or nothing but invisible characters (spaces alone are left to each field: blank means unanswered)."""
    found = BAD_CHAR.search(value)
    if found is None:
        return _drawn_problem(value)
    code = ord(found.group())
    if 0xD800 <= code <= 0xDFFF:
        words = N_("has a broken character (U+%(code)s, half of a pair) at position %(position)s — retype it")
    else:
        words = N_("has a control character (U+%(code)s) at position %(position)s — remove it")
    return Message(words, code=f"{code:04X}", position=found.start() + 1)


def _drawn_problem(value: str) -> Message | None:
    """Bidi controls anywhere, or text that draws nothing although it is not just spaces; each named."""
    if found := BIDI.search(value):
        return Message(
            N_("has a bidirectional control character (%(name)s) at position %(position)s — remove it"),
            name=char_name(found.group()),
            position=found.start() + 1,
        )
    if value.strip() and not any(_drawn(c) for c in value):
        names = sorted({char_name(c) for c in value if not c.isspace()})
        return Message(
            N_("is made only of invisible characters (%(names)s) — type some visible text"), names=", ".join(names)
        )
    return None


def _drawn(char: str) -> bool:
    """True for a character that puts ink on the page."""
    return not (char.isspace() or INVISIBLE.match(char) or unicodedata.category(char) in ("Cf", "Cc", "Zs", "Mn", "Me"))


def char_name(char: str) -> str:
    """ "U+202E RIGHT-TO-LEFT OVERRIDE": a character said so a person can find it, since it cannot be seen."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed')}"


def number_problem(value: Any) -> Message | None:
    """Why a number cannot be taken in (not finite, or beyond ±MAX_NUMBER), or None; other types pass."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return not_a_number(str(value))
    if abs(value) > MAX_NUMBER:
        return too_large(shown_number(value))
    return None


def not_a_number(literal: str) -> Message:
    """The problem with NaN or Infinity, written as the file wrote it."""
    return Message(N_("%(value)s is not a number this app can use — write a plain number"), value=literal)


def too_large(shown_value: str | Message) -> Message:
    """The problem with a number beyond ±MAX_NUMBER, and the range that is allowed."""
    return Message(N_("%(value)s is too large — %(limits)s"), value=shown_value, limits=MAX_NUMBER_WORDS)


def digits_problem(literal: str) -> Message | None:
    """Why a number written as text is refused before it is converted, or None: more than MAX_DIGITS significant
    digits before the point (so it is too large, whatever follows), or more than MAX_WRITTEN digits in all (leading
    zeros or a long fraction: not too large, but too long to read). A long fraction such as 4.0000000000000001 is
    left to the value checks."""
    mantissa = re.split(r"[eE]", literal, maxsplit=1)[0]
    whole = mantissa.split(".", 1)[0].lstrip("+- ").replace("_", "").lstrip("0")
    digits = sum(char in "0123456789" for char in whole)
    if digits > MAX_DIGITS:
        return Message.ngettext(
            "a number with %(digits)s digit is too large — %(limits)s",
            "a number with %(digits)s digits is too large — %(limits)s",
            digits,
            digits=grouped(digits),
            limits=MAX_NUMBER_WORDS,
        )
    written = sum(char in "0123456789" for char in literal)
    if written > MAX_WRITTEN:
        return Message(
            N_("a number written with %(digits)s digits is too long — write it with at most %(most)s"),
            digits=grouped(written),
            most=MAX_WRITTEN,
        )
    return None


class Unusable:
    """A number literal refused while parsing, left in its place so the check names where it was."""

    def __init__(self, message: Message):
        self.message = message


def number_from(literal: str, convert) -> int | float | Unusable:
    """Convert a JSON number literal, or an Unusable when it has too many digits or is not finite."""
    if problem := digits_problem(literal):  # before int(): 5,000 digits raise, 400 overflow {:g} later
        return Unusable(problem)
    value = convert(literal)
    if isinstance(value, float) and not math.isfinite(value):
        return Unusable(too_large(literal[:20]))
    return value


def shown_number(value: Any) -> str | Message:
    """A number as a short text that never raises, however large (`{:g}` overflows past 1e308)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        # str() of a huge int is slow and refused past 4,300 digits: count digits from the bit length
        digits = int(abs(value).bit_length() * 0.30103) + 1
        return Message(N_("a %(digits)s-digit number"), digits=grouped(digits))
    return f"{value:g}" if isinstance(value, (int, float)) and not isinstance(value, bool) else repr(value)


def shown(value: Any) -> str:
    """Text safe to print anywhere: lone surrogates, control characters and line separators become \\u escapes."""
    return UNSHOWN.sub(lambda m: f"\\u{ord(m.group()):04x}", str(value))


def clean(value: str) -> str:
    """Typed text with the characters text_problem refuses taken out (a paste can carry them)."""
    return BAD_CHAR.sub("", value)


def language_problem(code: Any) -> Message | None:
    """Why a language code is refused ('en', 'pt-BR', 'es-419' pass), or None."""
    if isinstance(code, str) and LANGUAGE.fullmatch(code):
        return None
    return Message(N_("language %(code)s is not a language code such as 'en' or 'pt-BR'"), code=shown(repr(code))[:40])


def data_problems(data: Any) -> list[tuple[tuple, Message]]:
    """Every key and value in nested JSON-like data checked: [(location, problem)], in document order.

    Iterative, so data nested as deep as a parser allows cannot exhaust the stack here.
    """
    found: list[tuple[tuple, Message]] = []
    stack: list[tuple[tuple, Any]] = [((), data)]
    while stack:
        loc, node = stack.pop()
        if isinstance(node, dict):
            for key in reversed(list(node)):
                problem = text_problem(key) if isinstance(key, str) else None
                if problem:
                    found.append(
                        (loc + (key,), Message(N_("key %(key)s %(problem)s"), key=shown(repr(key)), problem=problem))
                    )
                stack.append((loc + (key,), node[key]))
        elif isinstance(node, list):
            stack.extend((loc + (i,), child) for i, child in reversed(list(enumerate(node))))
        elif isinstance(node, Unusable):
            found.append((loc, node.message))
        elif isinstance(node, str):
            if problem := text_problem(node):
                found.append((loc, Message(N_("text %(problem)s"), problem=problem)))
        elif problem := number_problem(node):
            found.append((loc, problem))
    return found


def read_bounded(source: Path | str | BinaryIO, max_bytes: int) -> bytes:
    """At most max_bytes + 1 bytes of a file or stream: enough to tell it is too big, never more.

    A path's size is not trusted (`/dev/zero` and pipes say 0), so the read itself is capped.
    """
    if hasattr(source, "read"):
        return source.read(max_bytes + 1)
    with open(source, "rb") as handle:
        return handle.read(max_bytes + 1)

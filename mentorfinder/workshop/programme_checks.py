"""The programme store's checks on what it is given: titles, modes, mentors, answers and a pairing."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

from mentorfinder.i18n.message import grouped, plain
from mentorfinder.intake.safetext import text_problem

from . import programme_texts as texts
from .errors import BadInput
from .programme_records import (
    MAX_ANSWER_CHARS,
    MAX_CAPACITY,
    MAX_CONTACT,
    MAX_DAYS,
    MAX_NAME,
    MAX_REASON,
    MODES,
    Pair,
)
from .records import MAX_TITLE

MENTOR_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
REASON = re.compile(rf"[a-z][a-z0-9_]{{0,{MAX_REASON - 1}}}")


def one_line(value: object, field: str, most: int, words: str) -> str:
    """Text as stored: one line (controls dropped: PostgreSQL refuses NUL), single spaces; BadInput if empty or long."""
    if not isinstance(value, str):
        raise texts.bad(words, most=grouped(most))
    kept = "".join(" " if c.isspace() else c for c in value if c.isspace() or unicodedata.category(c) != "Cc")
    kept = " ".join(kept.split())
    if problem := text_problem(kept):
        raise texts.bad_text(field, problem)
    if not kept or len(kept) > most:
        raise texts.bad(words, most=grouped(most))
    return kept


def title(value: object) -> str:
    """A programme's title, as stored."""
    return one_line(value, "title", MAX_TITLE, texts.BAD_TITLE)


def days(value: object) -> int:
    """How many days a programme lasts: 1 to MAX_DAYS."""
    if not whole(value) or not 1 <= value <= MAX_DAYS:
        raise texts.bad(texts.BAD_DAYS, most=grouped(MAX_DAYS))
    return value


def mode(value: object) -> str:
    """A matching mode: COORDINATOR_PAIRS or PARTICIPANTS_REQUEST."""
    if value not in MODES:
        raise texts.bad(texts.BAD_MODE)
    return str(value)


def floor(value: object) -> int:
    """A pairing floor: a whole percent 0 to 100."""
    if not whole(value) or not 0 <= value <= 100:
        raise texts.bad(texts.BAD_FLOOR)
    return value


def whole(value: object) -> bool:
    """True for an int that is not a bool (True is 1 to Python, never a number of days here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def yes_no(value: object, words: str) -> bool:
    """A real bool (a "no" string is truthy: refused rather than read as yes)."""
    if not isinstance(value, bool):
        raise texts.bad(words)
    return value


def answers(value: object) -> dict[str, Any]:
    """An answers dict as stored: string keys, JSON values (no NaN), at most MAX_ANSWER_CHARS as compact JSON."""
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise texts.bad(texts.BAD_ANSWERS)
    try:
        written = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as err:  # a set, an object, NaN, a loop: not something JSON can keep
        raise texts.bad(texts.BAD_ANSWERS) from err
    if len(written) > MAX_ANSWER_CHARS:
        raise texts.bad(texts.BIG_ANSWERS, most=grouped(MAX_ANSWER_CHARS))
    if "\\u0000" in written or "\x00" in written:  # PostgreSQL's text refuses NUL: said here, not as a crash
        raise texts.bad(texts.BAD_ANSWERS)
    return json.loads(written)  # a copy: what is stored is exactly what a later read gives back


def mentor_id(value: object) -> str:
    """A mentor id: 1 to 64 letters, digits, dots, dashes or underscores (a roster's id column)."""
    if not isinstance(value, str) or not MENTOR_ID.fullmatch(value):
        raise texts.bad(texts.BAD_MENTOR_ID)
    return value


def mentor_values(name: object, show_name: object, contact: object, capacity: object, given: object) -> dict:
    """A mentor's columns as stored, each checked (BadInput with the field's sentence)."""
    if not whole(capacity) or not 1 <= capacity <= MAX_CAPACITY:
        raise texts.bad(texts.BAD_CAPACITY, most=grouped(MAX_CAPACITY))
    return {
        "name": one_line(name, "name", MAX_NAME, texts.BAD_NAME),
        "show_name": yes_no(show_name, texts.BAD_SHOW_NAME),
        "contact": one_line(contact, "contact", MAX_CONTACT, texts.BAD_CONTACT),
        "capacity": capacity,
        "answers": answers(given),
    }


def listed_mentor(number: int, mentor: Any) -> tuple[str, dict]:
    """One mentor of an imported list, checked: (id, columns); BadInput naming its place in the list and its id."""
    try:
        given = (mentor.name, mentor.show_name, mentor.contact, mentor.capacity, mentor.answers)
        return mentor_id(mentor.id), mentor_values(*given)
    except BadInput as err:
        raise texts.bad(texts.IN_LIST, number=grouped(number), mentor=str(mentor.id)[:64], problem=err.message) from err


def unique_ids(ids: Sequence[str]) -> None:
    """Every mentor id of an imported list once."""
    for mentor, count in Counter(ids).items():
        if count > 1:
            raise texts.bad(texts.TWICE_MENTOR, mentor=mentor)


def pairing(pairs: Sequence[Pair], opted_in: dict[str, bool], capacity: dict[str, int], least: int) -> None:
    """A pairing the store can save: known, opted-in people once each, known mentors within capacity, no pair
    below the floor, a reason code for everyone unpaired. `opted_in` and `capacity` are keyed by ref and id."""
    seen: set[str] = set()
    for pair in pairs:
        _participant(pair, opted_in, seen)
        if pair.mentor is None:
            _unpaired_reason(pair)
        else:
            _paired(pair, capacity, least)
    for mentor, count in Counter(p.mentor for p in pairs if p.mentor is not None).items():
        if count > capacity[mentor]:
            raise texts.bad(
                texts.OVER_CAPACITY, mentor=mentor, count=grouped(count), capacity=grouped(capacity[mentor])
            )


def _participant(pair: Pair, opted_in: dict[str, bool], seen: set[str]) -> None:
    """A known, opted-in participant, once in the pairing, with a percent that is a number from 0 to 100 or none."""
    ref = pair.participant
    if not isinstance(ref, str) or ref not in opted_in:
        raise texts.bad(texts.UNKNOWN_REF, participant=str(ref)[:40])
    if ref in seen:
        raise texts.bad(texts.TWICE_REF, participant=ref)
    seen.add(ref)
    if not opted_in[ref]:
        raise texts.bad(texts.NOT_OPTED_IN, participant=ref)
    percent = pair.percent
    if percent is not None and (not isinstance(percent, int | float) or isinstance(percent, bool)):
        raise texts.bad(texts.BAD_PERCENT, participant=ref)
    if percent is not None and not (math.isfinite(percent) and 0 <= percent <= 100):
        raise texts.bad(texts.BAD_PERCENT, participant=ref)


def _unpaired_reason(pair: Pair) -> None:
    """Someone left unpaired has a reason code."""
    if not isinstance(pair.reason, str) or not REASON.fullmatch(pair.reason):
        words = texts.NO_REASON if pair.reason is None else texts.BAD_REASON
        raise texts.bad(words, participant=pair.participant, most=grouped(MAX_REASON))


def _paired(pair: Pair, capacity: dict[str, int], least: int) -> None:
    """A pair names a known mentor and has a percent at or above the floor."""
    if not isinstance(pair.mentor, str) or pair.mentor not in capacity:
        raise texts.unknown_mentor(str(pair.mentor)[:64])
    if pair.percent is None:
        raise texts.bad(texts.BAD_PERCENT, participant=pair.participant)
    if pair.percent < least:
        raise texts.bad(
            texts.BELOW_FLOOR,
            participant=pair.participant,
            mentor=pair.mentor,
            percent=plain(pair.percent),
            floor=grouped(least),
        )

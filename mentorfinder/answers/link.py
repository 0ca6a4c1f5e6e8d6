"""The answers link: a compact, versioned encoding of answers (and what-if weights) for the page address.

The `a` parameter holds `1.` + base64url(zlib(compact JSON)). Nothing is stored on the server; the answers
live only in the person's own address bar, so a refresh or a reconnect restores them. Reading a link is
split from checking it: `decode_answers` only unpacks, `read_link` also checks against the questionnaires.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from typing import Any

from mentorfinder.answers.file import Answers, answer_problems
from mentorfinder.content.schema import Questionnaire
from mentorfinder.intake.problems import ContentError
from mentorfinder.intake.safetext import data_problems
from mentorfinder.intake.strictjson import loads_strict

PREFIX = "1."
MAX_ENCODED = 64 * 1024  # well under browser URL limits; a larger value is not ours
MAX_INFLATED = 512 * 1024


def encode_answers(answers: Answers) -> str:
    """Encode answers as a short URL-safe string (empty questionnaires are dropped)."""
    kept = {qid: given for qid, given in answers.items() if given}
    if not kept:
        return ""
    raw = json.dumps(kept, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    packed = base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode("ascii").rstrip("=")
    return PREFIX + packed


def decode_answers(value: str) -> dict[str, dict[str, Any]] | None:
    """Unpack what encode_answers made, unchecked; None when the string is not a draft at all."""
    if not value or not value.startswith(PREFIX) or len(value) > MAX_ENCODED:
        return None
    body = value[len(PREFIX) :]
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        # Bounded decompression: a hostile link cannot make the server inflate gigabytes.
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_INFLATED)
        if inflater.unconsumed_tail:
            return None
        # the answers files' own strict JSON: no NaN, no 5,000-digit numbers, no repeated keys
        data = loads_strict(raw.decode("utf-8"), "link")
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError, RecursionError, ContentError):
        return None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return None
    if data_problems(data):  # a lone surrogate would crash every later encode of the answers
        return None
    return data


def read_link(value: str, questionnaires: list[Questionnaire]) -> Answers | None:
    """Answers from a link, checked like an answers file (same per-answer rules); None when unreadable or wrong.

    A ranking still being filled in (two of three) is valid here: it is unfinished, not wrong.
    """
    decoded = decode_answers(value)
    if decoded is None:
        return None
    by_id = {q.id: q for q in questionnaires}
    if any(qid not in by_id for qid in decoded):
        return None
    for qid, given in decoded.items():
        if answer_problems(by_id[qid], given, "link", lambda _key: 1):
            return None
    return decoded


def encode_weights(weights: dict[str, float], defaults: dict[str, float]) -> str:
    """The what-if weights as `50.30.10.10` in the order of `defaults`; empty when they are the defaults."""
    if all(weights.get(group, 0) == value for group, value in defaults.items()):
        return ""
    return ".".join(str(round(weights.get(group, 0))) for group in defaults)


_ASCII_NUMBER = re.compile(r"[0-9]{1,4}")  # str.isdigit() and int() also take "²", "٣" and 5,000-digit strings


def address_number(value: str, most: int) -> int | None:
    """A whole number from the address: 1 to 4 ASCII digits, at most `most`; None for anything else."""
    if not isinstance(value, str) or not _ASCII_NUMBER.fullmatch(value):
        return None
    number = int(value)
    return number if number <= most else None


def decode_weights(value: str, defaults: dict[str, float]) -> dict[str, float] | None:
    """Weights from encode_weights; None unless it is one whole number from 0 to 100 per group."""
    parts = value.split(".") if value else []
    numbers = [address_number(p, 100) for p in parts]
    if len(parts) != len(defaults) or None in numbers:
        return None
    return {group: float(n) for group, n in zip(defaults, numbers, strict=True)}

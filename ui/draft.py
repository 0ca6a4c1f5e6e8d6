"""Answers carried in the URL: a compact, versioned encoding (pure; no streamlit here).

The query parameter holds `1.` + base64url(zlib(compact JSON)). Nothing is stored on the server;
the answers live only in the person's own address bar, so a refresh or a reconnect restores them.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from typing import Any

from mentorfinder.problems import ContentError
from mentorfinder.safetext import data_problems
from mentorfinder.strictjson import loads_strict

PREFIX = "1."
MAX_ENCODED = 64 * 1024  # well under browser URL limits; a larger value is not ours


def encode_answers(answers: dict[str, dict[str, Any]]) -> str:
    """Encode answers as a short URL-safe string (empty questionnaires are dropped)."""
    kept = {qid: given for qid, given in answers.items() if given}
    if not kept:
        return ""
    raw = json.dumps(kept, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    packed = base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode("ascii").rstrip("=")
    return PREFIX + packed


def decode_answers(value: str) -> dict[str, dict[str, Any]] | None:
    """Decode what encode_answers made; None when the string is not a valid draft."""
    if not value or not value.startswith(PREFIX) or len(value) > MAX_ENCODED:
        return None
    body = value[len(PREFIX) :]
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        # Bounded decompression: a hostile link cannot make the server inflate gigabytes.
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, 512 * 1024)
        if inflater.unconsumed_tail:
            return None
        # the answers files' own strict JSON: no NaN, no 5,000-digit numbers, no repeated keys
        data = loads_strict(raw.decode("utf-8"), "link")
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError, ContentError):
        return None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return None
    if data_problems(data):  # a lone surrogate would crash every later encode of the answers
        return None
    return data

"""Join codes, facilitator keys and participant ids: how they are made, normalised, hashed and compared."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

# No look-alikes: 0/O, 1/I/L, 5/S, 2/Z and 8/B are left out, so a code read off a projector is typed right.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 8
KEY_BYTES = 24
PARTICIPANT_BYTES = 18
MAX_KEY_LENGTH = 200  # a pasted key longer than this is not ours; no need to hash a megabyte

_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_.]+")  # spaces, ASCII and typographic dashes, stray dots
_PARTICIPANT = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_code() -> str:
    """A fresh random join code (8 characters from CODE_ALPHABET, stored without a dash)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalised_code(typed: str) -> str:
    """The code as stored: upper case, without spaces or dashes ("k7qx - m4rt" -> "K7QXM4RT")."""
    return _SEPARATORS.sub("", str(typed)[:100]).upper()  # a code is 8 characters: no need to read a page of text


def is_code(code: str) -> bool:
    """True when a normalised code has the shape of a join code (it may still be unknown)."""
    return len(code) == CODE_LENGTH and all(c in CODE_ALPHABET for c in code)


def shown_code(code: str) -> str:
    """The code as people read it: two groups of four, "K7QX-M4RT"."""
    half = CODE_LENGTH // 2
    return f"{code[:half]}-{code[half:]}"


def new_key() -> str:
    """A fresh facilitator key (secrets.token_urlsafe of 24 random bytes)."""
    return secrets.token_urlsafe(KEY_BYTES)


def key_hash(key: str) -> str:
    """The stored form of a facilitator key: its SHA-256, hex.

    A slow password hash (scrypt, bcrypt) protects keys a person chose, which are guessable. These keys are
    192 random bits made by the store: no dictionary or brute force gets near them, so a fast hash gives the
    same protection if the database leaks, and checking a key costs nothing on every projector refresh.
    """
    return hashlib.sha256(str(key).strip().encode("utf-8")).hexdigest()


def key_matches(key: object, stored_hash: str) -> bool:
    """True when `key` is the workshop's facilitator key (constant-time comparison of the hashes)."""
    if not isinstance(key, str) or not key.strip() or len(key) > MAX_KEY_LENGTH:
        return False
    return hmac.compare_digest(key_hash(key), stored_hash)


def new_participant_id() -> str:
    """A fresh random participant id: 18 random bytes, URL-safe (24 characters), linked to nothing else."""
    return secrets.token_urlsafe(PARTICIPANT_BYTES)


def browser_token(code: str, participant: str) -> str:
    """What a participant's browser keeps (a cookie, never the address): "K7QXM4RT.<participant id>"."""
    return f"{normalised_code(code)}.{participant}"


def participant_from(token: object, code: object) -> str | None:
    """The participant id a browser token holds for workshop `code`; None when it is for another one, or no token."""
    if not isinstance(token, str) or not isinstance(code, str) or token.count(".") != 1:
        return None
    kept, participant = token.split(".")
    same = is_code(kept) and kept == normalised_code(code)
    return participant if same and is_participant_id(participant) else None


def is_participant_id(value: object) -> bool:
    """True when a value has the shape of a participant id (it may still be unknown)."""
    return isinstance(value, str) and _PARTICIPANT.fullmatch(value) is not None

"""The answers link: encoding, bounded decoding, checking, and the what-if weights (pure)."""

import base64
import zlib

from mentorfinder.link import decode_answers, encode_answers


def test_round_trip_keeps_every_type_and_unicode():
    answers = {
        "goals": {"stage": "early", "needs_rank": ["a", "b"], "score": 4, "hours": 2.5, "words": "Grüße, 你好 & <b>"}
    }
    encoded = encode_answers(answers)
    assert encoded.startswith("1.") and all(c.isalnum() or c in "-_." for c in encoded)
    assert decode_answers(encoded) == answers


def test_empty_answers_give_no_parameter():
    assert encode_answers({}) == "" and encode_answers({"goals": {}}) == ""


def test_garbage_and_bombs_are_refused():
    assert decode_answers("1.!!!not-base64") is None
    assert decode_answers("2.abc") is None
    assert decode_answers("1." + base64.urlsafe_b64encode(b"[1,2]").decode()) is None
    bomb = base64.urlsafe_b64encode(zlib.compress(b"[" * 10_000_000, 9)).decode()
    assert decode_answers("1." + bomb) is None

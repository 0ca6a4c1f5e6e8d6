"""The answers link: encoding, bounded decoding, checking, and the what-if weights (pure)."""

import base64
import re
import zlib

from hypothesis import given
from hypothesis import strategies as st

from mentorfinder.answers.link import address_number, decode_answers, decode_weights, encode_answers


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


# issue 19: str.isdigit() takes "²", "⁵" and "٣", and int() refuses 5,000 digits; the address takes ASCII digits only
@given(st.text(max_size=30), st.integers(0, 10_000))
def test_an_address_number_is_ascii_digits_within_the_bound_or_nothing(text, most):
    got = address_number(text, most)
    if re.fullmatch(r"[0-9]{1,4}", text) and int(text) <= most:
        assert got == int(text)
    else:
        assert got is None


@given(st.lists(st.text(alphabet="0123456789²⁵٣.", max_size=6), min_size=1, max_size=5))
def test_weights_from_the_address_are_four_ascii_numbers_up_to_100_or_nothing(parts):
    defaults = {"needs": 50.0, "style": 30.0, "availability": 10.0, "fit": 10.0}
    address = ".".join(parts)
    pieces = address.split(".")  # a part may hold a dot itself: the address is what is read
    got = decode_weights(address, defaults)
    fine = len(pieces) == 4 and all(re.fullmatch(r"[0-9]{1,4}", p) and int(p) <= 100 for p in pieces)
    assert got == ({g: float(p) for g, p in zip(defaults, pieces, strict=True)} if fine else None)


def test_superscripts_and_long_digit_strings_are_not_numbers():
    assert [address_number(v, 9999) for v in ("²", "٣", "9" * 5000, "12", "0012", "")] == [
        None,
        None,
        None,
        12,
        12,
        None,
    ]
    assert decode_weights("².0.0.0", {"a": 1, "b": 1, "c": 1, "d": 1}) is None

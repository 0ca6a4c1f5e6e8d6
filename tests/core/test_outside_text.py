"""The one check of outside text refuses bidirectional controls and text made only of invisible characters, naming
them; echoed text (problem lines, file names) shows them as escapes; markdown shows addresses as text (issue 19)."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentorfinder.answers.file import parse_answers
from mentorfinder.intake.problems import ContentError, one_line
from mentorfinder.intake.safetext import text_problem
from mentorfinder.workshop import BadInput
from mentorfinder.workshop.records import clean_title
from ui.text import escape

JOINER = "\u2060"  # the word joiner ui.text.escape puts after "www", a scheme and "@"

BIDI = {
    "\u202a": "U+202A LEFT-TO-RIGHT EMBEDDING",
    "\u202b": "U+202B RIGHT-TO-LEFT EMBEDDING",
    "\u202c": "U+202C POP DIRECTIONAL FORMATTING",
    "\u202d": "U+202D LEFT-TO-RIGHT OVERRIDE",
    "\u202e": "U+202E RIGHT-TO-LEFT OVERRIDE",
    "\u2066": "U+2066 LEFT-TO-RIGHT ISOLATE",
    "\u2067": "U+2067 RIGHT-TO-LEFT ISOLATE",
    "\u2068": "U+2068 FIRST STRONG ISOLATE",
    "\u2069": "U+2069 POP DIRECTIONAL ISOLATE",
    "\u200e": "U+200E LEFT-TO-RIGHT MARK",
    "\u200f": "U+200F RIGHT-TO-LEFT MARK",
    "\u061c": "U+061C ARABIC LETTER MARK",
}


@pytest.mark.parametrize("char", sorted(BIDI))
def test_every_bidi_control_is_refused_by_name_and_position(char):
    assert str(text_problem(f"invoice{char}fdp.exe")) == (
        f"has a bidirectional control character ({BIDI[char]}) at position 8 — remove it"
    )


def test_text_made_only_of_invisible_characters_is_refused_and_they_are_named():
    assert (
        str(text_problem("\u200b"))
        == "is made only of invisible characters (U+200B ZERO WIDTH SPACE) — type some visible text"
    )
    assert str(text_problem(" \ufeff\u2060 \u200b")) == (
        "is made only of invisible characters (U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, "
        "U+FEFF ZERO WIDTH NO-BREAK SPACE) — type some visible text"
    )
    assert (
        str(text_problem("\u3164"))
        == "is made only of invisible characters (U+3164 HANGUL FILLER) — type some visible text"
    )


@pytest.mark.parametrize(
    "fine", ["", "   ", "Career centre", "👩🏽‍💻 coder", "مرشد يساعدني — מנטור שעוזר לי", "e\u0301", "a\u200bb"]
)
def test_ordinary_text_blank_text_and_joiners_inside_words_pass(fine):
    assert text_problem(fine) is None


def test_a_workshop_title_with_a_bidi_control_or_nothing_visible_is_refused_by_name():
    with pytest.raises(BadInput) as err:
        clean_title("Room \u202e4 moor")
    assert str(err.value) == (
        "The workshop title has a bidirectional control character (U+202E RIGHT-TO-LEFT OVERRIDE) at position 6 "
        "— remove it."
    )
    with pytest.raises(BadInput) as err:
        clean_title("\u200b")
    assert str(err.value) == (
        "The workshop title is made only of invisible characters (U+200B ZERO WIDTH SPACE) — type some visible text."
    )
    assert err.value.say("es") == (
        "El título del taller está formado solo por caracteres invisibles (U+200B ZERO WIDTH SPACE) — escribe algún "
        "texto visible."
    )


def test_an_answers_file_with_a_bidi_control_in_own_words_gives_its_line(shipped):
    answers = {"goals": {"goal_in_words": "abc\u202edef"}}
    raw = json.dumps({"format": "mentor-finder-answers", "version": 1, "answers": answers}, indent=1).encode()
    with pytest.raises(ContentError) as err:
        parse_answers(raw, "mine.json", list(shipped.questionnaires))
    assert [str(p) for p in err.value.problems] == [
        "mine.json:6: goals.goal_in_words: text has a bidirectional control character "
        "(U+202E RIGHT-TO-LEFT OVERRIDE) at position 4 — remove it"
    ]


def test_problem_lines_and_file_names_echo_bidi_and_invisible_characters_as_escapes():
    assert one_line("report\u202efdp.json") == "report\\u202efdp.json"  # never reversed on screen
    assert one_line("\u200b\u2066x") == "\\u200b\\u2066x"


@pytest.mark.parametrize(
    ("text", "kept_apart"),
    [
        ("see www.evil.example now", f"www{JOINER}"),
        ("https://evil.example/p", f"https{JOINER}"),
        ("HTTP://evil.example", f"HTTP{JOINER}"),
        ("mail me@evil.example", f"@{JOINER}"),
        ("mailto:me@evil.example", f"mailto{JOINER}"),
        ("_www.evil.example", f"www{JOINER}"),
    ],
)
def test_markdown_of_outside_text_keeps_addresses_from_becoming_links(text, kept_apart):
    assert kept_apart in escape(text)


@given(st.text())
def test_escaped_text_reads_back_as_the_text_itself(text):
    import re

    shown = escape(text)
    assert re.sub(r"\\(.)", r"\1", shown.replace(JOINER, "")) == text
    assert not re.search(r"(?i)(www\.|https?:|@[^\u2060])", shown.replace("\\", ""))  # no address left whole

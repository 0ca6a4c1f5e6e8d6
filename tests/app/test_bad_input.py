"""Bad input through the UI: every broken answers file on the welcome page's re-open uploader, and damaged
links, each give a clear message naming the place, never a traceback, and never change answers already given."""

import base64
import json
import re
import zlib
from pathlib import Path

import pytest
from apphelpers import answers_for, unescape

from mentorfinder.answers.file import dump_answers, parse_answers
from mentorfinder.answers.link import encode_answers
from mentorfinder.intake.problems import ContentError
from ui import state

BROKEN = Path(__file__).resolve().parents[1] / "core" / "broken"
CORPUS = sorted(p.name for p in BROKEN.glob("ans_*"))
HEADER = b'{"format": "mentor-finder-answers", "version": 1, "language": "en", "answers": '


def generated() -> dict[str, bytes]:
    """Bad files made here rather than kept in the repository (sizes, bytes no editor would save)."""
    return {
        "empty.json": b"",
        "blank.json": b"  \n\n ",
        "binary.json": bytes(range(256)) * 4,
        "photo.json": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        "latin1.json": HEADER + '{"goals": {"goal_in_words": "caf\xe9"}}}'.encode("latin-1"),
        "utf16.json": (HEADER.decode() + "{}}").encode("utf-16"),
        "ten_mb.json": b'{"format": "mentor-finder-answers", "pad": "' + b"x" * (10 * 1024 * 1024) + b'"}',
        "huge.json": HEADER + b'{"goals": {"goal_in_words": "' + b"a" * 300_000 + b'"}}}',
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "many_unknown.json": HEADER + json.dumps({"goals": {f"x{i}": 1 for i in range(3000)}}).encode() + b"}",
    }


def shipped_cases(content) -> dict[str, tuple[bytes, list[str]]]:
    """Valid files with one wrong value each, checked against the shipped questionnaires (literal messages)."""
    good = answers_for(content, seed=3)

    def changed(qid, question, value):
        answers = json.loads(json.dumps(good))
        answers[qid][question] = value
        return dump_answers(answers).encode()

    return {
        "stage.json": (
            changed("goals", "stage", "studyng"),
            ["goals.stage: 'studyng' is not an option — did you mean 'studying'? — choose one of studying, early"],
        ),
        "rank.json": (
            changed("goals", "needs_rank", ["guidance", "confidence", "skills", "networking"]),
            ["goals.needs_rank: expected exactly 3 options in order, got 4"],
        ),
        "hope.json": (
            changed("goals", "goal_in_words", "x" * 10_000),
            ["goals.goal_in_words: text is 10,000 characters — the limit is 500"],
        ),
        "hope_number.json": (
            changed("goals", "goal_in_words", 42),
            ["goals.goal_in_words: expected text, got a number"],
        ),
        "likert_7.json": (
            changed("goals", "sponsor_wanted", 7),
            ["goals.sponsor_wanted: 7 is out of range — expected 1 to 5"],
        ),
        "likert_half.json": (
            changed("goals", "sponsor_wanted", 3.5),
            ["goals.sponsor_wanted: 3.5 is not a point on the scale — expected a whole number 1..5"],
        ),
        "likert_bool.json": (changed("goals", "sponsor_wanted", True), ["expected a number, got true/false"]),
        "hours.json": (
            changed("availability", "hours_per_month", 500),
            ["availability.hours_per_month: 500 is out of range — expected 0 to 10"],
        ),
        "picks.json": (
            changed("fit", "can_offer", ["new_tools", "fresh_view", "project_help", "my_contacts"]),
            ["fit.can_offer: expected at most 3 options, got 4"],
        ),
        "situations.json": (changed("goals", "situations", "promotion"), ["expected a list of option ids, got text"]),
        "null.json": (
            changed("goals", "stage", None),
            ["goals.stage: expected one option id (text), got nothing (null)"],
        ),
    }


def expected_lines(raw: bytes, name: str, content) -> list[str]:
    """What the core says about this file when checked against the shipped questionnaires."""
    with pytest.raises(ContentError) as caught:
        parse_answers(raw, name, list(content.questionnaires))
    return [str(p) for p in caught.value.problems]


def upload(at, name: str, raw: bytes):
    at.file_uploader(key=state.UPLOAD).set_value((name, raw, "application/json")).run()
    return at


REFUSED = "That file could not be opened, so your current answers are unchanged. What is wrong:"


def shown_problems(at) -> list[str]:
    """The problems the error lists ("- Line N of FILE: message"), back in the core's FILE:N: message form."""
    head, _, body = unescape(at.error[0].value).partition("\n\n")
    assert head == REFUSED
    lines = []
    for line in body.splitlines():
        found = re.fullmatch(r"- Line (\d+) of (.+?): (.+)", line)
        assert found, line  # each problem is one line that starts with the place, in words
        lines.append(f"{found.group(2)}:{found.group(1)}: {found.group(3)}")
    return lines


def assert_refused(at, name: str, lines: list[str], before: dict) -> None:
    """One error saying nothing changed, the problems as wrapped text, no traceback, answers untouched."""
    assert not at.exception, at.exception
    assert at.session_state[state.ANSWERS] == before
    assert len(at.error) == 1 and not at.code
    assert shown_problems(at) == lines
    assert not at.success


@pytest.mark.parametrize("name", CORPUS)
def test_every_broken_answers_file_in_the_corpus(at, content, name):
    before = answers_for(content, seed=21)
    at.session_state[state.ANSWERS] = before
    at.run()
    raw = (BROKEN / name).read_bytes()
    upload(at, name, raw)
    assert_refused(at, name, expected_lines(raw, name, content), before)


@pytest.mark.parametrize("name", sorted(generated()))
def test_generated_bad_files(at, content, name):
    before = answers_for(content, seed=22)
    at.session_state[state.ANSWERS] = before
    at.run()
    raw = generated()[name]
    upload(at, name, raw)
    assert_refused(at, name, expected_lines(raw, name, content), before)


def test_generated_files_get_the_fix_in_words(content):
    """The messages for the made-up files name the fix, not only the fault."""
    first = {name: expected_lines(raw, name, content)[0] for name, raw in generated().items()}
    assert first["empty.json"] == "empty.json:1: file is empty — expected YAML or JSON text"
    assert first["binary.json"].endswith("file is binary (contains NUL bytes), not text — save it as UTF-8 text")
    assert first["latin1.json"].endswith("is not valid UTF-8 — save the file as UTF-8")
    assert first["ten_mb.json"] == "ten_mb.json:1: file is 10,485,806 bytes; the limit is 262,144 — split it or trim it"
    assert first["huge.json"].endswith("the limit is 262,144 — split it or trim it")
    assert first["many_unknown.json"] == "many_unknown.json:1: unknown question 'x0' in questionnaire 'goals'"


def test_thousands_of_problems_are_cut_to_a_readable_list(at, content):
    before = answers_for(content, seed=23)
    at.session_state[state.ANSWERS] = before
    at.run()
    upload(at, "many_unknown.json", generated()["many_unknown.json"])
    shown = shown_problems(at)
    assert len(shown) == 21
    assert shown[-1] == "many_unknown.json:1: … and 2,980 more problems of the same kind — fix these first"
    assert at.session_state[state.ANSWERS] == before


SHIPPED_CASES = [
    "stage.json",
    "rank.json",
    "hope.json",
    "hope_number.json",
    "likert_7.json",
    "likert_half.json",
    "likert_bool.json",
    "hours.json",
    "picks.json",
    "situations.json",
    "null.json",
]


@pytest.mark.parametrize("name", SHIPPED_CASES)
def test_one_wrong_value_against_the_shipped_questionnaires(at, content, name):
    before = answers_for(content, seed=24)
    at.session_state[state.ANSWERS] = before
    at.run()
    raw, parts = shipped_cases(content)[name]
    upload(at, name, raw)
    assert_refused(at, name, expected_lines(raw, name, content), before)
    assert len(shown_problems(at)) == 1
    assert all(part in shown_problems(at)[0] for part in parts)


def test_a_bad_file_after_a_good_one_keeps_the_good_answers(at, content):
    good = answers_for(content, seed=25)
    at.run()
    upload(at, "good.json", dump_answers(good).encode())
    assert at.session_state[state.ANSWERS] == good
    upload(at, "binary.json", generated()["binary.json"])
    assert_refused(at, "binary.json", expected_lines(generated()["binary.json"], "binary.json", content), good)


# ---- damaged links (the answers mirrored in the URL, mentorfinder/answers/link.py) -------------------------------------------


def pack(raw: bytes) -> str:
    """Encode raw bytes the way mentorfinder/answers/link.py encodes answers (so only the content is wrong)."""
    return "1." + base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode().rstrip("=")


DAMAGED_LINKS = {
    "not_ours": "hello",
    "bad_base64": "1.!!!not*base64!!!",
    "not_zlib": "1.aGVsbG8gd29ybGQ",
    "too_long": "1." + "A" * (70 * 1024),
    "json_list": pack(b"[]"),
    "json_nested_list": pack(b'{"goals": ["stage"]}'),
    "not_utf8": pack(b'{"goals": {"stage": "caf\xe9"}}'),
    "unknown_option": pack(b'{"goals": {"stage": "astronaut"}}'),
    "unknown_questionnaire": pack(b'{"secret": {"x": 1}}'),
}


@pytest.mark.parametrize("kind", sorted(DAMAGED_LINKS))
def test_a_damaged_link_in_a_new_session_starts_afresh_with_a_notice(at, kind):
    at.query_params[state.URL_ANSWERS] = DAMAGED_LINKS[kind]
    at.run()
    assert not at.exception
    assert at.session_state[state.ANSWERS] == {}
    assert "could not be read" in at.warning[0].value


def test_a_zip_bomb_link_is_refused_without_inflating_it(at):
    bomb = base64.urlsafe_b64encode(zlib.compress(b"{" + b" " * (50 * 1024 * 1024) + b"}", 9)).decode().rstrip("=")
    at.query_params[state.URL_ANSWERS] = "1." + bomb
    at.run()
    assert not at.exception
    assert at.session_state[state.ANSWERS] == {}
    assert "could not be read" in at.warning[0].value


@pytest.mark.parametrize("kind", sorted(DAMAGED_LINKS))
def test_a_damaged_link_in_a_running_session_keeps_its_answers(at, content, kind):
    before = answers_for(content, seed=26)
    at.session_state[state.ANSWERS] = before
    at.run()
    at.query_params[state.URL_ANSWERS] = DAMAGED_LINKS[kind]
    at.run()
    assert not at.exception
    assert at.session_state[state.ANSWERS] == before
    link = at.query_params[state.URL_ANSWERS]
    assert (link[0] if isinstance(link, list) else link) == encode_answers(before)  # the address is put right


def test_a_link_with_a_ranking_half_done_keeps_every_answer(at, content):
    """A refresh while the three-choice ranking has only two picks must not throw the other answers away."""
    given = answers_for(content, seed=27)
    partial = {"goals": dict(given["goals"])}
    partial["goals"]["needs_rank"] = partial["goals"]["needs_rank"][:2]
    at.query_params[state.URL_ANSWERS] = encode_answers(partial)
    at.query_params[state.URL_STEP] = "1"
    at.run()
    assert not at.exception
    assert at.session_state[state.ANSWERS] == partial
    assert not at.warning


# issue 19: isdigit() takes "²" and "⁵", and int() refuses 5,000 digits; each gave the apology, again on every reload
BAD_NUMBERS = {
    "superscript step": {state.URL_STEP: "²"},
    "five thousand nines": {state.URL_STEP: "9" * 5000},
    "arabic-indic step": {state.URL_STEP: "\u0663"},
    "superscript weight": {state.URL_WEIGHTS: "².0.0.0"},
    "long weight": {state.URL_WEIGHTS: "9" * 5000 + ".0.0.0"},
}


@pytest.mark.parametrize("kind", sorted(BAD_NUMBERS))
def test_a_step_or_weights_that_are_not_ascii_numbers_start_at_the_beginning_and_leave_the_address(at, content, kind):
    answers = answers_for(content, seed=12)
    at.query_params[state.URL_ANSWERS] = encode_answers(answers)
    for name, value in BAD_NUMBERS[kind].items():
        at.query_params[name] = value
    at.run()
    assert not at.exception
    assert not [e.value for e in at.error]  # no apology
    assert at.session_state[state.ANSWERS] == answers  # the answers in the same link are kept
    assert (at.session_state[state.STEP], at.session_state[state.WEIGHTS]) == (0, None)
    for name in BAD_NUMBERS[kind]:
        assert name not in at.query_params  # rewritten: a reload does not meet it again

"""Property-based, through the app: a generated hostile answers file uploaded over good answers, or a hostile
link opened, never shows a traceback; a refused file or link leaves the answers held exactly as they were (a
refused file with one error line and the problems as PATH:LINE lines). Fixed seed, few examples (each is a
whole app run)."""

import json
import re

from apphelpers import APP, answers_for, unescape
from hypothesis import HealthCheck, given, settings
from streamlit.testing.v1 import AppTest

from mentorfinder.answers.file import dump_answers, parse_answers
from mentorfinder.answers.link import encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.intake.problems import ContentError
from tests.core.fuzzing import hostile_value, links, pack
from ui import state

APP_RUNS = settings(
    max_examples=25, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
REFUSED = "That file could not be opened, so your current answers are unchanged. What is wrong:"


def hostile_upload(content, value, where) -> bytes:
    """The shipped questionnaires' answers with one value (or a new key) made hostile."""
    answers = sample_answers(list(content.questionnaires), seed=5)
    qid, question = where
    answers[qid][question] = value
    # \u escapes, as a hand-edited or generated file has them: the JSON parser, not UTF-8 decoding, meets them
    body = {"format": "mentor-finder-answers", "version": 1, "language": "en", "answers": answers}
    return json.dumps(body, allow_nan=True).encode("ascii")


@APP_RUNS
@given(
    value=hostile_value,
    which=hostile_value.filter(lambda v: isinstance(v, str)) | hostile_value.map(lambda _: "goal_in_words"),
)
def test_a_hostile_upload_keeps_the_answers_held_or_replaces_them_cleanly(content, value, which):
    good = answers_for(content, seed=64)
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state[state.ANSWERS] = good
    at.run()
    raw = hostile_upload(content, value, ("goals", which))
    at.file_uploader(key=state.UPLOAD).set_value(("hostile.json", raw, "application/json")).run()
    assert not at.exception, at.exception
    try:
        expected = parse_answers(raw, "hostile.json", list(content.questionnaires)).answers
    except ContentError:
        assert at.session_state[state.ANSWERS] == good
        assert len(at.error) == 1
        head, _, body = unescape(at.error[0].value).partition("\n\n")
        assert head == REFUSED
        # one line per problem, each naming the file and line: a hostile message never breaks the list
        assert body and all(re.match(r"- Line \d+ of hostile\.json: ", line) for line in body.splitlines())
    else:
        assert at.session_state[state.ANSWERS] == expected


@APP_RUNS
@given(value=links())
def test_a_hostile_link_in_a_running_session_keeps_the_answers_and_puts_the_address_right(content, value):
    good = answers_for(content, seed=68)
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state[state.ANSWERS] = good
    at.run()
    at.query_params["a"] = value
    at.run()
    assert not at.exception, at.exception
    assert at.session_state[state.ANSWERS] == good
    assert at.query_params["a"] in (encode_answers(good), [encode_answers(good)])


@settings(APP_RUNS, max_examples=100)
@given(value=hostile_value)
def test_a_hostile_link_opened_afresh_starts_empty_with_the_notice_or_opens_clean(content, value):
    answers = sample_answers(list(content.questionnaires), seed=6)
    answers["goals"]["goal_in_words"] = value
    link = pack(json.dumps(answers, allow_nan=True).encode("utf-8", errors="surrogatepass"))
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["a"] = link
    at.run()
    assert not at.exception, at.exception
    try:
        expected = parse_answers(dump_answers(answers).encode("utf-8"), "link", list(content.questionnaires)).answers
    except (ContentError, UnicodeEncodeError, ValueError):
        assert at.session_state[state.ANSWERS] == {}
        assert [w.value for w in at.warning] == [
            "The answers in this link could not be read, so the wizard starts afresh."
        ]
    else:
        assert at.session_state[state.ANSWERS] == expected

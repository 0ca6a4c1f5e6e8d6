"""Issue 11 through the app: hostile uploads and links never replace answers or crash a page, one error
boundary turns any unexpected exception into an apology (details in the log only), and the config hides
error details and listens on this computer only."""

import json
import logging
import tomllib
from pathlib import Path

import pytest
from apphelpers import answers_for, unescape
from test_bad_input import assert_refused, pack, upload

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import encode_answers
from ui import nav, state

SORRY = "Sorry — something went wrong on our side. Your answers are kept."

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"
HEADER = '{"format": "mentor-finder-answers", "version": 1, "answers": '


def hostile_file(body: str) -> bytes:
    return (HEADER + body + "}").encode()


HOSTILE_UPLOADS = {
    "surrogate_text.json": (
        hostile_file('{"goals": {"goal_in_words": "x\\ud800y"}}'),
        "surrogate_text.json:1: goals.goal_in_words: text has a broken character (U+D800, half of a pair) at position 2 — retype it",
    ),
    "surrogate_id.json": (
        hostile_file('{"goals": {"x\\ud800y": "a"}}'),
        "surrogate_id.json:1: goals.x\\ud800y: key 'x\\ud800y' has a broken character (U+D800, half of a pair) at position 2 — retype it",
    ),
    "huge_number.json": (
        hostile_file('{"availability": {"hours_per_month": 1' + "0" * 400 + "}}"),
        "huge_number.json:1: availability.hours_per_month: a number with 401 digits is too large — numbers must lie between -1,000,000,000 and 1,000,000,000",
    ),
    "over_4300_digits.json": (
        hostile_file('{"availability": {"hours_per_month": 1' + "0" * 5000 + "}}"),
        "over_4300_digits.json:1: availability.hours_per_month: a number with 5,001 digits is too large — numbers must lie between -1,000,000,000 and 1,000,000,000",
    ),
    "utf16.json": (
        hostile_file("{}").decode().encode("utf-16"),
        "utf16.json:1: file is UTF-16 text, not UTF-8 — save it as UTF-8",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_UPLOADS))
def test_a_hostile_upload_after_a_good_file_keeps_the_good_answers_and_the_link(at, content, name):
    good = answers_for(content, seed=61)
    at.run()
    upload(at, "good.json", dump_answers(good).encode())
    raw, line = HOSTILE_UPLOADS[name]
    upload(at, name, raw)
    assert_refused(at, name, [line], good)
    # shown in words, escaped as text: the message itself no longer crashes the page on the surrogate
    assert f"Line 1 of {name}: {line.split(': ', 1)[1]}" in unescape(at.error[0].value)
    at.switch_page(nav.MATCHES.script).run()  # the next sidebar click
    assert not at.exception
    assert at.session_state[state.ANSWERS] == good
    assert at.query_params["a"] in (encode_answers(good), [encode_answers(good)])


HOSTILE_LINKS = {
    "surrogate": pack(json.dumps({"goals": {"goal_in_words": "x\ud800y"}}).encode()),
    "control": pack(json.dumps({"goals": {"goal_in_words": "x\u0007y"}}).encode()),
    "huge_int": pack(b'{"availability": {"hours_per_month": 1' + b"0" * 400 + b"}}"),
    "nan": pack(b'{"availability": {"hours_per_month": NaN}}'),
    "duplicate_key": pack(b'{"goals": {"stage": "early", "stage": "studying"}}'),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_LINKS))
def test_a_hostile_link_starts_afresh_with_a_notice_on_every_open(at, kind):
    for _ in range(2):  # it crashed on every open
        at.query_params["a"] = HOSTILE_LINKS[kind]
        at.run()
        assert not at.exception
        assert at.session_state[state.ANSWERS] == {}
        assert [w.value for w in at.warning] == [
            "The answers in this link could not be read, so the wizard starts afresh."
        ]
        at.session_state.__delitem__("answers")  # the next open is a new session


def test_an_unexpected_exception_shows_an_apology_keeps_the_answers_and_logs_the_details(at, content, caplog):
    """Answers that slipped past every check (here a lone surrogate) used to put a traceback on every page."""
    good = answers_for(content, seed=62)
    poisoned = json.loads(json.dumps(good))
    poisoned["goals"]["goal_in_words"] = "x\ud800y"
    at.session_state[state.ANSWERS] = poisoned
    with caplog.at_level(logging.ERROR, logger="mentorfinder.app"):
        at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [SORRY]
    assert at.session_state[state.ANSWERS] == poisoned  # kept, not cleared
    shown = " ".join(str(getattr(e, "value", "")) for e in at.main) + " ".join(m.value for m in at.markdown)
    assert "UnicodeEncodeError" not in shown and "Traceback" not in shown and ".py" not in shown
    assert "Reload this page: your answers are in its address" in shown
    labels = [b.proto.label for b in at.get("link_button")]
    assert labels == ["Start again from your link"]
    records = [r for r in caplog.records if r.name == "mentorfinder.app"]
    assert records and records[0].exc_info[0] is UnicodeEncodeError
    at.switch_page(nav.MATCHES.script).run()  # every later page: the apology again, never a traceback
    assert not at.exception
    assert [e.value for e in at.error] == [SORRY]


def test_the_restart_link_carries_the_answers_to_the_welcome_page(at, content, monkeypatch):
    good = answers_for(content, seed=63)
    at.session_state[state.ANSWERS] = good
    monkeypatch.setattr("ui.state.sync_url", lambda: 1 / 0)  # any fault in the frame
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [SORRY]
    # the app's root, the welcome page's own address ("welcome" is not one: Streamlit said "Page not found" over it)
    assert at.get("link_button")[0].proto.url == "./?a=" + encode_answers(good)
    assert [d.proto.label for d in at.get("download_button")] == ["Download your answers (JSON)"]


def test_error_details_hidden_and_one_off_use_listens_on_this_computer_only():
    config = tomllib.loads(CONFIG.read_text())
    assert config["client"]["showErrorDetails"] == "none"
    assert config["server"]["address"] == "localhost"
    from streamlit import config as streamlit_config

    streamlit_config.get_config_options(force_reparse=True, options_from_flags={})
    assert streamlit_config.get_option("client.showErrorDetails") == "none"
    assert streamlit_config.get_option("server.address") == "localhost"


QUESTIONNAIRES = Path(__file__).resolve().parents[2] / "questionnaires"
BROKEN_CONTENT = {  # the shipped goals questionnaire with one hostile edit -> the adviser page's exact line
    "5000_digits": ("version: 1", "version: 1" + "0" * 5000, "a number with 5,001 digits is too large"),
    "scale_max_400_digits": ("max: 5", "max: 1" + "0" * 400, "a number with 401 digits is too large"),
    # (the English title, as a text of the `title:` map)
    "surrogate_title": ("  en: What", '  en: "\\ud800" # ', "text has a broken character (U+D800, half of a pair)"),
    "score_inf": ("scores: {", "scores: {guidance: .inf, ", "value inf is not a number this app can use"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN_CONTENT))
def test_hostile_content_shows_the_adviser_page_not_a_traceback(kind, tmp_path, monkeypatch):
    """Each used to pass `validate` and then break a page (exit 70, OverflowError, UnicodeEncodeError)."""
    from apphelpers import APP
    from streamlit.testing.v1 import AppTest

    old, new, message = BROKEN_CONTENT[kind]
    for source in QUESTIONNAIRES.glob("*.yaml"):
        (tmp_path / source.name).write_text(source.read_text())
    goals = (tmp_path / "goals.yaml").read_text()
    assert old in goals
    (tmp_path / "goals.yaml").write_text(goals.replace(old, new, 1), encoding="utf-8")
    monkeypatch.setenv("MENTORFINDER_QUESTIONNAIRES", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "content files need fixing" in at.title[0].value
    line = goals[: goals.index(old)].count("\n") + 1
    assert at.code[0].value.startswith(f"{tmp_path / 'goals.yaml'}:{line}: {message}")


def test_a_failing_callback_shows_the_apology_above_the_page_and_keeps_the_answers(at, content, monkeypatch, caplog):
    """Callbacks (Next, an upload) run before the script, outside the page's boundary: they have their own."""
    from apphelpers import seeded

    good = answers_for(content, seed=65)
    seeded(at, good, nav.QUESTIONS.script)
    monkeypatch.setattr("ui.steps.check_step", lambda *args: 1 / 0)
    with caplog.at_level(logging.ERROR, logger="mentorfinder.app"):
        next(b for b in at.button if b.label == "Next").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [SORRY]
    assert at.session_state[state.ANSWERS] == good and at.session_state[state.STEP] == 0
    assert at.get("progress")[0].proto.text.startswith("Step 1 of")  # the page is still drawn under it
    assert [r.exc_info[0] for r in caplog.records if r.name == "mentorfinder.app"] == [ZeroDivisionError]
    at.run()  # the next action: the page alone again
    assert [e.value for e in at.error] == []


def test_a_failing_upload_callback_keeps_the_answers(at, content, monkeypatch):
    good = answers_for(content, seed=66)
    at.session_state[state.ANSWERS] = good
    at.run()
    monkeypatch.setattr("ui.resume.parse_answers", lambda *args: 1 / 0)
    upload(at, "good.json", dump_answers(answers_for(content, seed=67)).encode())
    assert not at.exception
    assert [e.value for e in at.error] == [SORRY]
    assert at.session_state[state.ANSWERS] == good

"""The frame around every page: welcome, resume, answers in the URL, projector mode, start over, broken content."""

from apphelpers import APP, answers_for, open_whatif, seeded
from streamlit.testing.v1 import AppTest

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import decode_answers, encode_answers
from ui import nav, state


def test_welcome_says_what_it_is_and_that_nothing_is_stored(at):
    at.run()
    assert not at.exception
    assert at.title[0].value == "Mentor Finder"
    assert "Nothing you enter is stored on a server" in at.info[0].value
    assert [b.label for b in at.button if b.label in {"Start", "Start over"}] == ["Start", "Start over"]


def test_start_opens_step_one(at):
    at.run()
    next(b for b in at.button if b.label == "Start").click().run()
    assert at.get("progress")[0].proto.text.startswith("Step 1 of")


def test_a_good_answers_file_reopens_the_session(at, content):
    answers = answers_for(content, seed=11)
    at.run()
    at.file_uploader(key=state.UPLOAD).set_value(
        ("mine.json", dump_answers(answers).encode(), "application/json")
    ).run()
    assert not at.exception
    assert at.session_state[state.ANSWERS] == answers
    assert at.success[0].value.startswith("Opened ")


def test_answers_are_mirrored_into_the_url_and_restored_from_it(content):
    answers = answers_for(content, seed=13)
    first = AppTest.from_file(APP, default_timeout=30)
    seeded(first, answers, nav.QUESTIONS.script)
    link = first.query_params[state.URL_ANSWERS]
    link = link[0] if isinstance(link, list) else link
    assert decode_answers(link) == answers
    fresh = AppTest.from_file(APP, default_timeout=30)  # a new session: what a refresh gives
    fresh.query_params[state.URL_ANSWERS] = encode_answers(answers)
    fresh.query_params[state.URL_STEP] = "3"
    fresh.run()
    assert fresh.session_state[state.ANSWERS] == answers
    assert fresh.session_state[state.STEP] == 3


def test_a_tampered_link_starts_afresh_with_a_notice(at, content):
    answers = answers_for(content, seed=14)
    answers["goals"]["stage"] = "astronaut"
    at.query_params[state.URL_ANSWERS] = encode_answers(answers)
    at.run()
    assert at.session_state[state.ANSWERS] == {}
    assert "could not be read" in at.warning[0].value


def test_projector_mode_from_the_url(at):
    at.query_params[state.URL_PROJECTOR] = "1"
    at.run()
    assert at.toggle(key=state.PROJECTOR_CHOICE).value is True
    assert any("font-size: 22px" in h.proto.body for h in at.get("html"))


def test_start_over_clears_everything(at, content):
    seeded(at, answers_for(content, seed=15), nav.MATCHES.script)
    open_whatif(at)
    at.slider(key=state.weight_key("needs")).set_value(0).run()
    next(b for b in at.button if b.label == "Start over").click().run()
    next(b for b in at.button if b.label == "Yes, clear my answers").click().run()
    assert at.session_state[state.ANSWERS] == {}
    assert state.weight_key("needs") not in at.session_state and at.session_state[state.WEIGHTS] is None
    assert at.title[0].value == "Mentor Finder"
    assert state.URL_ANSWERS not in at.query_params and state.URL_WEIGHTS not in at.query_params


def test_broken_content_lists_every_problem_for_an_adviser(tmp_path, monkeypatch):
    (tmp_path / "goals.yaml").write_text(
        "id: goals\ntitle: Goals\nversion: 1\nsteps:\n  - id: s\n    title: S\n    questions: nope\n"
    )
    monkeypatch.setenv("MENTORFINDER_QUESTIONNAIRES", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert "content files need fixing" in at.title[0].value
    assert f"{tmp_path / 'goals.yaml'}:7:" in at.code[0].value


def test_a_typed_yaml_value_lists_its_line_instead_of_the_apology(tmp_path, monkeypatch):
    # issue 19: `max: !!int "abc"` gave every visitor the apology instead of the page listing the bad lines
    (tmp_path / "goals.yaml").write_text('id: goals\ntitle: Goals\nversion: !!int "abc"\nsteps: []\n')
    monkeypatch.setenv("MENTORFINDER_QUESTIONNAIRES", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    assert "content files need fixing" in at.title[0].value
    assert f"{tmp_path / 'goals.yaml'}:3: YAML cannot read 'abc' as !!int" in at.code[0].value

"""Session state: one permanent `answers` dict, the wizard position, and their mirror in the URL."""

from __future__ import annotations

from typing import Any

import streamlit as st

from mentorfinder.answers import dump_answers, parse_answers
from mentorfinder.conditions import visible_answers
from mentorfinder.content import Content
from mentorfinder.problems import ContentError

from .draft import decode_answers, encode_answers

ANSWERS = "answers"  # {questionnaire id: {question id: value}} — the only permanent store of answers
STEP = "wizard_step"  # index into the flat list of steps
ERRORS = "step_errors"  # {widget key: message}, set by Next, cleared by Back
LANGUAGE = "language"
PROJECTOR = "projector"
NOTICE = "restore_notice"
URL_ANSWERS, URL_STEP, URL_PROJECTOR = "a", "step", "projector"
WIDGET_PREFIX = "q:"


def widget_key(questionnaire_id: str, question_id: str) -> str:
    """The widget key for a question: derived from ids only, so it is stable across reruns and sessions."""
    return f"{WIDGET_PREFIX}{questionnaire_id}:{question_id}"


def init_state(content: Content) -> None:
    """Set up a session: answers restored from the URL when a valid draft is there, else empty."""
    if ANSWERS not in st.session_state:
        st.session_state[ANSWERS] = _restore(content)
        try:
            st.session_state[STEP] = max(0, int(st.query_params.get(URL_STEP, "0")))
        except ValueError:
            st.session_state[STEP] = 0
    st.session_state.setdefault(STEP, 0)
    st.session_state.setdefault(ERRORS, {})
    st.session_state.setdefault(LANGUAGE, "en")
    st.session_state.setdefault(PROJECTOR, st.query_params.get(URL_PROJECTOR) == "1")


def _restore(content: Content) -> dict[str, dict[str, Any]]:
    """Answers from the URL, validated exactly like an uploaded answers file; a bad draft is dropped."""
    raw = st.query_params.get(URL_ANSWERS)
    if not raw:
        return {}
    decoded = decode_answers(raw)
    if decoded is not None:
        try:  # a draft with a ranking half done is valid: too few picks are unfinished, not wrong
            return parse_answers(dump_answers(decoded).encode("utf-8"), "link", list(content.questionnaires)).answers
        except ContentError:
            pass
    st.session_state[NOTICE] = "The answers in this link could not be read, so the wizard starts afresh."
    return {}


def answers() -> dict[str, dict[str, Any]]:
    """The person's answers (live object; change it through set_answer / replace_answers)."""
    return st.session_state[ANSWERS]


def set_answer(questionnaire_id: str, question_id: str, value: Any) -> None:
    """Record one answer; an empty value removes it."""
    given = st.session_state[ANSWERS].setdefault(questionnaire_id, {})
    if value in (None, "", []):
        given.pop(question_id, None)
    else:
        given[question_id] = value


def replace_answers(new: dict[str, dict[str, Any]]) -> None:
    """Replace every answer (after a validated upload) and drop widget state so widgets show the new values."""
    for key in [k for k in st.session_state if str(k).startswith(WIDGET_PREFIX)]:
        del st.session_state[key]
    st.session_state[ANSWERS] = {qid: dict(given) for qid, given in new.items()}
    st.session_state[STEP] = 0
    st.session_state[ERRORS] = {}


def start_over() -> None:
    """Forget everything this session holds (answers, position, widget values, prepared downloads)."""
    keep = {PROJECTOR, LANGUAGE}
    for key in [k for k in st.session_state if k not in keep]:
        del st.session_state[key]
    st.session_state[ANSWERS] = {}
    st.session_state[STEP] = 0
    st.session_state[ERRORS] = {}


def shown_answers(content: Content) -> dict[str, dict[str, Any]]:
    """Answers to questions currently shown (a hidden conditional question's old answer is left out)."""
    given = answers()
    return {q.id: visible_answers(q, given.get(q.id, {})) for q in content.questionnaires if given.get(q.id)}


def sync_url() -> None:
    """Mirror answers, step and projector mode into the query string, writing only what changed."""
    wanted = {
        URL_ANSWERS: encode_answers(answers()),
        URL_STEP: str(st.session_state[STEP]) if st.session_state[STEP] else "",
        URL_PROJECTOR: "1" if st.session_state.get(PROJECTOR) else "",
    }
    for name, value in wanted.items():
        if value and st.query_params.get(name) != value:
            st.query_params[name] = value
        elif not value and name in st.query_params:
            del st.query_params[name]

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
        # A ranking or multiple choice still being filled in (two of three picks) is a valid draft, though not a
        # complete answers file: set it aside, check the rest like an uploaded file, then put it back.
        unfinished = _unfinished_picks(content, decoded)
        complete = {
            qid: {k: v for k, v in given.items() if (qid, k) not in unfinished} for qid, given in decoded.items()
        }
        try:
            text = dump_answers(complete).encode("utf-8")
            restored = parse_answers(text, "link", list(content.questionnaires)).answers
        except ContentError:
            pass
        else:
            for (qid, question_id), value in unfinished.items():
                restored.setdefault(qid, {})[question_id] = value
            return restored
    st.session_state[NOTICE] = "The answers in this link could not be read, so the wizard starts afresh."
    return {}


def _unfinished_picks(content: Content, decoded: dict[str, dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    """Lists of known, distinct option ids whose only fault can be how many there are (Next checks the count)."""
    found = {}
    for q in content.questionnaires:
        for question in q.questions():
            value = decoded.get(q.id, {}).get(question.id)
            if question.type not in {"multiple", "ranking"} or not isinstance(value, list):
                continue
            options = {o.id for o in question.options}
            if all(isinstance(v, str) and v in options for v in value) and len(set(value)) == len(value):
                found[(q.id, question.id)] = value
    return found


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

"""Re-open a saved answers file: validated in full, and a bad file leaves the current answers untouched."""

from __future__ import annotations

import streamlit as st

from mentorfinder.answers import parse_answers
from mentorfinder.content import Content
from mentorfinder.problems import ContentError

from . import state
from .boundary import safe_callback
from .text import escape

UPLOAD = "resume_file"
OUTCOME = "resume_outcome"  # ("ok", message) or ("problems", [lines])


@safe_callback
def _opened(content: Content) -> None:
    upload = st.session_state.get(UPLOAD)
    if upload is None:
        return
    try:
        parsed = parse_answers(upload.getvalue(), upload.name, list(content.questionnaires))
    except ContentError as err:
        # the core already stops after MAX_PROBLEMS lines, so a file of thousands of bad ids stays readable
        st.session_state[OUTCOME] = ("problems", [str(p) for p in err.problems])
        return
    state.replace_answers(parsed.answers)
    count = sum(len(given) for given in parsed.answers.values())
    st.session_state[OUTCOME] = ("ok", f"Opened {count} answers from {escape(upload.name)}.")  # a name is text


def resume_ui(content: Content) -> None:
    """The upload box and the outcome of the last upload."""
    st.subheader("Come back to a saved session")
    st.file_uploader(
        "Open an answers file (.json) you downloaded earlier",
        type=["json"],
        key=UPLOAD,
        on_change=_opened,
        args=(content,),
    )
    outcome = st.session_state.get(OUTCOME)
    if not outcome:
        return
    kind, detail = outcome
    if kind == "ok":
        st.success(detail, icon=":material/check_circle:")
        if st.button("Go to the questions", key="resume_go"):
            st.switch_page("views/questions.py")
    else:
        st.error("That file could not be opened, so your current answers are unchanged. What is wrong:")
        st.code("\n".join(detail), language=None)  # shown as plain text, never as markdown

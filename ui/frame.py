"""The frame around every page: sidebar (projector mode, language, start over) and the projector styles."""

from __future__ import annotations

from datetime import timedelta

import streamlit as st

from mentorfinder.content import Content

from . import state

# Our own constant CSS (never user text): bigger type, heavier contrast, wider content for a projector.
PROJECTOR_CSS = """
<style>
html, body, [data-testid="stAppViewContainer"] { font-size: 22px; }
[data-testid="stAppViewContainer"] { background: #ffffff; color: #000000; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding: 3.75rem 2rem 2rem 2rem; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { font-size: 1.25rem; line-height: 1.45; }
h1 { font-size: 2.4rem !important; } h2 { font-size: 1.9rem !important; } h3 { font-size: 1.5rem !important; }
[data-testid="stCaptionContainer"] { color: #1a1a1a !important; font-size: 1.05rem; }
[data-testid="stWidgetLabel"] p { font-size: 1.3rem !important; font-weight: 600; }
[role="radiogroup"] label p, button p, [data-testid="stProgress"] p { font-size: 1.2rem !important; }
[data-testid="stProgress"] div[role="progressbar"] > div > div { height: 0.9rem; }
</style>
"""


def languages(content: Content) -> list[str]:
    """Languages the questionnaire titles are written in (English first)."""
    found = {"en"}
    for q in content.questionnaires:
        if isinstance(q.title, dict):
            found.update(q.title)
    return sorted(found, key=lambda code: (code != "en", code))


def sidebar(content: Content) -> None:
    """Projector toggle, language choice (when there is more than one) and Start over."""
    with st.sidebar:
        st.toggle("Projector mode", key=state.PROJECTOR, help="Larger text and charts, higher contrast, for a room.")
        codes = languages(content)
        if len(codes) > 1:
            st.selectbox("Language", codes, key=state.LANGUAGE)
        st.divider()
        if st.button("Start over", icon=":material/restart_alt:", help="Clear every answer and begin again."):
            state.start_over()
            st.switch_page("views/welcome.py")
        st.caption("Nothing you enter is stored on the server. Your answers live in this page's address.")
        _rerun_on_reconnect()


@st.fragment(run_every=timedelta(hours=1))
def _rerun_on_reconnect() -> None:
    """Draws nothing and does nothing: it is here for its timer.

    After a server restart the browser reconnects to a new, empty session. With no timed fragment on the
    page it waits for the person's next action, and a sidebar link sends that without the address's
    answers (Streamlit drops the query string on a page change), so they were lost. A page holding a
    timed fragment is rerun by the browser as soon as it reconnects, with the full address, so the new
    session restores every answer from the link before the person does anything.
    """


def projector_styles() -> None:
    """Inject the projector CSS when projector mode is on."""
    if st.session_state.get(state.PROJECTOR):
        st.html(PROJECTOR_CSS)


def is_projector() -> bool:
    """Whether projector mode is on (charts use it to enlarge fonts)."""
    return bool(st.session_state.get(state.PROJECTOR))

"""The frame around every page: sidebar (projector mode, language, start over) and the projector styles."""

from __future__ import annotations

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


def projector_styles() -> None:
    """Inject the projector CSS when projector mode is on."""
    if st.session_state.get(state.PROJECTOR):
        st.html(PROJECTOR_CSS)


def is_projector() -> bool:
    """Whether projector mode is on (charts use it to enlarge fonts)."""
    return bool(st.session_state.get(state.PROJECTOR))

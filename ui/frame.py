"""The frame around every page: sidebar (projector mode, language, start over), layout CSS and projector styles."""

from __future__ import annotations

import base64
from datetime import timedelta
from functools import cache
from pathlib import Path

import streamlit as st

from mentorfinder.content.load import Content
from mentorfinder.i18n.catalogue import _
from mentorfinder.workshop.service import keep_purging

from . import language, nav, programme_sync, state, state_page, steps
from .boundary import guarded_fragment, safe_callback
from .loaders import content_or_stop
from .resume import dropzone_fix

ICON = Path(__file__).parent / "assets" / "icon.png"  # our own file: no third-party font request

# Our own constant CSS (never user text). A scale (Likert 1–5, 0–10) stays one row on a phone: each point is an
# equal column, its circle above its words, instead of wrapping as 3 + 2 or 0–6 and 7–10.
LAYOUT_CSS = """
<style>
[data-testid="stMain"] h2 { font-size: 1.6rem; }
[data-testid="stMain"] h2[tabindex="-1"]:focus { outline: none; }  /* focused by script after Next: not a control */
[data-testid="stLayoutWrapper"]:has(> [class*="st-key-chosen-"]) { display: none; }
[data-testid="stLayoutWrapper"]:has(> .st-key-pdf-kept) { display: none; }  /* ui/downloads.py: a file kept, no button */
/* a page link's title wraps instead of ending in "…" (Spanish titles in projector mode's large type) */
[data-testid="stSidebarNav"] a, [data-testid="stSidebarNav"] a * { white-space: normal; text-overflow: clip; height: auto; }
@media (max-width: 640px) {
  [data-testid="stLayoutWrapper"]:has(> [class*="st-key-chosen-"]) { display: flex; margin-top: -0.9rem; }
  [class*="st-key-chosen-"] p { font-size: 0.85rem; line-height: 1.3; margin: 0; color: inherit; }
  [class*="st-key-scale-"] [role="radiogroup"] { flex-wrap: nowrap; gap: 0; align-items: flex-start; }
  [class*="st-key-scale-"] [role="radiogroup"] > div { flex: 1 1 0; min-width: 0; }
  [class*="st-key-scale-"] [data-testid="stRadioOption"] { width: 100%; margin: 0; padding: 0 1px; }
  [class*="st-key-scale-"] [data-testid="stRadioOption"] > div {
    flex-direction: column; align-items: center; width: 100%; gap: 0.2rem; }
  [class*="st-key-scale-"] [data-testid="stRadioOption"] p {
    font-size: 0.8rem; line-height: 1.2; text-align: center; word-break: normal; overflow-wrap: normal; }
}
</style>
"""

# Bigger type (22 px and up for every line, typed text too), black on white, full-width content for a room.
PROJECTOR_CSS = """
<style>
html, body, [data-testid="stAppViewContainer"] { font-size: 22px; }
[data-testid="stAppViewContainer"] { background: #ffffff; color: #000000; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding: 3.75rem 2rem 2rem 2rem; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { font-size: 1.25rem; line-height: 1.45; }
h1 { font-size: 2.4rem !important; } h2 { font-size: 1.9rem !important; } h3 { font-size: 1.5rem !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] * {
  color: #000000 !important; opacity: 1 !important; font-size: 1rem !important; }
[data-testid="stWidgetLabel"] p { font-size: 1.3rem !important; font-weight: 600; }
[role="radiogroup"] label p, button p, [data-testid="stProgress"] p { font-size: 1.2rem !important; }
input, textarea, [data-baseweb="select"] div, [data-baseweb="tag"] span { font-size: 1rem !important; }
[data-testid="stProgress"] div[role="progressbar"] > div > div { height: 0.9rem; }
</style>
"""


# what the sidebar says is stored: another instrument has no workshop or programme, and no mentor wording
STORED_WITH_GROUPS = _(
    "Nothing you enter is stored on the server unless you share an anonymous result with a workshop or join a "
    "mentoring programme. Your answers live in this page's address."
)
STORED_NOWHERE = _("Nothing you enter is stored on the server. Your answers live in this page's address.")


def frame_and_page() -> None:
    """Everything after the page config: content, state, navigation, the sidebar and the page itself."""
    content = content_or_stop()
    keep_purging()  # expired workshops go hourly whether or not anyone opens one
    state.init_state(content)
    page = st.navigation(_pages(content))
    sidebar(content, welcome=page.url_path == "")  # its last element holds the styles too
    state.sync_url()
    programme_sync.sync(content)  # a participant's changed answers reach their programme from any page
    page.run()


def _pages(content: Content) -> list[st.Page]:
    """This session's st.Page of every page, made on its first run: made afresh on every rerun (each resolves
    and stats its file) they cost as much as a small page. Kept per session, never shared across sessions:
    st.navigation and Page.run flag the object while it runs."""
    made = state_page.pages()
    spoken = state.language()  # a page's title is in the language: one set of pages per language used
    for page in nav.pages(content):
        if (page.script, spoken) not in made:
            made[page.script, spoken] = page.page(spoken)
    return [made[page.script, spoken] for page in nav.pages(content)]


def page_config() -> None:
    """Title, the tab icon (our own file) and a folded sidebar in projector mode (a room needs the whole width)."""
    projector = state.projector_before_init()
    st.set_page_config(
        page_title="Mentor Finder",
        page_icon=icon_url(),
        layout="centered",
        initial_sidebar_state="collapsed" if projector else "auto",
    )


@cache
def icon_url() -> str:
    """The tab icon as a data URL, made once per process: given as a file, Streamlit read, hashed and filed it in
    its media store again on every rerun of every session (480 bytes, so the address is short)."""
    return "data:image/png;base64," + base64.b64encode(ICON.read_bytes()).decode("ascii")


languages = language.languages  # (the sidebar's choice; ui/language.py also reads `?lang=`)


@safe_callback
def _language_changed(content: Content) -> None:
    """The language is kept, and the step's notes are said again in it; answers, step and weights stay as they are.

    A note the step's answers no longer give (a number refused as typed, on an optional question) stays as it was.
    """
    state.keep_settings()
    notes = state.errors()
    if notes:
        again = steps.step_notes(content, min(state.step(), len(steps.all_steps(content)) - 1))
        state.set_errors({key: again.get(key, note) for key, note in notes.items()})


def sidebar(content: Content, welcome: bool = False) -> None:
    """Projector toggle, language choice (when there is more than one) and, well apart, Start over. `welcome`: the
    page shown is the welcome page (the default), whose upload box gets its words from the last element's script."""
    spoken = state.language()
    state.settings()  # the widgets show the kept settings, however the person came to this page
    with st.sidebar:
        st.toggle(
            _("Projector mode", spoken),
            key=state.PROJECTOR_CHOICE,
            on_change=state.keep_settings,
            help=_("Larger text and charts, higher contrast, for a room.", spoken),
        )
        codes = languages(content)
        if len(codes) > 1:
            st.selectbox(
                _("Language", spoken),
                codes,
                format_func=language.name,
                key=state.LANGUAGE_CHOICE,
                on_change=_language_changed,
                args=(content,),
            )
        # the note and the rule under it, one element (each element costs every rerun of every page)
        st.caption(_(STORED_WITH_GROUPS if content.matches else STORED_NOWHERE, spoken) + "\n\n---")
        start_over_ui()
        _rerun_on_reconnect()
        # Last in the sidebar (a script element takes a line's gap, not at the page's top): the history script and
        # the styles, one element. A style applies to the whole page wherever it sits, the sidebar folded too; so
        # does the welcome page's upload box's script (an observer of the whole page), one element fewer there.
        nav.history_ui(styles() + (dropzone_fix(spoken) if welcome else ""))


@guarded_fragment(run_every=timedelta(hours=1))
def _rerun_on_reconnect() -> None:
    """Draws nothing and does nothing: it is here for its timer.

    After a server restart the browser reconnects to a new, empty session. With no timed fragment on the
    page it waits for the person's next action, and a sidebar link sends that without the address's
    answers (Streamlit drops the query string on a page change), so they were lost. A page holding a
    timed fragment is rerun by the browser as soon as it reconnects, with the full address, so the new
    session restores every answer from the link before the person does anything.
    """


def start_over_ui() -> None:
    """Start over asks first (one tap clears nothing); after clearing, the welcome page offers Undo."""
    spoken = state.language()
    if not state_page.start_over_asked():
        st.button(_("Start over", spoken), icon=":material/restart_alt:", on_click=state_page.ask_start_over)
        return
    st.warning(_("Clear every answer and begin again?", spoken))
    if st.button(_("Yes, clear my answers", spoken), type="primary", icon=":material/delete:"):
        state.start_over()
        nav.go(nav.WELCOME)
    st.button(_("Cancel", spoken), on_click=state_page.cancel_start_over)


def styles() -> str:
    """The layout CSS, and the projector CSS when projector mode is on (ui/nav.history_ui sends them)."""
    return LAYOUT_CSS + (PROJECTOR_CSS if state.projector() else "")


def is_projector() -> bool:
    """Whether projector mode is on (charts use it to enlarge fonts)."""
    return state.projector()

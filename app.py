"""Mentor Finder: the frame around every page (page config, sidebar, navigation, projector styles)."""

import streamlit as st

from ui import boundary, frame, nav, state
from ui.loaders import content_or_stop

frame.page_config()


def frame_and_page() -> None:
    """Everything after the page config: content, state, navigation, the sidebar and the page itself."""
    content = content_or_stop()
    state.init_state(content)
    page = st.navigation([p.page() for p in nav.pages(content)])
    frame.sidebar(content)
    frame.styles()
    state.sync_url()
    page.run()


# One error boundary for every page: an unexpected exception shows an apology, never a traceback.
boundary.guarded(frame_and_page)

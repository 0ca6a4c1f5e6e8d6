"""Mentor Finder: the entry file and the frame around every page (`streamlit run app.py`)."""

import streamlit as st

from ui import frame, nav, state
from ui.loaders import content_or_stop

frame.page_config()
content = content_or_stop()
state.init_state(content)
page = st.navigation([p.page() for p in nav.pages(content)])
frame.sidebar(content)
frame.styles()
state.sync_url()
page.run()

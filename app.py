"""Mentor Finder: the entry file and the frame around every page (`streamlit run app.py`)."""

import streamlit as st

from ui import boundary, frame, state, steps
from ui.loaders import content_or_stop

# A projector needs the whole 1280 px for content: the sidebar starts folded away in projector mode.
projector = st.session_state.get(state.PROJECTOR, st.query_params.get(state.URL_PROJECTOR) == "1")
st.set_page_config(
    page_title="Mentor Finder",
    page_icon=":material/diversity_3:",
    layout="centered",
    initial_sidebar_state="collapsed" if projector else "auto",
)

PAGES = [
    st.Page("views/welcome.py", title="Welcome", icon=":material/waving_hand:", url_path="welcome", default=True),
    st.Page("views/questions.py", title="Questions", icon=":material/checklist:", url_path="questions"),
    st.Page("views/profile.py", title="Your profile", icon=":material/person:", url_path="profile"),
    st.Page("views/matches.py", title="Your matches", icon=":material/diversity_3:", url_path="matches"),
    st.Page("views/next_steps.py", title="Next steps", icon=":material/flag:", url_path="next-steps"),
    st.Page("views/privacy.py", title="Privacy", icon=":material/lock:", url_path="privacy"),
]


def frame_and_page() -> None:
    """Everything after the page config: content, state, navigation, the sidebar and the page itself."""
    content = content_or_stop()
    state.init_state(content)
    page = st.navigation(PAGES)
    frame.sidebar(content)
    frame.projector_styles()
    if goto := st.session_state.pop(steps.GOTO, None):
        st.switch_page(f"views/{goto}.py")
    state.sync_url()
    page.run()


# One error boundary for every page: an unexpected exception shows an apology, never a traceback.
boundary.guarded(frame_and_page)

import streamlit as st

from ui import state
from ui.loaders import get_content
from ui.resume import resume_ui

content = get_content()
minutes = sum(q.minutes or 0 for q in content.questionnaires)

st.title("Mentor Finder")
st.write(
    "Answer a few short questions about what you want from a mentor, how you like to talk and how much time "
    "you have. You get a profile, a ranked and explained list of the kinds of mentor to look for, a small "
    "mentoring network to build, and next steps — with a PDF to keep."
)
steps_count = sum(len(q.steps) for q in content.questionnaires)
st.write(f"It takes about {round(minutes)} minutes: {steps_count} short steps. You can go back at any time.")
st.info(
    "Nothing you enter is stored on a server. Your answers live in this page's address, so a refresh keeps "
    "them; download your answers file to come back later.",
    icon=":material/lock:",
)
st.page_link("views/privacy.py", label="Privacy: what is stored, and for how long", icon=":material/lock:")
if notice := st.session_state.pop(state.NOTICE, None):
    st.warning(notice)

started = any(state.answers().values())
if st.button("Continue where you left off" if started else "Start", type="primary", icon=":material/arrow_forward:"):
    st.switch_page("views/questions.py")

resume_ui(content)

"""The welcome page: what the app does, how long it takes, and the one way on."""

import streamlit as st

from mentorfinder.schema import translate
from ui import nav, state, steps
from ui.loaders import get_content
from ui.resume import resume_ui
from ui.workshop_join import welcome_ui

content = get_content()
minutes = sum(q.minutes or 0 for q in content.questionnaires)

if content.matches:
    st.title("Mentor Finder")
    st.write(
        "Answer a few short questions about what you want from a mentor, how you like to talk and how much time "
        "you have. You get a profile, a ranked and explained list of the kinds of mentor to look for, a small "
        "mentoring network to build, and next steps — with a PDF to keep."
    )
else:  # another instrument: its own title, no mentor wording
    st.title(translate(content.questionnaires[0].title, state.language()))
    st.write("Answer the questions, one short step at a time. You get your scores, with a PDF to keep.")
steps_count = len(steps.all_steps(content))
# a questionnaire may not say how long it takes: then no guess ("about 0 minutes"), only the steps
took = (
    f"It takes about {round(minutes)} minutes: {steps_count} short steps."
    if round(minutes)
    else f"{steps_count} short steps."
)
st.write(f"{took} You can go back at any time.")
st.info(
    "Nothing you enter is stored on a server (in a workshop, only an anonymous result you choose to share). "
    "Your answers live in this page's address, so a refresh keeps them; download your answers file to come back later.",
    icon=":material/lock:",
)
nav.link(nav.PRIVACY, "Privacy: what is stored, and for how long")
if content.matches:  # a workshop's picture is of kinds of mentor
    welcome_ui()
if notice := state.pop_notice():
    st.warning(notice)
if st.session_state.get(state.UNDO):
    st.success("Your answers were cleared.", icon=":material/check_circle:")
    st.button("Undo", icon=":material/undo:", on_click=state.undo_start_over)

# One way on, chosen by how far the answers go: the result when complete, else the first unfinished step.
started = any(state.answers().values())
missing = steps.first_incomplete(content)
label = "See your results" if started and missing is None else "Continue where you left off" if started else "Start"
if st.button(label, type="primary", icon=":material/arrow_forward:"):
    st.session_state.pop(state.UNDO, None)
    if started and missing is None:
        nav.go(nav.PROFILE)
    state.set_step(missing or 0)
    nav.go(nav.QUESTIONS)

resume_ui(content)

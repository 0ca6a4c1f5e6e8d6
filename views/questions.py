import streamlit as st

from mentorfinder.conditions import visible_questions
from mentorfinder.schema import text
from ui import state, steps
from ui.loaders import get_content
from ui.widgets import question_ui

content = get_content()
language = st.session_state[state.LANGUAGE]
wizard = steps.all_steps(content)
index = min(st.session_state[state.STEP], len(wizard) - 1)
st.session_state[state.STEP] = index
ws = wizard[index]
q = ws.questionnaire
t = lambda value: text(value, language, q.default_language)  # noqa: E731

st.progress(index / len(wizard), text=f"Step {index + 1} of {len(wizard)} · {t(q.title)}")
st.header(t(ws.step.title))
if ws.step.intro:
    st.write(t(ws.step.intro))

given = state.answers().get(q.id, {})
shown = {question.id for question in visible_questions(q, given)}
errors = st.session_state[state.ERRORS]
for question in ws.step.questions:
    if question.id in shown:
        question_ui(q, question, given, language, errors.get(state.widget_key(q.id, question.id)))

if errors:
    st.warning(f"{len(errors)} question(s) on this step still need an answer — see the notes above.")
back, forward = st.columns(2)
back.button("Back", icon=":material/arrow_back:", on_click=steps.go_back, disabled=index == 0, width="stretch")
last = index == len(wizard) - 1
forward.button(
    "See my results" if last else "Next",
    type="primary",
    icon=":material/arrow_forward:",
    on_click=steps.go_next,
    args=(content,),
    width="stretch",
)

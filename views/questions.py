"""The questions page: one wizard step at a time, with Back and Next."""

import streamlit as st

from mentorfinder.content.conditions import visible_questions
from mentorfinder.i18n.catalogue import _, ngettext
from mentorfinder.i18n.words import translate
from ui import nav, preload, programme_sync, state, steps
from ui.loaders import get_content
from ui.widgets import question_ui

content = get_content()
language = state.language()
wizard = steps.all_steps(content)
index = state.clamp_step(len(wizard))
ws = wizard[index]
q = ws.questionnaire

# Counts the step you are on: step 1 of 9 is a ninth done, the last step fills the bar.
where = {"step": index + 1, "steps": len(wizard), "title": translate(q.title, language, q.default_language)}
st.progress((index + 1) / len(wizard), text=_("Step %(step)s of %(steps)s · %(title)s", language) % where)
# no anchor link: after Next, focus is on this heading and the next Tab should reach the first question
st.header(translate(ws.step.title, language, q.default_language), anchor=False)
if ws.step.intro:
    st.write(translate(ws.step.intro, language, q.default_language))

given = state.answers().get(q.id, {})
shown = {question.id for question in visible_questions(q, given)}
notes = state.errors()
for question in ws.step.questions:
    if question.id in shown:
        question_ui(q, question, given, language, notes.get(state.widget_key(q.id, question.id)))

if len(notes) == 1:  # "One question", in words
    st.warning(_("One question on this step still needs an answer — see the note above.", language))
elif notes:
    st.warning(
        ngettext(
            "%(count)s question on this step still needs an answer — see the note above.",
            "%(count)s questions on this step still need an answer — see the notes above.",
            len(notes),
            language,
        )
        % {"count": len(notes)}
    )
back, forward = st.columns(2)
back.button(
    _("Back", language), icon=":material/arrow_back:", on_click=steps.go_back, disabled=index == 0, width="stretch"
)
if index < len(wizard) - 1:
    # a callback, so its notes (or the next step) show in the very run the click starts
    forward.button(
        _("Next", language),
        type="primary",
        icon=":material/arrow_forward:",
        on_click=steps.go_next,
        args=(content,),
        width="stretch",
    )
elif forward.button(_("See my results", language), type="primary", icon=":material/arrow_forward:", width="stretch"):
    state.set_errors(steps.check_step(content, index))
    if not state.errors():
        programme_sync.sync(content)  # finished: a participant's answers reach their programme now
        nav.go(nav.PROFILE)
    st.rerun()  # the notes appear under their questions
# last: the step's heading is drawn by now; with it, the results' chart library, loaded while the person reads
nav.focus_heading(f"step {index}", preload.charts_script())

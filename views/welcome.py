"""The welcome page: what the app does, how long it takes, and the one way on."""

import streamlit as st

from mentorfinder.i18n.catalogue import _, ngettext
from mentorfinder.i18n.words import translate
from ui import nav, state, state_programme, steps
from ui.loaders import get_content
from ui.programme_join import welcome_ui as programme_ui
from ui.resume import resume_ui
from ui.workshop_join import join_from_link, welcome_ui

content = get_content()
minutes = sum(q.minutes or 0 for q in content.questionnaires)
language = state.language()

steps_count = len(steps.all_steps(content))
# a questionnaire may not say how long it takes: then no guess ("about 0 minutes"), only the steps
took = (
    ngettext(
        "It takes about %(minutes)s minute: %(steps)s short steps.",
        "It takes about %(minutes)s minutes: %(steps)s short steps.",
        round(minutes),
        language,
    )
    if round(minutes)
    else ngettext("%(steps)s short step.", "%(steps)s short steps.", steps_count, language)
) % {"minutes": round(minutes), "steps": steps_count}
if content.matches:
    st.title("Mentor Finder")
    intro = _(
        "Answer a few short questions about what you want from a mentor, how you like to talk and how much time "
        "you have. You get a profile, a ranked and explained list of the kinds of mentor to look for, a small "
        "mentoring network to build, and next steps — with a PDF to keep.",
        language,
    )
else:  # another instrument: its own title, no mentor wording
    st.title(translate(content.questionnaires[0].title, language))
    intro = _("Answer the questions, one short step at a time. You get your scores, with a PDF to keep.", language)
# two paragraphs, one element (each element costs every rerun)
st.write(intro + "\n\n" + took + " " + _("You can go back at any time.", language))
if not state_programme.joined():  # in a programme the answers are sent to it: its own notice says so
    st.info(
        _(
            "Nothing you enter is stored on a server (in a workshop, only an anonymous result you choose to share). "
            "Your answers live in this page's address, so a refresh keeps them; download your answers file to come "
            "back later.",
            language,
        ),
        icon=":material/lock:",
    )
nav.link(nav.PRIVACY, _("Privacy: what is stored, and for how long", language))
if content.matches:
    join_from_link()  # a QR code's link joins before the page is drawn, so the button below knows the person is in
    programme_ui()  # a mentoring programme's link, likewise
if notice := state.pop_notice():
    st.warning(_(notice, language))  # marked where it is set (ui/state.py), said here in the page's language
if state.undo_offered():
    st.success(_("Your answers were cleared.", language), icon=":material/check_circle:")
    st.button(_("Undo", language), icon=":material/undo:", on_click=state.undo_start_over)

# One way on, chosen by how far the answers go: the result when complete, else the first unfinished step.
started = any(state.answers().values())
missing = steps.first_incomplete(content)
if started and missing is None:
    label = _("See your results", language)
else:
    label = _("Continue where you left off", language) if started else _("Start", language)
if st.button(label, type="primary", icon=":material/arrow_forward:"):
    state.forget_undo()
    if started and missing is None:
        nav.go(nav.PROFILE)
    state.set_step(missing or 0)
    nav.go(nav.QUESTIONS)

if content.matches:  # a workshop's picture is of kinds of mentor; under Start, the one way on, even on a phone
    welcome_ui()
resume_ui(content)

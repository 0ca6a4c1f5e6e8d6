"""A mentor's side of a programme: the mentor questionnaire by link, their profile, and how to update or leave."""

from __future__ import annotations

from typing import Any

import streamlit as st

from mentorfinder.answers.mentor import CAPACITY_QUESTION, mentor_from_answers
from mentorfinder.content.conditions import condition_holds, visible_answers
from mentorfinder.content.load import Content
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.content.schema import Question, Questionnaire
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import translate
from mentorfinder.intake.problems import ContentError
from mentorfinder.present.rules import whole_percent
from mentorfinder.scoring.mentor import mentor_profile
from mentorfinder.workshop.programme_records import MAX_CONTACT, MAX_NAME, MENTOR_CODE, Mentor
from mentorfinder.workshop.programme_store import ProgrammeStore

from . import nav, state, state_programme
from .programme import attempt, mentor_link
from .text import escape
from .workshop import FAILED

WRONG_LINK = _("This is a participants' link. Mentors join with the mentors' link from the coordinator.")
KEEP_LINK = _(
    "**Keep this private link** (bookmark it or e-mail it to yourself): it is the only way to change your answers "
    "or leave the programme later. Anyone with it can change your details."
)


def page(content: Content, code: str, token: str | None) -> None:
    """The mentor's page: the questionnaire (new, or theirs to update), their profile and private link."""
    spoken = state.language()
    info = attempt(ProgrammeStore.info, code)
    if info is FAILED:
        return
    st.title(escape(info.title), anchor=False)
    if info.role != MENTOR_CODE:
        st.error(_(WRONG_LINK, spoken), icon=":material/error:")
        return
    mine = None if token is None else attempt(ProgrammeStore.own_mentor, code, token)
    if mine is FAILED:
        return
    if mine is not None:
        profile_ui(content, mine)
        st.markdown(_(KEEP_LINK, spoken))
        st.code(mentor_link(code, token), language=None, wrap_lines=True)
        st.button(_("Leave the programme", spoken), icon=":material/logout:", on_click=leave, args=(code, token))
    st.header(_("Your answers", spoken) if mine else _("Your mentoring offer", spoken), anchor=False)
    form_ui(code, token, mine)


def leave(code: str, token: str) -> None:
    """Leave as a mentor: their details, requests and pairs are removed now."""
    if attempt(ProgrammeStore.leave_as_mentor, code, token) is not FAILED:
        state_programme.set_mentoring(None)


def profile_ui(content: Content, mentor: Mentor) -> None:
    """The archetypes this mentor is most like, each with a percent and reasons."""
    spoken = state.language()
    st.header(_("Your mentor profile", spoken), anchor=False)
    st.write(_("The kinds of mentor you are most like, as participants' answers are matched:", spoken))
    for like in mentor_profile(content, mentor, spoken):
        st.markdown(f"**{escape(like.name)}** · {whole_percent(like.percent, spoken)}")
        st.markdown("\n".join(f"- {escape(reason)}" for reason in like.reasons))


def form_ui(code: str, token: str | None, mine: Mentor | None) -> None:
    """Name, consent to show it, contact, and every question shown for the answers so far; sent by the button.

    Not an st.form: a question shown only after some answers ("one-off too" after how long) appears or goes as
    soon as that answer changes, as the participant wizard's questions do (a form would wait for its submit)."""
    spoken, form = state.language(), mentor_form()
    before = (mine.answers if mine else {}).get(form.id, {})
    st.write(translate(form.description, spoken, form.default_language))
    nav.link(nav.PRIVACY, _("Privacy: what is stored, and for how long", spoken))
    name = st.text_input(_("Your name", spoken), value=mine.name if mine else "", max_chars=MAX_NAME)
    shown = st.checkbox(
        _("Show my name to participants (otherwise they see a number until you are paired)", spoken),
        value=mine.show_name if mine else True,
    )
    contact = st.text_input(
        _("How your mentee can reach you (e-mail or phone)", spoken),
        value=mine.contact if mine else "",
        max_chars=MAX_CONTACT,
        help=_("Only the coordinator and the participant paired with you see it.", spoken),
    )
    answers: dict[str, Any] = {}
    for step in form.steps:  # the questionnaire's own parts, each under its title
        st.subheader(translate(step.title, spoken, form.default_language), anchor=False)
        for question in step.questions:
            # the answers given above decide, as in the wizard: an earlier question always comes first
            if condition_holds(question.show_if, visible_answers(form, answers)):
                answers[question.id] = question_ui(form, question, before.get(question.id), spoken)
    label = _("Save my answers", spoken) if mine else _("Join as a mentor", spoken)
    if st.button(label, type="primary", icon=":material/check:", key="mentor-send"):
        send(code, token, name, shown, contact, answers)


def send(code: str, token: str | None, name: str, shown: bool, contact: str, answers: dict) -> None:
    """Check the answers as an answers file is checked, then join (or update); each problem is shown, never raised."""
    spoken, form = state.language(), mentor_form()
    given = visible_answers(form, {k: v for k, v in answers.items() if v not in (None, "", [])})
    if not name.strip() or not contact.strip():
        st.error(_("Give your name and how your mentee can reach you.", spoken), icon=":material/error:")
        return
    try:
        mentor = mentor_from_answers(form, "new", name.strip(), shown, contact.strip(), given)
    except ContentError as err:
        st.error("\n".join(f"- {p.message_in(spoken)}" for p in err.problems), icon=":material/error:")
        return
    fields = {"name": mentor.name, "show_name": shown, "contact": mentor.contact}
    fields |= {"capacity": mentor.capacity, "answers": mentor.answers}
    if token is None:
        new = attempt(ProgrammeStore.add_mentor, code, **fields)
        if new is not FAILED:
            state_programme.set_mentoring(code, new.token)
            st.rerun()
    elif attempt(ProgrammeStore.update_mentor, code, token, **fields) is not FAILED:
        st.success(_("Saved: participants' shortlists use your new answers.", spoken), icon=":material/check_circle:")


def question_ui(form: Questionnaire, question: Question, before: Any, language: str) -> Any:
    """One question as a plain widget, filled with the earlier answer; its value."""
    say = lambda text: translate(text, language, form.default_language)  # noqa: E731
    label, key = say(question.prompt), f"mentor:{question.id}"
    if not question.required:
        label = _("%(prompt)s (optional)", language) % {"prompt": label}
    options = {o.id: say(o.label) for o in question.options}
    if question.type == "ranking":
        label += " " + _("(choose %(count)s, in order)", language) % {"count": question.top}
        kept = [v for v in before or [] if v in options]
        choose = _("Choose…", language)
        return st.multiselect(label, list(options), kept, options.get, key=key, placeholder=choose)
    if question.type == "single":
        index = list(options).index(before) if before in options else None
        return st.radio(label, list(options), index, options.get, key=key)
    if question.type == "likert":
        scale = form.scale_of(question)
        points = {p: say(scale.labels[p]) if p in scale.labels else str(p) for p in range(scale.min, scale.max + 1)}
        index = list(points).index(before) if before in points else None
        return st.radio(label, list(points), index, points.get, key=key, horizontal=True)
    if question.type == "number":
        low, high = int(question.min), int(question.max)
        if question.id == CAPACITY_QUESTION:
            label += " " + _("(%(low)s to %(high)s)", language) % {"low": low, "high": high}
        return st.number_input(label, low, high, before if isinstance(before, int) else None, 1, key=key)
    return st.text_input(label, before or "", max_chars=question.max_length, key=key)

"""A participant's way into a mentoring programme: its link on the welcome page, what it means, and leaving."""

from __future__ import annotations

import streamlit as st

from mentorfinder import workshop as stores  # stores.ProgrammeStore: SQLAlchemy is imported on its first use
from mentorfinder.i18n.catalogue import _
from mentorfinder.workshop.codes import browser_token
from mentorfinder.workshop.programme_records import PARTICIPANT_CODE

from . import state, state_programme
from .programme import attempt
from .text import escape
from .workshop import FAILED
from .workshop_join import remember_in_browser

MENTORS_LINK = _("This is a mentors' link. Participants join with the participants' link from the coordinator.")
INSIDE = _(
    "You are in the mentoring programme **%(title)s**. Answer the questions as usual: on your matches page you "
    "see the programme's real mentors that fit you, and your answers are sent to the programme so you can be "
    "paired (the Privacy page says what is kept and who sees it)."
)


def join_from_link() -> None:
    """Join the programme a participants' QR code or link names (`?programme=CODE`); the code leaves the address."""
    code = state_programme.take_join_code()
    if code is None:
        return
    info = attempt(stores.ProgrammeStore.info, code)
    if info is FAILED:
        return
    if info.role != PARTICIPANT_CODE:
        st.error(_(MENTORS_LINK, state.language()), icon=":material/error:")
        return
    before = state_programme.joined()
    if before is None or before[0] != info.code:
        state_programme.set_joined(info.code, None)
        st.rerun()  # the address gets the programme, so a refresh keeps it


def welcome_ui() -> None:
    """The welcome page's programme part: the programme joined, and a way to leave it."""
    join_from_link()
    current = state_programme.joined()
    if current is None:
        return
    code, token = current
    spoken = state.language()
    if token:
        remember_in_browser(browser_token(code, token), state.PROGRAMME_COOKIE)  # renewed on each visit
    info = attempt(stores.ProgrammeStore.info, code)
    title = _("this programme", spoken) if info is FAILED else escape(info.title)
    st.success(_(INSIDE, spoken) % {"title": title}, icon=":material/handshake:")
    st.button(_("Leave the mentoring programme", spoken), icon=":material/logout:", on_click=leave)


def leave() -> None:
    """Leave the programme: the store deletes this participant's answers, request and pair now (once sent)."""
    current = state_programme.joined()
    if current and current[1] and attempt(stores.ProgrammeStore.leave, *current) is FAILED:
        return
    state_programme.set_left()

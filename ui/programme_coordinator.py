"""The coordinator's page: create a programme, its links and key shown once, then the running programme."""

from __future__ import annotations

import streamlit as st

from mentorfinder.content.load import Content
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.dates import moment_words
from mentorfinder.workshop.programme_records import (
    COORDINATOR_PAIRS,
    DEFAULT_DAYS,
    MAX_DAYS,
    PARTICIPANTS_REQUEST,
    NewProgramme,
)
from mentorfinder.workshop.programme_store import ProgrammeStore

from . import state, state_programme
from .programme import attempt, coordinator_link, mentor_link, participant_link
from .programme_pairing import pairing_ui
from .programme_roster import people_ui
from .text import escape
from .workshop import FAILED, qr_png, shown_code

DEFAULT_FLOOR = 40  # percent: no pair below this unless the coordinator says otherwise
KEEP_KEY = _(
    "**Save your coordinator link now — it is shown only once.** It is the only way to come back to this programme: "
    "to import mentors, pair everyone, download the pairs or delete the programme. Keep it private: anyone with it "
    "sees every mentor's contact details and can delete the programme."
)
MODES = {
    COORDINATOR_PAIRS: _("I pair everyone (a fair pairing of everyone who opts in)"),
    PARTICIPANTS_REQUEST: _("Participants request a mentor from their shortlist, within each mentor's places"),
}


def page(content: Content) -> None:
    """The whole coordinator page: the form, the new programme's links and key, or the running programme."""
    running, new = state_programme.coordinated(), state_programme.new_programme()
    if running is None:
        create_form()
    elif new is not None and new.participant_code == running[0]:
        created(new)
    else:
        coordinate(*running, content)


def create_form() -> None:
    """Title, matching mode, floor and expiry; creating keeps the code and key in this session."""
    spoken = state.language()
    st.title(_("Run a mentoring programme", spoken))
    st.write(
        _(
            "For a career centre or an organisation with real mentors: mentors join with one link and fill in a "
            "short mentor questionnaire (or you import them from a CSV file), participants join with another and "
            "answer the usual questions, and each participant sees a shortlist of your mentors. Then you pair "
            "everyone, or participants request a mentor. Running one already? Open your coordinator link.",
            spoken,
        )
    )
    with st.form("create-programme"):
        title = st.text_input(_("Programme title", spoken), max_chars=80, placeholder=_("Alumni mentoring", spoken))
        mode = st.radio(_("Who chooses the pairs?", spoken), list(MODES), format_func=lambda m: _(MODES[m], spoken))
        floor = st.number_input(_("No pair below this fit (percent)", spoken), 0, 100, DEFAULT_FLOOR, step=5)
        days = st.number_input(_("Delete everything after (days)", spoken), 1, MAX_DAYS, DEFAULT_DAYS, step=1)
        if not st.form_submit_button(_("Create the programme", spoken), type="primary", icon=":material/add:"):
            return
    if not title.strip():
        st.error(_("Give the programme a title, so people know they joined the right one.", spoken))
        return
    new = attempt(ProgrammeStore.create, title.strip(), mode, int(floor), int(days))
    if new is not FAILED:
        state_programme.set_created(new)
        st.rerun()


def links_ui(mentor_code: str, participant_code: str) -> None:
    """The two join links, each with its code and QR code, side by side (one above the other on a phone)."""
    spoken = state.language()
    for column, (head, link, code) in zip(
        st.columns(2),
        (
            (_("For mentors", spoken), mentor_link(mentor_code), mentor_code),
            (_("For participants", spoken), participant_link(participant_code), participant_code),
        ),
        strict=True,
    ):
        with column:
            st.subheader(head, anchor=False)
            st.image(qr_png(link, 240), caption=_("Scan to join", spoken))
            st.markdown(_("Code **%(code)s**", spoken) % {"code": shown_code(code)})
            st.code(link, language=None, wrap_lines=True)


def created(new: NewProgramme) -> None:
    """The new programme: both join links and QR codes, and the coordinator's link with its key, once."""
    spoken = state.language()
    st.title(escape(new.title), anchor=False)  # outside text: drawn as text, never as markdown
    links_ui(new.mentor_code, new.participant_code)
    st.divider()
    st.subheader(_("Your coordinator link", spoken), anchor=False)
    st.warning(_(KEEP_KEY, spoken), icon=":material/warning:")
    st.code(coordinator_link(new.participant_code, new.key, new.mentor_code), language=None, wrap_lines=True)
    deleted = _("The programme and everything in it are deleted on %(when)s, or earlier if you delete it.", spoken)
    st.caption(deleted % {"when": moment_words(new.expires_at, spoken)})
    if st.button(_("I have saved my link: open the programme", spoken), type="primary", icon=":material/key:"):
        state_programme.dismiss_new_programme()
        st.rerun()


def coordinate(code: str, key: str, mentor_code: str | None, content: Content) -> None:
    """The running programme: its links, mentors and participants, the pairing, and delete."""
    spoken = state.language()
    info = attempt(ProgrammeStore.info, code)
    if info is FAILED:
        st.button(_("Create a new programme instead", spoken), on_click=state_programme.stop_coordinating)
        return
    st.title(escape(info.title), anchor=False)
    how = MODES[info.mode]
    st.caption(_("%(mode)s · no pair below %(floor)s%%", spoken) % {"mode": _(how, spoken), "floor": info.floor})
    st.caption(_("Deleted on %(when)s.", spoken) % {"when": moment_words(info.expires_at, spoken)})
    with st.expander(_("Join links and QR codes", spoken), icon=":material/qr_code:"):
        if mentor_code:
            links_ui(mentor_code, code)
        else:  # an older link without the mentors' code
            st.markdown(_("Participants join at `%(link)s`.", spoken) % {"link": participant_link(code)})
    people = people_ui(code, key)
    if people is None:  # a wrong key (an old or mistyped link): the store's sentence is shown above
        st.button(_("Create a new programme instead", spoken), on_click=state_programme.stop_coordinating)
        return
    pairing_ui(code, key, info, content, *people)
    delete_ui(code, key)


def delete_ui(code: str, key: str) -> None:
    """Delete the programme, asked first."""
    spoken = state.language()
    st.divider()
    if not state_programme.delete_asked():
        st.button(_("Delete the programme", spoken), icon=":material/delete:", on_click=state_programme.ask_delete)
        return
    st.warning(_("Delete this programme, its mentors, participants and pairs? This cannot be undone.", spoken))
    yes, no = st.columns(2)
    if yes.button(_("Yes, delete everything", spoken), type="primary", icon=":material/delete_forever:"):
        if attempt(ProgrammeStore.delete, code, key) is not FAILED:
            state_programme.stop_coordinating()
            st.rerun()
    no.button(_("Cancel", spoken), on_click=state_programme.cancel_delete)

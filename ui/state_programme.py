"""Session state of mentoring programmes: who this session is in a programme (participant, mentor or coordinator).

State lives in ui/state.py and ui/state_*.py, and nowhere else: only they read or write st.session_state and
st.query_params (tests/core/test_state_access.py). This module holds the programme's part: the participant's code
and token (the token in a cookie of this browser, never in the address), the mentor's code and token, the
coordinator's code and key, and what was last sent or paired. Keys come from ui/keys.py.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from mentorfinder.workshop.codes import participant_from
from mentorfinder.workshop.programme_records import NewProgramme

from .keys import (
    CONFIRM_PROGRAMME_DELETE,
    COORDINATED,
    MENTORING,
    NEW_PROGRAMME,
    PAIRING,
    PROGRAMME,
    PROGRAMME_COOKIE,
    REFUSED,
    SENT,
    SYNC_REFUSED,
    URL_COORDINATE,
    URL_JOIN_PROGRAMME,
    URL_MCODE,
    URL_MENTOR,
    URL_MTOKEN,
    URL_PKEY,
    URL_PROGRAMME,
)


def init_programme(shown: dict[str, str]) -> None:
    """A participant's programme (token from the cookie), a coordinator's or a mentor's link, from the address
    `shown`."""
    if PROGRAMME not in st.session_state:  # read once, like a workshop's (the cookie costs more than the rest)
        code = shown.get(URL_PROGRAMME)
        token = participant_from(st.context.cookies.get(PROGRAMME_COOKIE), code) if code else None
        st.session_state[PROGRAMME] = (code, token) if code else None
    running = (shown.get(URL_COORDINATE), shown.get(URL_PKEY))
    mentors = shown.get(URL_MCODE) or None
    st.session_state.setdefault(COORDINATED, (*running, mentors) if all(running) else None)
    mentor = shown.get(URL_MENTOR)
    if mentor:  # a mentor's join link, or their private link (with their token)
        st.session_state[MENTORING] = (mentor, shown.get(URL_MTOKEN) or None)


def programme_url() -> dict[str, str]:
    """The programme part of the address: the participant's programme code only (never a key or a token)."""
    joined = st.session_state.get(PROGRAMME) or ("",)
    return {URL_PROGRAMME: joined[0], URL_COORDINATE: "", URL_MCODE: "", URL_PKEY: "", URL_MENTOR: "", URL_MTOKEN: ""}


def take_join_code() -> str | None:
    """The code a participants' QR code or link names (`?programme=CODE`), taken out of the address."""
    code = st.query_params.get(URL_JOIN_PROGRAMME)
    if code is not None:
        del st.query_params[URL_JOIN_PROGRAMME]
    return code


# ---- the participant ---------------------------------------------------------------------------------------
def joined() -> tuple[str, str | None] | None:
    """(participant code, token or None before their answers are sent) of the programme joined, else None."""
    return st.session_state.get(PROGRAMME)


def set_joined(code: str, token: str | None) -> None:
    """This person is in a programme (token None until their answers are sent)."""
    if (st.session_state.get(PROGRAMME) or ("",))[0] != code:
        st.session_state.pop(SENT, None)
        st.session_state.pop(SYNC_REFUSED, None)
    st.session_state[PROGRAMME] = (code, token)


def set_left() -> None:
    """This person left the programme on this device."""
    st.session_state[PROGRAMME] = None
    st.session_state.pop(SENT, None)
    st.session_state.pop(SYNC_REFUSED, None)


def sent() -> tuple[Any, bool] | None:
    """(answers, opted in) as last sent to the programme in this session, else None."""
    return st.session_state.get(SENT)


def set_sent(answers: Any, opted_in: bool) -> None:
    """Remember what the programme holds now (sent again only when it changes)."""
    st.session_state[SENT] = (answers, opted_in)


def sync_refused() -> bool:
    """The programme refused this participant's answers in this session (its sentence was shown once)."""
    return bool(st.session_state.get(SYNC_REFUSED))


def set_sync_refused() -> None:
    """Remember the refusal: the answers are not sent again on every run, nor the same error shown on every page."""
    st.session_state[SYNC_REFUSED] = True


def set_refused(mentor_id: str, why: str) -> None:
    """A Request was refused (a place taken by someone else in the meantime): said once, in that mentor's card."""
    st.session_state[REFUSED] = (mentor_id, why)


def take_refused(mentor_id: str) -> str | None:
    """Why a Request for this mentor was just refused (then forgotten), else None."""
    refused = st.session_state.get(REFUSED)
    if refused is None or refused[0] != mentor_id:
        return None
    del st.session_state[REFUSED]
    return refused[1]


# ---- the mentor --------------------------------------------------------------------------------------------
def mentoring() -> tuple[str, str | None] | None:
    """(mentor code, token or None before they join) when this session is a mentor's, else None."""
    return st.session_state.get(MENTORING)


def set_mentoring(code: str | None, token: str | None = None) -> None:
    """This session is a mentor's of programme `code` (None: no longer)."""
    st.session_state[MENTORING] = (code, token) if code else None


# ---- the coordinator ---------------------------------------------------------------------------------------
def coordinated() -> tuple[str, str, str | None] | None:
    """(participant code, key, mentor code or None) of the programme this session runs, else None."""
    return st.session_state.get(COORDINATED)


def set_created(new: NewProgramme) -> None:
    """This session runs the programme it just created; its key and links are shown once, until dismissed."""
    st.session_state[COORDINATED] = (new.participant_code, new.key, new.mentor_code)
    st.session_state[NEW_PROGRAMME] = new


def new_programme() -> NewProgramme | None:
    """The programme just created, while its key and links are still shown."""
    return st.session_state.get(NEW_PROGRAMME)


def dismiss_new_programme() -> None:
    """The coordinator saved their link: the key is not shown again."""
    st.session_state.pop(NEW_PROGRAMME, None)


def stop_coordinating() -> None:
    """This session no longer runs a programme (the programme itself is untouched)."""
    for key in (COORDINATED, NEW_PROGRAMME, PAIRING, CONFIRM_PROGRAMME_DELETE):
        st.session_state.pop(key, None)
    st.session_state[COORDINATED] = None


def pairing() -> Any:
    """(code, Pairing, {mentor id: Mentor}) the coordinator made last in this session, else None."""
    return st.session_state.get(PAIRING)


def set_pairing(value: Any) -> None:
    """Remember the pairing just made (shown, saved and downloaded from here)."""
    st.session_state[PAIRING] = value


def delete_asked() -> bool:
    """Whether Delete was tapped once and waits for Yes or Cancel."""
    return bool(st.session_state.get(CONFIRM_PROGRAMME_DELETE))


def ask_delete() -> None:
    """Delete was tapped: ask before deleting."""
    st.session_state[CONFIRM_PROGRAMME_DELETE] = True


def cancel_delete() -> None:
    """Delete was cancelled."""
    st.session_state.pop(CONFIRM_PROGRAMME_DELETE, None)

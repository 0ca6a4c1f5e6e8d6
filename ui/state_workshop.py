"""Session state of workshop mode: who this session is in a workshop (participant or facilitator), and what it has told.

State lives in ui/state.py and ui/state_*.py, and nowhere else: only they read or write st.session_state and
st.query_params (tests/core/test_state_access.py). ui/state.py holds the person's answers, step, settings and the
address; this module the workshop's part; ui/state_page.py widget values and one-off page flags. Keys come from
ui/keys.py; pages name them through `state.`.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from mentorfinder.workshop import NewWorkshop
from mentorfinder.workshop.codes import participant_from
from mentorfinder.workshop.guesses import SESSION_GUESSES, Guesses

from .keys import (
    CONFIRM_DELETE,
    COOKIE,
    FACILITATED,
    FINISHED,
    GUARD,
    JOIN_CODE,
    LEFT,
    NEW_WORKSHOP,
    ROOM,
    SHARE_NOTICE,
    SHARED,
    URL_FACILITATED,
    URL_JOIN,
    URL_KEY,
    URL_PARTICIPANT,
    URL_ROOM,
    URL_WORKSHOP,
    WORKSHOP,
)


def init_workshop(shown: dict[str, str]) -> None:
    """A participant's workshop and id, and a facilitator's code and key, from the address `shown` (once per
    session)."""
    if WORKSHOP not in st.session_state:  # read once: the cookies cost more than the rest of a rerun's state
        code = shown.get(URL_WORKSHOP)  # the id comes from this browser's cookie, never from the address
        joined = (code, participant_from(st.context.cookies.get(COOKIE), code))
        st.session_state[WORKSHOP] = joined if all(joined) else None
    running = (shown.get(URL_FACILITATED), shown.get(URL_KEY))
    st.session_state.setdefault(FACILITATED, running if all(running) else None)
    st.session_state.setdefault(ROOM, running[0] if all(running) else shown.get(URL_ROOM))


def workshop_url() -> dict[str, str]:
    """The workshop part of the address: the participant's code (never their id: an old link's `p` goes), the
    projected room's code; never the facilitator's key."""
    joined = st.session_state.get(WORKSHOP) or ("",)
    room = (st.session_state.get(FACILITATED) or (st.session_state.get(ROOM) or "",))[0]
    return {URL_WORKSHOP: joined[0], URL_PARTICIPANT: "", URL_FACILITATED: "", URL_KEY: "", URL_ROOM: room}


def guard() -> tuple[Guesses, set[tuple]]:
    """This session's count of wrong workshop codes and keys, and the (code, key or id) pairs that worked."""
    return st.session_state.setdefault(GUARD, (Guesses(SESSION_GUESSES), set()))


# ---- the participant ---------------------------------------------------------------------------------------
def joined() -> tuple[str, str] | None:
    """(workshop code, participant id) when this person joined a workshop, else None."""
    return st.session_state.get(WORKSHOP)


def set_joined(code: str, participant: str) -> None:
    """This person joined a workshop: what was shared or marked finished belonged to an earlier one."""
    st.session_state[WORKSHOP] = (code, participant)
    st.session_state.pop(SHARED, None)
    st.session_state.pop(FINISHED, None)


def set_left() -> None:
    """This person left the workshop on this device; the next run tells the browser to forget its cookie."""
    st.session_state[WORKSHOP] = None
    st.session_state[LEFT] = True
    st.session_state.pop(SHARED, None)


def pop_left() -> bool:
    """Whether the person has just left (said once: the browser forgets its cookie once)."""
    return st.session_state.pop(LEFT, False)


def take_join_code() -> str | None:
    """The code a QR code's or join link's `?join=` names, taken out of the address (None: the address has none)."""
    code = st.query_params.get(URL_JOIN)
    if code is not None:
        del st.query_params[URL_JOIN]
    return code


def typed_join_code() -> str:
    """What the welcome page's "workshop code" box holds ("" before anything is typed)."""
    return st.session_state.get(JOIN_CODE) or ""


def finished_as() -> str | None:
    """The participant id already marked finished in this session (None: not yet)."""
    return st.session_state.get(FINISHED)


def set_finished(participant: str) -> None:
    """Remember that the store knows this participant finished (asked once per session, not per rerun)."""
    st.session_state[FINISHED] = participant


def shared_known() -> bool:
    """Whether this session has asked the store what the participant shared (a reload or new tab has not)."""
    return SHARED in st.session_state


def shared() -> Any:
    """What this participant has shared, as the store keeps it (None: nothing)."""
    return st.session_state.get(SHARED)


def set_shared(value: Any, notice: str | None = None) -> None:
    """Remember what is shared now; `notice` ("shared" or "withdrawn") is said once after the next rerun."""
    st.session_state[SHARED] = value
    if notice is not None:
        st.session_state[SHARE_NOTICE] = notice


def pop_share_notice() -> str | None:
    """The notice set with the last share or withdrawal, if any (said once)."""
    return st.session_state.pop(SHARE_NOTICE, None)


# ---- the facilitator ---------------------------------------------------------------------------------------
def facilitated() -> tuple[str, str] | None:
    """(code, key) of the workshop this session runs, else None."""
    return st.session_state.get(FACILITATED)


def set_created(new: NewWorkshop) -> None:
    """This session runs the workshop it just created; its links are shown once, until dismissed."""
    st.session_state[FACILITATED] = (new.code, new.key)
    st.session_state[NEW_WORKSHOP] = new


def new_workshop() -> NewWorkshop | None:
    """The workshop just created, while its links are still shown."""
    return st.session_state.get(NEW_WORKSHOP)


def dismiss_new_workshop() -> None:
    """The facilitator saved their link: the new workshop's links are not shown again."""
    st.session_state.pop(NEW_WORKSHOP, None)


def room() -> str | None:
    """The code of the workshop this tab projects (kept so a reload knows the room), else None."""
    return st.session_state.get(ROOM)


def stop_facilitating() -> None:
    """This session no longer runs or projects a workshop (the workshop itself is untouched)."""
    st.session_state[ROOM] = None
    st.session_state[FACILITATED] = None
    st.session_state.pop(NEW_WORKSHOP, None)
    st.session_state.pop(CONFIRM_DELETE, None)


def delete_asked() -> bool:
    """Whether Delete was tapped once and waits for Yes or Cancel."""
    return bool(st.session_state.get(CONFIRM_DELETE))


def ask_delete() -> None:
    """Delete was tapped: ask before deleting."""
    st.session_state[CONFIRM_DELETE] = True


def cancel_delete() -> None:
    """Delete was cancelled."""
    st.session_state.pop(CONFIRM_DELETE, None)

"""A participant's side of a workshop: joining by link or typed code, marking finished, sharing and withdrawing."""

from __future__ import annotations

import json

import streamlit as st

from mentorfinder import workshop as stores  # stores.WorkshopStore: SQLAlchemy is imported on its first use
from mentorfinder.evaluate import Result
from mentorfinder.i18n.catalogue import _
from mentorfinder.workshop import MIN_SHARED, SMALL_CELL, SharedResult
from mentorfinder.workshop.codes import browser_token
from mentorfinder.workshop.records import MAX_DAYS
from mentorfinder.workshop.shared import MAX_TOP, stored

from . import state, state_workshop
from .state_workshop import joined
from .text import escape
from .workshop import FAILED, attempt, shown_code

ALONE = _("You can still use Mentor Finder on your own: answer the questions as usual. Nothing is shared.")
WHAT_IS_SHARED = _(
    "If you choose to share, the group's anonymous picture gets exactly this, and nothing else:\n"
    "- for each need, style and time of your profile, which third of the scale you are in (low, middle or high), "
    "never the percent itself\n"
    "- the %(top)s kinds of mentor at the top of your list, as ranked on this page\n"
    "- the kinds of mentor in your network\n\n"
    "Never your name, your own words, your single answers, or anything about your device. The group's counts are "
    "shown to the whole room on the projector, only once at least %(least)s people have shared, and never a count "
    "of fewer than %(small)s people."
)


def join(code: str) -> bool:
    """Join a workshop as a new participant; the store's sentence is shown when it is unknown, locked or expired."""
    code, spoken = code.strip(), state.language()
    if not code:
        st.error(
            _("Type the workshop code shown on the screen, for example K7QX-M4RT.", spoken), icon=":material/error:"
        )
        return False
    info = attempt(stores.WorkshopStore.info, code)  # unknown: the store's sentence
    if info is not FAILED and (before := joined()) and before[0] == info.code:
        return True  # the same link opened again: still the same participant
    participant = (
        FAILED if info is FAILED else attempt(stores.WorkshopStore.join, code)
    )  # locked or expired: its sentence
    if info is FAILED or participant is FAILED:
        st.info(_(ALONE, spoken), icon=":material/person:")
        return False
    state_workshop.set_joined(info.code, participant)  # what was shared or finished belonged to an earlier workshop
    return True


def join_from_link() -> None:
    """Join the workshop a QR code or join link names (`?join=CODE`); the code then leaves the address."""
    code = state_workshop.take_join_code()
    if code is None:
        return
    before = joined()
    # A click made while the browser still showed `?join=` brings the code back once more: that is the same
    # participant, and rerunning then would swallow the click (Start, say), so only a new join reruns.
    if join(code) and joined() != before:
        st.rerun()  # the address gets the workshop, and the browser its cookie, so a refresh keeps them


def leave() -> None:
    """Leave the workshop on this device (what was shared stays until withdrawn or the workshop ends)."""
    state_workshop.set_left()


def remember_in_browser(token: str | None, cookie: str = state.COOKIE) -> None:
    """Keep the participant's id in this browser (a cookie; None: forget it), never in the address: a link the person
    passes on then holds their answers but not the id, so whoever gets it cannot replace or withdraw their share.
    `cookie`: the workshop's, or a mentoring programme's (state.PROGRAMME_COOKIE)."""
    kept = f"{cookie}={token}; max-age={MAX_DAYS * 86400}" if token else f"{cookie}=; max-age=0"
    script = f"document.cookie = {json.dumps(kept + '; path=/; SameSite=Strict')} + "
    script += "(location.protocol === 'https:' ? '; Secure' : '');"
    st.html(f"<script>{script}</script>", unsafe_allow_javascript=True)


def welcome_ui() -> None:
    """The welcome page's workshop part: the workshop joined, or a box to type a code."""
    join_from_link()
    spoken = state.language()
    if current := joined():
        remember_in_browser(browser_token(*current))  # each visit here renews it, so a refresh keeps the workshop
        info = attempt(stores.WorkshopStore.info, current[0])
        title = _("this workshop", spoken) if info is FAILED else escape(info.title)
        inside = _(
            "You are in the workshop **%(title)s** (code %(code)s). Answer the questions as usual; "
            "at the end you can choose to share an anonymous result with the group.",
            spoken,
        )
        st.success(inside % {"title": title, "code": shown_code(current[0])}, icon=":material/groups:")
        st.button(_("Leave the workshop", spoken), icon=":material/logout:", on_click=leave)
        return
    if state_workshop.pop_left():
        remember_in_browser(None)
    with st.form("join-workshop", border=True, enter_to_submit=True):
        st.text_input(_("In a workshop? Type the code shown on the screen", spoken), key=state.JOIN_CODE, max_chars=12)
        if st.form_submit_button(_("Join the workshop", spoken), icon=":material/groups:"):
            if join(state_workshop.typed_join_code()):
                st.rerun()


def mark_finished(code: str, participant: str) -> None:
    """Tell the store this participant reached their results (once per session, not on every rerun)."""
    if state_workshop.finished_as() != participant:
        if attempt(stores.WorkshopStore.mark_finished, code, participant) is not FAILED:
            state_workshop.set_finished(participant)


def share_ui(result: Result) -> None:
    """The opt-in: what is shared, a button to share (again, replacing the row) and one to withdraw."""
    current = joined()
    if not current:
        return
    code, participant = current
    mark_finished(code, participant)
    spoken = state.language()
    st.header(_("Share with your workshop", spoken), anchor=False)
    st.markdown(_(WHAT_IS_SHARED, spoken) % {"least": MIN_SHARED, "small": SMALL_CELL, "top": MAX_TOP})
    mine = stored(SharedResult.from_result(result)).to_json()  # compared as the store keeps it
    if not state_workshop.shared_known():  # first draw in this session (a reload, a new tab): ask the store once
        asked = attempt(stores.WorkshopStore.shared, code, participant)
        state_workshop.set_shared(None if asked is FAILED else asked)
    shared = state_workshop.shared()  # what this participant has shared, as stored, or None
    left, right = st.columns(2)
    first, again = (
        _("Share my anonymous result with the group", spoken),
        _("Share again with my current result", spoken),
    )
    if left.button(first if shared is None else again, type="primary", icon=":material/share:", key="workshop-share"):
        sent = attempt(stores.WorkshopStore.share, code, participant, SharedResult.from_result(result))
        _then(sent is not FAILED, mine, "shared")
    withdraw = shared is not None  # offered only once something is shared: there is nothing to withdraw before
    if withdraw and right.button(_("Withdraw my result", spoken), icon=":material/undo:", key="workshop-withdraw"):
        _then(attempt(stores.WorkshopStore.withdraw, code, participant) is not FAILED, None, "withdrawn")
    if state_workshop.pop_share_notice() == "withdrawn":
        withdrawn = _("Withdrawn: nothing of yours is in the group's picture now.", spoken)
        st.info(withdrawn, icon=":material/check_circle:")
    if shared is not None and shared == mine:
        done = _("Shared: the group's picture includes your anonymous result.", spoken)
        st.success(done, icon=":material/check_circle:")
    elif shared is not None:
        changed = _("Your result has changed since you shared it. Share again to update it.", spoken)
        st.warning(changed, icon=":material/sync:")


def _then(ok: bool, shared: dict | None, notice: str) -> None:
    """After sharing or withdrawing: remember it and draw the page again, so the buttons say what is next."""
    if ok:
        state_workshop.set_shared(shared, notice)
        st.rerun()

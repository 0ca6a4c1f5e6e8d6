"""The facilitator's page: create a workshop, its links shown once, the live projector view and the actions."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from mentorfinder.content.load import Content
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.dates import moment_words
from mentorfinder.workshop import DEFAULT_DAYS, NewWorkshop, WorkshopStore

from . import state, state_workshop
from .text import escape
from .workshop import FAILED, attempt, facilitator_link, join_link, shown_code, store
from .workshop_projector import join_panel, live_view, room_styles

MAX_DAYS = 90  # a workshop's data is kept no longer than this, whatever is typed
LOST_LINK = _(
    "**Save your facilitator link now — it is shown only once.** It is the only way to open the projector view "
    "again, lock, export or delete this workshop. If you lose it, the workshop can no longer be managed (it is "
    "deleted automatically when it expires). Keep it private: anyone with it can delete the workshop."
)


REOPEN = _("To show the group's picture again, open your saved facilitator link.")


def page(content: Content) -> None:
    """The whole facilitator page: the form, the new workshop's links, or the running workshop."""
    room_styles()
    running, new, room = state_workshop.facilitated(), state_workshop.new_workshop(), state_workshop.room()
    if running is None and room:
        reloaded(room)  # a projector reloaded: the room sees how to join, not the form
    elif running is None:
        create_form()
    elif new is not None and new.code == running[0]:
        created(new)
    else:
        facilitate(*running, content)


def create_form() -> None:
    """Title and expiry; creating keeps the code and key in this session (and its address)."""
    spoken = state.language()
    st.title(_("Run a workshop", spoken))
    st.write(
        _(
            "Create a workshop for a room: participants join on their phones with a code or a QR code, answer the "
            "questions on their own, and may share an anonymous result. The projector shows the group's picture "
            "once 3 people have shared. Running one already? Open your facilitator link.",
            spoken,
        )
    )
    with st.form("create-workshop"):
        example = _("Career centre, mentoring session", spoken)
        title = st.text_input(_("Workshop title", spoken), max_chars=80, placeholder=example)
        days = st.number_input(_("Delete everything after (days)", spoken), 1, MAX_DAYS, DEFAULT_DAYS, step=1)
        if not st.form_submit_button(_("Create the workshop", spoken), type="primary", icon=":material/add:"):
            return
    if not title.strip():
        st.error(_("Give the workshop a title, so participants know they joined the right one.", spoken))
        return
    new = attempt(WorkshopStore.create, title.strip(), int(days))
    if new is not FAILED:
        state_workshop.set_created(new)
        st.rerun()


def created(new: NewWorkshop) -> None:
    """The new workshop: the join code, link and QR for the room, and the facilitator's link, once."""
    spoken = state.language()
    st.title(escape(new.title), anchor=False)  # outside text: drawn as text, never as markdown (issue 19)
    join_panel(new.code)
    st.divider()
    st.subheader(_("Your facilitator link", spoken), anchor=False)
    st.warning(_(LOST_LINK, spoken), icon=":material/warning:")
    with st.expander(_("Show my facilitator link (not on the projector)", spoken), icon=":material/key:"):
        st.code(facilitator_link(new.code, new.key), language=None, wrap_lines=True)
    deleted = _(
        "The workshop and everything shared in it are deleted on %(when)s, or earlier if you delete it.", spoken
    )
    st.caption(deleted % {"when": moment_words(new.expires_at, spoken)})
    saved = _("I have saved my link: open the projector view", spoken)
    if st.button(saved, type="primary", icon=":material/slideshow:"):
        state_workshop.dismiss_new_workshop()
        st.rerun()


def facilitate(code: str, key: str, content: Content) -> None:
    """The projector view, then the facilitator's actions; a wrong key shows the store's sentence and nothing else."""
    view = attempt(WorkshopStore.group, code, key)
    if view is FAILED:
        st.button(_("Create a new workshop instead", state.language()), on_click=forget)
        return
    live_view(code, key, content)
    with st.expander(_("Facilitator actions: join link, lock, export, delete", state.language())):
        actions(code, key, view.info.status, content)


def reloaded(code: str) -> None:
    """The projector view reloaded (its key left the address): the workshop's join panel, and how to open the view."""
    spoken = state.language()
    info = attempt(WorkshopStore.info, code)
    if info is not FAILED:
        st.title(escape(info.title))
        if info.status == "open":
            join_panel(code)
        st.info(_(REOPEN, spoken), icon=":material/key:")
    st.button(_("Create a new workshop instead", spoken), on_click=forget)


def forget() -> None:
    """Stop running a workshop in this session (the workshop itself is untouched)."""
    state_workshop.stop_facilitating()


def actions(code: str, key: str, status: str, content: Content) -> None:
    """Join link, lock or reopen, the aggregate as CSV and PDF, and delete (asked first)."""
    spoken = state.language()
    where = _("Participants join at `%(link)s` with the code **%(code)s**.", spoken)
    st.markdown(where % {"link": join_link(code), "code": shown_code(code)})
    lock, csv, pdf, delete = st.columns(4)
    if status == "locked":
        reopen = _("Reopen for joining", spoken)
        if lock.button(reopen, icon=":material/lock_open:"):
            if attempt(WorkshopStore.reopen, code, key) is not FAILED:
                st.rerun()
    elif lock.button(_("Lock: no one new joins", spoken), icon=":material/lock:"):
        if attempt(WorkshopStore.lock, code, key) is not FAILED:
            st.rerun()
    with csv:
        download(WorkshopStore.aggregate_csv, code, key, content, "CSV", "text/csv")
    with pdf:
        download(WorkshopStore.aggregate_pdf, code, key, content, "PDF", "application/pdf")
    if not state_workshop.delete_asked():
        if delete.button(_("Delete the workshop", spoken), icon=":material/delete:"):
            state_workshop.ask_delete()
            st.rerun()
        return
    st.warning(_("Delete this workshop and every result shared in it? This cannot be undone.", spoken))
    yes, no = st.columns(2)
    if yes.button(_("Yes, delete everything", spoken), type="primary", icon=":material/delete_forever:"):
        if attempt(WorkshopStore.delete, code, key) is not FAILED:
            forget()
            st.rerun()
    no.button(_("Cancel", spoken), on_click=state_workshop.cancel_delete)


Export = Callable[[WorkshopStore, str, str, Content, str], str | bytes]  # WorkshopStore.aggregate_csv or _pdf


def download(export: Export, code: str, key: str, content: Content, kind: str, mime: str) -> None:
    """A download of the aggregate, made only when the button is pressed (the store checks the key again).

    The click does not rerun the page: a rerun would replace this deferred download's file id and drop the one the
    browser is fetching, which then arrives after it is gone (a lost download, seen under load)."""
    name = f"workshop-{shown_code(code)}.{kind.lower()}"
    spoken = state.language()  # read now: Streamlit may call `data` outside this run
    data = lambda: export(store(), code, key, content, spoken)  # noqa: E731 - Streamlit calls it on the click
    label = _("Download %(kind)s", spoken) % {"kind": kind}
    st.download_button(label, data, name, mime, icon=":material/download:", key=f"ws-{kind}", on_click="ignore")

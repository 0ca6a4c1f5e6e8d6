"""The error boundary: any unexpected exception becomes an apology with a way to start again, never a traceback."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from contextvars import ContextVar
from datetime import timedelta
from typing import TypeVar
from urllib.parse import urlencode

import streamlit as st

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import encode_answers
from mentorfinder.i18n.catalogue import _

from . import state, state_page

log = logging.getLogger("mentorfinder.app")
SORRY = _("Sorry — something went wrong on our side. Your answers are kept.")
T = TypeVar("T")
# This run's boundary, [whether it apologised]: set by the outermost `guarded` of a run (the page's, or a fragment's
# in its own rerun), so a fragment's boundary inside the page's apologises at most once with it.
_APOLOGISED: ContextVar[list[bool] | None] = ContextVar("apologised", default=None)


def safe_callback(callback: Callable) -> Callable:
    """Wrap a widget callback, which Streamlit runs before the script and so outside `guarded`.

    A failure is logged and remembered; the run then draws the apology above the page as usual.
    """

    @functools.wraps(callback)
    def run(*args, **kwargs):
        try:
            return callback(*args, **kwargs)
        except Exception:  # noqa: BLE001 - st.switch_page/st.rerun are BaseExceptions and pass through
            log.exception("unexpected error in a widget callback; the person saw the apology")
            state_page.note_fault()

    return run


def guarded(body: Callable[[], T]) -> T | None:
    """Run the frame and the page (or a fragment's body); any unexpected exception becomes a friendly message.

    The details go to the server log only. Session state is left as it is, so the answers are kept, and
    the person is offered their link and their answers file to start again from. Returns what `body` returns
    (None when it failed). The apology is said once per run, however many guarded parts fail in it.
    """
    outer = _APOLOGISED.get()
    token = _APOLOGISED.set([False]) if outer is None else None
    try:
        if state_page.pop_fault():
            _apologise_once()
        try:
            return body()
        except Exception:  # noqa: BLE001 - st.stop/st.rerun/switch_page are BaseExceptions and pass through
            log.exception("unexpected error while drawing a page; the person saw the apology")
            _apologise_once()
            return None
    finally:
        if token is not None:
            _APOLOGISED.reset(token)


def guarded_fragment(
    body: Callable[..., T] | None = None, *, run_every: timedelta | None = None
) -> Callable[..., T | None]:
    """@st.fragment with the boundary inside it: `@guarded_fragment` or `@guarded_fragment(run_every=...)`.

    A fragment reruns on its own, outside the page's `guarded`, and Streamlit handles an exception raised in a
    fragment itself (its English error box, even in a page run) before the page's boundary sees it: so the
    boundary goes inside the fragment, around its body.
    """

    def make(body: Callable[..., T]) -> Callable[..., T | None]:
        @functools.wraps(body)  # the same name and module: Streamlit's fragment id is made from them
        def inside(*args, **kwargs) -> T | None:
            return guarded(functools.partial(body, *args, **kwargs))

        return st.fragment(inside, run_every=run_every)

    return make(body) if body is not None else make


def _apologise_once() -> None:
    """The apology, unless this run's boundary has said it already (its buttons twice would clash)."""
    said = _APOLOGISED.get()  # set: only `guarded` calls this
    if not said[0]:
        said[0] = True
        apology()


def apology() -> None:
    """The friendly message: answers kept, reload, or start again from the link or the answers file."""
    spoken = state.language()
    st.error(_(SORRY, spoken), icon=":material/sentiment_dissatisfied:")
    st.write(
        _(
            "Reload this page: your answers are in its address. If that does not help, start again from "
            "your link below, or download your answers file and open it on the welcome page.",
            spoken,
        )
    )
    _offer(lambda: st.link_button(_("Start again from your link", spoken), _restart_link(), icon=":material/link:"))
    _offer(
        lambda: st.download_button(
            _("Download your answers (JSON)", spoken),
            dump_answers(state.answers(), spoken).encode("utf-8"),
            "mentor-finder-answers.json",
            "application/json",
            icon=":material/save:",
        )
    )


def _restart_link() -> str:
    """The welcome page with this session's answers (the address's own answers if those fail) and language."""
    try:
        packed = encode_answers(state.answers())
    except Exception:  # noqa: BLE001 - answers that cannot be encoded: keep what the address already holds
        packed = state.address_answers()
    query = {state.URL_ANSWERS: packed} if packed else {}
    if state.language() != "en":  # the page to start again from speaks the language chosen
        query[state.URL_LANGUAGE] = state.language()
    return "welcome" + (f"?{urlencode(query)}" if query else "")


def _offer(draw: Callable[[], object]) -> None:
    """Draw one way out; if even that fails, log it and leave the apology standing."""
    try:
        draw()
    except Exception:  # noqa: BLE001 - the boundary itself must never show a traceback
        log.exception("could not offer a way to start again")

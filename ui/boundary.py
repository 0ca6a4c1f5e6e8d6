"""The error boundary: any unexpected exception becomes an apology with a way to start again, never a traceback."""

from __future__ import annotations

import functools
import logging
import sys
import traceback
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
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


@dataclass
class _Run:
    """What this run's boundary has said: the apology at most once, and whether its answers file is still owed."""

    apologised: bool = False
    file_owed: bool = False  # the apology left its answers file to the page's own, not drawn yet in this run
    page_offered: bool = False  # the page drew its own answers file in this run (answers_offered)
    slot: object = None  # where the apology's answers file goes if the page does not draw its own (st.empty)


@dataclass
class _Timed:
    """A timed part's run (a fragment with run_every): the faults it logged on its last run and those of this one."""

    name: str
    before: dict[str, int]  # {fault: the runs in a row it has happened in}
    now: dict[str, int] = field(default_factory=dict)


# This run's boundary: set by the outermost `guarded` of a run (the page's, or a fragment's in its own rerun), so a
# fragment's boundary inside the page's apologises at most once with it.
_RUN: ContextVar[_Run | None] = ContextVar("boundary_run", default=None)
# The timed part now running: a fault repeated on each of its refreshes is logged once, not every few seconds.
_TIMED: ContextVar[_Timed | None] = ContextVar("boundary_timed", default=None)


def safe_callback(callback: Callable) -> Callable:
    """Wrap a widget callback, which Streamlit runs before the script and so outside `guarded`.

    A failure is logged and remembered; the run then draws the apology above the page as usual.
    """

    @functools.wraps(callback)
    def run(*args, **kwargs):
        try:
            return callback(*args, **kwargs)
        except Exception:  # noqa: BLE001 - st.switch_page/st.rerun are BaseExceptions and pass through
            log_fault(log, "unexpected error in a widget callback; the person saw the apology")
            state_page.note_fault()

    return run


def guarded(body: Callable[[], T], *, answers_beside: bool = False) -> T | None:
    """Run the frame and the page (or a fragment's body); any unexpected exception becomes a friendly message.

    The details go to the server log only. Session state is left as it is, so the answers are kept, and
    the person is offered their link and their answers file to start again from. Returns what `body` returns
    (None when it failed). The apology is said once per run, however many guarded parts fail in it.
    `answers_beside`: the page draws its own answers file beside this part (`answers_offered`), so the apology
    does not offer a second; if the page's run ends without drawing it, the apology's is drawn at the end.
    """
    run = _RUN.get()
    outermost = run is None
    token = _RUN.set(run := _Run()) if outermost else None
    try:
        if state_page.pop_fault():
            _apologise_once(run, leave_file=False, outermost=outermost)
        try:
            value = body()
        except Exception:  # noqa: BLE001 - st.stop/st.rerun/switch_page are BaseExceptions and pass through
            log_fault(log, "unexpected error while drawing a page; the person saw the apology")
            _apologise_once(run, leave_file=answers_beside, outermost=outermost)
            value = None
        return value
    finally:  # also when the page stopped (st.stop) after the apology
        if outermost and run.file_owed and not run.page_offered:  # the page drew no answers file: the apology's
            _offer(_answers_file, run.slot)
        if token is not None:
            _RUN.reset(token)


def answers_offered() -> None:
    """The page has drawn its own answers file in this run: an apology in a part beside it need not offer one."""
    run = _RUN.get()
    if run is not None:
        run.page_offered = True


def guarded_fragment(
    body: Callable[..., T] | None = None, *, run_every: timedelta | None = None, answers_beside: bool = False
) -> Callable[..., T | None]:
    """@st.fragment with the boundary inside it: `@guarded_fragment` or `@guarded_fragment(run_every=...)`.

    A fragment reruns on its own, outside the page's `guarded`, and Streamlit handles an exception raised in a
    fragment itself (its English error box, even in a page run) before the page's boundary sees it: so the
    boundary goes inside the fragment, around its body. A timed fragment (`run_every`) that keeps failing keeps
    its apology on every refresh but logs each fault once while it repeats (the log is not a line every few
    seconds). `answers_beside`: the page draws its own answers file beside this fragment (see `guarded`).
    """

    def make(body: Callable[..., T]) -> Callable[..., T | None]:
        name = f"{body.__module__}.{body.__qualname__}"

        @functools.wraps(body)  # the same name and module: Streamlit's fragment id is made from them
        def inside(*args, **kwargs) -> T | None:
            part = functools.partial(body, *args, **kwargs)
            if run_every is None:
                return guarded(part, answers_beside=answers_beside)
            timed = _Timed(name, state_page.repeated_faults(name))
            token = _TIMED.set(timed)
            try:
                return guarded(part, answers_beside=answers_beside)
            finally:
                _TIMED.reset(token)
                _remember_repeats(timed)

        return st.fragment(inside, run_every=run_every)

    return make(body) if body is not None else make


def log_fault(logger: logging.Logger, message: str, *args: object) -> None:
    """`logger.exception(message, *args)` for the exception being handled, but once while it repeats in a timed part.

    A timed part reruns every few seconds, so a lasting fault there (a bug in its drawing, a database down) would
    log the same traceback every few seconds for as long as the page is open. A fault is told apart by its type,
    message and the line that raised it; it is logged again once the part has had a run without it.
    """
    timed, error = _TIMED.get(), sys.exc_info()[1]
    if timed is None or error is None:
        logger.exception(message, *args)
        return
    fault = _fault(error)
    timed.now[fault] = timed.before.get(fault, 0) + 1
    if fault not in timed.before:
        logger.exception(message + " (logged once while it repeats on the part's refreshes)", *args)


def _fault(error: BaseException) -> str:
    """The fault's identity: its type, its message and the line that raised it."""
    place = traceback.extract_tb(error.__traceback__)[-1:] or [None]
    where = f"{place[0].filename}:{place[0].lineno}" if place[0] else ""
    return f"{type(error).__qualname__}: {error} @ {where}"


def _remember_repeats(timed: _Timed) -> None:
    """Keep this run's faults for the part's next run; say when a repeated fault has stopped."""
    if not timed.now and not timed.before:  # nearly every refresh: nothing to write
        return
    for fault, runs in timed.before.items():
        if fault not in timed.now and runs > 1:
            log.info("a fault in %s stopped after %s runs in a row: %s", timed.name, runs, fault)
    state_page.keep_repeated_faults(timed.name, timed.now)


def _apologise_once(run: _Run, *, leave_file: bool, outermost: bool) -> None:
    """The apology, unless this run's boundary has said it already (its buttons twice would clash).

    Its answers file is not offered beside the page's own. `leave_file`: the fault is in a part beside the page's
    own answers file: in the part's own rerun the page around it (its file too) is on screen; in a page run the
    file is owed until the page draws its own (`answers_offered`), and the outermost boundary draws the apology's
    at the end if it never does. An apology of the outermost boundary that comes before the page has drawn its file
    (a failed callback's, at the top of the run) keeps the file's place empty and fills it at the end if need be.
    """
    if run.apologised:
        return
    run.apologised = True
    owed = not run.page_offered and (not leave_file if outermost else leave_file)
    run.file_owed = owed
    apology(offer_file=not leave_file and not owed and not run.page_offered)
    if owed and outermost:
        run.slot = st.empty()


def apology(*, offer_file: bool = True) -> None:
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
    if offer_file:
        _offer(_answers_file)


def _answers_file() -> None:
    """The apology's answers file, to open on the welcome page."""
    spoken = state.language()
    st.download_button(
        _("Download your answers (JSON)", spoken),
        dump_answers(state.answers(), spoken).encode("utf-8"),
        "mentor-finder-answers.json",
        "application/json",
        icon=":material/save:",
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
    # the app's root: the welcome page is the default page, whose address is the root ("welcome" is not one, and
    # Streamlit said "Page not found" over the page it opened); relative, so a served base path is kept
    return "./" + (f"?{urlencode(query)}" if query else "")


def _offer(draw: Callable[[], object], slot: object = None) -> None:
    """Draw one way out (in `slot`, an st.empty, when given); if even that fails, log it and leave the apology
    standing."""
    try:
        if slot is None:
            draw()
        else:
            with slot:
                draw()
    except Exception:  # noqa: BLE001 - the boundary itself must never show a traceback
        log.exception("could not offer a way to start again")

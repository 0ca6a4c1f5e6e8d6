"""Workshop calls from a page: the store's sentences and friendly errors, wrong guesses counted, the room's links and QR."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, Concatenate, Final, Literal, ParamSpec, TypeVar
from urllib.parse import urlencode, urlsplit

import segno
import streamlit as st

from mentorfinder import settings
from mentorfinder.i18n.catalogue import _
from mentorfinder.workshop import WorkshopError, WorkshopNotFound, WrongKey
from mentorfinder.workshop.guesses import PROCESS_GUESSES, Guesses
from mentorfinder.workshop.service import store

from . import state, state_workshop
from .boundary import log_fault

if TYPE_CHECKING:  # the store imports SQLAlchemy and Alembic: loaded when a page first calls it, not at start-up
    from mentorfinder.workshop.store import WorkshopStore

log = logging.getLogger("mentorfinder.workshop")
UNAVAILABLE = _(
    "The workshop service cannot be reached right now. Please try again in a moment; your answers are kept."
)
QR_PIXELS = 360  # about this wide on a projector: readable from the back of a room
TOO_MANY = _("Too many wrong workshop codes or keys were tried. Please wait %(seconds)s seconds and try again.")
_GUESSES = Guesses(PROCESS_GUESSES)  # every session of this process together (a new window is a new session)


@cache
def guarded_calls() -> frozenset[Callable[..., Any]]:
    """Calls that take a join code, a facilitator key or a participant id someone may be guessing (not create)."""
    from mentorfinder.workshop.store import WorkshopStore

    return frozenset(
        {
            WorkshopStore.info,
            WorkshopStore.join,
            WorkshopStore.group,
            WorkshopStore.lock,
            WorkshopStore.reopen,
            WorkshopStore.delete,
            WorkshopStore.mark_finished,
            WorkshopStore.share,
            WorkshopStore.withdraw,
            WorkshopStore.shared,
        }
    )


P = ParamSpec("P")
R = TypeVar("R")


class Failed(Enum):
    """The one value attempt returns when a store call failed (and the person has been told why)."""

    FAILED = "failed"


FAILED: Final = Failed.FAILED  # a store method may well return None, so failing is told by this value instead


def attempt(
    call: Callable[Concatenate[WorkshopStore, P], R], *args: P.args, **kwargs: P.kwargs
) -> R | Literal[Failed.FAILED]:
    """Call a store method on the process's store: `attempt(WorkshopStore.join, code)` for `store().join(code)`.
    On failure show the store's own sentence, or a friendly one, never a traceback, and return FAILED.

    The method itself, not its name: jump-to-definition and a type checker follow the call and check its arguments,
    and `if (got := attempt(…)) is not FAILED` narrows `got` to the method's own return type. The store is fetched
    inside, so a database that cannot even be opened gets the friendly sentence too.
    A code, key or id this session has not yet used successfully is a guess: wrong ones are counted per session
    and per process, and past the limit the call is not made until the wait is over (issue 19: 48 a second).
    """
    return guarded_call(call, store, guarded_calls(), "workshop", args, kwargs)


def guarded_call(
    call: Callable[..., R], opened: Callable[[], Any], guarded: frozenset, what: str, args: tuple, kwargs: dict
) -> R | Literal[Failed.FAILED]:
    """`call(opened(), *args, **kwargs)` as every page calls a store (the workshop's here, a programme's in
    ui/programme.attempt): the guess limit on the codes, keys and tokens in the first two arguments, the store's own
    sentence on failure or a friendly one, never a traceback; FAILED when it failed."""
    spoken, (mine, worked) = state.language(), state_workshop.guard()
    secrets = tuple(a for a in args[:2] if isinstance(a, str))  # the code, and a key, id or token (not answers)
    guess = call in guarded and secrets not in worked
    if guess and (wait := max(mine.wait(), _GUESSES.wait())):
        st.error(_(TOO_MANY, spoken) % {"seconds": wait}, icon=":material/timer:")
        return FAILED
    try:
        value = call(opened(), *args, **kwargs)
    except WorkshopError as err:
        if guess and isinstance(err, WorkshopNotFound | WrongKey):
            mine.missed()
            _GUESSES.missed()
        st.error(err.say(spoken), icon=":material/error:")
        return FAILED
    except Exception:  # noqa: BLE001 - the database is down or misconfigured: the log has the details
        log_fault(log, "%s store call %s failed", what, call.__name__)  # once while it repeats in the live view
        st.error(_(UNAVAILABLE, spoken), icon=":material/cloud_off:")
        return FAILED
    if guess:
        worked.add(secrets)
    return value


def shown_code(code: str) -> str:
    """The join code as people read and type it: two groups of four ("K7QX-M4RT")."""
    plain = code.replace("-", "").upper()
    return f"{plain[:4]}-{plain[4:]}" if len(plain) == 8 else plain


def app_root() -> str:
    """The app's address without a page: MENTORFINDER_PUBLIC_URL, else the address this browser is on."""
    configured = settings.value(settings.PUBLIC_URL)
    if configured:
        return configured.rstrip("/")
    parts = urlsplit(st.context.url or "http://localhost:8501/")
    path = parts.path.rsplit("/", 1)[0]  # drop the page's own name ("/workshop"), keep a base path
    return f"{parts.scheme}://{parts.netloc}{path}"


def join_link(code: str) -> str:
    """The participants' link: the welcome page with the code (the QR code carries exactly this)."""
    return f"{app_root()}/?{urlencode({state.URL_JOIN: shown_code(code)})}"


def facilitator_link(code: str, key: str) -> str:
    """The facilitator's link: the workshop page with the code and the key (the only way to manage it), in projector
    mode (the sidebar folded: the room gets the whole width)."""
    query = {state.URL_FACILITATED: shown_code(code), state.URL_KEY: key, state.URL_PROJECTOR: "1"}
    return f"{app_root()}/workshop?{urlencode(query)}"


def qr_png(url: str, pixels: int = QR_PIXELS) -> bytes:
    """The QR code of a link as PNG bytes, black on white with the standard quiet zone, about `pixels` wide.

    Whole pixels per module: the PNG is shown at its own size, never scaled (a blurred QR code scans badly).
    """
    code = segno.make(url, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    out = io.BytesIO()
    code.save(out, kind="png", scale=max(4, pixels // modules), border=4)
    return out.getvalue()

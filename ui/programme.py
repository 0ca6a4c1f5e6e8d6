"""Programme calls from a page: the store's friendly errors (wrong guesses counted), the links, and core mentors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Concatenate, Literal, ParamSpec, TypeVar
from urllib.parse import urlencode

import streamlit as st

from mentorfinder.answers.mentor import Mentor
from mentorfinder.i18n.catalogue import _
from mentorfinder.workshop import WorkshopError, WorkshopNotFound, WrongKey
from mentorfinder.workshop.programme_records import MentorCard
from mentorfinder.workshop.programme_store import ProgrammeStore
from mentorfinder.workshop.service import programmes

from . import state, state_workshop, workshop
from .workshop import FAILED, TOO_MANY, UNAVAILABLE, Failed, app_root, shown_code

log = logging.getLogger("mentorfinder.workshop")
# Calls that take a code, a key or a token someone may be guessing (not create)
GUARDED = {
    ProgrammeStore.info,
    ProgrammeStore.delete,
    ProgrammeStore.add_mentor,
    ProgrammeStore.update_mentor,
    ProgrammeStore.own_mentor,
    ProgrammeStore.leave_as_mentor,
    ProgrammeStore.import_mentors,
    ProgrammeStore.coordinator_mentors,
    ProgrammeStore.roster,
    ProgrammeStore.add_participant,
    ProgrammeStore.update_participant,
    ProgrammeStore.own_participant,
    ProgrammeStore.leave,
    ProgrammeStore.participants,
    ProgrammeStore.request_mentor,
    ProgrammeStore.save_pairing,
    ProgrammeStore.my_mentor,
}

P = ParamSpec("P")
R = TypeVar("R")


def attempt(
    call: Callable[Concatenate[ProgrammeStore, P], R], *args: P.args, **kwargs: P.kwargs
) -> R | Literal[Failed.FAILED]:
    """Call a programme store method, as ui/workshop.attempt calls a workshop's: `attempt(ProgrammeStore.info, code)`.

    On failure the store's own sentence (or a friendly one) is shown, never a traceback, and FAILED is returned;
    wrong codes, keys and tokens count towards the same limit as a workshop's.
    """
    spoken, (mine, worked) = state.language(), state_workshop.guard()
    secrets = tuple(a for a in args[:2] if isinstance(a, str))  # the code, and a key or token (not answers)
    guess = call in GUARDED and secrets not in worked
    if guess and (wait := max(mine.wait(), workshop._GUESSES.wait())):
        st.error(_(TOO_MANY, spoken) % {"seconds": wait}, icon=":material/timer:")
        return FAILED
    try:
        value = call(programmes(), *args, **kwargs)
    except WorkshopError as err:
        if guess and isinstance(err, WorkshopNotFound | WrongKey):
            mine.missed()
            workshop._GUESSES.missed()
        st.error(err.say(spoken), icon=":material/error:")
        return FAILED
    except Exception:  # noqa: BLE001 - the database is down or misconfigured: the log has the details
        log.exception("programme store call %s failed", call.__name__)
        st.error(_(UNAVAILABLE, spoken), icon=":material/cloud_off:")
        return FAILED
    if guess:
        worked.add(secrets)
    return value


def participant_link(code: str) -> str:
    """The participants' link: the welcome page with the programme's participant code (their QR code carries it)."""
    return f"{app_root()}/?{urlencode({state.URL_JOIN_PROGRAMME: shown_code(code)})}"


def mentor_link(code: str, token: str | None = None) -> str:
    """The mentors' link (the programme page with the mentor code); with a token, one mentor's private link."""
    query = {state.URL_MENTOR: shown_code(code)} | ({state.URL_MTOKEN: token} if token else {})
    return f"{app_root()}/programme?{urlencode(query)}"


def coordinator_link(code: str, key: str, mentor_code: str) -> str:
    """The coordinator's link: the programme page with both codes and the key (the only way to manage it)."""
    query = {state.URL_COORDINATE: shown_code(code), state.URL_MCODE: shown_code(mentor_code), state.URL_PKEY: key}
    return f"{app_root()}/programme?{urlencode(query)}"


def core_mentor(mentor) -> Mentor:
    """The core's Mentor from the store's (same fields), for ranking, pairing and the pair's page."""
    return Mentor(mentor.id, mentor.name, mentor.show_name, mentor.contact, mentor.capacity, dict(mentor.answers))


def card_mentor(card: MentorCard) -> Mentor:
    """The core's Mentor from a participant's card: no contact, the name only where the mentor agreed."""
    return Mentor(card.id, card.name or "", card.name is not None, "", card.capacity, dict(card.answers))

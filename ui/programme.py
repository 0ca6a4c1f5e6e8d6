"""Programme calls from a page: the store's friendly errors (wrong guesses counted), the links, and core mentors."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, Concatenate, Literal, ParamSpec, TypeVar
from urllib.parse import urlencode

from mentorfinder.answers.mentor import Mentor
from mentorfinder.workshop.programme_records import MentorCard
from mentorfinder.workshop.service import programmes

from . import state, workshop
from .workshop import Failed, app_root, shown_code

if TYPE_CHECKING:  # the store imports SQLAlchemy and Alembic: loaded when a page first calls it, not at start-up
    from mentorfinder.workshop.programme_store import ProgrammeStore


@cache
def guarded_calls() -> frozenset[Callable[..., Any]]:
    """Calls that take a code, a key or a token someone may be guessing (not create)."""
    from mentorfinder.workshop.programme_store import ProgrammeStore

    return frozenset(
        {
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
    )


P = ParamSpec("P")
R = TypeVar("R")


def attempt(
    call: Callable[Concatenate[ProgrammeStore, P], R], *args: P.args, **kwargs: P.kwargs
) -> R | Literal[Failed.FAILED]:
    """Call a programme store method, as ui/workshop.attempt calls a workshop's: `attempt(ProgrammeStore.info, code)`.

    On failure the store's own sentence (or a friendly one) is shown, never a traceback, and FAILED is returned;
    wrong codes, keys and tokens count towards the same limit as a workshop's.
    """
    return workshop.guarded_call(call, programmes, guarded_calls(), "programme", args, kwargs)


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


def card_mentor(card: MentorCard) -> Mentor:
    """The core's Mentor from a participant's card: no contact, the name only where the mentor agreed."""
    return Mentor(card.id, card.name or "", card.name is not None, "", card.capacity, dict(card.answers))

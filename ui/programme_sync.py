"""A participant's answers sent to their programme: once the wizard is finished, and again whenever they change."""

from __future__ import annotations

from typing import Literal

from mentorfinder import workshop as stores  # stores.ProgrammeStore: SQLAlchemy is imported on its first use
from mentorfinder.content.load import Content
from mentorfinder.workshop.codes import browser_token

from . import state, state_programme, steps
from .programme import attempt
from .workshop import FAILED, Failed
from .workshop_join import remember_in_browser


def sync(content: Content, opted: bool | None = None) -> str | None:
    """Send this participant's shown answers and opt-in (None: as the programme holds it) to their programme when
    they differ from what it holds, so the coordinator's pairing and the featured spread see what they see.

    The one place that writes a participant's answers: the frame calls it on every run (a change on any page), the
    wizard's "See my results" and the matches page's opt-in box too. Nothing is written when nothing changed.
    Returns their token (None: not sent yet, or the programme refused them).
    """
    current = state_programme.joined()
    if current is None:
        return None
    if state_programme.sync_refused():
        return current[1]  # told once already (e.g. the programme was deleted): not asked again on every page
    code, token = current
    if steps.first_incomplete(content) is not None:
        return token  # unfinished answers are not sent: the programme gets them when the wizard is finished
    answers = state.shown_answers(content)
    kept = held(code, token)
    if kept is FAILED:
        state_programme.set_sync_refused()
        return token  # the store's sentence is shown; nothing is overwritten blindly
    wanted = (answers, opted_in() if opted is None else opted)
    if kept == wanted:
        return token
    if token is None:
        new = attempt(stores.ProgrammeStore.add_participant, code, *wanted)
        if new is FAILED:
            state_programme.set_sync_refused()
            return None
        token = new.token
        state_programme.set_joined(code, token)
    elif attempt(stores.ProgrammeStore.update_participant, code, token, *wanted) is FAILED:
        state_programme.set_sync_refused()
        return token
    state_programme.set_sent(*wanted)
    remember_in_browser(browser_token(code, token), state.PROGRAMME_COOKIE)  # a refresh keeps the participant
    return token


def held(code: str, token: str | None) -> tuple[dict, bool] | None | Literal[Failed.FAILED]:
    """What the programme holds for this participant: as sent in this session, else read once from the store (their
    token came from this browser's cookie: a new tab or a refresh); None before they first send."""
    if token is None:
        return None
    if state_programme.sent() is None:
        kept = attempt(stores.ProgrammeStore.own_participant, code, token)
        if kept is FAILED:
            return FAILED
        state_programme.set_sent(kept.answers, kept.opted_in)
    return state_programme.sent()


def opted_in() -> bool:
    """Whether this participant asked to be paired: as last sent or as the programme keeps it, else yes."""
    sent = state_programme.sent()
    return True if sent is None else sent[1]

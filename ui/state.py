"""Session state, in one place: every key a session keeps, declared once, with typed accessors and the URL mirror.

A newcomer reads this file to know everything the app remembers for a person. Other modules never spell a key;
tests import these names. Widget keys are derived from ids here too (`q:…`, `weight:…`).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from mentorfinder.conditions import visible_answers
from mentorfinder.content import Content
from mentorfinder.i18n import _
from mentorfinder.link import decode_weights, encode_answers, encode_weights, read_link
from mentorfinder.matching import DEFAULT_WEIGHTS

from .language import url_language

# ---- permanent keys (kept while moving between pages) ----------------------------------------------------
ANSWERS = "answers"  # {questionnaire id: {question id: value}} — the only store of answers
STEP = "wizard_step"  # index into the flat list of wizard steps
ERRORS = "step_errors"  # {widget key: note}: set by Next and by a refused value, cleared by Back
LANGUAGE = "language"  # the language chosen; the sidebar's selectbox (LANGUAGE_CHOICE) is only a view of it
PROJECTOR = "projector"  # projector mode on or off; the sidebar's toggle (PROJECTOR_CHOICE) is only a view of it
NOTICE = "restore_notice"  # a one-off message for the welcome page (a link that could not be read)
WEIGHTS = "weights"  # the what-if weights {group: 0..100}
PDF = "prepared_pdf"  # (signature, bytes): the PDF made for exactly these inputs
OUTCOME = "resume_outcome"  # ("ok", message) or ("problems", [Problem]) after an upload
MEMO = "session_memo"  # ui/memo.py: {name: (inputs, value)}
CONFIRM = "confirm_start_over"  # Start over was tapped once: ask before clearing
UNDO = "start_over_undo"  # what Start over cleared, until the person moves on
FAULT = "callback_fault"  # ui/boundary.py: a failed callback, shown as the apology at the top of the next run
MIRRORED_STEP = "mirrored_step"  # the step last written into the address (Back and Forward: follow_history)
PAGES = "nav_pages"  # ui/frame.py: this session's st.Page objects, {(script, language): st.Page}, made once
# ---- workshop mode (ui/workshop*.py): who this session is in a workshop, mirrored into the address -------
WORKSHOP = "workshop_joined"  # (code, participant id) of the workshop this person joined (None: on their own)
FACILITATED = "workshop_facilitated"  # (code, key) of the workshop this session runs (never in the address)
NEW_WORKSHOP = "workshop_created"  # the NewWorkshop just created: its links are shown once, until dismissed
ROOM = "workshop_room"  # the code of the workshop this tab projects: a reload shows its join panel, never the form
SHARED = "workshop_shared"  # the SharedResult this session last shared (None: not shared, or withdrawn)
FINISHED = "workshop_finished"  # the participant id already marked finished (once per session, not per rerun)
SHARE_NOTICE = "workshop_share_notice"  # "shared" | "withdrawn": said once after the rerun that follows
CONFIRM_DELETE = "workshop_confirm_delete"  # Delete was tapped once: ask before deleting
# ---- widget keys (Streamlit forgets these when the widget is not drawn) ----------------------------------
PDF_NAME = "pdf_name"  # drawn with persist_state="session", so a visit elsewhere keeps it
PDF_PAPER = "pdf_paper"
# Streamlit drops a widget's value on st.switch_page (the browser resends it only for its own page links), so the
# settings live under the permanent keys above and their widgets are refilled from them on every run (settings()).
LANGUAGE_CHOICE, PROJECTOR_CHOICE = "language_choice", "projector_choice"
SETTINGS = {LANGUAGE_CHOICE: LANGUAGE, PROJECTOR_CHOICE: PROJECTOR}
UPLOAD = "resume_file"
JOIN_CODE = "workshop_join_code"  # the welcome page's "workshop code" box
TYPICAL = "workshop_typical"  # the projector view's "show a typical network" toggle
WIDGET_PREFIX, WEIGHT_PREFIX = "q:", "weight:"
# Element keys that hold no state, only name a container for CSS and tests: `scale-…` (scale_key below),
# `card-{archetype}` (a match card), `chart-…` (a Plotly chart, drawn without selections) and WHATIF below.
WHATIF = "whatif"  # the what-if expander: a stable identity, so moving a slider never redraws it
# ---- the address: answers, step, projector mode, what-if weights and language survive a refresh -----------
URL_ANSWERS, URL_STEP, URL_PROJECTOR, URL_WEIGHTS, URL_LANGUAGE = "a", "step", "projector", "w", "lang"
# A participant's workshop and id (a refresh keeps them in the workshop). `join` (a QR code's link) and the
# facilitator link's `workshop` and `key` are read once and leave the address: a projector shows the address bar.
URL_WORKSHOP, URL_PARTICIPANT, URL_JOIN = "ws", "p", "join"
URL_FACILITATED, URL_KEY = "workshop", "key"
URL_ROOM = "room"  # the projected workshop's code (public: it is on the screen), kept so a reload knows the room
KEPT_BY_START_OVER = (PROJECTOR, LANGUAGE)
BAD_LINK = _("The answers in this link could not be read, so the wizard starts afresh.")
KEPT_BY_START_OVER += (WORKSHOP, FACILITATED, ROOM)  # starting over does not leave the room


def widget_key(questionnaire_id: str, question_id: str) -> str:
    """The widget key for a question: derived from ids only, so it is stable across reruns and sessions."""
    return f"{WIDGET_PREFIX}{questionnaire_id}:{question_id}"


def place_key(questionnaire_id: str, question_id: str, place: int) -> str:
    """The key of one place (1 = first choice) of a ranking question."""
    return f"{widget_key(questionnaire_id, question_id)}:{place}"


def scale_key(questionnaire_id: str, question_id: str) -> str:
    """The container around a scale's row of points (ui/frame.py keeps it one row on a phone)."""
    return f"scale-{questionnaire_id}-{question_id}"


def weight_key(group: str) -> str:
    """The key of one what-if slider."""
    return f"{WEIGHT_PREFIX}{group}"


def init_state(content: Content) -> None:
    """Set up a session: answers, step and weights from the address when it carries valid ones, else empty."""
    if ANSWERS not in st.session_state:
        st.session_state[ANSWERS] = _restore(content)
        step_param = st.query_params.get(URL_STEP, "0")
        st.session_state[STEP] = int(step_param) if step_param.isdigit() else 0
        st.session_state[WEIGHTS] = decode_weights(st.query_params.get(URL_WEIGHTS, ""), DEFAULT_WEIGHTS)
    st.session_state.setdefault(STEP, 0)
    st.session_state.setdefault(ERRORS, {})
    st.session_state.setdefault(LANGUAGE, url_language(content, st.query_params.get(URL_LANGUAGE, "")))
    st.session_state.setdefault(PROJECTOR, st.query_params.get(URL_PROJECTOR) == "1")
    init_workshop()
    follow_history()


def follow_history() -> None:
    """The browser's Back or Forward brought an older address: go to the step it names.

    Only the step is taken from it. Answers, settings and weights stay as this session has them (the older
    address holds older ones), and the next mirror writes them back. An address whose step differs from the
    one last written came from the browser's history (or was typed); a step changed by this run's own click
    has not been written yet, so the address still shows the step last written and is left alone.
    """
    shown = st.query_params.get(URL_STEP, "0")
    written = st.session_state.get(MIRRORED_STEP)
    if written is not None and shown != written and shown.isdigit() and int(shown) != step():
        set_step(int(shown))


def init_workshop() -> None:
    """A participant's workshop and id, and a facilitator's code and key, from the address (once per session)."""
    joined = (st.query_params.get(URL_WORKSHOP), st.query_params.get(URL_PARTICIPANT))
    running = (st.query_params.get(URL_FACILITATED), st.query_params.get(URL_KEY))
    st.session_state.setdefault(WORKSHOP, joined if all(joined) else None)
    st.session_state.setdefault(FACILITATED, running if all(running) else None)
    st.session_state.setdefault(ROOM, running[0] if all(running) else st.query_params.get(URL_ROOM))


def _restore(content: Content) -> dict[str, dict[str, Any]]:
    """Answers from the address, checked like an uploaded file; a bad link is dropped with a notice."""
    raw = st.query_params.get(URL_ANSWERS)
    if not raw:
        return {}
    restored = read_link(raw, list(content.questionnaires))
    if restored is None:
        st.session_state[NOTICE] = BAD_LINK  # English, the catalogue's key: said in the language of the page
        return {}
    return restored


def answers() -> dict[str, dict[str, Any]]:
    """The person's answers (live object; change it through set_answer / replace_answers)."""
    return st.session_state[ANSWERS]


def set_answer(questionnaire_id: str, question_id: str, value: Any) -> None:
    """Record one answer; an empty value removes it."""
    given = st.session_state[ANSWERS].setdefault(questionnaire_id, {})
    if value in (None, "", []):
        given.pop(question_id, None)
    else:
        given[question_id] = value


def replace_answers(new: dict[str, dict[str, Any]], step: int) -> None:
    """Replace every answer (after a checked upload, or an undo) and forget widget values so they show the new ones."""
    _forget_widgets()
    st.session_state.pop(UNDO, None)  # new answers: an older Start over can no longer be undone
    st.session_state[ANSWERS] = {qid: dict(given) for qid, given in new.items()}
    st.session_state[STEP] = step
    st.session_state[ERRORS] = {}


def shown_answers(content: Content) -> dict[str, dict[str, Any]]:
    """Answers to questions currently shown (a hidden conditional question's old answer is left out)."""
    given = answers()
    return {q.id: visible_answers(q, given.get(q.id, {})) for q in content.questionnaires if given.get(q.id)}


def step() -> int:
    """The wizard step the person is on."""
    return st.session_state[STEP]


def clamp_step(count: int) -> int:
    """The step to show, kept inside the wizard's `count` steps (a link may name one past the end)."""
    st.session_state[STEP] = min(step(), count - 1)
    return st.session_state[STEP]


def set_step(index: int) -> None:
    """Move to a step; its notes from an earlier visit go."""
    st.session_state[STEP] = index
    st.session_state[ERRORS] = {}


def errors() -> dict[str, str]:
    """{widget key: note} shown under the questions of this step."""
    return st.session_state[ERRORS]


def set_errors(notes: dict[str, str]) -> None:
    """Replace the step's notes."""
    st.session_state[ERRORS] = notes


def language() -> str:
    """The language content is shown in."""
    return st.session_state.get(LANGUAGE, "en")


def projector() -> bool:
    """Whether projector mode is on (larger type, charts with larger fonts)."""
    return bool(st.session_state.get(PROJECTOR))


def settings() -> None:
    """Show the kept language and projector mode in their widgets, whichever way the person moved here."""
    for widget, kept in SETTINGS.items():
        if st.session_state.get(widget) != st.session_state.get(kept):
            st.session_state[widget] = st.session_state.get(kept)


def keep_settings() -> None:
    """A settings widget changed: keep its value under the permanent key (the widget's own may be dropped)."""
    for widget, kept in SETTINGS.items():
        if widget in st.session_state:
            st.session_state[kept] = st.session_state[widget]


def weights() -> dict[str, float]:
    """The what-if weights (the standard ones until the person moves a slider)."""
    return dict(st.session_state.get(WEIGHTS) or DEFAULT_WEIGHTS)


def set_weights(new: dict[str, float]) -> None:
    """Remember the what-if weights (they go into the address too)."""
    st.session_state[WEIGHTS] = dict(new)


def pop_notice() -> str | None:
    """The one-off welcome notice, if any (shown once)."""
    return st.session_state.pop(NOTICE, None)


def start_over() -> None:
    """Forget everything but projector mode and language; keep what was cleared so it can be undone."""
    undo = {"answers": answers(), "weights": weights(), "step": step()}
    for key in [k for k in st.session_state if k not in KEPT_BY_START_OVER]:
        del st.session_state[key]
    init_empty()
    st.session_state[UNDO] = undo


def undo_start_over() -> None:
    """Bring back what Start over cleared."""
    undo = st.session_state.pop(UNDO)
    replace_answers(undo["answers"], undo["step"])
    set_weights(undo["weights"])


def init_empty() -> None:
    """The state of a session with nothing given yet."""
    st.session_state[ANSWERS] = {}
    st.session_state[STEP] = 0
    st.session_state[ERRORS] = {}
    st.session_state[WEIGHTS] = None


def _forget_widgets() -> None:
    for key in [k for k in st.session_state if str(k).startswith((WIDGET_PREFIX, WEIGHT_PREFIX))]:
        del st.session_state[key]


def sync_url() -> None:
    """Mirror answers, step, projector mode, changed weights and a language other than English into the address,
    writing only what changed."""
    st.session_state[MIRRORED_STEP] = str(step())
    for name, value in address().items():
        if value and st.query_params.get(name) != value:
            st.query_params[name] = value
        elif not value and name in st.query_params:
            del st.query_params[name]


def address() -> dict[str, str]:
    """{parameter: value} of the address that carries this session (an empty value: left out)."""
    wanted = {
        URL_ANSWERS: encode_answers(answers()),
        URL_STEP: str(step()) if step() else "",
        URL_PROJECTOR: "1" if projector() else "",
        URL_WEIGHTS: encode_weights(weights(), DEFAULT_WEIGHTS),
        URL_LANGUAGE: "" if language() == "en" else language(),
    }
    return wanted | _workshop_url()


def _workshop_url() -> dict[str, str]:
    """The workshop part of the address: the participant's code and id, the projected room's code; never the
    facilitator's key."""
    joined = st.session_state.get(WORKSHOP) or ("", "")
    room = (st.session_state.get(FACILITATED) or (st.session_state.get(ROOM) or "",))[0]
    return {URL_WORKSHOP: joined[0], URL_PARTICIPANT: joined[1], URL_FACILITATED: "", URL_KEY: "", URL_ROOM: room}

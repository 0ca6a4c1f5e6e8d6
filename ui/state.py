"""Session state of the person's own: answers, step, settings and weights, Start over, and the address mirror.

State lives in ui/state.py and ui/state_*.py, and nowhere else: only they read or write st.session_state and
st.query_params (tests/core/test_state_access.py). This module holds the person's own; ui/state_workshop.py who they
are in a workshop; ui/state_page.py widget values and one-off page flags. Other modules never spell a key: they name
them through `state.`, which holds every name of ui/keys.py (tests import these names too).
"""

from __future__ import annotations

import copy
from typing import Any

import streamlit as st

from mentorfinder.answers.link import address_number, decode_weights, encode_answers, encode_weights, read_link
from mentorfinder.content.conditions import GivenAnswers
from mentorfinder.content.load import Content
from mentorfinder.matching.model import DEFAULT_WEIGHTS

from .keys import *  # noqa: F403  (ui/keys.py names every key; pages name them through `state.`)
from .language import url_language
from .state_programme import init_programme, programme_url
from .state_workshop import init_workshop, workshop_url


def init_state(content: Content) -> None:
    """Set up a session: answers, step and weights from the address when it carries valid ones, else empty."""
    shown = st.query_params.to_dict()  # read once: each look into st.query_params costs as much as a small element
    if ANSWERS not in st.session_state:
        st.session_state[ANSWERS] = _restore(content, shown.get(URL_ANSWERS))
        st.session_state[STEP] = address_number(shown.get(URL_STEP, "0"), MAX_STEP) or 0  # "²": step 0
        st.session_state[WEIGHTS] = decode_weights(shown.get(URL_WEIGHTS, ""), DEFAULT_WEIGHTS)
    st.session_state.setdefault(STEP, 0)
    st.session_state.setdefault(ERRORS, {})
    st.session_state.setdefault(LANGUAGE, url_language(content, shown.get(URL_LANGUAGE, "")))
    st.session_state.setdefault(PROJECTOR, shown.get(URL_PROJECTOR) == "1")
    init_workshop(shown)
    init_programme(shown)
    follow_history(shown.get(URL_STEP, "0"))


def follow_history(shown: str) -> None:
    """The browser's Back or Forward brought an older address (its step `shown`): go to the step it names.

    Only the step is taken from it. Answers, settings and weights stay as this session has them (the older
    address holds older ones), and the next mirror writes them back. An address whose step differs from the
    one last written came from the browser's history (or was typed); a step changed by this run's own click
    has not been written yet, so the address still shows the step last written and is left alone.
    """
    written = st.session_state.get(MIRRORED_STEP)
    wanted = address_number(shown, MAX_STEP)  # ASCII digits only: '²' is no step
    if written is not None and shown != written and wanted is not None and wanted != step():
        set_step(wanted)


def _restore(content: Content, raw: str | None) -> dict[str, dict[str, Any]]:
    """Answers from the address (`raw`), checked like an uploaded file; a bad link is dropped with a notice."""
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


def shown_answers(content: Content) -> GivenAnswers:
    """Answers to questions currently shown (a hidden conditional question's old answer is left out), filtered once
    here: evaluate() and a programme's participant take them as they are (content.conditions.GivenAnswers)."""
    return GivenAnswers.of(list(content.questionnaires), answers())


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


def projector_before_init() -> bool:
    """Projector mode for the page config, which runs before init_state: kept, else as the address asks."""
    kept = st.session_state.get(PROJECTOR)  # the address only when nothing is kept (it is read on every rerun)
    return bool(kept) if kept is not None else st.query_params.get(URL_PROJECTOR) == "1"


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
    """Forget the answers, step, weights, notes and every page's one-off state; keep projector mode, language,
    the workshop this session joined, runs or projects, and its count of wrong workshop guesses (KEPT_BY_START_OVER:
    Start over is no way round the limit). The answers, weights and step cleared are kept for Undo."""
    undo = {"answers": answers(), "weights": weights(), "step": step()}
    for key in [k for k in st.session_state if k not in KEPT_BY_START_OVER]:
        del st.session_state[key]
    init_empty()
    st.session_state[UNDO] = undo


def undo_offered() -> bool:
    """Whether Start over has cleared answers that Undo can still bring back."""
    return bool(st.session_state.get(UNDO))


def forget_undo() -> None:
    """The person moved on: what Start over cleared can no longer be brought back."""
    st.session_state.pop(UNDO, None)


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
    shown = st.query_params.to_dict()  # read once: each look into st.query_params costs as much as a small element
    for name, value in address().items():
        if value and shown.get(name) != value:
            st.query_params[name] = value
        elif not value and name in shown:
            del st.query_params[name]


def address_answers() -> str:
    """The answers the address carries now, packed ("" when it carries none)."""
    return st.query_params.get(URL_ANSWERS, "")


def _packed(given: dict[str, dict[str, Any]]) -> str:
    """The answers packed for the address, packed again only when they changed (compressing them on every rerun
    of every page cost more than the compare)."""
    kept = st.session_state.get(PACKED)
    if kept is not None and kept[0] == given:
        return kept[1]
    packed = encode_answers(given)
    st.session_state[PACKED] = (copy.deepcopy(given), packed)
    return packed


def address() -> dict[str, str]:
    """{parameter: value} of the address that carries this session (an empty value: left out)."""
    wanted = {
        URL_ANSWERS: _packed(answers()),
        URL_STEP: str(step()) if step() else "",
        URL_PROJECTOR: "1" if projector() else "",
        URL_WEIGHTS: encode_weights(weights(), DEFAULT_WEIGHTS),
        URL_LANGUAGE: "" if language() == "en" else language(),
    }
    return wanted | workshop_url() | programme_url()

"""Session state of the pages' own: widget values read outside their widgets, confirmations and one-off outcomes.

State lives in ui/state.py and ui/state_*.py, and nowhere else: only they read or write st.session_state and
st.query_params (tests/core/test_state_access.py). ui/state.py holds the person's answers, step, settings and the
address; ui/state_workshop.py the workshop's part; this module what a page keeps between its runs. Keys come from
ui/keys.py; pages name them through `state.`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

from .keys import (
    CONFIRM,
    FAULT,
    MEMO,
    OUTCOME,
    PAGES,
    PDF,
    PDF_NAME,
    PDF_PAPER,
    REPEATS,
    UPLOAD,
    WEIGHT_PREFIX,
    WHATIF,
    WIDGET_PREFIX,
)

if TYPE_CHECKING:
    from streamlit.runtime.uploaded_file_manager import UploadedFile

T = TypeVar("T")


# ---- widgets whose keys are made from ids (ui/keys.py: `q:…` questions and ranking places, `weight:…` sliders) ----
def _derived(key: str) -> str:
    """The key, when it is a question's or a slider's: these accessors are no way round the named ones."""
    if not key.startswith((WIDGET_PREFIX, WEIGHT_PREFIX)):
        raise ValueError(f"{key!r} is not a question's or a what-if slider's widget key")
    return key


def widget_drawn(key: str) -> bool:
    """Whether the widget holds a value (Streamlit forgets it when the widget was not drawn on the last run)."""
    return _derived(key) in st.session_state


def widget_value(key: str) -> Any:
    """The value the widget shows (None when it holds none)."""
    return st.session_state.get(_derived(key))


def set_widget_value(key: str, value: Any) -> None:
    """Make the widget show `value` (before it is drawn in this run, or in its own callback)."""
    st.session_state[_derived(key)] = value


def fill_widget(key: str, value: Any) -> Any:
    """The widget's value, set to `value` first when it holds none (not drawn since the last visit)."""
    return st.session_state.setdefault(_derived(key), value)


def open_whatif(changed: bool) -> None:
    """Open the what-if expander when the weights were changed and it holds no state (first drawn this visit)."""
    if changed:
        st.session_state.setdefault(WHATIF, True)


# ---- one-off outcomes and confirmations --------------------------------------------------------------------
def upload() -> UploadedFile | None:
    """The answers file in the welcome page's upload box, if any."""
    return st.session_state.get(UPLOAD)


def outcome() -> tuple[str, Any] | None:
    """("ok", message) or ("problems", [Problem]) after the last upload (None: nothing uploaded yet)."""
    return st.session_state.get(OUTCOME)


def set_outcome(kind: str, detail: Any) -> None:
    """Remember the last upload's outcome, shown under the upload box until the next one."""
    st.session_state[OUTCOME] = (kind, detail)


def start_over_asked() -> bool:
    """Whether Start over was tapped once and waits for Yes or Cancel."""
    return bool(st.session_state.get(CONFIRM))


def ask_start_over() -> None:
    """Start over was tapped: ask before clearing."""
    st.session_state[CONFIRM] = True


def cancel_start_over() -> None:
    """Start over was cancelled."""
    st.session_state.pop(CONFIRM, None)


def note_fault() -> None:
    """A widget callback failed: the next run shows the apology at the top (ui/boundary.py)."""
    st.session_state[FAULT] = True


def pop_fault() -> bool:
    """Whether a callback failed before this run (said once)."""
    return st.session_state.pop(FAULT, False)


def repeated_faults(part: str) -> dict[str, int]:
    """The faults a timed part of the page (ui/boundary.py) met on its last run, {fault: runs in a row}."""
    return st.session_state.get(REPEATS, {}).get(part, {})


def keep_repeated_faults(part: str, faults: dict[str, int]) -> None:
    """Remember the faults of the timed part's run, for its next run (none: forget them)."""
    kept = st.session_state.setdefault(REPEATS, {})
    if faults:
        kept[part] = faults
    else:
        kept.pop(part, None)


# ---- what a page builds once per session ------------------------------------------------------------------
def memo() -> dict[str, tuple[str, Any]]:
    """ui/memo.py's {name: (inputs, value)} of this session (live object)."""
    return st.session_state.setdefault(MEMO, {})


def pages() -> dict[tuple[str, str], st.Page]:
    """ui/frame.py's st.Page objects of this session, {(script, language): st.Page} (live object)."""
    return st.session_state.setdefault(PAGES, {})


def pdf_order(new: Callable[[], T]) -> T:
    """This session's PDF order (ui/pdf_order.py's PdfOrder), made by `new` the first time it is asked for."""
    if PDF not in st.session_state:
        st.session_state[PDF] = new()
    return st.session_state[PDF]


def pdf_choices() -> tuple[str, str | None]:
    """The name typed for the PDF and the paper chosen, as their widgets hold them now: the Download PDF click's
    callback reads them before the page draws the widgets (None: the paper box has not been drawn yet)."""
    return st.session_state.get(PDF_NAME) or "", st.session_state.get(PDF_PAPER)

"""The "what if" weight sliders: change how much each part counts and the ranking updates at once."""

from __future__ import annotations

import streamlit as st

from mentorfinder.matching import DEFAULT_WEIGHTS

from .results import COMPONENT_WORDS, WEIGHTS, current_weights


def slider_key(group: str) -> str:
    """Widget key of one weight slider."""
    return f"weight:{group}"


def _store() -> None:
    st.session_state[WEIGHTS] = {g: float(st.session_state[slider_key(g)]) for g in DEFAULT_WEIGHTS}


def _reset() -> None:
    st.session_state[WEIGHTS] = dict(DEFAULT_WEIGHTS)
    for group, value in DEFAULT_WEIGHTS.items():
        st.session_state[slider_key(group)] = int(value)


def whatif_ui() -> dict[str, float]:
    """Draw the sliders (in an expander) and return the weights to rank with."""
    weights = current_weights()
    changed = weights != DEFAULT_WEIGHTS
    with st.expander("What if? Change how much each part counts" + (" (changed)" if changed else ""), expanded=changed):
        st.caption("Move a slider and the ranking below updates straight away. 0 means it does not count at all.")
        for group in DEFAULT_WEIGHTS:
            key = slider_key(group)
            if key not in st.session_state:
                st.session_state[key] = int(weights.get(group, 0))
            st.slider(COMPONENT_WORDS.get(group, group), 0, 100, step=5, key=key, on_change=_store)
        st.button("Back to the standard weights", on_click=_reset, disabled=not changed)
    if not any(weights.values()):
        st.warning("Every weight is 0, so all matches score 0%. Raise at least one slider.")
    return weights

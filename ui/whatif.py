"""The "what if" weight sliders: change how much each part counts and the ranking updates at once."""

from __future__ import annotations

import streamlit as st

from mentorfinder.i18n.catalogue import _
from mentorfinder.matching.model import DEFAULT_WEIGHTS
from mentorfinder.present.rules import group_title

from . import state, state_page

LABEL = _("What if? Change how much each part counts")


def _store() -> None:
    state.set_weights({g: float(state_page.widget_value(state.weight_key(g))) for g in DEFAULT_WEIGHTS})


def _reset() -> None:
    state.set_weights(DEFAULT_WEIGHTS)
    for group, value in DEFAULT_WEIGHTS.items():
        state_page.set_widget_value(state.weight_key(group), int(value))


def whatif_ui() -> dict[str, float]:
    """Draw the sliders (in an expander) and return the weights to rank with.

    With every weight at 0 nothing can be ranked: the page stops under a note instead of showing every
    match as "0% · Fair fit".
    """
    weights, spoken = state.weights(), state.language()
    changed = weights != DEFAULT_WEIGHTS
    # The same label, key and `expanded` whatever the weights: a change gives the browser a different expander to
    # draw, around the very slider being moved. Changed weights open it (after a refresh too): its state, not
    # `expanded`, says so. Its sliders are drawn only while it is open (on_change="rerun": opening it reruns the
    # page), so the page's other reruns send none of them.
    state_page.open_whatif(changed)
    box = st.expander(_(LABEL, spoken), key=state.WHATIF, on_change="rerun")
    if box.open:
        with box:
            st.caption(
                _(
                    "Move a slider and the ranking below updates straight away. 0 means it does not count at all.",
                    spoken,
                )
                + (" " + _("These are your own weights, not the standard ones.", spoken) if changed else "")
            )
            for group in DEFAULT_WEIGHTS:
                key = state.weight_key(group)
                state_page.fill_widget(key, int(weights.get(group, 0)))
                st.slider(group_title(group, spoken), 0, 100, step=5, key=key, on_change=_store)
            st.button(_("Back to the standard weights", spoken), on_click=_reset, disabled=not changed)
    if not any(weights.values()):
        st.warning(_("Every part counts 0, so there is nothing to rank by. Raise at least one slider.", spoken))
        st.stop()
    return weights

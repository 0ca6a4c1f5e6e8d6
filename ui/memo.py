"""A per-session memo: the last value built from the same inputs, kept in this person's own session state.

Building the result, Plotly figures and the CSV again on every rerun (a widget elsewhere on the page) is slow;
st.cache_data would share what one person's answers produced with every session, so this memo lives in
the session instead and keeps one value per name.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

from . import state_page

T = TypeVar("T")


def inputs_key(**inputs) -> str:
    """One canonical key for a set of inputs (dicts in any order give the same key)."""
    return json.dumps(inputs, sort_keys=True, ensure_ascii=False, default=repr)


def remember(name: str, build: Callable[[], T], **inputs) -> T:
    """The value for `name`, rebuilt only when `inputs` differ from the last run's in this session."""
    memo = state_page.memo()
    key = inputs_key(**inputs)
    hit = memo.get(name)
    if hit is not None and hit[0] == key:
        return hit[1]
    value = build()
    memo[name] = (key, value)
    return value

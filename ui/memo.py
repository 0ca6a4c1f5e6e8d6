"""A per-session memo: remembers the last value built for a key in this person's own session state.

Used for Plotly figures, which are slow to build; unlike st.cache_data it is never shared across sessions,
so nothing derived from one person's answers is visible to, or kept for, anyone else.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

import streamlit as st

T = TypeVar("T")
MEMO = "session_memo"


def remember(name: str, key: Hashable, build: Callable[[], T]) -> T:
    """The value for `name`, rebuilt only when `key` changed since the last run in this session."""
    memo = st.session_state.setdefault(MEMO, {})
    hit = memo.get(name)
    if hit is not None and hit[0] == key:
        return hit[1]
    value = build()
    memo[name] = (key, value)
    return value

"""Showing text safely: anything that may hold a person's words or content is escaped, never run as markdown."""

from __future__ import annotations

import re

import streamlit as st

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:^=])")


def escape(value: str) -> str:
    """Backslash-escape every markdown, LaTeX and emoji-shortcode character so the text shows literally."""
    return _MARKDOWN.sub(r"\\\1", str(value))


def plain(value: str, prefix: str = "") -> None:
    """Write text as text (an optional markdown `prefix` of our own, e.g. '- ' or '**Why:** ', goes first)."""
    st.markdown(prefix + escape(value))


def bullets(items: list[str]) -> None:
    """A bulleted list of plain-text items."""
    if items:
        st.markdown("\n".join("- " + escape(item) for item in items))

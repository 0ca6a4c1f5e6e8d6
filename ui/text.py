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


def bullet_list(items: list[str]) -> str:
    """Markdown for a bulleted list of plain-text items."""
    return "\n".join("- " + escape(item) for item in items)


def bullets(items: list[str]) -> None:
    """A bulleted list of plain-text items."""
    if items:
        st.markdown(bullet_list(items))


def table(rows: list[dict[str, str]]) -> None:
    """A small table of plain-text cells (markdown, escaped: much cheaper per rerun than a dataframe)."""
    if not rows:
        return
    heads = list(rows[0])
    lines = ["| " + " | ".join(escape(h) for h in heads) + " |", "|" + "---|" * len(heads)]
    lines += ["| " + " | ".join(escape(row[h]) for h in heads) + " |" for row in rows]
    st.markdown("\n".join(lines))

"""Showing text safely: anything that may hold a person's words or content is escaped, never run as markdown."""

from __future__ import annotations

import re

import streamlit as st

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:^=])")
# GitHub-flavoured markdown turns web and e-mail addresses in the text itself into links, after escapes are undone:
# "www" before a dot, a scheme before its colon, and the "@" of an address start one. A word joiner (U+2060, drawn
# as nothing) after each keeps them apart, so the address is shown as the text it is.
_AUTOLINK = re.compile(r"(?i)(www(?=\.)|(?:https?|ftp|mailto|xmpp)(?=:)|@)")
JOINER = "\u2060"


def escape(value: str) -> str:
    """Text as markdown that shows it literally: every markdown, LaTeX and emoji-shortcode character backslash-escaped,
    and web and e-mail addresses kept from becoming links."""
    return _MARKDOWN.sub(r"\\\1", _AUTOLINK.sub(r"\1" + JOINER, str(value)))


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

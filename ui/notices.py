"""Notices over the results: answers worth a second look, and the person's own words, always as plain text."""

from __future__ import annotations

import streamlit as st

from mentorfinder.result import Result

from .text import bullet_list, escape

CHECKS_TITLE = "Worth a second look"
CHECKS_INTRO = "Some of your answers pull different ways. Here is what we noticed and what we did:"
OWN_WORDS_TITLE = "In your own words"


def checks_ui(result: Result) -> None:
    """Each fired contradiction check: its message and the person's quoted answers (nothing when none fired)."""
    if not result.checks:
        return
    with st.container(border=True, key="worth-a-second-look"):
        st.header(CHECKS_TITLE, anchor=False)  # h2: a section under the page title
        st.write(CHECKS_INTRO)
        for check in result.checks:
            answered = [f"{quote} to “{prompt}”" for quote, prompt in zip(check.quotes, check.prompts, strict=False)]
            # content and answers are escaped: a label with * or # must show as typed, not as markdown
            st.markdown(escape(check.message) + "\n\n" + bullet_list([f"You answered {a}" for a in answered]))


def own_words_ui(result: Result) -> None:
    """The answers the questionnaires promise to show on the summary, under their headings, exactly as given."""
    if not result.own_words:
        return
    st.header(OWN_WORDS_TITLE, anchor=False)  # h2: a section under the page title
    for words in result.own_words:
        st.markdown(f"**{escape(words.heading)}**")
        st.markdown(escape(words.text).replace("\n", "  \n"))  # keep their line breaks

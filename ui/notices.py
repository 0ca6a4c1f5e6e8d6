"""Notices over the results: answers worth a second look, and the person's own words, always as plain text."""

from __future__ import annotations

import streamlit as st

from mentorfinder.evaluate import Result
from mentorfinder.i18n.catalogue import _
from mentorfinder.present.rules import CHECKS_TITLE

from . import state
from .text import bullet_list, escape

CHECKS_INTRO = _("Some of your answers pull different ways. Here is what we noticed and what we did:")
OWN_WORDS_TITLE = _("In your own words")


def checks_ui(result: Result) -> None:
    """Each fired contradiction check: its message and the person's quoted answers (nothing when none fired)."""
    if not result.checks:
        return
    spoken = state.language()
    with st.container(border=True, key="worth-a-second-look"):
        st.header(_(CHECKS_TITLE, spoken), anchor=False)  # h2: a section under the page title
        parts = [_(CHECKS_INTRO, spoken)]  # the intro and every check: one element (each is a rerun's cost)
        for check in result.checks:
            said = _("You answered %(answer)s to “%(prompt)s”", spoken)
            answered = [said % {"answer": q, "prompt": p} for q, p in zip(check.quotes, check.prompts, strict=False)]
            # content and answers are escaped: a label with * or # must show as typed, not as markdown
            parts.append(escape(check.message) + "\n\n" + bullet_list(answered))
        st.markdown("\n\n".join(parts))


def own_words_ui(result: Result) -> None:
    """The answers the questionnaires promise to show on the summary, under their headings, exactly as given."""
    if not result.own_words:
        return
    st.header(_(OWN_WORDS_TITLE, state.language()), anchor=False)  # h2: a section under the page title
    # every heading and text in one element; the text's own line breaks are kept
    said = [f"**{escape(words.heading)}**\n\n" + escape(words.text).replace("\n", "  \n") for words in result.own_words]
    st.markdown("\n\n".join(said))

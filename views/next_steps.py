"""The next-steps page: how to find and make the most of the top kinds of mentor, and readiness tips."""

import streamlit as st

from mentorfinder.rules import whole_percent
from mentorfinder.schema import translate
from ui import results, state
from ui.downloads import downloads_ui
from ui.loaders import get_content
from ui.text import bullets, escape, plain

TOP = 3

content = get_content()
results.require_complete(content, "Next steps")
language = state.language()
result = results.result_for(content)

st.title("Next steps")
st.header("Making the most of a mentor", anchor=False)
work_on = [tip for tip in result.tips if tip.kind == "tip"]
strengths = [tip for tip in result.tips if tip.kind == "strength"]
if work_on:
    st.markdown("**Something to work on**")
    for tip in work_on:
        plain(tip.text, f"- **{escape(tip.label)}** ({whole_percent(tip.percent)}): ")
if strengths:
    st.markdown("**Strengths to keep using**")
    for tip in strengths:
        plain(tip.text, f"- **{escape(tip.label)}** ({whole_percent(tip.percent)}): ")

st.header("Finding your first mentors", anchor=False)
for match in result.shortlist[:TOP]:
    arch = content.archetype(match.archetype)
    with st.container(border=True):
        st.markdown(f"**{escape(match.name)}** · {escape(results.fit_words(match))}")
        st.markdown("Where to find one")
        bullets([translate(item, language) for item in arch.where_to_find])
        st.markdown("Questions to ask")
        bullets([translate(item, language) for item in arch.questions_to_ask])

downloads_ui(content, result)

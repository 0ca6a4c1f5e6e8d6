"""The next-steps page: how to find and make the most of the top kinds of mentor, and readiness tips."""

import streamlit as st

from mentorfinder.content.schema import translate
from mentorfinder.i18n.catalogue import _
from mentorfinder.matching.model import top_matches
from mentorfinder.present.rules import QUESTIONS_TITLE, WHERE_TITLE, whole_percent
from ui import results, state
from ui.downloads import downloads_ui
from ui.loaders import get_content
from ui.text import bullets, escape, plain

TOP = 3

content = get_content()
language = state.language()
results.require_complete(content, _("Next steps", language))
result = results.result_for(content)

st.title(_("Next steps", language))
st.header(_("Making the most of a mentor", language), anchor=False)
work_on = [tip for tip in result.tips if tip.kind == "tip"]
strengths = [tip for tip in result.tips if tip.kind == "strength"]
if work_on:
    st.markdown("**" + _("Something to work on", language) + "**")
    for tip in work_on:
        plain(tip.text, f"- **{escape(tip.label)}** ({whole_percent(tip.percent, language)}): ")
if strengths:
    st.markdown("**" + _("Strengths to keep using", language) + "**")
    for tip in strengths:
        plain(tip.text, f"- **{escape(tip.label)}** ({whole_percent(tip.percent, language)}): ")

st.header(_("Finding your first mentors", language), anchor=False)
for match in top_matches(result.shortlist)[:TOP]:
    arch = content.archetype(match.archetype)
    with st.container(border=True):
        st.markdown(f"**{escape(match.name)}** · {escape(results.fit_words(match, language))}")
        st.markdown(_(WHERE_TITLE, language))
        bullets([translate(item, language) for item in arch.where_to_find])
        st.markdown(_(QUESTIONS_TITLE, language))
        bullets([translate(item, language) for item in arch.questions_to_ask])

downloads_ui(content, result)

"""The next-steps page: how to find and make the most of the top kinds of mentor, and readiness tips."""

import streamlit as st

from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import translate
from mentorfinder.matching.model import top_matches
from mentorfinder.present.rules import QUESTIONS_TITLE, WHERE_TITLE, whole_percent
from ui import results, state
from ui.downloads import downloads_ui
from ui.loaders import get_content
from ui.text import bullet_list, escape

TOP = 3

content = get_content()
language = state.language()
results.require_complete(content, _("Next steps", language))
result = results.result_for(content)

st.title(_("Next steps", language))
st.header(_("Making the most of a mentor", language), anchor=False)
work_on = [tip for tip in result.tips if tip.kind == "tip"]
strengths = [tip for tip in result.tips if tip.kind == "strength"]
# each part one element (its title and its list): a markdown element per line made the page's reruns slow
for title, tips in (
    (_("Something to work on", language), work_on),
    (_("Strengths to keep using", language), strengths),
):
    if tips:
        items = [
            f"- **{escape(tip.label)}** ({whole_percent(tip.percent, language)}): {escape(tip.text)}" for tip in tips
        ]
        st.markdown(f"**{title}**\n\n" + "\n\n".join(items))  # a loose list: each tip spaced as before

st.header(_("Finding your first mentors", language), anchor=False)
for match in top_matches(result.shortlist)[:TOP]:
    arch = content.archetype(match.archetype)
    with st.container(border=True):
        where = bullet_list([translate(item, language) for item in arch.where_to_find])
        ask = bullet_list([translate(item, language) for item in arch.questions_to_ask])
        name = f"**{escape(match.name)}** · {escape(results.fit_words(match, language))}"
        st.markdown(
            "\n\n".join(
                part for part in (name, _(WHERE_TITLE, language), where, _(QUESTIONS_TITLE, language), ask) if part
            )
        )

downloads_ui(content, result)

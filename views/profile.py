"""The profile page: the summary, the notices, a chart and table per group, and any ranked codes."""

import streamlit as st

from mentorfinder.i18n.catalogue import _
from mentorfinder.present.summary import profile_summary
from mentorfinder.report.codes import code_line
from ui import frame, nav, results, state
from ui.downloads import downloads_ui
from ui.figures import CHART_CONFIG, profile_charts
from ui.loaders import get_content
from ui.memo import remember
from ui.notices import checks_ui, own_words_ui
from ui.text import bullet_list, table

content = get_content()
language = state.language()
results.require_complete(content, _("Your profile", language))
inputs = results.result_inputs(content)
result = results.result_for(content, inputs=inputs)

st.title(_("Your profile", language))
intro = (
    _("What your answers say about the mentor you are looking for, in words and in charts.", language)
    if content.matches
    else _("What your answers say, in charts and as tables.", language)
)
summary = bullet_list(profile_summary(result.profile, language))
st.markdown(intro + "\n\n" + summary if summary else intro)  # one element: each costs a rerun as much
checks_ui(result)
own_words_ui(result)

large = frame.is_projector()
charts = remember("profile_charts", lambda: profile_charts(result.profile, large, language), large=large, **inputs)
for chart in charts:
    st.plotly_chart(chart.figure, theme=None, config=CHART_CONFIG, key=f"chart-{chart.group}")
    with st.expander(_("%(title)s as a table", language) % {"title": chart.title}):
        table(chart.table)

for code in result.codes:
    st.header(code.label, anchor=False)  # h2: a section under the page title, like the notices
    st.write(code_line(code, result.profile, language))
    if code.unranked:
        names = ", ".join(result.profile[d].label for d in code.unranked)
        st.caption(_("Not ranked (no answers): %(names)s.", language) % {"names": names})
if content.matches:
    if st.button(_("See your matches", language), type="primary", icon=":material/arrow_forward:"):
        nav.go(nav.MATCHES)
else:  # another instrument ends here (no matches or next steps pages), so its downloads are on this page
    downloads_ui(content, result)

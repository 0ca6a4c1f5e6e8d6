"""The profile page: the summary, the notices, a chart and table per group, and any ranked codes."""

import streamlit as st

from mentorfinder.report.codes import code_line
from mentorfinder.summary import profile_summary
from ui import frame, nav, results
from ui.downloads import downloads_ui
from ui.figures import CHART_CONFIG, profile_charts
from ui.loaders import get_content
from ui.memo import remember
from ui.notices import checks_ui, own_words_ui
from ui.text import bullets, table

content = get_content()
results.require_complete(content, "Your profile")
inputs = results.result_inputs(content)
result = results.result_for(content, inputs=inputs)

st.title("Your profile")
st.write(
    "What your answers say about the mentor you are looking for, in words and in charts."
    if content.matches
    else "What your answers say, in charts and as tables."
)
bullets(profile_summary(result.profile))
checks_ui(result)
own_words_ui(result)

large = frame.is_projector()
for chart in remember("profile_charts", lambda: profile_charts(result.profile, large=large), large=large, **inputs):
    st.plotly_chart(chart.figure, theme=None, config=CHART_CONFIG, key=f"chart-{chart.group}")
    with st.expander(f"{chart.title} as a table"):
        table(chart.table)

for code in result.codes:
    st.header(code.label, anchor=False)  # h2: a section under the page title, like the notices
    st.write(code_line(code, result.profile))
    if code.unranked:
        st.caption(f"Not ranked (no answers): {', '.join(result.profile[d].label for d in code.unranked)}.")
if content.matches:
    if st.button("See your matches", type="primary", icon=":material/arrow_forward:"):
        nav.go(nav.MATCHES)
else:  # another instrument ends here (no matches or next steps pages), so its downloads are on this page
    downloads_ui(content, result)

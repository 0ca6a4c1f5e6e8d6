"""The matches page: the ranked kinds of mentor with why, caveats, the what-if weights and the network."""

import streamlit as st

from mentorfinder.i18n.catalogue import _
from ui import frame, nav, results, state
from ui.figures import CHART_CONFIG, match_chart
from ui.loaders import get_content
from ui.memo import remember
from ui.notices import checks_ui
from ui.programme_mentors import mentors_ui
from ui.whatif import whatif_ui
from ui.workshop_join import share_ui

SHOWN = 5  # on the chart

content = get_content()
language = state.language()
results.require_complete(content, _("Your matches", language))

st.title(_("Your matches", language))
st.write(_("Kinds of mentor to look for, best first. Each says why it fits and what to watch for.", language))
weights = whatif_ui()
inputs = results.result_inputs(content, weights)
result = results.result_for(content, weights, inputs)
checks_ui(result)
mentors_ui(content)  # in a mentoring programme: its real mentors first, then the kinds of mentor below
if result.shortlist:
    top, large = result.shortlist[:SHOWN], frame.is_projector()
    chart = remember("match_chart", lambda: match_chart(top, large, language), large=large, **inputs)
    st.plotly_chart(chart, theme=None, config=CHART_CONFIG, key="chart-matches")
    results.ranking_note()
texts = remember("match_texts", lambda: results.match_texts(content, result, language), **inputs)
for rank in range(1, min(results.CARDS, len(texts)) + 1):
    results.ranked_match_ui(rank, texts)
# in a workshop: the opt-in under the three full cards, the very kinds it would share (at the end of the page it
# sat under every other match, about 4,000 px down a phone)
share_ui(result)
results.rows_ui(texts)  # every other match: one numbered list, its detail on demand

results.network_ui(result)
results.excluded_ui(result)

if st.button(_("Next steps", language), type="primary", icon=":material/arrow_forward:"):
    nav.go(nav.NEXT_STEPS)

import streamlit as st

from mentorfinder.charts import match_chart
from ui import frame, results, state
from ui.loaders import get_content
from ui.memo import remember
from ui.notices import checks_ui
from ui.whatif import whatif_ui

SHOWN = 5  # on the chart
CARDS = 3  # full cards; every other match is a compact row that opens on demand

content = get_content()
results.require_complete(content)
language = st.session_state[state.LANGUAGE]
by_id = {a.id: a for a in content.archetypes.archetypes}

st.title("Your matches")
st.write("Kinds of mentor to look for, best first. Each says why it fits and what to watch for.")
weights = whatif_ui()
result = results.result_for(content, weights)
checks_ui(result)
if result.shortlist:
    top, large = result.shortlist[:SHOWN], frame.is_projector()
    shown = (tuple((m.name, m.percent, m.label) for m in top), large)
    chart = remember("match_chart", shown, lambda: match_chart(top, large=large))
    st.plotly_chart(chart, theme=None, config={"displayModeBar": False}, key="chart-matches")
    results.ranking_note()
for rank, match in enumerate(result.shortlist, 1):
    show = results.match_card if rank <= CARDS else results.match_row
    show(rank, match, by_id[match.archetype], language)

results.network_ui(result)
results.excluded_ui(result)

if st.button("Next steps", type="primary", icon=":material/arrow_forward:"):
    st.switch_page("views/next_steps.py")

import streamlit as st

from mentorfinder.charts import match_chart
from ui import frame, nav, results, state
from ui.loaders import get_content
from ui.memo import remember
from ui.whatif import whatif_ui

SHOWN = 5

content = get_content()
results.require_complete(content, "Your matches")
language = state.language()

st.title("Your matches")
st.write("Kinds of mentor to look for, best first. Each card says why it fits and what to watch for.")
weights = whatif_ui()
result = results.result_for(content, weights)
if result.shortlist:
    top, large = result.shortlist[:SHOWN], frame.is_projector()
    inputs = results.result_inputs(content, weights)
    chart = remember("match_chart", lambda: match_chart(top, large=large), large=large, **inputs)
    st.plotly_chart(chart, theme=None, config={"displayModeBar": False}, key="chart-matches")
    st.caption("The same ranking, with the reasons, is in the cards below.")
for rank, match in enumerate(result.shortlist[:SHOWN], 1):
    results.match_card(rank, match, content.archetype(match.archetype), language, weights)
rest = result.shortlist[SHOWN:]
if rest and st.toggle(f"Show the other {len(rest)}", key=state.SHOW_ALL):
    for rank, match in enumerate(rest, SHOWN + 1):
        results.match_card(rank, match, content.archetype(match.archetype), language, weights)

results.network_ui(result)
results.excluded_ui(result)

if st.button("Next steps", type="primary", icon=":material/arrow_forward:"):
    nav.go(nav.NEXT_STEPS)

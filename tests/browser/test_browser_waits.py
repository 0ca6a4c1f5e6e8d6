"""What a person waits for: the chart library (Plotly, 4.7 MB) is loaded while they answer questions, not after
"See my results" (on one core its first run took 0.6 s of that step)."""

from wizard import settle

from ui import nav, state
from ui.preload import chart_script

LOADED = """name => performance.getEntriesByType('resource').some(entry => entry.name.endsWith('/static/js/' + name))"""


def test_the_questions_load_the_chart_library_before_any_chart(laptop, server_url):
    """Failed before: the script was first asked for when the profile page drew its charts."""
    name = chart_script()
    assert name is not None and name.startswith("PlotlyChart.") and name.endswith(".js")
    laptop.goto(f"{server_url}/{nav.QUESTIONS.url_path}?{state.URL_STEP}=0")
    laptop.locator("h2").first.wait_for()
    settle(laptop)
    assert laptop.locator(".js-plotly-plot").count() == 0  # no chart on this page asks for it
    laptop.wait_for_function(LOADED, arg=name, timeout=15_000)  # idle: started 1.5 s after the page was drawn
    # the same module instance as Streamlit's own lazy import: its address resolves against Streamlit's index script
    index = laptop.evaluate("""document.querySelector('script[type="module"][src*="/static/js/index."]').src""")
    assert index.startswith(f"{server_url}/static/js/index.")

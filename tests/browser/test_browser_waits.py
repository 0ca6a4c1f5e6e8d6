"""What a person waits for, and what a test waits for: the chart library (Plotly, 4.7 MB) is loaded while they
answer questions, not after "See my results" (on one core its first run took 0.6 s of that step); and the tests'
settle reads Streamlit's own run events (runs.py) the way the pinned protocol sends them."""

import runs
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from wizard import click, settle

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


def test_the_run_watcher_reads_the_pinned_streamlit_protocol():
    """runs.py reads two fields by number: they are those of the pinned Streamlit's protobufs."""
    forward, back = ForwardMsg.DESCRIPTOR, BackMsg.DESCRIPTOR
    assert forward.fields_by_name["script_finished"].number == runs.SCRIPT_FINISHED
    finished = forward.fields_by_name["script_finished"]
    assert finished.type == finished.TYPE_ENUM  # the descriptor carries its own type constants
    assert back.fields_by_name["rerun_script"].number == runs.RERUN_SCRIPT
    rerun = back.fields_by_name["rerun_script"]
    assert rerun.type == rerun.TYPE_MESSAGE
    status = ForwardMsg.ScriptFinishedStatus
    assert runs.FINAL == (status.Value("FINISHED_SUCCESSFULLY"), status.Value("FINISHED_WITH_COMPILE_ERROR"))


def test_a_switch_to_another_page_counts_as_one_run_ended_for_good(laptop, server_url):
    """Start stops its run for the questions page's (st.switch_page): the watcher counts one final end, not two,
    and settle returns on it, not on the quiet window."""
    laptop.goto(server_url)
    settle(laptop)
    before = laptop.evaluate("window.__runs.finals")
    assert before >= 1
    click(laptop, "Start")
    assert laptop.evaluate("window.__runs.finals") == before + 1
    assert laptop.evaluate("window.__runs.lastFinal > window.__runs.lastAsked")

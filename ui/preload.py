"""Load the chart library while the person answers questions, so their results do not wait for it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import streamlit as st  # its package folder holds the chart script

# Streamlit's browser side loads Plotly's 4.7 MB script the first time a page shows a chart: on one core of a
# small laptop, reading it took 0.6 s of "See my results". Started from the questions, when the browser is idle
# (a person reads a question for seconds), it is ready by then. The import is of the very file, at the very
# address, that Streamlit's own lazy import asks for, so the browser runs it once and both share it.
PRELOAD = """<script>
(() => {
  if (window.__chartsPreloaded) return;
  window.__chartsPreloaded = true;
  const index = document.querySelector('script[type="module"][src*="/static/js/index."]');
  if (!index) return;
  const url = new URL("./%s", index.src).href;
  const idle = window.requestIdleCallback || (run => setTimeout(run, 0));
  setTimeout(() => idle(() => import(url).catch(() => {}), {timeout: 10000}), 1500);
})();
</script>"""


@cache
def chart_script() -> str | None:
    """The file name of Streamlit's Plotly chart script (it carries a hash that changes with each release), or
    None when this Streamlit has no such file (then nothing is preloaded and the chart loads as before)."""
    found = sorted((Path(st.__file__).parent / "static" / "static" / "js").glob("PlotlyChart.*.js"))
    return found[0].name if len(found) == 1 else None


def charts_script() -> str:
    """The script that starts loading the chart library once the page is idle (once per browser tab; it draws
    nothing visible), or "" when this Streamlit has no such file."""
    name = chart_script()
    return PRELOAD % name if name else ""

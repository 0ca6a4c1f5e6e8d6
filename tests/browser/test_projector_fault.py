"""A fault that lasts in the projector's live view, in real Chromium: the view reruns alone every 3 seconds (a
fragment with run_every, which AppTest never reruns alone), the apology stays put on the screen without flickering,
and the server logs the fault once, not a traceback on every refresh.

The server is the app with its live view's drawing broken before it starts (tests/app/test_timed_fault.py holds the
rule itself: another fault logged in its turn, the same one again after a run without it).
"""

import subprocess
import sys

import pytest
from streamlit_server import ROOT, free_port, serving
from test_browser_screens import screenshot

from mentorfinder.workshop import WorkshopStore

SORRY = "Sorry — something went wrong on our side. Your answers are kept."
BROKEN_APP = """
import sys
from streamlit.web import cli
from ui import workshop_projector

def draw(view, content):
    raise RuntimeError("the charts failed")

workshop_projector.draw = draw
sys.argv = ["streamlit", "run", "app.py", *sys.argv[1:]]
sys.exit(cli.main())
"""
# every change to the apology's alert in the page, and its opacity (a rerun greys stale elements) every 50 ms
WATCH = """() => {
  window.__alertChanges = 0;
  window.__dimmed = 0;
  const alert = n => n.nodeType === 1 && (n.matches('[data-testid="stAlert"]') || n.querySelector('[data-testid="stAlert"]'));
  new MutationObserver(changes => changes.forEach(c => {
    window.__alertChanges += [...c.addedNodes, ...c.removedNodes].filter(alert).length;
  })).observe(document.body, {subtree: true, childList: true});
  setInterval(() => {
    let opacity = 1;
    for (let e = document.querySelector('[data-testid="stAlert"]'); e; e = e.parentElement) {
      opacity *= parseFloat(getComputedStyle(e).opacity);
    }
    if (opacity < 1) window.__dimmed += 1;
  }, 50);
}"""


@pytest.fixture
def room(tmp_path, monkeypatch):
    """A workshop in a database of its own, and the broken server on it, its log kept in a file."""
    db = tmp_path / "workshops.sqlite3"
    monkeypatch.delenv("MENTORFINDER_DATABASE_URL", raising=False)
    monkeypatch.setenv("MENTORFINDER_WORKSHOP_DB", str(db))
    store = WorkshopStore()
    new = store.create("Room 4")
    store.dispose()
    port, log = free_port(), tmp_path / "server.log"
    command = [sys.executable, "-c", BROKEN_APP, "--server.headless", "true", "--server.port", str(port)]
    command += ["--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, text=True)
        with serving(process, port) as url:
            yield url, new, log


def test_a_lasting_fault_in_the_live_view_is_logged_once_and_its_apology_stays_still(browser, room, artifacts):
    url, new, log = room
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        page.goto(f"{url}/workshop?workshop={new.code}&key={new.key}")
        page.get_by_text(SORRY, exact=True).wait_for(timeout=30_000)
        page.evaluate(WATCH)
        page.wait_for_timeout(10_000)  # three refreshes of the live view, each failing again
        assert page.get_by_text(SORRY, exact=True).count() == 1
        assert page.evaluate("window.__alertChanges") == 0  # the apology was never taken away and drawn again
        assert page.evaluate("window.__dimmed") == 0  # nor greyed out while the view reran
        screenshot(page, artifacts / "projector-fault-1280x720.png")
    finally:
        context.close()
    said = log.read_text()
    assert said.count("Traceback") == 1, said  # the first failure only, not one every 3 seconds
    assert said.count("RuntimeError: the charts failed") == 1

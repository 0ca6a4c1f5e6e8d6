"""Telling a test when the run it started is over: a watcher of Streamlit's websocket, added to every page.

Streamlit tells the browser how each script run ended (ForwardMsg.script_finished): FINISHED_EARLY_FOR_RERUN when
st.rerun or st.switch_page stopped it for another run, FINISHED_SUCCESSFULLY when it was the last. The browser asks
for a run with BackMsg.rerun_script. Neither shows in the page (data-test-script-state reads "notRunning" in the
gap between a run and the rerun it asked for), so this script, run in every new document before Streamlit's own,
counts them in window.__runs: `finals` (full runs that ended as the last of their chain), `lastFinal` and
`lastAsked` (performance.now() of the last final end received and the last rerun asked for).
Field numbers are those of streamlit/proto (ForwardMsg.script_finished = 6, BackMsg.rerun_script = 11); a test
(tests/browser/test_browser_waits.py) holds them to the pinned Streamlit's protobufs.
"""

from playwright.sync_api import Browser, BrowserContext

SCRIPT_FINISHED = 6  # ForwardMsg.script_finished, an enum (a varint)
RERUN_SCRIPT = 11  # BackMsg.rerun_script, a message
FINAL = (0, 1)  # FINISHED_SUCCESSFULLY, FINISHED_WITH_COMPILE_ERROR (not EARLY_FOR_RERUN, not a fragment's run)

WATCH_RUNS = """(() => {
  if (window.__runs) return;
  const runs = window.__runs = {finals: 0, lastFinal: -1, lastAsked: -1};
  // the value of top-level field `wanted` of a protobuf message: a varint's number, true for any other kind
  const field = (data, wanted) => {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data)
      : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
    if (!bytes) return undefined;
    let i = 0;
    const varint = () => {
      let value = 0, scale = 1, byte;
      do { byte = bytes[i++]; value += (byte & 0x7f) * scale; scale *= 128; } while (byte & 0x80 && i < bytes.length);
      return value;
    };
    while (i < bytes.length) {
      const tag = varint(), number = tag >>> 3, kind = tag & 7;
      if (kind === 0) { const value = varint(); if (number === wanted) return value; }
      else if (kind === 2) { const length = varint(); if (number === wanted) return true; i += length; }
      else if (kind === 1) i += 8;
      else if (kind === 5) i += 4;
      else return undefined;
    }
    return undefined;
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', event => {
        if (__FINAL__.includes(field(event.data, __FINISHED__))) { runs.finals += 1; runs.lastFinal = performance.now(); }
      });
    }
    send(data) {
      if (field(data, __RERUN__) === true) runs.lastAsked = performance.now();
      return super.send(data);
    }
  };
})();"""
for name, value in (("__FINAL__", list(FINAL)), ("__FINISHED__", SCRIPT_FINISHED), ("__RERUN__", RERUN_SCRIPT)):
    WATCH_RUNS = WATCH_RUNS.replace(name, str(value))


class WatchedBrowser:
    """A Browser whose every new context runs WATCH_RUNS in each page; everything else is the browser's own."""

    def __init__(self, browser: Browser):
        self._browser = browser

    def new_context(self, **options) -> BrowserContext:
        """A new context (as Browser.new_context) whose pages count their runs."""
        context = self._browser.new_context(**options)
        context.add_init_script(WATCH_RUNS)
        return context

    def __getattr__(self, name):
        return getattr(self._browser, name)

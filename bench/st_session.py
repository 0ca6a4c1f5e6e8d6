"""One session of the real server over Streamlit's own websocket protocol, as the browser's frontend speaks it.

It connects to `/_stcore/stream`, sends each rerun as a `rerun_script` BackMsg (the address's query string, the
page's script hash, every widget's value, a clicked button's trigger, the hashes of the messages it has cached),
and reads what the server sends: `new_session` at the start of each run, the deltas that draw the page (kept by
their delta path, as the frontend's element tree keeps them), `page_info_changed` (the query string the app
mirrors into the address), `navigation` (the page now shown), `script_finished`, and the answer to a deferred
download's request (`backend_operation_response`: the URL of the file the server made on the click). A run that ends early for
another run (a page switch, st.rerun) is followed by that run; a rerun is answered when a run finishes in full.
Then, as the frontend does, elements not drawn by that run are dropped and widgets no longer on the page
forgotten. Large elements arrive once and are then referred to by hash (`ref_hash`); the cache follows the
frontend's rules (an entry is dropped after `max_cached_message_age` runs unused).
"""

from __future__ import annotations

import asyncio
import gzip
import re
import time
import urllib.request
import uuid
from dataclasses import dataclass

import websockets
from st_widgets import Widgets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ASSET = re.compile(r'(?:href|src)="\./([^"]+)"')  # what index.html names: scripts, preloads, the font, the icon
DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


class Lost(RuntimeError):
    """The server's answer shows a walk cannot go on (a compile error, a closed connection, a run that never ends)."""


@dataclass
class Element:
    """One element on the page: its kind (`radio`, `button`, `markdown`, … or `block`), its proto, its run."""

    kind: str
    proto: object
    run: str


class Session:
    """A browser tab's worth of Streamlit: the page as drawn, the widgets' values, the address, the current page."""

    def __init__(self, url: str, timeout: float) -> None:
        self.http = url.rstrip("/")
        self.timeout = timeout
        self.elements: dict[tuple[int, ...], Element] = {}
        self.widgets = Widgets()
        self.query = ""
        self.page_hash = ""
        self.pages: dict[str, str] = {}  # page name -> script hash
        self.run = ""
        self.session_id = ""  # the server's id for this session: a deferred download's request must name it
        self.bytes_in = 0
        self._requests: dict[str, asyncio.Future] = {}  # request id -> the server's answer
        self._cache: dict[str, tuple[ForwardMsg, int]] = {}  # hash -> (message, run count when last used)
        self._runs, self._max_age = 0, 2
        self._ws = None
        self._reader: asyncio.Task | None = None
        self._finished: asyncio.Future | None = None

    async def open(self, query: str = "") -> float:
        """Open the address `/?query` as a new tab does: the page and the assets it names, the server's health and
        host config, then the websocket and the first run; seconds until that run has drawn the page."""
        start = time.perf_counter()
        await asyncio.to_thread(self._load_page)
        ws_url = "ws" + self.http.removeprefix("http") + "/_stcore/stream"
        self._ws = await websockets.connect(
            ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=self.timeout
        )
        self._reader = asyncio.create_task(self._read())
        self.query = query
        await self.rerun()
        return time.perf_counter() - start

    async def close(self) -> None:
        """Close the connection (the tab goes away)."""
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.gather(self._reader, return_exceptions=True)

    async def rerun(self, trigger: str | None = None) -> float:
        """Send a rerun with every widget's value (and a clicked button's trigger); seconds until it finished."""
        start = time.perf_counter()
        await self._send_rerun(trigger)
        await self._run_finished()
        return time.perf_counter() - start

    async def download(self, trigger: str, file_id: str) -> tuple[bytes, float]:
        """Click a deferred download button (its data made on the click) as the frontend does: the rerun with its
        trigger, then the request for the file; the file fetched from the URL the server answers, and the seconds
        until it was in hand. Returns once the click's run has finished too."""
        start = time.perf_counter()
        await self._send_rerun(trigger)
        msg = BackMsg()
        request = msg.backend_operation_request
        request.request_id, request.session_id = uuid.uuid4().hex, self.session_id
        request.deferred_file.file_id = file_id
        answer = self._requests[request.request_id] = asyncio.get_running_loop().create_future()
        await self._ws.send(msg.SerializeToString())
        try:
            response = await asyncio.wait_for(answer, self.timeout)
        except TimeoutError:
            raise Lost(f"no answer to the download's request {self.timeout:.0f} s after the click") from None
        finally:
            self._requests.pop(request.request_id, None)
        if response.error_msg:
            raise RuntimeError(f"the server refused the download: {response.error_msg}")
        data = await asyncio.to_thread(self.fetch, response.deferred_file.url)
        seconds = time.perf_counter() - start
        await self._run_finished()
        return data, seconds

    async def _send_rerun(self, trigger: str | None) -> None:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.page_script_hash = self.page_hash
        state.widget_states.widgets.extend(self.widgets.states(trigger))
        state.cached_message_hashes.extend(self._cache)
        info = state.context_info
        info.timezone, info.timezone_offset, info.locale, info.url = "UTC", 0, "en-US", self.http + "/"
        info.is_embedded, info.color_scheme = False, "light"
        self._finished = asyncio.get_running_loop().create_future()
        await self._ws.send(msg.SerializeToString())

    async def _run_finished(self) -> None:
        try:
            await asyncio.wait_for(asyncio.shield(self._finished), self.timeout)
        except TimeoutError:
            raise Lost(f"no finished run {self.timeout:.0f} s after the rerun was sent") from None

    def fetch(self, path: str) -> bytes:
        """GET a file the server serves (a download button's media URL, an asset), as the browser fetches it."""
        request = urllib.request.Request(self.http + path, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            data = response.read()
            return gzip.decompress(data) if response.headers.get("Content-Encoding") == "gzip" else data

    def _load_page(self) -> None:
        """What a browser without a cache fetches before it connects (each participant has their own browser).
        Script chunks the page loads later on demand (a chart's library) are not fetched."""
        page = self.fetch("/").decode()
        for path in ["_stcore/health", "_stcore/host-config", *ASSET.findall(page)]:
            self.bytes_in += len(self.fetch("/" + path))

    async def _read(self) -> None:
        """Handle every message the server sends, for as long as the connection is open."""
        try:
            async for data in self._ws:
                self.bytes_in += len(data)
                msg = ForwardMsg()
                msg.ParseFromString(data)
                self._handle(self._dereferenced(msg))
        except Exception as error:  # the connection broke, or a message could not be read: the wait ends with it
            self._fail(Lost(f"the connection ended: {type(error).__name__}: {error}"))
        else:
            self._fail(Lost("the server closed the connection"))

    def _fail(self, error: Exception) -> None:
        for waiting in [self._finished, *self._requests.values()]:
            if waiting is not None and not waiting.done():
                waiting.set_exception(error)

    def _dereferenced(self, msg: ForwardMsg) -> ForwardMsg:
        """A reference to a cached message, replaced by that message (with the reference's own metadata)."""
        if msg.WhichOneof("type") == "ref_hash":
            if msg.ref_hash not in self._cache:
                raise Lost(f"the server referred to a message this session never cached ({msg.ref_hash})")
            cached = ForwardMsg()
            cached.CopyFrom(self._cache[msg.ref_hash][0])
            cached.metadata.CopyFrom(msg.metadata)
            self._cache[msg.ref_hash] = (self._cache[msg.ref_hash][0], self._runs)
            return cached
        if msg.metadata.cacheable and msg.hash:
            self._cache[msg.hash] = (msg, self._runs)
        return msg

    def _handle(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "new_session":
            self.run = msg.metadata.run.script_run_id or msg.new_session.session_id + str(self._runs)
            self.page_hash = msg.new_session.page_script_hash
            self.session_id = msg.new_session.initialize.session_id or self.session_id
            if msg.new_session.HasField("config"):
                self._max_age = msg.new_session.config.max_cached_message_age
        elif kind == "delta":
            self._delta(tuple(msg.metadata.delta_path), msg.delta)
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "navigation":
            self.page_hash = msg.navigation.page_script_hash or self.page_hash
            self.pages = {page.page_name: page.page_script_hash for page in msg.navigation.app_pages}
        elif kind == "script_finished":
            self._script_finished(msg.script_finished)
        elif kind == "backend_operation_response":
            answer = self._requests.get(msg.backend_operation_response.request_id)
            if answer is not None and not answer.done():
                answer.set_result(msg.backend_operation_response)

    def _delta(self, path: tuple[int, ...], delta) -> None:
        which = delta.WhichOneof("type")
        if which == "new_element":
            kind = delta.new_element.WhichOneof("type")
            proto = getattr(delta.new_element, kind)
            self.elements[path] = Element(kind, proto, self.run)
            self.widgets.drawn(kind, proto)
        elif which == "add_block":
            self.elements[path] = Element("block", delta.add_block, self.run)

    def _script_finished(self, status) -> None:
        if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            return  # another run follows at once (a page switch, st.rerun): the rerun is answered when it ends
        if status not in DONE:
            self._fail(Lost(f"the run ended with {ForwardMsg.ScriptFinishedStatus.Name(status)}"))
            return
        self.elements = {path: e for path, e in self.elements.items() if e.run == self.run}
        self.widgets.keep_only({e.proto.id for e in self.elements.values() if e.kind != "block" and _has_id(e.proto)})
        self._runs += 1
        self._cache = {h: (m, used) for h, (m, used) in self._cache.items() if self._runs - used <= self._max_age}
        if self._finished is not None and not self._finished.done():
            self._finished.set_result(None)

    def ordered(self) -> list[Element]:
        """The elements in page order (main area, then sidebar), as a person reads them."""
        return [self.elements[path] for path in sorted(self.elements)]


def _has_id(proto) -> bool:
    return any(field.name == "id" for field in proto.DESCRIPTOR.fields)

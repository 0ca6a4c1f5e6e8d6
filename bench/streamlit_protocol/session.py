"""A browser tab's session of the real server over Streamlit's websocket protocol: its messages, sent and read.

It opens the page as a browser without a cache does (the HTML and the assets it names), connects to
`/_stcore/stream`, sends each rerun as a `rerun_script` BackMsg (the address's query string, the page's script
hash, every widget's value, a clicked button's trigger, the hashes of the messages it has cached), and reads what
the server sends: `new_session` at each run's start, the deltas that draw the page (kept by delta path, as the
frontend's element tree keeps them), `page_info_changed` (the query string the app mirrors into the address),
`navigation` (the page shown), `script_finished`, and the answer to a deferred download's request (the URL of the
file made on the click). A run that ends early for another run (a page switch, st.rerun) is followed by that run;
a rerun is answered when a run finishes in full. Then, as the frontend does, elements that run did not draw are
dropped and widgets no longer on the page forgotten; a click on a button drawn by a fragment (`st.fragment`) reruns
that fragment alone, and its run drops only that fragment's elements it did not draw again. Large messages arrive
once, then by hash (`ref_hash`), dropped after `max_cached_message_age` runs unused.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import time
import urllib.request
from collections.abc import Awaitable, Callable

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

from bench.streamlit_protocol.elements import VALUED, Element, start_value, state_of

ASSET = re.compile(r'(?:href|src)="\./([^"]+)"')  # what index.html names: scripts, preloads, the font, the icon
DONE = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


class Lost(RuntimeError):
    """The server's answer shows a walk cannot go on (a compile error, a closed connection, a run that never ends)."""


class Session:
    """A browser tab's worth of Streamlit: the page as drawn, the widgets' values, the address, the page shown."""

    def __init__(self, url: str, timeout: float) -> None:
        self.http, self.timeout = url.rstrip("/"), timeout
        self.elements: dict[tuple[int, ...], Element] = {}
        self.values: dict[str, tuple[str, object, object]] = {}  # widget id -> (kind, message, value)
        self.query = self.page_hash = self.run = ""
        self.session_id = ""  # the server's id for this session: a deferred download's request names it
        self._requests: dict[str, asyncio.Future] = {}  # request id -> the server's answer
        self._cache: dict[str, tuple[ForwardMsg, int]] = {}  # hash -> (message, run count when last used)
        self._runs, self._max_age = 0, 2
        self._fragments: set[str] = set()  # the fragments the current run reruns (none: a full run)
        self._ws = self._reader = self._finished = None

    async def open(self, query: str = "") -> float:
        """Open `/?query` as a new tab does: the page and its assets, the websocket, the first run; its seconds.
        Script chunks a browser loads later on demand (a chart's library) are not fetched."""
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

    def ordered(self) -> list[Element]:
        """The elements in page order (main area, then sidebar), as a person reads them."""
        return [self.elements[path] for path in sorted(self.elements)]

    def set(self, element_id: str, value) -> None:
        """The person changed a widget (a choice as its shown label or labels); sent with the next rerun."""
        kind, proto, _old = self.values[element_id]
        self.values[element_id] = (kind, proto, value)

    def value(self, element_id: str):
        """A widget's value as the frontend holds it."""
        return self.values[element_id][2]

    async def rerun(self, trigger: str | None = None, changed: str | None = None) -> float:
        """Send a rerun with every widget's value (and a clicked button's trigger); seconds until it finished. A
        click on a button a fragment drew, or a change of a widget it drew (`changed`), reruns that fragment alone,
        as the frontend asks."""
        start = time.perf_counter()
        await self._send_rerun(trigger, changed)
        await self._run_finished()
        return time.perf_counter() - start

    async def press(self, label: str) -> float:
        """Click the button with this label, as rerun does; seconds until its run finished."""
        return await self.rerun(next(e.id for e in self.ordered() if e.kind == "button" and e.label == label))

    async def download(
        self,
        label: str,
        late: Callable[[], Awaitable] | None = None,
        lookup_after: Callable[[], Awaitable] | None = None,
    ) -> tuple[bytes, float]:
        """Click the download button `label` whose file is made on the click, as the frontend does; the file and
        the seconds until it was in hand (bench/streamlit_protocol/download.py)."""
        from bench.streamlit_protocol.download import download

        return await download(self, label, late, lookup_after)

    async def run_finished(self, within: float) -> bool:
        """Whether the run last asked for finishes within `within` seconds (it goes on either way)."""
        try:
            await asyncio.wait_for(asyncio.shield(self._finished), within)
        except TimeoutError:
            return False
        return True

    def fetch(self, path: str) -> bytes:
        """GET a file the server serves (a download's media URL, an asset), as the browser fetches it."""
        request = urllib.request.Request(self.http + path, headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            data = response.read()
            return gzip.decompress(data) if response.headers.get("Content-Encoding") == "gzip" else data

    def _load_page(self) -> None:
        page = self.fetch("/").decode()
        for path in ["_stcore/health", "_stcore/host-config", *ASSET.findall(page)]:
            self.fetch("/" + path)

    async def _send_rerun(self, trigger: str | None, changed: str | None = None) -> None:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string, state.page_script_hash = self.query, self.page_hash
        state.widget_states.widgets.extend(state_of(kind, proto, value) for kind, proto, value in self.values.values())
        if trigger is not None:
            state.widget_states.widgets.append(WidgetState(id=trigger, trigger_value=True))
        source = next((e for e in self.elements.values() if e.id and e.id in (trigger, changed)), None)
        state.fragment_id = source.fragment if source is not None else ""
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

    async def _read(self) -> None:
        """Handle every message the server sends, for as long as the connection is open."""
        try:
            async for data in self._ws:
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
            self.run = msg.metadata.run.script_run_id
            self.page_hash = msg.new_session.page_script_hash
            self.session_id = msg.new_session.initialize.session_id or self.session_id
            self._fragments = set(msg.metadata.run.fragment_ids)
            if msg.new_session.HasField("config"):
                self._max_age = msg.new_session.config.max_cached_message_age
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            self._drawn(tuple(msg.metadata.delta_path), element.WhichOneof("type"), element, msg.delta.fragment_id)
        elif kind == "delta" and msg.delta.WhichOneof("type") == "add_block":
            self._block_drawn(tuple(msg.metadata.delta_path), msg.delta.add_block, msg.delta.fragment_id)
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "navigation":
            self.page_hash = msg.navigation.page_script_hash or self.page_hash
        elif kind == "script_finished":
            self._script_finished(msg.script_finished)
        elif kind == "backend_operation_response":
            answer = self._requests.get(msg.backend_operation_response.request_id)
            if answer is not None and not answer.done():
                answer.set_result(msg.backend_operation_response)

    def _block_drawn(self, path: tuple[int, ...], block, fragment: str) -> None:
        """A block arrived; an expander that reruns when opened keeps whether it is open, as a widget its value."""
        self.elements[path] = element = Element("block", block, self.run, fragment)
        if element.id:
            held = self.values.get(element.id)
            keep = held is not None and held[0] == "expander"
            self.values[element.id] = ("expander", block, held[2] if keep else block.expandable.expanded)

    def _drawn(self, path: tuple[int, ...], kind: str, element, fragment: str) -> None:
        """An element arrived; a widget keeps the value held for its id unless the server set one."""
        proto = getattr(element, kind)
        self.elements[path] = Element(kind, proto, self.run, fragment)
        if kind in VALUED:
            held = self.values.get(proto.id)
            keep = held is not None and held[0] == kind and not proto.set_value
            self.values[proto.id] = (kind, proto, held[2] if keep else start_value(kind, proto))

    def _script_finished(self, status) -> None:
        if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            return  # another run follows at once (a page switch, st.rerun): the rerun is answered when it ends
        if status not in DONE:
            self._fail(Lost(f"the run ended with {ForwardMsg.ScriptFinishedStatus.Name(status)}"))
            return
        # a fragment's run redraws that fragment alone: only its elements not drawn again are gone
        self.elements = {
            path: e
            for path, e in self.elements.items()
            if e.run == self.run or (self._fragments and e.fragment not in self._fragments)
        }
        drawn = {e.id for e in self.elements.values()}
        self.values = {wid: held for wid, held in self.values.items() if wid in drawn}
        self._runs += 1
        self._cache = {h: (m, used) for h, (m, used) in self._cache.items() if self._runs - used <= self._max_age}
        if self._finished is not None and not self._finished.done():
            self._finished.set_result(None)

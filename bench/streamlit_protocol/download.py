"""A click on a download button whose file is made on the click (Streamlit's deferred download), as the frontend
does it: the click's rerun (unless the button reruns nothing) and the request for the file, then the file fetched."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable

from streamlit.proto.BackMsg_pb2 import BackMsg

from bench.streamlit_protocol.session import Lost, Session


async def download(
    session: Session,
    label: str,
    late: Callable[[], Awaitable] | None = None,
    lookup_after: Callable[[], Awaitable] | None = None,
) -> tuple[bytes, float]:
    """Click the download button `label` whose file is made on the click, as the frontend does: its rerun and
    the request for the file at once, then the file fetched from the URL the server answers. Returns the file
    and the seconds until it was in hand, once the click's run has finished too. With `late`, the file is
    fetched only after the click's run has finished and `late()` has been awaited (a slow browser's fetch).
    With `lookup_after`, the request for the file is sent only once `lookup_after()` has been awaited (a
    server whose threads for such requests are all busy looks it up late)."""
    button = next((e for e in session.ordered() if e.kind == "download_button" and e.label == label), None)
    if button is None or not button.proto.deferred_file_id:
        notes = " | ".join(e.text for e in session.ordered() if e.kind == "alert")
        raise RuntimeError(f"{'no' if button is None else 'no deferred'} {label!r} button on the page: {notes:.200}")
    start = time.perf_counter()
    if not button.proto.ignore_rerun:
        await session._send_rerun(button.id)
    if lookup_after is not None:
        await lookup_after()
    msg = BackMsg()
    request = msg.backend_operation_request
    request.request_id, request.session_id = uuid.uuid4().hex, session.session_id
    request.deferred_file.file_id = button.proto.deferred_file_id
    answer = session._requests[request.request_id] = asyncio.get_running_loop().create_future()
    await session._ws.send(msg.SerializeToString())
    try:
        response = await asyncio.wait_for(answer, session.timeout)
    except TimeoutError:
        raise Lost(f"no answer to the download's request {session.timeout:.0f} s after the click") from None
    finally:
        session._requests.pop(request.request_id, None)
    if response.error_msg:
        raise RuntimeError(f"the server refused the download: {response.error_msg}")
    if late is not None:
        await session._run_finished()
        await late()
    data = await asyncio.to_thread(session.fetch, response.deferred_file.url)
    seconds = time.perf_counter() - start
    if not button.proto.ignore_rerun:
        await session._run_finished()
    return data, seconds

"""Streamlit's private websocket protocol, spoken as a browser tab does: the one place that knows its messages.

`session.py` holds the wire: the page and its assets fetched, the websocket, each rerun sent and every message the
server sends read (`Session`, `Lost`); `download.py` a click on a download whose file is made on the click.
`elements.py` reads what the page drew and the widgets' values as the
frontend holds and sends them (`Element`, `widget_key`). Nothing else in bench/ imports Streamlit's protobufs or
`websockets`: callers read the page through `Element`'s plain properties, never a proto.
tests/browser/test_protocol_walk.py lists every message field used here and checks the pinned Streamlit has
each, then drives the real server through it: a protocol change under the pin fails there.
"""

from bench.streamlit_protocol.elements import Element, widget_key
from bench.streamlit_protocol.session import Lost, Session

__all__ = ["Element", "Lost", "Session", "widget_key"]

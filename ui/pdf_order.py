"""One session's PDF, held between the Download PDF click that asks for it and the download that serves it."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

WAIT = 120  # seconds a download waits for its click's PDF (the browser gives up on it after 180)


class PdfOrder:
    """One session's PDF, between the click that asks for it and the download that serves it.

    A click on Download PDF does two things at once: it reruns the button's part of the page, and Streamlit
    calls the button's data callable on a server thread. The rerun runs the button's on_click callback first,
    so the callback makes the PDF (`made`) and the callable only waits for it (`download`). Kept in this
    session's state (ui/state.py).
    """

    def __init__(self) -> None:
        self._ready = threading.Condition()
        self._count = 0  # clicks answered so far: a download waits for one answered after its button was drawn
        self._looked_up = -1  # the newest button (by `_count` when drawn) whose file request Streamlit looked up
        self.refused_drawn = False  # whether the button was last drawn refusing the name (disabled)
        self.signature = ""  # the inputs of the last click's PDF
        self.pdf: bytes | None = None  # the last click's PDF; None when it was refused or failed
        self.failed = False  # the last click's PDF could not be made (said once, by the run of that click)

    def made(self, signature: str, pdf: bytes | None, failed: bool = False) -> None:
        """Answer a click: its PDF, or None when the name was refused or making it failed (the page says which)."""
        with self._ready:
            self.signature, self.pdf, self.failed = signature, pdf, failed
            self._count += 1
            self._ready.notify_all()

    def download(self) -> Callable[[], bytes]:
        """The data callable of the button drawn now: the PDF of the next click, once its callback has made it."""
        # A partial of the class's own function, not a closure made per run: the media manager keeps each run's
        # callable (until the next run ends), and AppTest's per-run mock runtime, a cycle, keeps it too.
        return functools.partial(PdfOrder.serve, self, self._count)

    def serve(self, drawn: int) -> bytes:
        """The PDF of a click on a button drawn after `drawn` clicks were answered, once that click's callback has
        answered it. Raising makes Streamlit refuse the download (the browser says so under the button)."""
        with self._ready:
            self._looked_up = max(self._looked_up, drawn)
            self._ready.notify_all()
            if not self._ready.wait_for(lambda: self._count > drawn, WAIT):
                raise TimeoutError("no PDF was made for this click")
            if self.pdf is None:
                raise RuntimeError("no PDF for this click: the page says why")
            return self.pdf

    def drawn(self) -> int:
        """The number the button drawn now carries: the clicks answered before it."""
        return self._count

    def wait_looked_up(self, drawn: int, seconds: float) -> None:
        """Wait (at most `seconds`) until Streamlit has looked up the file request of the button drawn at `drawn`:
        the button drawn again after that may replace its file id, and a request looked up later gets nothing."""
        with self._ready:
            self._ready.wait_for(lambda: self._looked_up >= drawn, seconds)

    def take_failure(self) -> bool:
        """Whether the last click's PDF failed, said once."""
        failed, self.failed = self.failed, False
        return failed

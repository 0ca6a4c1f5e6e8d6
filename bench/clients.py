"""The server bench's participants, either kind behind one call: protocol clients (default) or Chromium pages.

`protocol` (bench/protocol_walk.py) speaks Streamlit's websocket protocol as the frontend does, at a small
fraction of a browser page's CPU, so one core drives 30 people (and a 200-walk soak) while the server's core does
the work; the step times are the server's (plus the wire), with a human think time between actions.
`browser` (bench/participants.py) drives real Chromium pages, flat out: what a person sees, drawing included,
but on this 2-core machine one core cannot draw 10 or 30 pages fast enough, so there the times are the browser's.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass

from bench import participants, protocol_walk

CLIENTS = ("protocol", "browser")


@dataclass
class Clients:
    """Starts rounds of participants of one kind against a server; `think` is the protocol clients' pacing."""

    kind: str
    content: object
    timeout: float
    think: tuple[float, float] = protocol_walk.THINK
    browser: object = None

    @property
    def name(self) -> str:
        """What the figures call this side: its kind, and for protocol clients their pacing."""
        if self.kind == "browser":
            return "browser"
        low, high = self.think
        return "protocol, flat out" if high == 0 else f"protocol, think {low:g}–{high:g} s"

    async def round(self, url: str, seeds: list[int], stagger: float, on_open=None, paced: bool = True):
        """All `seeds` walk at once; returns the walks and `on_open()`'s value, taken with every session open.

        `paced=False` walks flat out whatever `think` says (the unmeasured warm-up walk)."""
        if self.kind == "protocol":
            think = self.think if paced else (0.0, 0.0)
            return await protocol_walk.round_of(url, self.content, seeds, self.timeout, stagger, think, on_open)
        return await participants.round_of(self.browser, url, self.content, seeds, self.timeout, stagger, on_open)


@asynccontextmanager
async def clients(kind: str, content, timeout: float, think: tuple[float, float]):
    """The participants of `kind`, ready for rounds (for `browser`, one Chromium, closed afterwards)."""
    if kind == "protocol":
        yield Clients(kind, content, timeout, think)
        return
    from playwright.async_api import async_playwright  # only the browser participants need Playwright

    from tests.browser.streamlit_server import CHROMIUM_ARGS, chromium_path

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield Clients(kind, content, timeout, think, browser)
        finally:
            await browser.close()

"""The server bench's participants (`--clients`): protocol clients or Chromium pages, and their names in the figures."""

from __future__ import annotations

from contextlib import asynccontextmanager

from bench import participants, protocol_walk
from bench.server_figures import MARKERS
from tests.browser.streamlit_server import CHROMIUM_ARGS, chromium_path


@asynccontextmanager
async def participants_of(args, content):
    """What walks a round for `--clients`: `side(url, seeds, stagger, on_open=None, paced=True)` returns the walks and
    `on_open()`'s value, taken with every session open. Protocol clients think `--think` between actions
    (`paced=False`: flat out, for the warm-up); browser participants are contexts of one Chromium, flat out."""
    if args.clients == "protocol":

        async def side(url, seeds, stagger, on_open=None, paced=True):
            think = tuple(args.think) if paced else (0.0, 0.0)
            return await protocol_walk.round_of(url, content, seeds, args.timeout, stagger, think, on_open)

        yield side
        return
    from playwright.async_api import async_playwright  # only the browser participants need Playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield lambda url, seeds, stagger, on_open=None, paced=True: participants.round_of(
                browser, url, content, seeds, args.timeout, stagger, on_open
            )
        finally:
            await browser.close()


def pacing(args) -> str:
    """What the figures call the participants: browser, or protocol clients paced or flat out."""
    if args.clients == "browser":
        return "browser"
    return "protocol, flat out" if args.think[1] == 0 else f"protocol, think {args.think[0]:g}–{args.think[1]:g} s"


def docs_markers(args) -> str:
    """The name of the docs' table for these participants: the browser's, or protocol clients' paced or flat out."""
    if args.clients == "browser":
        return MARKERS
    return f"{MARKERS}, protocol {'flat out' if args.think[1] == 0 else 'paced'}"

"""A Download PDF click's file is still there when the browser fetches it late, on a real server.

Streamlit stores the file a deferred download returns referenced by no session: the end of the click's own run
marked it and the end of the next run of any session deleted it, so in a busy room a browser that fetched it after
another person's run met a 404 (one walk in 60 at 30 people). Two sessions of Streamlit's own protocol
(bench/streamlit_protocol): one clicks, the other runs twice before the first fetches. Failed before: HTTP 404.
"""

import asyncio
from collections.abc import AsyncIterator, Coroutine
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from bench.streamlit_protocol import Session
from mentorfinder.answers.link import encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content

T = TypeVar("T")


@asynccontextmanager
async def at_next_steps(url: str, seed: int) -> AsyncIterator[tuple[Session, Session]]:
    """A person's protocol session on Next steps with answer set `seed`, and another session open beside it; both
    closed after."""
    person, other = Session(url, 60), Session(url, 60)
    try:
        await person.open("a=" + encode_answers(sample_answers(list(load_content().questionnaires), seed=seed)))
        for label in ("See your results", "See your matches", "Next steps"):
            await person.press(label)
        await other.open()
        yield person, other
    finally:
        await person.close()
        await other.close()


def run_apart(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to its end in a thread of its own: after a Playwright test, this thread has an event loop where
    asyncio.run() refuses."""
    with ThreadPoolExecutor(max_workers=1) as apart:
        return apart.submit(asyncio.run, coroutine).result()


async def late_pdf(url: str) -> bytes:
    """The PDF of one click, fetched after the click's run and two runs of another session have ended."""
    async with at_next_steps(url, seed=7) as (person, other):

        async def others_run() -> None:
            await other.rerun()
            await other.rerun()

        data, _seconds = await person.download("Download PDF", late=others_run)
        return data


def test_a_pdf_fetched_after_other_runs_ended_is_still_there(server_url):
    data = run_apart(late_pdf(server_url))
    assert data.startswith(b"%PDF") and len(data) > 2000

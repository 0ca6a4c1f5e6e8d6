"""A Download PDF click is served even when the server looks up the clicked button's file late, on a real server.

The request for a file made on the click names the button's file id, and the click also runs the page. A full rerun
let go of the id the browser was asking for: the run unmapped it at its start and the end of any run (this session's
or another's) dropped it, so a request looked up after that was refused ("Failed to generate file for download"):
one walk in 30 at 30 people, where the threads that look such requests up were busy. Two sessions of Streamlit's own
protocol (bench/streamlit_protocol): one clicks, and its request is sent only after its click's run has had time to
end and the other session has run twice. Failed before: the server refused the download.
"""

import asyncio
from concurrent.futures import ThreadPoolExecutor

from bench.streamlit_protocol import Session
from mentorfinder.answers.link import encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content

RUN_ENDS = 3.0  # seconds the click's run gets to end before its request is sent (it ends in well under one)


async def looked_up_late(url: str) -> tuple[bytes, bytes]:
    """Two PDFs of one person, each requested after the click's run had time to end and another session ran twice;
    the second with a name typed and confirmed first (a rerun of the name's part of the page)."""
    person, other = Session(url, 60), Session(url, 60)
    try:
        await person.open("a=" + encode_answers(sample_answers(list(load_content().questionnaires), seed=8)))
        for label in ("See your results", "See your matches", "Next steps"):
            await person.press(label)
        await other.open()

        async def busy() -> None:
            await person.run_finished(RUN_ENDS)
            await other.rerun()
            await other.rerun()

        first, _seconds = await person.download("Download PDF", lookup_after=busy)
        name = next(e for e in person.ordered() if e.kind == "text_input" and e.label.startswith("Your name"))
        person.set(name.id, "Grace Hopper")
        await person.rerun(changed=name.id)  # confirmed (Enter), as the browser sends it
        second, _seconds = await person.download("Download PDF", lookup_after=busy)
        return first, second
    finally:
        await person.close()
        await other.close()


def test_a_pdf_whose_request_is_looked_up_after_other_runs_is_still_made(server_url):
    # in a thread of its own: after a Playwright test, this thread has an event loop where asyncio.run() refuses
    with ThreadPoolExecutor(max_workers=1) as apart:
        first, second = apart.submit(asyncio.run, looked_up_late(server_url)).result()
    assert first.startswith(b"%PDF") and len(first) > 2000
    assert second.startswith(b"%PDF") and second != first  # the name is on the second

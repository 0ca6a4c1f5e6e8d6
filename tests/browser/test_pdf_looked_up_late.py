"""A Download PDF click is served even when the server looks up the clicked button's file late, on a real server.

The request for a file made on the click names the button's file id, and the click also runs the page. A full rerun
let go of the id the browser was asking for: the run unmapped it at its start and the end of any run (this session's
or another's) dropped it, so a request looked up after that was refused ("Failed to generate file for download"):
one walk in 30 at 30 people, where the threads that look such requests up were busy. Two sessions of Streamlit's own
protocol (bench/streamlit_protocol): one clicks, and its request is sent only after its click's run has had time to
end and the other session has run twice. Failed before: the server refused the download.
"""

from test_pdf_fetched_late import at_next_steps, run_apart

RUN_ENDS = 3.0  # seconds the click's run gets to end before its request is sent (it ends in well under one)


async def looked_up_late(url: str) -> tuple[bytes, bytes]:
    """Two PDFs of one person, each requested after the click's run had time to end and another session ran twice;
    the second with a name typed and confirmed first (a rerun of the name's part of the page)."""
    async with at_next_steps(url, seed=8) as (person, other):

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


def test_a_pdf_whose_request_is_looked_up_after_other_runs_is_still_made(server_url):
    first, second = run_apart(looked_up_late(server_url))
    assert first.startswith(b"%PDF") and len(first) > 2000
    assert second.startswith(b"%PDF") and second != first  # the name is on the second

"""The server bench's protocol participants are a right instrument: a walk over the websocket ends with exactly the
answers it gave in the address and a real PDF (one click on Download PDF, the file fetched from the URL the server
answers), and a refused answer or a refused Next loses the walk."""

import asyncio
import io
import sys
from concurrent.futures import ThreadPoolExecutor
from copy import deepcopy
from pathlib import Path
from urllib.parse import parse_qs

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import protocol_walk  # noqa: E402  (a bench module: bench/ is not a package)

from mentorfinder.answers.link import decode_answers, decode_weights  # noqa: E402
from mentorfinder.answers.sample import sample_answers  # noqa: E402
from mentorfinder.content.load import load_content  # noqa: E402
from mentorfinder.evaluate import evaluate  # noqa: E402
from mentorfinder.matching.model import DEFAULT_WEIGHTS  # noqa: E402
from mentorfinder.present.rules import whole_percent
from ui.state import URL_ANSWERS, URL_WEIGHTS  # noqa: E402
from ui.steps import all_steps  # noqa: E402

SEED = 12


def walked(server_url, content, answers=None, monkeypatch=None):
    """One flat-out protocol walk (with `answers` in place of the seed's sample, if given), and its session."""
    if answers is not None:
        monkeypatch.setattr(protocol_walk, "sample_answers", lambda questionnaires, seed: deepcopy(answers))
    sessions = []

    async def run():
        try:
            return await protocol_walk.walk(server_url, content, SEED, 30, think=(0, 0), sessions=sessions)
        finally:
            await asyncio.gather(*(session.close() for session in sessions))

    # in a thread of its own: the sync Playwright other tests of this session use keeps an event loop running in
    # this thread, where asyncio.run() refuses to start another
    with ThreadPoolExecutor(max_workers=1) as apart:
        return apart.submit(asyncio.run, run()).result(), sessions[0]


def test_a_protocol_walk_ends_with_the_answers_it_gave_and_a_pdf(server_url):
    content = load_content()
    walk, session = walked(server_url, content)
    assert walk.lost is None
    wanted = sample_answers(list(content.questionnaires), seed=SEED)
    assert decode_answers(parse_qs(session.query)[URL_ANSWERS][0]) == {q: given for q, given in wanted.items() if given}
    # the PDF of exactly these answers with the weights after the walk's slider move: its top card
    weights = decode_weights(parse_qs(session.query)[URL_WEIGHTS][0], DEFAULT_WEIGHTS)
    assert weights != DEFAULT_WEIGHTS
    top = evaluate(content, wanted, weights).shortlist[0]
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(walk.pdf)).pages).split())
    assert walk.pdf[:5] == b"%PDF-" and f"1 {top.name} {top.label.upper()} FIT{whole_percent(top.percent)}" in text
    assert len(walk.times["pdf"]) == 1 and "download" not in walk.times  # one click, timed to the file in hand
    answers = sum(
        len(v) if isinstance(v, list) else 1 for ws in all_steps(content) for _q, v in protocol_walk.to_give(ws, wanted)
    )
    assert len(walk.times["answer"]) == answers  # one timed rerun per pick, as a click is one
    assert len(walk.times["next"]) == len(all_steps(content)) - 1


def test_an_answer_the_server_refuses_loses_the_walk(server_url, monkeypatch):
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=SEED)
    q, question = next(
        (ws.questionnaire, n) for ws in all_steps(content) for n in ws.step.questions if n.type == "number"
    )
    answers[q.id][question.id] = int(question.max) + 1  # out of range: the app keeps no answer and says why
    walk, _session = walked(server_url, content, answers, monkeypatch)
    assert walk.lost.startswith("step ")
    assert (
        f"answering {q.id}:{question.id}: RuntimeError: an error note on the page: Please enter a number from"
        in walk.lost
    )


def test_a_refused_next_loses_the_walk(server_url, monkeypatch):
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=SEED)
    first = all_steps(content)[0]
    left_out = next(n for n in first.step.questions if n.required and n.id in answers[first.questionnaire.id])
    del answers[first.questionnaire.id][left_out.id]
    walk, session = walked(server_url, content, answers, monkeypatch)
    assert walk.lost.startswith("step 1 of 9: RuntimeError: 'Next' was refused: ")
    assert "still needs an answer" in walk.lost
    assert next(e.proto.text for e in session.ordered() if e.kind == "progress").startswith("Step 1 of 9")

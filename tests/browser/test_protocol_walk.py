"""The one guard of bench/streamlit_protocol/, the server bench's speaker of Streamlit's private websocket protocol:
every message field it uses is in the pinned Streamlit, a session of the real server sees a known page drawn and
answers to a widget sent, and a protocol walk ends with exactly the answers it gave in the address and a real PDF
(one click on Download PDF, the file fetched from the URL the server answers), while a refused answer or a refused
Next loses the walk. A Streamlit whose protocol changed under the pin fails here, before any bench runs on it."""

import asyncio
import io
from concurrent.futures import ThreadPoolExecutor
from copy import deepcopy
from urllib.parse import parse_qs

import pytest
from pypdf import PdfReader
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench import protocol_walk
from bench.streamlit_protocol import Session
from mentorfinder.answers.link import decode_answers, decode_weights
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.matching.model import DEFAULT_WEIGHTS
from mentorfinder.present.rules import whole_percent
from tests.browser.wizard import to_give
from ui.state import URL_ANSWERS, URL_WEIGHTS
from ui.steps import all_steps

SEED = 12
# Every field bench/streamlit_protocol/ reads or writes: a message, as a path of fields from BackMsg or
# ForwardMsg, then the fields of it the package uses. Keep it in step with the package.
RELIED_ON = (
    "BackMsg rerun_script backend_operation_request",
    "BackMsg.rerun_script query_string page_script_hash widget_states cached_message_hashes context_info fragment_id",
    "BackMsg.rerun_script.context_info timezone timezone_offset locale url is_embedded color_scheme",
    "BackMsg.rerun_script.widget_states widgets",
    "BackMsg.rerun_script.widget_states.widgets id trigger_value string_value string_array_value double_array_value"
    " int_value double_value bool_value",
    "BackMsg.rerun_script.widget_states.widgets.string_array_value data",
    "BackMsg.rerun_script.widget_states.widgets.double_array_value data",
    "BackMsg.backend_operation_request request_id session_id deferred_file",
    "BackMsg.backend_operation_request.deferred_file file_id",
    "ForwardMsg metadata hash ref_hash new_session delta page_info_changed navigation script_finished"
    " backend_operation_response",
    "ForwardMsg.metadata cacheable delta_path run",
    "ForwardMsg.metadata.run script_run_id fragment_ids",
    "ForwardMsg.new_session page_script_hash initialize config",
    "ForwardMsg.new_session.initialize session_id",
    "ForwardMsg.new_session.config max_cached_message_age",
    "ForwardMsg.page_info_changed query_string",
    "ForwardMsg.navigation page_script_hash",
    "ForwardMsg.backend_operation_response request_id error_msg deferred_file",
    "ForwardMsg.backend_operation_response.deferred_file url",
    "ForwardMsg.delta new_element add_block fragment_id",
    "ForwardMsg.delta.add_block expandable",
    "ForwardMsg.delta.add_block.expandable id expanded",
    "ForwardMsg.delta.new_element radio selectbox multiselect slider number_input text_area text_input checkbox"
    " button download_button alert exception progress",
    "ForwardMsg.delta.new_element.radio id label options default raw_value set_value",
    "ForwardMsg.delta.new_element.selectbox id label options default raw_value set_value",
    "ForwardMsg.delta.new_element.multiselect id label options default raw_values set_value",
    "ForwardMsg.delta.new_element.slider id label default value step set_value",
    "ForwardMsg.delta.new_element.number_input id label data_type default value set_value",
    "ForwardMsg.delta.new_element.text_area id label default value set_value",
    "ForwardMsg.delta.new_element.text_input id label default value set_value",
    "ForwardMsg.delta.new_element.checkbox id label default value set_value",
    "ForwardMsg.delta.new_element.button id label",
    "ForwardMsg.delta.new_element.download_button id label deferred_file_id ignore_rerun",
    "ForwardMsg.delta.new_element.alert body format",
    "ForwardMsg.delta.new_element.exception type message",
    "ForwardMsg.delta.new_element.progress text",
)


def message_at(path: str):
    """The descriptor of the message at a path of fields from BackMsg or ForwardMsg (None when a field is gone)."""
    root, *fields = path.split(".")
    descriptor = {"BackMsg": BackMsg, "ForwardMsg": ForwardMsg}[root].DESCRIPTOR
    for name in fields:
        field = descriptor.fields_by_name.get(name)
        if field is None or field.message_type is None:
            return None
        descriptor = field.message_type
    return descriptor


@pytest.mark.parametrize("entry", RELIED_ON, ids=lambda entry: entry.split()[0])
def test_every_message_field_the_protocol_module_uses_is_in_the_pinned_streamlit(entry):
    path, *fields = entry.split()
    descriptor = message_at(path)
    assert descriptor is not None, f"Streamlit no longer has the message {path}"
    assert [f for f in fields if f not in descriptor.fields_by_name] == [], f"fields gone from {path}"


def test_a_path_to_a_field_that_is_gone_is_found_out():
    # the guard above can fail: a renamed field on the way, or one that is not a message, reads as gone
    assert message_at("ForwardMsg.delta.new_element.radio").full_name == "Radio"
    assert message_at("ForwardMsg.delta.new_elements") is None
    assert message_at("BackMsg.rerun_script.query_string") is None


def in_a_thread(coroutine):
    """Run `coroutine` to its end in a thread of its own: the sync Playwright other tests of this session use keeps
    an event loop running in this thread, where asyncio.run() refuses to start another."""
    with ThreadPoolExecutor(max_workers=1) as apart:
        return apart.submit(asyncio.run, coroutine).result()


def test_a_session_sees_the_welcome_page_and_its_widget_answers_reach_the_server(server_url):
    async def run():
        session = Session(server_url, 30)
        try:
            await session.open()
            welcome = [(e.kind, e.key, e.label, e.text) for e in session.ordered()]
            language = next(e for e in session.ordered() if e.key == "language_choice")
            before = (language.kind, language.options, session.value(language.id))
            session.set(language.id, "Español")
            await session.rerun()
            return welcome, before, [(e.kind, e.label) for e in session.ordered() if e.kind == "button"]
        finally:
            await session.close()

    welcome, language, buttons = in_a_thread(run())
    assert ("heading", None, "", "Mentor Finder") in welcome
    assert ("button", None, "Start", "") in welcome
    assert ("checkbox", "projector_choice", "Projector mode", "") in welcome
    assert language == ("selectbox", ["English", "Español"], "English")
    assert ("button", "Empezar") in buttons and ("button", "Start") not in buttons  # the choice reached the server


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

    return in_a_thread(run()), sessions[0]


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
    answers = sum(len(v) if isinstance(v, list) else 1 for ws in all_steps(content) for _q, v in to_give(ws, wanted))
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
    assert next(e.text for e in session.ordered() if e.kind == "progress").startswith("Step 1 of 9")

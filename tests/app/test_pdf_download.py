"""The PDF in one click: "Download PDF" makes the PDF of exactly what the click sent (the name typed with it, the
paper, answers, weights and language), a rerun makes none, the same inputs reuse the last PDF, and a refused name
or a failure is said on the page while the waiting download is refused (ui/PdfOrder)."""

import functools
import io
import threading
import time

import pytest
from apphelpers import answers_for, download_pdf, pdf_button, seeded
from pypdf import PdfReader

import mentorfinder.report
from ui import nav, pdf_order, state
from ui.pdf_order import PdfOrder

SORRY = "Sorry — the PDF could not be made. Your answers are kept. Please try again."


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def made(monkeypatch):
    """Every PDF the app asks the report to render: (name, language, paper) per call."""
    calls = []
    real = mentorfinder.report.render_report

    def counted(content, result, name="", language="en", paper="a4", today=None):
        calls.append((name, language, paper))
        return real(content, result, name=name, language=language, paper=paper, today=today)

    monkeypatch.setattr(mentorfinder.report, "render_report", counted)
    return calls


def test_the_name_typed_with_the_click_is_on_the_pdf(at, content, made):
    """The browser sends a name typed (and not confirmed) with the click itself: one run, one click."""
    seeded(at, answers_for(content, seed=61), nav.NEXT_STEPS.script)
    at.text_input(key=state.PDF_NAME).input("Grace Hopper")
    pdf = download_pdf(at)
    assert "Prepared for Grace Hopper" in text_of(pdf)
    assert made == [("Grace Hopper", "en", "a4")]
    assert [e.value for e in at.error] == []


def test_a_rerun_makes_no_pdf_and_the_same_inputs_reuse_it(at, content, made):
    seeded(at, answers_for(content, seed=62), nav.NEXT_STEPS.script)
    at.text_input(key=state.PDF_NAME).input("Ada").run()
    at.run()
    assert made == []  # drawing the button makes nothing
    first = download_pdf(at)
    assert download_pdf(at) is first  # nothing changed: the same PDF, not made again
    assert made == [("Ada", "en", "a4")]
    at.radio(key=state.PDF_PAPER).set_value("letter")
    letter = download_pdf(at)
    assert made == [("Ada", "en", "a4"), ("Ada", "en", "letter")]
    assert round(float(PdfReader(io.BytesIO(letter)).pages[0].mediabox.width)) == 612  # 8.5 in
    at.text_input(key=state.PDF_NAME).input("Ada L").run()
    assert made == [("Ada", "en", "a4"), ("Ada", "en", "letter")]
    assert "Prepared for Ada L " in text_of(download_pdf(at))
    assert len(made) == 3


def test_a_name_typed_with_the_click_that_no_font_prints_makes_no_pdf(at, content, made):
    seeded(at, answers_for(content, seed=63), nav.NEXT_STEPS.script)
    at.text_input(key=state.PDF_NAME).input("Zoë \ue000")
    assert download_pdf(at) is None
    assert made == []
    assert [e.value.split(":")[0] for e in at.error] == ["This name can't go on the PDF as typed"]
    assert pdf_button(at).disabled


def test_a_pdf_that_fails_is_said_once_next_to_the_button(at, content, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("font file went missing")

    monkeypatch.setattr(mentorfinder.report, "render_report", broken)
    seeded(at, answers_for(content, seed=64), nav.NEXT_STEPS.script)
    assert download_pdf(at) is None
    assert [e.value for e in at.error] == [SORRY]
    assert not pdf_button(at).disabled  # try again
    at.run()
    assert [e.value for e in at.error] == []  # said once, by the run of the click


def test_the_failure_is_said_in_spanish_on_a_spanish_page(at, content, monkeypatch):
    monkeypatch.setattr(mentorfinder.report, "render_report", lambda *a, **k: 1 / 0)
    at.query_params[state.URL_LANGUAGE] = "es"
    seeded(at, answers_for(content, seed=64), nav.NEXT_STEPS.script)
    assert download_pdf(at, "Descargar PDF") is None
    assert [e.value for e in at.error] == [
        "Lo sentimos: no se pudo crear el PDF. Tus respuestas se conservan. Inténtalo de nuevo."
    ]


def waiting(serve):
    """Run a download's data callable on a thread of its own, as Streamlit's server does; its outcome, when done."""
    outcome = {}

    def run():
        try:
            outcome["pdf"] = serve()
        except Exception as error:  # noqa: BLE001 - the outcome is the test's to read
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_a_download_waits_for_its_clicks_pdf():
    order = PdfOrder()
    order.made("before", b"%PDF-old")  # an earlier click's PDF
    thread, outcome = waiting(order.download())  # the button drawn after it, then clicked
    thread.join(0.3)
    assert thread.is_alive() and outcome == {}  # not the earlier PDF: it waits for this click's
    order.made("now", b"%PDF-new")
    thread.join(5)
    assert outcome == {"pdf": b"%PDF-new"}


def test_a_download_of_a_refused_click_is_refused_and_one_never_answered_gives_up(monkeypatch):
    order = PdfOrder()
    thread, outcome = waiting(order.download())
    order.made("refused", None)
    thread.join(5)
    assert str(outcome["error"]) == "no PDF for this click: the page says why"
    monkeypatch.setattr(pdf_order, "WAIT", 0.2)
    thread, outcome = waiting(order.download())
    thread.join(5)
    assert type(outcome["error"]) is TimeoutError


def test_the_pdf_of_a_click_stays_stored_until_its_download_is_fetched(at, content, monkeypatch):
    """Streamlit stores a deferred download's file referenced by no session: the end of the click's own run marks
    it and the end of the next run of any session deletes it, so in a busy room the browser's fetch of it could
    find it gone (one walk in 60 at 30 people, a 404). The click's run keeps the same file (same bytes, name and
    type: the same file id) stored for this session while the PDF's inputs are the same. Failed before: nothing."""
    import streamlit.runtime.memory_media_file_storage as storage

    stored = []
    load = storage.MemoryMediaFileStorage.load_and_get_id

    def kept(self, data, mimetype, kind, filename=None):
        stored.append((filename, mimetype, kind, data))
        return load(self, data, mimetype, kind, filename)

    monkeypatch.setattr(storage.MemoryMediaFileStorage, "load_and_get_id", kept)
    seeded(at, answers_for(content, seed=66), nav.NEXT_STEPS.script)
    assert [s for s in stored if s[0] == "mentor-finder-summary.pdf"] == []  # no PDF before a click
    stored.clear()
    pdf = download_pdf(at)
    assert pdf.startswith(b"%PDF")
    pdfs = [s for s in stored if s[0] == "mentor-finder-summary.pdf"]
    assert pdfs == [("mentor-finder-summary.pdf", "application/pdf", storage.MediaFileKind.DOWNLOADABLE, pdf)]
    assert [b.label for b in at.download_button].count("Download PDF") == 1  # the kept file is no second button
    stored.clear()
    at.run()  # the same inputs: still kept
    assert [s[3] for s in stored if s[0] == "mentor-finder-summary.pdf"] == [pdf]
    stored.clear()
    at.text_input(key=state.PDF_NAME).input("Ada").run()  # another PDF's inputs: this one is let go
    assert [s for s in stored if s[0] == "mentor-finder-summary.pdf"] == []


def test_the_clicks_run_waits_until_its_file_request_was_looked_up(monkeypatch):
    """The click's callback draws the button again (a new file id) only once Streamlit has looked the click's request
    up: a lookup after the redraw found nothing (the second race). It gives up after LOOKED_UP seconds."""
    order = PdfOrder()
    clicked = order.drawn()
    order.made("now", b"%PDF-now")
    waiter = threading.Thread(target=order.wait_looked_up, args=(clicked, 5))
    waiter.start()
    waiter.join(0.3)
    assert waiter.is_alive()  # no request looked up yet: the button is not drawn again
    thread, outcome = waiting(functools.partial(PdfOrder.serve, order, clicked))
    waiter.join(5)
    thread.join(5)
    assert not waiter.is_alive() and outcome == {"pdf": b"%PDF-now"}
    started = time.monotonic()
    order.wait_looked_up(order.drawn(), 0.2)  # the next button's request never comes: the run goes on
    assert 0.2 <= time.monotonic() - started < 2

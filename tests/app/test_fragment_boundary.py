"""A part of a page that is a fragment (st.fragment) has the page's error boundary too: a fault in it shows the
apology, in the page's language, never Streamlit's own error box, and the rest of the page is still drawn.

AppTest reruns the whole script for every widget (a fragment is never rerun alone here), so these tests raise in a
fragment during a page run: Streamlit's fragment wrapper handled the exception itself (its error box) before the
page's boundary saw it. A fragment's own rerun is covered in real Chromium: tests/browser/test_pdf_fragment_fault.py.
"""

import logging
import re
from pathlib import Path

import pytest
from apphelpers import answers_for, seeded

from mentorfinder.intake import safetext
from ui import downloads, nav, state

SORRY = {
    "en": "Sorry — something went wrong on our side. Your answers are kept.",
    "es": "Lo sentimos: algo falló por nuestra parte. Tus respuestas se conservan.",
}
ANSWERS_FILE = {
    "en": "Download answers (JSON, to come back later)",
    "es": "Descargar respuestas (JSON, para volver más tarde)",
}
CSV = {"en": "Download scores (CSV)", "es": "Descargar puntuaciones (CSV)"}
APOLOGY_FILE = {"en": "Download your answers (JSON)", "es": "Descargar tus respuestas (JSON)"}


def faulty_clean(text: str) -> str:
    """The name's cleaning, failing for one name (as a font or text check could on a machine of its own)."""
    if "FAULT" in text:
        raise RuntimeError("the name's check failed")
    return safetext.clean(text)


def labels(at) -> list[str]:
    return [b.proto.label for b in at.get("download_button")]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_fault_in_the_pdf_name_part_shows_the_apology_once_and_the_rest_of_the_page(
    at, content, monkeypatch, caplog, language
):
    monkeypatch.setattr(downloads, "clean", faulty_clean)
    if language != "en":
        at.query_params[state.URL_LANGUAGE] = language
    good = answers_for(content, seed=71)
    seeded(at, good, nav.NEXT_STEPS.script)
    with caplog.at_level(logging.ERROR, logger="mentorfinder.app"):
        at.text_input(key=state.PDF_NAME).input("Ada FAULT").run()
    assert not at.exception, at.exception  # no Streamlit error box
    assert [e.value for e in at.error] == [SORRY[language]]  # said once, though both PDF parts failed
    assert at.text_input(key=state.PDF_NAME).value == "Ada FAULT"  # the name typed is kept
    # the rest of the page is still drawn under it, and its answers file is the only one offered (the apology's own
    # would be a second beside it)
    assert labels(at) == [ANSWERS_FILE[language], CSV[language]]
    assert at.session_state[state.ANSWERS] == good
    faults = [r.exc_info[0] for r in caplog.records if r.name == "mentorfinder.app" and r.exc_info]
    assert faults == [RuntimeError, RuntimeError]  # both PDF parts failed; one apology
    at.text_input(key=state.PDF_NAME).input("Ada").run()  # the next name: the page alone again
    assert not at.exception and [e.value for e in at.error] == []


def test_a_fault_in_the_pdf_button_part_shows_the_apology_in_its_place(at, content, monkeypatch, caplog):
    def broken(*args):
        raise RuntimeError("the kept PDF could not be drawn")

    seeded(at, answers_for(content, seed=72), nav.NEXT_STEPS.script)
    monkeypatch.setattr(downloads, "_keep_until_fetched", broken)
    with caplog.at_level(logging.ERROR, logger="mentorfinder.app"):
        at.run()
    assert not at.exception, at.exception
    assert [e.value for e in at.error] == [SORRY["en"]]
    assert at.text_input(key=state.PDF_NAME).label == "Your name for the PDF (optional)"  # the part above it
    # and the part under it, its answers file offered once (the PDF button was drawn before its part failed)
    assert labels(at) == ["Download PDF", ANSWERS_FILE["en"], CSV["en"]]
    assert [r.exc_info[0] for r in caplog.records if r.name == "mentorfinder.app"] == [RuntimeError]


def test_the_apology_offers_the_answers_file_when_the_page_could_not_draw_its_own(at, content, monkeypatch, caplog):
    """The name's part fails, and so does the page's own answers file after it: the apology's is then the one."""
    remember = downloads.remember

    def faulty_remember(name, make, **inputs):
        if name == "answers_file" and "FAULT" in (at.session_state[state.PDF_NAME] or ""):
            raise RuntimeError("the answers file could not be made")
        return remember(name, make, **inputs)

    monkeypatch.setattr(downloads, "clean", faulty_clean)
    monkeypatch.setattr(downloads, "remember", faulty_remember)
    seeded(at, answers_for(content, seed=73), nav.NEXT_STEPS.script)
    assert labels(at) == ["Download PDF", ANSWERS_FILE["en"], CSV["en"]]
    with caplog.at_level(logging.ERROR, logger="mentorfinder.app"):
        at.text_input(key=state.PDF_NAME).input("Ada FAULT").run()
    assert not at.exception, at.exception
    assert [e.value for e in at.error] == [SORRY["en"]]
    assert labels(at) == [APOLOGY_FILE["en"]]  # the page stopped before its own: the apology's, once
    faults = [r.exc_info[0] for r in caplog.records if r.name == "mentorfinder.app" and r.exc_info]
    assert faults == [RuntimeError, RuntimeError, RuntimeError]  # both PDF parts, then the page's answers file


def test_a_fault_before_the_downloads_still_offers_the_apologys_answers_file(at, content, monkeypatch):
    """A fault in the page before its downloads: the apology offers the answers file, as on any page."""

    def broken(*args):
        raise RuntimeError("the tips could not be drawn")

    seeded(at, answers_for(content, seed=74), nav.NEXT_STEPS.script)
    monkeypatch.setattr(downloads, "downloads_ui", broken)
    at.run()
    assert [e.value for e in at.error] == [SORRY["en"]]
    assert labels(at) == [APOLOGY_FILE["en"]]


def test_a_failed_callback_on_a_page_with_its_own_answers_file_offers_no_second(at, content, monkeypatch):
    """A failed callback's apology is drawn at the top of the next run, before the page draws its own answers file:
    it offers none of its own when the page then does (here the language box's callback, on the next-steps page)."""
    from ui import frame

    seeded(at, answers_for(content, seed=75), nav.NEXT_STEPS.script)
    monkeypatch.setattr(frame.steps, "step_notes", lambda *args: 1 / 0)
    monkeypatch.setattr(frame.state, "errors", lambda: {"q:x": "a note"})  # so the callback says the notes again
    at.sidebar.selectbox(key=state.LANGUAGE_CHOICE).set_value("es").run()
    assert not at.exception, at.exception
    assert [e.value for e in at.error] == [SORRY["es"]]  # the language was kept before the callback failed
    assert labels(at) == ["Descargar PDF", ANSWERS_FILE["es"], CSV["es"]]


def test_every_fragment_of_the_app_is_a_guarded_one():
    """A bare @st.fragment would again show Streamlit's error box: every fragment goes through ui/boundary.py."""
    sources = (Path(__file__).resolve().parents[2] / "ui").glob("*.py")
    bare = sorted(p.name for p in sources if re.search(r"@st\.fragment|st\.fragment\(", p.read_text()))
    assert bare == ["boundary.py"]

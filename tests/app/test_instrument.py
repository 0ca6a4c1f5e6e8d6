"""The app on another instrument (tests/core/instruments): its own title, scores and code, no mentor wording."""

import json
from io import BytesIO

import pytest
from apphelpers import APP, ROOT, download_pdf, markdown_text, seeded
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from ui import nav

HERE = ROOT / "tests" / "core" / "instruments"


@pytest.fixture
def instrument(monkeypatch):
    # the same folder for data: it has no archetypes.yaml or tips.yaml, so there is nothing to match
    monkeypatch.setenv("MENTORFINDER_QUESTIONNAIRES", str(HERE))
    monkeypatch.setenv("MENTORFINDER_DATA", str(HERE))
    return AppTest.from_file(APP, default_timeout=30)


def shown(at) -> str:
    parts = [t.value for t in at.title] + [h.value for h in at.header] + [c.value for c in at.caption]
    return "\n".join(parts + [markdown_text(at)] + [b.label for b in at.button])


def test_welcome_has_the_instruments_title_and_no_matches_pages(instrument):
    at = instrument.run()
    assert not at.exception, at.exception
    assert at.title[0].value == "A short traits and interests inventory"
    assert at.markdown[0].value == (
        "Answer the questions, one short step at a time. You get your scores, with a PDF to keep.\n\n"
        "2 short steps. You can go back at any time."  # the file gives no minutes: no "about 0 minutes"
    )
    assert "mentor" not in shown(at).lower()


def test_profile_shows_scores_and_the_code_without_mentor_wording(instrument):
    answers = json.loads((HERE / "some_skipped.json").read_text())["answers"]
    at = seeded(instrument, answers, nav.PROFILE.script)
    assert at.title[0].value == "Your profile"
    table = "| Scale | Score |\n|---|---|\n| Artistic | 75% |\n| Emotional stability | 75% |\n| Investigative | 75% |"
    assert table + "\n| Neuroticism | 25% |\n| Realistic | not answered |" in markdown_text(at)
    assert "Interest code: IA \u2014 Investigative 75%, Artistic 75%" in markdown_text(at)
    assert "Not ranked (no answers): Realistic." in [c.value for c in at.caption]
    assert "See your matches" not in [b.label for b in at.button]
    assert [h.value for h in at.header] == ["Interest code", "Downloads"]
    assert "mentor" not in shown(at).lower()


def test_the_pdf_is_on_the_profile_page_and_has_no_mentor_wording(instrument):
    answers = json.loads((HERE / "some_skipped.json").read_text())["answers"]
    at = seeded(instrument, answers, nav.PROFILE.script)
    text = PdfReader(BytesIO(download_pdf(at))).pages[0].extract_text()
    assert "Your profile report" in text and "Interest code: IA" in text and "Realistic \u2013" in text

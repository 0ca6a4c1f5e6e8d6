"""The PDF's two parts of the page (st.fragment: the name and the button) rerun alone: a fault in such a rerun shows
the app's apology, in the page's language, never Streamlit's own error box; and the button's own rerun uses the
name typed since the page's last run, never that run's.

AppTest reruns the whole page for every widget, so a part's own rerun is driven here, in real Chromium. The server
is the app with two faults put in before it starts, each raised only in a fragment's own rerun (never in a page
run): the name's cleaning for a name holding FAULT, and the PDF button's part for a name holding BUTTON.
"""

import subprocess
import sys

import pytest
from streamlit_server import ROOT, free_port, serving
from test_browser_pdf import next_steps, pdf_text
from test_browser_screens import screenshot
from wizard import settle

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content

SORRY = {
    "en": "Sorry — something went wrong on our side. Your answers are kept.",
    "es": "Lo sentimos: algo falló por nuestra parte. Tus respuestas se conservan.",
}
NAME = {"en": "Your name for the PDF (optional)", "es": "Tu nombre para el PDF (opcional)"}
ANSWERS_FILE = {
    "en": "Download answers (JSON, to come back later)",
    "es": "Descargar respuestas (JSON, para volver más tarde)",
}
APOLOGY_FILE = {"en": "Download your answers (JSON)", "es": "Descargar tus respuestas (JSON)"}
FAULTY_APP = """
import sys
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.web import cli
from ui import downloads

clean, keep = downloads.clean, downloads._keep_until_fetched

def alone():  # a fragment's own rerun, not the page's
    return bool(get_script_run_ctx().fragment_ids_this_run)

def faulty_clean(text):
    if "FAULT" in text and alone():
        raise RuntimeError("the name's check failed")
    return clean(text)

def faulty_keep(*args):
    if "BUTTON" in downloads.state_page.pdf_choices()[0] and alone():
        raise RuntimeError("the PDF button's part failed")
    return keep(*args)

downloads.clean, downloads._keep_until_fetched = faulty_clean, faulty_keep
sys.argv = ["streamlit", "run", "app.py", *sys.argv[1:]]
sys.exit(cli.main())
"""


@pytest.fixture(scope="module")
def faulty_url():
    port = free_port()
    command = [sys.executable, "-c", FAULTY_APP, "--server.headless", "true", "--server.port", str(port)]
    command += ["--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with serving(process, port) as url:
        yield url


@pytest.fixture(scope="module")
def answers():
    return sample_answers(list(load_content().questionnaires), seed=43)


def assert_apology(page, language):
    """The apology, exactly once; no Streamlit error box; the page around the part still drawn, with its answers
    file the only one offered (the apology's own would be a second beside it)."""
    assert page.get_by_text(SORRY[language], exact=True).count() == 1
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_role("button", name=ANSWERS_FILE[language]).is_visible()
    assert page.get_by_role("button", name=APOLOGY_FILE[language]).count() == 0


@pytest.mark.parametrize(("language", "size"), [("en", "desktop"), ("es", "phone")])
def test_a_fault_in_the_name_parts_own_rerun_shows_the_apology(browser, faulty_url, artifacts, answers, language, size):
    extra = "" if language == "en" else f"&lang={language}"
    context, page = next_steps(browser, faulty_url, answers, size, extra)
    try:
        assert page.get_by_text(SORRY[language], exact=True).count() == 0  # the page's run is fine
        name = page.get_by_label(NAME[language])
        name.fill("Ada FAULT")
        name.press("Enter")  # confirms the name: the name's part reruns alone
        settle(page)
        screenshot(page, artifacts / f"pdf-fragment-fault-name-{language}-{size}.png")
        assert_apology(page, language)
        assert name.input_value() == "Ada FAULT"  # what was typed is kept
    finally:
        context.close()


def confirm_name(page, name):
    """Type a name and confirm it with Enter: the name's part reruns alone."""
    field = page.get_by_label(NAME["en"])
    field.fill(name)
    field.press("Enter")
    settle(page)


def test_a_fault_in_the_pdf_buttons_own_rerun_shows_the_apology(browser, faulty_url, answers):
    context, page = next_steps(browser, faulty_url, answers)
    try:
        confirm_name(page, "Ada BUTTON")
        assert page.get_by_text(SORRY["en"], exact=True).count() == 0  # the name's part is fine
        page.get_by_role("button", name="Download PDF", exact=True).click()  # the button's part reruns alone
        settle(page)
        assert_apology(page, "en")
    finally:
        context.close()


def test_the_buttons_own_rerun_has_the_name_confirmed_since_the_pages_run(browser, faulty_url, answers):
    """The button's part, rerun alone, is called with the page's last run's arguments (made with no name): with
    that request, the PDF just made (for "Grace") was not kept for its download (its hidden button not drawn)."""
    context, page = next_steps(browser, faulty_url, answers)
    try:
        confirm_name(page, "Grace")
        with page.expect_download() as pdf:
            page.get_by_role("button", name="Download PDF", exact=True).click()
        settle(page)
        assert "Prepared for Grace" in pdf_text(pdf.value.path())
        assert page.locator(".st-key-pdf-kept").count() == 1
        assert page.locator('[data-testid="stException"]').count() == 0
    finally:
        context.close()

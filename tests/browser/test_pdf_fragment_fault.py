"""A fault in a part of the page rerun alone (st.fragment: the PDF's name and its button) shows the app's apology,
in the page's language, never Streamlit's own error box.

AppTest reruns the whole page for every widget, so a part's own rerun is driven here, in real Chromium. The server
is the app with two faults put in before it starts, each raised only in a fragment's own rerun (never in a page
run): the name's cleaning for a name holding FAULT, and the PDF button's part after a click.
"""

import subprocess
import sys

import pytest
from streamlit_server import ROOT, free_port, wait_healthy
from test_browser_pdf import next_steps
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
    if alone():
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
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def answers():
    return sample_answers(list(load_content().questionnaires), seed=43)


def assert_apology(page, language):
    """The apology, exactly once; no Streamlit error box; the page around the part still drawn."""
    assert page.get_by_text(SORRY[language], exact=True).count() == 1
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_role("button", name=ANSWERS_FILE[language]).is_visible()


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


def test_a_fault_in_the_pdf_buttons_own_rerun_shows_the_apology(browser, faulty_url, answers):
    context, page = next_steps(browser, faulty_url, answers)
    try:
        page.get_by_role("button", name="Download PDF", exact=True).click()  # the button's part reruns alone
        settle(page)
        assert_apology(page, "en")
    finally:
        context.close()

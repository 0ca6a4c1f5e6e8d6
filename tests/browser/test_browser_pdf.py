"""The PDF summary in one click: "Download PDF" on the next-steps page gives the PDF of exactly the answers, weights,
name and language on screen (a name typed and not yet confirmed included), and a name no font prints is refused
with a clear message, never a broken download."""

import io

import pytest
from pypdf import PdfReader
from test_browser_screens import SIZES, screenshot
from wizard import settle

from mentorfinder.answers.link import encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.present.rules import whole_percent
from ui import nav, state

SEED = 41
REFUSAL = "This name can't go on the PDF as typed"


@pytest.fixture(scope="module")
def answers():
    return sample_answers(list(load_content().questionnaires), seed=SEED)


def next_steps(browser, server_url, answers, size="desktop", extra=""):
    """A fresh tab on the next-steps page with these answers."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(f"{server_url}/{nav.NEXT_STEPS.url_path}?{state.URL_ANSWERS}={encode_answers(answers)}{extra}")
    page.locator("h1").first.wait_for()
    settle(page)
    return context, page


def pdf_text(path) -> str:
    """Every page's text, whitespace folded."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(open(path, "rb").read())).pages).split())


def test_one_click_gives_the_pdf_with_the_top_match_and_the_name_just_typed(browser, server_url, artifacts, answers):
    """No Prepare step: the name is typed (not confirmed with Enter) and "Download PDF" is the only click."""
    top = evaluate(load_content(), answers).shortlist[0]
    context, page = next_steps(browser, server_url, answers)
    try:
        page.get_by_label("Your name for the PDF (optional)").fill("Ada Lovelace")
        with page.expect_download() as pdf:
            page.get_by_role("button", name="Download PDF", exact=True).click()
        assert pdf.value.suggested_filename == "mentor-finder-summary.pdf"
        text = pdf_text(pdf.value.path())
        assert "Prepared for Ada Lovelace" in text
        assert (
            f"1 {top.name} {top.label.upper()} FIT{whole_percent(top.percent)}" in text
        )  # the top card, as pypdf reads it
        settle(page)
        assert page.get_by_role("button", name="Prepare PDF").count() == 0
        screenshot(page, artifacts / "desktop-next-steps-pdf.png")
    finally:
        context.close()


def test_one_click_in_spanish_on_a_phone_gives_the_spanish_pdf(browser, server_url, artifacts, answers):
    context, page = next_steps(browser, server_url, answers, "phone", f"&{state.URL_LANGUAGE}=es")
    try:
        page.get_by_label("Tu nombre para el PDF (opcional)").fill("Ana")
        page.get_by_label("Tamaño del papel").get_by_text("Carta (EE. UU.)").click()
        settle(page)
        with page.expect_download() as pdf:
            page.get_by_role("button", name="Descargar PDF", exact=True).click()
        text = pdf_text(pdf.value.path())
        assert "Preparado para Ana" in text and "Tu informe de mentores" in text
        reader = PdfReader(io.BytesIO(open(pdf.value.path(), "rb").read()))
        assert round(float(reader.pages[0].mediabox.width)) == 612  # US Letter, as chosen: 8.5 in
        settle(page)
        screenshot(page, artifacts / "phone-es-next-steps-pdf.png")
    finally:
        context.close()


def test_a_name_no_font_prints_is_refused_with_a_message_and_no_download(browser, server_url, artifacts, answers):
    """Typed and the button clicked at once (the name reaches the server with the click): still no file."""
    context, page = next_steps(browser, server_url, answers)
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    try:
        page.get_by_label("Your name for the PDF (optional)").fill("Zoë \ue000")
        page.get_by_role("button", name="Download PDF", exact=True).click()
        page.get_by_text(REFUSAL).wait_for()
        settle(page)
        assert page.get_by_role("button", name="Download PDF", exact=True).is_disabled()
        page.wait_for_timeout(1500)  # a download would have started by now
        assert downloads == []
        screenshot(page, artifacts / "desktop-next-steps-pdf-refused.png")
    finally:
        context.close()


def test_a_refused_name_put_right_enables_the_button_again(browser, server_url, artifacts, answers):
    """The name and the button are parts of the page of their own (fragments): confirming a name reruns the name's
    part only, so a change that refuses the name, or puts it right, reruns the page to draw the button again."""
    context, page = next_steps(browser, server_url, answers)
    try:
        name = page.get_by_label("Your name for the PDF (optional)")
        button = page.get_by_role("button", name="Download PDF", exact=True)
        name.fill("Zoë \ue000")
        name.press("Enter")
        page.get_by_text(REFUSAL).wait_for()
        settle(page)
        assert button.is_disabled()
        name.fill("Zoë Ana")
        name.press("Enter")
        page.get_by_text(REFUSAL).wait_for(state="detached")
        settle(page)
        assert button.is_enabled()
        with page.expect_download() as pdf:
            button.click()
        assert "Prepared for Zoë Ana" in pdf_text(pdf.value.path())
    finally:
        context.close()

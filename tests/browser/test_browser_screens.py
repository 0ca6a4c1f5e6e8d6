"""Screenshots at projector (1280x720, ?projector=1) and phone (390x844) sizes, and the downloads."""

import pytest
from wizard import click, keyed, settle, shown_ranking

from mentorfinder.content import load_content
from mentorfinder.link import encode_answers
from mentorfinder.sample import sample_answers


@pytest.fixture(scope="module")
def link():
    content = load_content()
    return "?a=" + encode_answers(sample_answers(list(content.questionnaires), seed=41))


def open_page(browser, url, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(url)
    page.locator("h1, h2").first.wait_for()  # the page itself has drawn, not just the frame
    settle(page, 500)
    return context, page


@pytest.mark.parametrize("view", ["profile", "matches", "questions"])
def test_projector_mode_from_the_url(browser, server_url, artifacts, link, view):
    context, page = open_page(browser, f"{server_url}/{view}{link}&projector=1", 1280, 720)
    try:
        assert page.get_by_role("switch", name="Projector mode").is_checked()
        sizes = page.locator('[data-testid="stMain"] [data-testid="stMarkdownContainer"] p').evaluate_all(
            "els => els.map(e => [parseFloat(getComputedStyle(e).fontSize), e.innerText.slice(0, 30)])"
        )
        shown = [size for size, words in sizes if words.strip()]  # text in a closed expander has no size to read
        assert shown and min(shown) >= 22, sizes  # every line of text is projector-sized
        if view == "matches":
            assert shown_ranking(page)
        page.wait_for_timeout(500)  # let charts finish drawing
        page.screenshot(path=artifacts / f"projector-{view}.png")
    finally:
        context.close()


@pytest.mark.parametrize("view", ["welcome", "questions", "matches"])
def test_phone(browser, server_url, artifacts, link, view):
    step = "&step=2" if view == "questions" else ""
    path = "" if view == "welcome" else view  # the default page lives at /
    context, page = open_page(browser, f"{server_url}/{path}{link}{step}", 390, 844)
    try:
        assert page.get_by_text("Page not found").count() == 0
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, "nothing may force sideways scrolling on a phone"
        if view == "questions":
            likert = keyed(page, "q:communication:self_discovery")
            assert likert.get_by_role("radio", checked=True).count() == 1  # stored answer shown
            box = likert.locator('[role="radiogroup"]').bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        page.wait_for_timeout(300)
        page.screenshot(path=artifacts / f"phone-{view}.png")
    finally:
        context.close()


def test_downloads_pdf_answers_and_csv(browser, server_url, artifacts, link):
    context, page = open_page(browser, f"{server_url}/next-steps{link}", 1280, 900)
    try:
        page.get_by_label("Your name for the PDF (optional)").fill("Ada <b>Lovelace</b>")
        page.get_by_label("Your name for the PDF (optional)").press("Enter")
        settle(page)
        click(page, "Prepare PDF")
        with page.expect_download() as pdf:
            page.get_by_role("button", name="Download PDF").click()
        data = open(pdf.value.path(), "rb").read()
        assert data.startswith(b"%PDF") and len(data) > 2000
        with page.expect_download() as answers:
            page.get_by_role("button", name="Download answers (JSON, to come back later)").click()
        assert b'"format": "mentor-finder-answers"' in open(answers.value.path(), "rb").read()
        with page.expect_download() as csv:
            page.get_by_role("button", name="Download scores (CSV)").click()
        assert open(csv.value.path(), "rb").read().strip()
        page.screenshot(path=artifacts / "laptop-downloads.png")
    finally:
        context.close()

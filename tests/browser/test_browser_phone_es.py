"""Spanish on a phone (390x844): a chosen option too long for its box is still read in full, and a bar's "100 %"
keeps clear of the chart's right edge."""

from test_browser_screens import open_page
from wizard import keyed

from mentorfinder.answers.link import encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from ui import nav, state

EDGE = 8  # pixels of room a bar's words keep from the chart's edge (a wider fallback font still fits)


def test_long_chosen_options_are_read_in_full(browser, server_url, artifacts):
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=41)
    answers["goals"]["needs_rank"] = ["advancement", "networking", "accountability"]  # the longest Spanish labels
    link = f"{server_url}/{nav.QUESTIONS.url_path}?lang=es&step=1&{state.URL_ANSWERS}={encode_answers(answers)}"
    context, page, _ = open_page(browser, link, "phone")
    try:
        question = next(q for q in content.questionnaires[0].steps[1].questions if q.id == "needs_rank")
        labels = {o.id: o.label["es"] for o in question.options}
        for place, option in enumerate(answers["goals"]["needs_rank"], 1):
            box = keyed(page, state.place_key("goals", "needs_rank", place)).locator("input")
            assert box.input_value() == labels[option]
            cut = box.evaluate("e => e.scrollWidth > e.clientWidth")
            shown = page.get_by_text(labels[option], exact=True).filter(visible=True)
            assert not cut or shown.count() == 1, f"'{labels[option]}' is cut in its box and not shown in full"
        page.screenshot(path=str(artifacts / "phone-es-chosen-in-full.png"), full_page=True)
    finally:
        context.close()


def test_a_full_bar_keeps_its_percent_clear_of_the_edge(browser, server_url, artifacts):
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=13)  # "Contactos" and "Beneficio mutuo" at 100 %
    link = f"{server_url}/{nav.PROFILE.url_path}?lang=es&{state.URL_ANSWERS}={encode_answers(answers)}"
    context, page, _ = open_page(browser, link, "phone", nav.PROFILE)
    try:
        page.locator(".js-plotly-plot").nth(4).locator(".main-svg").first.wait_for(state="attached")
        near = page.evaluate(
            """edge => [...document.querySelectorAll('.js-plotly-plot')].flatMap(chart => {
                 const frame = chart.querySelector('.main-svg').getBoundingClientRect();
                 return [...chart.querySelectorAll('text')].filter(t => t.textContent.trim())
                   .filter(t => t.getBoundingClientRect().right > frame.right - edge).map(t => t.textContent);
               })""",
            EDGE,
        )
        shown = page.evaluate("[...document.querySelectorAll('.js-plotly-plot text')].map(t => t.textContent)")
        assert "100\u00a0%" in shown  # the percent is drawn, as Spanish writes it
        assert "100\u00a0%" not in near, near
        page.locator(".js-plotly-plot").first.screenshot(path=str(artifacts / "phone-es-needs-percents.png"))
    finally:
        context.close()


def test_the_upload_box_speaks_spanish(browser, server_url):
    context, page, _ = open_page(browser, f"{server_url}/?lang=es", "phone")
    try:
        zone = page.locator('[data-testid="stFileUploaderDropzone"]')
        zone.get_by_role("button", name="Subir archivo").wait_for(timeout=5_000)
        assert (
            zone.locator('[data-testid="stFileUploaderDropzoneInstructions"]').inner_text() == "1 MB por archivo • JSON"
        )
        assert "Upload" not in zone.inner_text()
    finally:
        context.close()

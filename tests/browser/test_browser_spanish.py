"""The app in Spanish on a phone (390x844): each page opened with `?lang=es` and answers in the address shows its
Spanish words, fits the screen without sideways scrolling, keeps `lang=es` in the address, and is saved as a
screenshot (test-artifacts/phone-es-*.png)."""

import pytest
from test_browser_screens import open_page, overlapping, screenshot
from wizard import keyed, progress_text

from mentorfinder.answers.link import encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from ui import nav, state

# (name, page, extra query, a heading or words the page shows in Spanish)
VIEWS = [
    ("welcome", nav.WELCOME, "", "Volver a una sesión guardada"),
    ("questions", nav.QUESTIONS, "&step=1", "En qué quieres ayuda"),
    ("profile", nav.PROFILE, "", "Tu perfil"),
    ("matches", nav.MATCHES, "", "Tus mentores afines"),
    ("next-steps", nav.NEXT_STEPS, "", "Próximos pasos"),
]


@pytest.fixture(scope="module")
def link():
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=41)
    return f"?{state.URL_LANGUAGE}=es&{state.URL_ANSWERS}=" + encode_answers(answers)


@pytest.mark.parametrize(("name", "view", "extra", "words"), VIEWS, ids=[v[0] for v in VIEWS])
def test_spanish_pages_on_a_phone(browser, server_url, artifacts, link, name, view, extra, words):
    path = "" if view.default else view.url_path
    context, page, _ = open_page(browser, f"{server_url}/{path}{link}{extra}", "phone", view)
    try:
        assert page.get_by_text(words, exact=True).first.is_visible()
        assert "lang=es" in page.url  # the address keeps the language, as it keeps the answers
        if view is nav.QUESTIONS:
            assert progress_text(page).startswith("Paso 2 de 9 · ")
            page.get_by_role("button", name="Siguiente").wait_for()
            assert page.get_by_role("button", name="Atrás").is_visible()
            scale = keyed(page, state.widget_key("goals", "confident_strengths"))
            scale.locator('[data-testid="stRadioOption"]').last.wait_for()  # .all() below does not wait
            tops = {round(o.bounding_box()["y"]) for o in scale.locator('[data-testid="stRadioOption"]').all()}
            assert len(tops) == 1, tops  # the Spanish agree scale still sits on one row
            assert scale.get_by_text("Neutral", exact=True).is_visible()  # its long middle point, shortened
        if view is nav.PROFILE:  # Spanish pole phrases run longer: none may print over another chart's words
            charts = page.locator(".js-plotly-plot")
            charts.nth(4).locator(".main-svg").first.wait_for(state="attached")
            for index in range(charts.count()):
                words = [t.bounding_box() for t in charts.nth(index).locator("g.annotation").all()]
                assert overlapping(words) == [], f"chart {index}: labels print on top of each other"
        if view is nav.NEXT_STEPS:  # the downloads, last on the page, are drawn before the screenshot
            page.get_by_role("button", name="Descargar puntuaciones (CSV)").wait_for()
            assert page.get_by_text("Carta (EE. UU.)", exact=True).is_visible()
        if view is nav.WELCOME:
            # one of the two resume buttons, waited for (is_visible alone does not wait for the page to draw it)
            resume = page.get_by_role("button", name="Seguir donde lo dejaste")
            resume.or_(page.get_by_role("button", name="Ver tus resultados")).first.wait_for()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, "no sideways scrolling on a phone"
        wide = page.locator('[data-testid="stMain"] :is(p, li, h1, h2, h3, label, button)').evaluate_all(
            "els => els.filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto')"
            ".map(e => e.textContent.slice(0, 40))"
        )
        assert wide == [], "Spanish words run past their box"
        screenshot(page, artifacts / f"phone-es-{name}.png")
    finally:
        context.close()

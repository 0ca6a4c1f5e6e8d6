"""Settings that travel: a person who chose Spanish and projector mode on Welcome keeps both, and every answer,
through every way of moving — the buttons that change page, a sidebar link, the browser's Back, a reload, an
opened link and Start over. The walk clicks from Welcome, never opens a page by its link."""

from urllib.parse import parse_qs, urlparse

from test_browser_screens import PROJECTOR_STYLE_IN_PAGE
from wizard import answer_step, choose, click, keyed, progress_text, rerun, settle, to_give

from mentorfinder.content import load_content
from mentorfinder.i18n import _
from mentorfinder.link import decode_answers
from mentorfinder.sample import sample_answers
from ui import state
from ui.steps import all_steps
from ui.whatif import LABEL

ES = "es"


def link_answers(url: str) -> dict:
    """The answers an address carries."""
    return decode_answers(parse_qs(urlparse(url).query).get(state.URL_ANSWERS, [""])[0]) or {}


def kept(page, given: dict, where: str, weights: str | None = None) -> None:
    """Spanish, projector mode, exactly the answers given so far and the what-if weights (None: the standard
    ones), on this page and in its address."""
    switch = page.get_by_role("switch", name=_("Projector mode", ES))
    assert switch.count() == 1, f"{where}: the sidebar is not in Spanish"
    assert switch.is_checked(), f"{where}: projector mode was dropped"
    page.wait_for_function(PROJECTOR_STYLE_IN_PAGE, timeout=5_000)
    query = parse_qs(urlparse(page.url).query)
    assert query.get(state.URL_LANGUAGE) == [ES], f"{where}: {page.url}"
    assert query.get(state.URL_PROJECTOR) == ["1"], f"{where}: {page.url}"
    assert link_answers(page.url) == given, where
    assert query.get(state.URL_WEIGHTS, [None])[0] == weights, f"{where}: {page.url}"


def sidebar(page) -> None:
    """Unfold the sidebar when it is folded (projector mode folds it when a page is loaded)."""
    unfold = page.locator('[data-testid="stExpandSidebarButton"]')
    if unfold.is_visible():
        unfold.click()
    page.locator('[data-testid="stSidebarUserContent"]').wait_for()


def heading(page, english: str) -> None:
    """The page's title, in Spanish."""
    page.get_by_role("heading", name=_(english, ES), exact=True).first.wait_for(timeout=10_000)


def test_spanish_projector_walk_keeps_language_projector_and_answers(browser, server_url, artifacts):
    content = load_content()
    wanted = sample_answers(list(content.questionnaires), seed=51)
    steps = all_steps(content)
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        page.goto(server_url)
        settle(page)
        choose(page, keyed(page, state.LANGUAGE_CHOICE), "Español")
        rerun(page, lambda: keyed(page, state.PROJECTOR_CHOICE).get_by_text(_("Projector mode", ES)).click())
        given: dict = {}
        kept(page, given, "welcome")
        click(page, _("Start", ES))
        for index, ws in enumerate(steps):
            page.locator('[data-testid="stProgress"]').filter(has_text=f"Paso {index + 1} de ").wait_for()
            assert progress_text(page).startswith(f"Paso {index + 1} de {len(steps)} · ")
            kept(page, given, f"step {index + 1}")
            answer_step(page, ws, wanted, ES)
            for question, value in to_give(ws, wanted):
                given.setdefault(ws.questionnaire.id, {})[question.id] = value
            kept(page, given, f"step {index + 1} answered")
            click(page, _("See my results", ES) if index == len(steps) - 1 else _("Next", ES))
        heading(page, "Your profile")
        kept(page, given, "profile")
        click(page, _("See your matches", ES))
        heading(page, "Your matches")
        kept(page, given, "matches")
        page.get_by_text(_(LABEL, ES)).click()  # the what-if sliders: needs down from 45 to 40
        needs = keyed(page, state.weight_key("needs")).get_by_role("slider")
        rerun(page, lambda: needs.press("ArrowLeft"))
        assert needs.input_value() == "40"
        weights = "40.20.15.20"
        kept(page, given, "matches with a weight moved", weights)
        click(page, _("Next steps", ES))
        heading(page, "Next steps")
        kept(page, given, "next steps", weights)

        page.reload()
        settle(page)
        heading(page, "Next steps")
        kept(page, given, "next steps after a reload", weights)

        page.go_back()  # the browser's Back: the matches page, as the person left it
        settle(page)
        heading(page, "Your matches")
        kept(page, given, "matches after Back", weights)
        assert keyed(page, state.weight_key("needs")).get_by_role("slider").input_value() == "40"

        sidebar(page)
        page.get_by_role("link", name=_("Your profile", ES)).click()  # a sidebar link
        settle(page)
        heading(page, "Your profile")
        kept(page, given, "profile by the sidebar", weights)

        other = context.new_page()  # the address opened in a new tab: a new session
        other.goto(page.url)
        settle(other)
        heading(other, "Your profile")
        kept(other, given, "the link opened afresh", weights)
        other.close()

        sidebar(page)
        page.get_by_role("button", name=_("Start over", ES)).click()
        settle(page)
        click(page, _("Yes, clear my answers", ES))
        page.get_by_role("button", name=_("Start", ES), exact=True).wait_for()
        kept(page, {}, "welcome after Start over")
        page.screenshot(path=artifacts / "projector-es-after-start-over.png")
    finally:
        context.close()

"""The sidebar open at 1280x720, in both languages and with projector mode off and on: every page link shows its
whole title (Spanish titles run longer, projector mode's type is larger, and Streamlit cuts a link's text with "…"
where it does not fit)."""

import pytest
from test_browser_screens import screenshot
from wizard import settle

from mentorfinder.i18n.catalogue import _
from ui import nav, state

# every link's text box: what it holds (its full text) and whether that is cut (wider than the box shows)
LINKS = """() => [...document.querySelectorAll('[data-testid="stSidebarNav"] a')].map(link => {
  const text = link.querySelector('span[label]');
  const side = document.querySelector('[data-testid="stSidebar"]').getBoundingClientRect();
  const box = text.getBoundingClientRect();
  const boxes = [text, ...text.querySelectorAll('*')];  // the "…" is drawn by the innermost box that overflows
  return {text: text.innerText, cut: boxes.some(b => b.scrollWidth > b.clientWidth + 1),
          inside: box.left >= side.left && box.right <= side.right};
})"""


@pytest.mark.parametrize("projector", ["off", "on"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_link_shows_its_whole_title(browser, server_url, artifacts, language, projector):
    """Failed before in Spanish with projector mode on: "Tus mentore…" and "Próximos pa…"."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        on = "&" + state.URL_PROJECTOR + "=1" if projector == "on" else ""
        page.goto(f"{server_url}/?{state.URL_LANGUAGE}={language}{on}")
        page.locator("h1").first.wait_for()
        settle(page)
        if projector == "on":  # projector mode folds the sidebar at each page load: open it, as a facilitator does
            page.locator('[data-testid="stExpandSidebarButton"]').click()
            page.locator('[data-testid="stSidebarUserContent"]').wait_for()
            page.wait_for_timeout(600)  # the sidebar slides in
            settle(page)
        links = page.evaluate(LINKS)
        screenshot(page, artifacts / f"sidebar-{language}-projector-{projector}.png")
        titles = [_(p.title, language) for p in nav.ALL]
        assert [link["text"] for link in links] == titles
        assert [link["text"] for link in links if link["cut"] or not link["inside"]] == []
    finally:
        context.close()

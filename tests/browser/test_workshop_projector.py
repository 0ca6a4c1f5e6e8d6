"""The facilitator's projector view at 1280x720, with the sidebar folded and open, in English and Spanish: every word
of every chart lies inside its chart and the screen, no label is cut short, and the style-and-time chart says, in the page's language, what
the low and the high end of each of its scales mean."""

from dataclasses import replace

import pytest
from test_workshop_browser import PHONE, PROJECTOR, app_server, new_page
from wizard import settle

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import translate
from mentorfinder.workshop import SharedResult
from mentorfinder.workshop.store import WorkshopStore

# every chart word's box, and its chart's: [text, x, y, width, height, chart index]
WORDS = """() => [...document.querySelectorAll('.js-plotly-plot')].flatMap((chart, index) => {
  const frame = chart.querySelector('.main-svg').getBoundingClientRect();
  return [...chart.querySelectorAll('text')].filter(t => t.textContent.trim()).map(t => {
    const box = t.getBoundingClientRect();
    return {text: t.textContent, index, box: {x: box.x, y: box.y, width: box.width, height: box.height},
            frame: {x: frame.x, y: frame.y, width: frame.width, height: frame.height}};
  });
})"""

# words shown cut with an ellipsis in the page's main part (a metric's label too long for its column)
CUT = """() => [...document.querySelectorAll('[data-testid="stMain"] *')]
  .filter(e => e.checkVisibility() && getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1)
  .map(e => e.textContent)"""


@pytest.fixture(scope="module")
def facilitated(tmp_path_factory):
    """A server over a workshop where nine people have shared, three or none in each third of every dimension (so
    every scale is drawn, none held back): (facilitator link, content)."""
    content = load_content()
    database = tmp_path_factory.mktemp("projector") / "workshops.sqlite3"
    store = WorkshopStore(f"sqlite:///{database}")
    new = store.create("Career centre, Tuesday")
    kinds = [a.id for a in content.archetypes.archetypes]
    for seed in range(9):
        participant = store.join(new.code)
        store.mark_finished(new.code, participant)
        shared = SharedResult.from_result(evaluate(content, sample_answers(list(content.questionnaires), seed=seed)))
        # every other dimension 3 · 3 · 3, the rest 6 · 0 · 3: the widest and the narrowest parts of a bar
        thirds = {d: (seed // 3 if i % 2 else 2 * (seed >= 6)) for i, d in enumerate(sorted(shared.dimensions))}
        top3 = [kinds[seed // 3], kinds[3 + seed % 3], kinds[6]]  # three first choices, three people each
        values = {d: 15.0 + 33.0 * t for d, t in thirds.items()}
        store.share(new.code, participant, replace(shared, dimensions=values, top3=top3))
    store.dispose()
    with app_server(MENTORFINDER_WORKSHOP_DB=str(database), MENTORFINDER_DATABASE_URL="") as url:
        yield f"{url}/workshop?workshop={new.code}&key={new.key}&projector=1", content


def inside(box: dict, frame: dict) -> bool:
    return (
        box["x"] >= frame["x"] - 1
        and box["y"] >= frame["y"] - 1
        and box["x"] + box["width"] <= frame["x"] + frame["width"] + 1
        and box["y"] + box["height"] <= frame["y"] + frame["height"] + 1
    )


@pytest.mark.parametrize(("sidebar", "language"), [("folded", "en"), ("open", "en"), ("folded", "es"), ("open", "es")])
def test_projector_charts_keep_every_word_whole(browser, facilitated, artifacts, sidebar, language):
    link, content = facilitated
    page = new_page(browser, PROJECTOR)
    try:
        page.goto(link + ("&lang=es" if language == "es" else ""))
        page.locator(".js-plotly-plot .main-svg").nth(2).wait_for()
        settle(page)
        if sidebar == "open":
            page.locator('[data-testid="stExpandSidebarButton"]').click()
            page.locator('[data-testid="stSidebarUserContent"]').wait_for()
            page.wait_for_timeout(600)  # the sidebar slides in; the charts are drawn again at their new width
            settle(page)
        page.screenshot(path=str(artifacts / f"workshop-projector-{language}-sidebar-{sidebar}.png"))
        code = page.locator('[data-testid="stMain"] strong').first  # the join code, read out to the room
        lines = code.evaluate("e => e.getClientRects().length")
        assert code.inner_text().replace("\u2011", "-") == link.split("workshop=")[1][:9] and lines == 1, lines
        cut = page.evaluate(CUT)
        assert cut == [], f"words cut short with an ellipsis: {cut}"
        screen = {"x": 0, "y": 0, **PROJECTOR}
        charts = page.locator(".js-plotly-plot")
        for index in range(charts.count()):  # the first two on the first screen; style and time, scrolled to
            charts.nth(index).scroll_into_view_if_needed()
            words = [w for w in page.evaluate(WORDS) if w["index"] == index]
            clipped = [w["text"] for w in words if not (inside(w["box"], w["frame"]) and inside(w["box"], screen))]
            assert words and clipped == [], f"chart {index}: words cut at the chart's or the screen's edge: {clipped}"
        page.screenshot(path=str(artifacts / f"workshop-projector-{language}-sidebar-{sidebar}-spread.png"))

        # each end's first two words printed on the style-and-time chart, in the page's language
        texts = " ".join(w["text"] for w in page.evaluate(WORDS) if w["index"] == 2)
        scales = [d for q in content.questionnaires for d in q.dimensions if d.group in ("style", "availability")]
        missing = [
            (d.id, end)
            for d in scales
            for end in (translate(d.low, language), translate(d.high, language))
            if " ".join(end.split()[:2]) not in texts
        ]
        assert len(scales) == 8 and missing == [], f"ends not named on the chart: {missing}"
    finally:
        page.context.close()


def test_a_phone_joining_by_link_sees_start_on_its_first_screen(browser, facilitated, artifacts):
    link, _content = facilitated
    root, code = link.split("/workshop?")[0], link.split("workshop=")[1].split("&")[0]
    page = new_page(browser, PHONE)
    try:
        page.goto(f"{root}/?join={code}")
        page.get_by_text("You are in the workshop").wait_for()
        settle(page)
        start = page.get_by_role("button", name="Start", exact=True).bounding_box()
        assert start["y"] + start["height"] <= PHONE["height"], start  # no scrolling to find the way on
        page.screenshot(path=str(artifacts / "phone-joined-welcome.png"))
    finally:
        page.context.close()

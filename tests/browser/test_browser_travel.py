"""Settings that travel: from Welcome, by clicks only (never a page opened by its link), at the three sizes
(1280x720 with projector mode on, 1440x900, 390x844) and in both languages, every page shows the language, projector
mode, the answers, the what-if weights and the workshop the person chose, through every way of moving — the buttons
that change step or page, the browser's Back and Forward, a sidebar link, a reload, the address opened in a new tab,
Start over and its Undo.

Which walk runs where, to keep the time small (one server for the module). A walk that clicks every answer takes
about a minute, two thirds of it answering; a walk that opens its answers from a file about 25 s:
- Clicking every answer, in Spanish, at the two sizes whose layout differs from a plain desktop: the projector
  (projector mode on: large type, the sidebar folded at each page load) and the phone (narrow columns, the sidebar
  over the page). Spanish, because a dropped language shows only away from English (the app's fallback), and the
  Spanish labels are the ones clicked through every kind of widget.
- From an answers file, at each size in English, and at the laptop in Spanish: on Welcome the person opens a file
  lacking step 1's answer, answers it, and clicks Next through every step (the rest already given), then the same
  results pages and every way of moving. The laptop's layout is the plain desktop one, where test_browser_walk.py
  (1280x800, English) clicks every widget; a third walk clicking every answer here (tried: 65 s) would repeat the
  projector's clicks without its large type. In English the person first chooses Spanish, then English again, so an
  English choice not kept would show as Spanish.
- The phone's walk joins a workshop first (a student in a workshop, on a phone): the workshop, made through the
  store on this module's SQLite file, stays joined on every page, and the store counts one participant who finished
  and shared once, not a new one per reload or tab.
"""

import pytest
from test_workshop_browser import app_server
from travel import SIZES, Trip, at_step, give, heading, join, kept, other_ways, project, results, speak, wizard
from wizard import click, settle

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.i18n.catalogue import ngettext
from mentorfinder.workshop.store import WorkshopStore
from ui.steps import all_steps

WORKSHOP = "Career centre, Tuesday"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The app on a SQLite workshop store holding one open workshop: (address, store URL, the new workshop)."""
    database = f"sqlite:///{tmp_path_factory.mktemp('travel') / 'workshops.sqlite3'}"
    store = WorkshopStore(database)
    workshop = store.create(WORKSHOP)
    store.dispose()
    with app_server(MENTORFINDER_WORKSHOP_DB=database.removeprefix("sqlite:///"), MENTORFINDER_DATABASE_URL="") as url:
        yield url, database, workshop


@pytest.fixture
def open_page(browser, server):
    """A fresh browser (its own cookies) at each size, on Welcome."""
    contexts = []

    def opened(size: str):
        contexts.append(browser.new_context(viewport=SIZES[size]))
        page = contexts[-1].new_page()
        page.set_default_timeout(20_000)
        page.goto(server[0])
        settle(page)
        return page

    yield opened
    for context in contexts:
        context.close()


def spanish_walk(page, size: str, workshop: str | None = None) -> Trip:
    """Welcome (joining `workshop` first, when given), Spanish and, on the projector, projector mode; then every
    answer clicked, the results pages and every other way of moving."""
    content = load_content()
    trip = Trip()
    kept(page, trip, "welcome")
    if workshop:
        join(page, trip, workshop)
        page.get_by_text("You are in the workshop").wait_for()
        kept(page, trip, "welcome, joined")
    speak(page, "es")
    trip.language = "es"
    if size == "projector":
        project(page, trip)
    kept(page, trip, "welcome in Spanish")
    click(page, trip.say("Start"))
    wizard(page, trip, all_steps(content), sample_answers(list(content.questionnaires), seed=51))
    results(page, trip)
    other_ways(page, trip)
    return trip


def test_a_spanish_projector_walk_keeps_everything_on_every_page(open_page, artifacts):
    page = open_page("projector")
    spanish_walk(page, "projector")
    page.screenshot(path=artifacts / "travel-es-projector.png")


def test_a_spanish_phone_walk_keeps_its_workshop_on_every_page(open_page, server, artifacts):
    url, database, workshop = server
    page = open_page("phone")
    trip = spanish_walk(page, "phone", workshop.code)
    page.screenshot(path=artifacts / "travel-es-phone-workshop.png")
    store = WorkshopStore(database)
    try:
        group = store.group(workshop.code, workshop.key)
    finally:
        store.dispose()
    # one participant, who reached the results and shared once, however they moved
    assert (group.joined, group.finished, group.shared) == (1, 1, 1)
    assert trip.workshop == workshop.code


@pytest.mark.parametrize(("spoken", "size"), [("en", "projector"), ("en", "laptop"), ("en", "phone"), ("es", "laptop")])
def test_a_walk_from_an_answers_file_keeps_everything_on_every_page(open_page, artifacts, spoken, size):
    content = load_content()
    steps = all_steps(content)
    wanted = sample_answers(list(content.questionnaires), seed=52)
    page = open_page(size)
    trip = Trip(spoken)
    speak(page, "es")
    if spoken == "en":
        speak(page, "en")  # back to English: a choice that was not kept would leave the pages in Spanish
    if size == "projector":
        project(page, trip)
    kept(page, trip, "welcome")
    first = steps[0]
    later = {qid: dict(given) for qid, given in wanted.items()}
    for question in first.step.questions:
        later[first.questionnaire.id].pop(question.id, None)
    chooser = page.locator('[data-testid="stFileUploaderDropzoneInput"]')
    chooser.set_input_files(
        {"name": "answers.json", "mimeType": "application/json", "buffer": dump_answers(later).encode()}
    )
    count = sum(len(given) for given in later.values())
    opened = ngettext(
        "Opened %(count)s answer from %(file)s.", "Opened %(count)s answers from %(file)s.", count, spoken
    )
    page.get_by_text(opened % {"count": count, "file": "answers.json"}, exact=True).wait_for()
    settle(page)
    trip.given = later
    kept(page, trip, "welcome with an answers file opened")
    click(page, trip.say("Continue where you left off"))
    at_step(page, trip, steps, 0, "step 1, its answer missing")
    give(page, trip, first, wanted)
    assert trip.given == wanted
    wizard(page, trip, steps, {}, history=False)  # every answer is in: Next through every step
    results(page, trip)
    other_ways(page, trip)
    heading(page, trip, "Your profile")
    page.screenshot(path=artifacts / f"travel-{spoken}-{size}.png")

"""Walking from Welcome by clicks and checking, on every page, what must travel with the person: the language,
projector mode, the answers given so far, the what-if weights and the workshop joined (test_browser_travel.py)."""

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlparse

from test_browser_screens import PROJECTOR_STYLE_IN_PAGE
from wizard import answer_step, choose, click, keyed, option_label, progress_text, rerun, settle, to_give

from mentorfinder.answers.link import decode_answers
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import translate
from ui import language, state
from ui.points import short_label
from ui.whatif import LABEL

SIZES = {
    "projector": {"width": 1280, "height": 720},  # projector mode on: a room
    "laptop": {"width": 1440, "height": 900},
    "phone": {"width": 390, "height": 844},  # the sidebar lies over the page when open
}
PHONE_WIDTH = 640  # below this, Streamlit draws the open sidebar over the page
IN_WORKSHOP = (  # ui/workshop_join.py's words on Welcome
    "You are in the workshop **%(title)s** (code %(code)s). Answer the questions as usual; "
    "at the end you can choose to share an anonymous result with the group."
)
SHARE = "Share my anonymous result with the group"
SHARED = "Shared: the group's picture includes your anonymous result."


@dataclass
class Trip:
    """What the person chose and gave so far: every page must show all of it."""

    language: str = "en"
    projector: bool = False
    given: dict = field(default_factory=dict)
    weights: str | None = None  # the address's `w` (None: the standard weights)
    workshop: str | None = None  # the code of the workshop joined, as shown ("K7QX-M4RT")

    def say(self, english: str) -> str:
        """`english` in the trip's language."""
        return _(english, self.language)


def link_answers(url: str) -> dict:
    """The answers an address carries."""
    return decode_answers(parse_qs(urlparse(url).query).get(state.URL_ANSWERS, [""])[0]) or {}


def kept(page, trip: Trip, where: str) -> None:
    """The page and its address show the trip's language, projector mode, answers, weights and workshop."""
    switch = page.get_by_role("switch", name=trip.say("Projector mode"), exact=True)
    assert switch.count() == 1, f"{where}: the sidebar is not in {trip.language}"
    assert switch.is_checked() == trip.projector, f"{where}: projector mode is {'off' if trip.projector else 'on'}"
    chosen = keyed(page, state.LANGUAGE_CHOICE).get_by_role("combobox", name=trip.say("Language"), exact=True)
    assert chosen.input_value() == language.name(trip.language), f"{where}: the language box shows another"
    if trip.projector:
        page.wait_for_function(PROJECTOR_STYLE_IN_PAGE, timeout=5_000)
    else:
        assert not page.evaluate(PROJECTOR_STYLE_IN_PAGE), f"{where}: projector styles on a page without them"
    query = parse_qs(urlparse(page.url).query)
    assert query.get(state.URL_LANGUAGE) == (None if trip.language == "en" else [trip.language]), f"{where}: {page.url}"
    assert query.get(state.URL_PROJECTOR) == (["1"] if trip.projector else None), f"{where}: {page.url}"
    assert link_answers(page.url) == trip.given, where
    assert query.get(state.URL_WEIGHTS) == ([trip.weights] if trip.weights else None), f"{where}: {page.url}"
    assert query.get(state.URL_WORKSHOP) == ([trip.workshop] if trip.workshop else None), f"{where}: {page.url}"
    cookies = [c["name"] for c in page.context.cookies()]
    assert (state.COOKIE in cookies) == bool(trip.workshop), f"{where}: the browser's workshop cookie: {cookies}"


def sidebar(page) -> None:
    """Unfold the sidebar when it is folded (projector mode and a phone's width fold it when a page is loaded)."""
    unfold = page.locator('[data-testid="stExpandSidebarButton"]')
    if unfold.is_visible():
        unfold.click()
    page.locator('[data-testid="stSidebarUserContent"]').wait_for()


def fold(page) -> None:
    """On a phone, fold the open sidebar: it lies over the page's own buttons."""
    opened = page.locator('[data-testid="stSidebar"][data-collapsed="false"]')
    if page.viewport_size["width"] < PHONE_WIDTH and opened.count():
        opened.locator('[data-testid="stSidebarCollapseButton"] button').click()
        page.locator('[data-testid="stSidebar"][data-collapsed="true"]').wait_for()


def heading(page, trip: Trip, english: str) -> None:
    """Wait for the page's title, in the trip's language."""
    page.get_by_role("heading", name=trip.say(english), exact=True).first.wait_for(timeout=10_000)


def speak(page, code: str) -> None:
    """Choose a language in the sidebar."""
    sidebar(page)
    choose(page, keyed(page, state.LANGUAGE_CHOICE), language.name(code))
    fold(page)


def project(page, trip: Trip) -> None:
    """Turn projector mode on in the sidebar."""
    sidebar(page)
    rerun(page, lambda: keyed(page, state.PROJECTOR_CHOICE).get_by_text(trip.say("Projector mode")).click())
    trip.projector = True
    fold(page)


def join(page, trip: Trip, code: str) -> None:
    """Type the workshop code on Welcome and join."""
    keyed(page, state.JOIN_CODE).locator("input").fill(code)
    rerun(page, lambda: page.get_by_role("button", name=trip.say("Join the workshop")).click())
    trip.workshop = code


def at_step(page, trip: Trip, steps: list, index: int, where: str) -> None:
    """Wait for step `index`; check its progress words exactly, in the trip's language, what is kept, and that its
    widgets show the answers given on it so far."""
    q = steps[index].questionnaire
    words = {"step": index + 1, "steps": len(steps), "title": translate(q.title, trip.language, q.default_language)}
    shown = trip.say("Step %(step)s of %(steps)s · %(title)s") % words
    page.locator('[data-testid="stProgress"]').filter(has_text=shown).wait_for()
    assert progress_text(page) == shown, where
    kept(page, trip, where)
    shows(page, trip, steps[index], where)


def shows(page, trip: Trip, ws, where: str) -> None:
    """The step's widgets show the answers the trip gave on it (a choice, a point of a scale, a ranking's places,
    typed words); a multiple choice's chosen options are checked in the address only."""
    q = ws.questionnaire
    for question in ws.step.questions:
        value = trip.given.get(q.id, {}).get(question.id)
        box = keyed(page, state.widget_key(q.id, question.id))
        if value is None or question.type == "multiple":
            continue
        if question.type == "ranking":
            places = [keyed(page, state.place_key(q.id, question.id, place)) for place in range(1, len(value) + 1)]
            shown = [place.get_by_role("combobox").input_value() for place in places]
            assert shown == [option_label(question, v, trip.language) for v in value], f"{where}: {shown}"
        elif question.type == "single":
            radio = box.get_by_role("radio", name=option_label(question, value, trip.language), exact=True)
            assert radio.is_checked(), f"{where}: {question.id} does not show its answer"
        elif question.type == "likert" or box.locator('[role="radiogroup"]').count():
            labels = q.scale_of(question).labels if question.type == "likert" else {}
            words = short_label(translate(labels[value], trip.language)) if value in labels else str(value)
            assert box.get_by_role("radio", name=words, exact=True).is_checked(), f"{where}: {question.id}"
        else:
            typed = box.locator("textarea, input").first.input_value()
            assert typed == str(value), f"{where}: {question.id} shows {typed!r}"


def give(page, trip: Trip, ws, wanted: dict) -> None:
    """Answer a step through its widgets, as shown in the trip's language; the trip records the answers."""
    answer_step(page, ws, wanted, trip.language)
    for question, value in to_give(ws, wanted):
        trip.given.setdefault(ws.questionnaire.id, {})[question.id] = value


def wizard(page, trip: Trip, steps: list, wanted: dict, history: bool = True) -> None:
    """From step 1, every step answered as `wanted` says, moved by Next and finally "See my results". With
    `history`, the wizard's own Back button (step 2) and the browser's Back and Forward (step 3) on the way."""
    for index, ws in enumerate(steps):
        at_step(page, trip, steps, index, f"step {index + 1}")
        if history and index == 1:
            click(page, trip.say("Back"))
            at_step(page, trip, steps, 0, "step 1 by the Back button")
            click(page, trip.say("Next"))
            at_step(page, trip, steps, 1, "step 2 by Next again")
        if history and index == 2:
            page.go_back()
            settle(page)
            at_step(page, trip, steps, 1, "step 2 by the browser's Back")
            page.go_forward()
            settle(page)
            at_step(page, trip, steps, 2, "step 3 by the browser's Forward")
        give(page, trip, ws, wanted)
        kept(page, trip, f"step {index + 1} answered")
        click(page, trip.say("See my results") if index == len(steps) - 1 else trip.say("Next"))


def results(page, trip: Trip) -> None:
    """Profile, then matches (a what-if weight moved; in a workshop, the result shared), then next steps: each
    reached by its button."""
    heading(page, trip, "Your profile")
    kept(page, trip, "profile")
    click(page, trip.say("See your matches"))
    heading(page, trip, "Your matches")
    kept(page, trip, "matches")
    if trip.workshop:
        page.get_by_role("button", name=trip.say(SHARE)).click()  # the address does not change
        page.get_by_text(trip.say(SHARED)).wait_for()
        settle(page)
        kept(page, trip, "matches, shared with the workshop")
    page.get_by_text(trip.say(LABEL)).click()  # the what-if sliders (drawn once it is open): needs from 45 to 40
    needs = keyed(page, state.weight_key("needs")).get_by_role("slider")
    needs.wait_for()
    settle(page)
    rerun(page, lambda: needs.press("ArrowLeft"))
    assert needs.input_value() == "40"
    trip.weights = "40.20.15.20"
    kept(page, trip, "matches with a weight moved")
    click(page, trip.say("Next steps"))
    heading(page, trip, "Next steps")
    kept(page, trip, "next steps")


def other_ways(page, trip: Trip) -> None:
    """From next steps: a reload, the browser's Back, a sidebar link, the address opened in a new tab, then Start
    over, its Undo and Welcome's button to the result."""
    page.reload()
    settle(page)
    heading(page, trip, "Next steps")
    kept(page, trip, "next steps after a reload")

    page.go_back()  # the matches page, as the person left it
    settle(page)
    heading(page, trip, "Your matches")
    kept(page, trip, "matches after the browser's Back")
    assert keyed(page, state.weight_key("needs")).get_by_role("slider").input_value() == "40"

    sidebar(page)
    page.get_by_role("link", name=trip.say("Your profile")).click()
    settle(page)
    fold(page)
    heading(page, trip, "Your profile")
    kept(page, trip, "profile by the sidebar")

    other = page.context.new_page()  # the same browser, a new tab: a new session from the address
    other.goto(page.url)
    settle(other)
    heading(other, trip, "Your profile")
    kept(other, trip, "the address opened in a new tab")
    other.close()

    sidebar(page)
    page.get_by_role("button", name=trip.say("Start over")).click()
    settle(page)
    click(page, trip.say("Yes, clear my answers"))
    fold(page)
    page.get_by_role("button", name=trip.say("Start"), exact=True).wait_for()
    given, weights = trip.given, trip.weights
    trip.given, trip.weights = {}, None
    kept(page, trip, "welcome after Start over")
    if trip.workshop:  # Welcome says so, in the trip's language
        inside = trip.say(IN_WORKSHOP).split("**")[0]
        assert page.get_by_text(inside).count() == 1, f"welcome after Start over: no '{inside}'"
    click(page, trip.say("Undo"))
    trip.given, trip.weights = given, weights
    kept(page, trip, "welcome after Undo")
    click(page, trip.say("See your results"))
    heading(page, trip, "Your profile")
    kept(page, trip, "profile by Welcome's button")

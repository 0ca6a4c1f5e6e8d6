"""Outside text is drawn as text in a real browser (issue 19): workshop titles (the created page's title, the projector,
a participant's welcome), own words on the profile and an uploaded file's name make no link, image, emphasis, colour
or math in the DOM, and the browser fetches nothing from an address in them."""

from urllib.parse import parse_qs, urlparse

import pytest
from test_workshop_browser import PHONE, PROJECTOR, app_server, create_workshop, new_page
from wizard import rerun, settle

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import decode_answers, encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from ui import state

JOINER = "\u2060"  # drawn as nothing: ui.text.escape keeps addresses apart with it
# within the create box's 80 characters each; between them every kind of markup issue 19 tried
TITLES = [
    "[Claim your prize](https://evil.example/p) ![i](https://evil.example/i.png)",
    "**Bold** _em_ :red[red] $x^2$ www.evil.example me@evil.example",
]
OWN_WORDS = "See https://evil.example/x or www.evil.example, mail me@evil.example; **b** :blue[c] $y$ [l](http://e.x)"
FILE_NAME = "www.evil.example me@evil.example [f](http://evil.example).json"


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    database = tmp_path_factory.mktemp("outside") / "workshops.sqlite3"
    with app_server(MENTORFINDER_WORKSHOP_DB=str(database), MENTORFINDER_DATABASE_URL="") as url:
        yield url


def watch(page) -> list[str]:
    """Every address the page asks for, collected as it goes."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    return asked


def drawn_as_text(page, typed: str) -> None:
    """The main area shows `typed` character for character and has no link, image, emphasis, colour or math made of it."""
    main = page.locator('[data-testid="stMain"]')
    shown = main.inner_text().replace(JOINER, "")
    assert typed in shown, (typed, shown[:500])
    found = main.evaluate(
        """(main, typed) => ({
            links: [...main.querySelectorAll('a')].map(a => a.href).filter(h => new URL(h).host !== location.host),
            images: [...main.querySelectorAll('img')].map(i => i.src).filter(s => s.includes('evil')),
            // our own bold may hold the whole text ("You are in the workshop **title**"); none may hold part of it
            emphasis: [...main.querySelectorAll('strong, em, b, i')].map(e => e.innerText.replace(/\u2060/g, ''))
                .filter(t => t.trim() && typed.includes(t) && t !== typed),
            colour: [...main.querySelectorAll('span[style*="color"], [class*="Colored"]')]
                .map(e => e.innerText.replace(/\u2060/g, '')).filter(t => t.trim() && typed.includes(t)),
            math: main.querySelectorAll('.katex, math').length,
        })""",
        typed,
    )
    assert found == {"links": [], "images": [], "emphasis": [], "colour": [], "math": 0}, found


@pytest.mark.parametrize("title", TITLES)
def test_a_workshop_title_is_text_on_the_created_page_the_projector_and_the_welcome(browser, room, artifacts, title):
    facilitator = new_page(browser, PROJECTOR)
    asked = watch(facilitator)
    join_link, facilitator_link = create_workshop(facilitator, room, title)
    heading = facilitator.locator("h1").first.inner_text().replace(JOINER, "")
    assert heading == title  # the created page's st.title: the title as typed, not markdown
    drawn_as_text(facilitator, title)
    name = f"outside-title-created-{TITLES.index(title)}.png"
    facilitator.screenshot(path=str(artifacts / name))
    rerun(facilitator, lambda: facilitator.goto(facilitator_link))
    facilitator.get_by_text("Results appear when").wait_for()
    drawn_as_text(facilitator, title)  # the projector's heading
    phone = new_page(browser, PHONE)
    asked += watch(phone)
    phone.goto(join_link)
    phone.get_by_text("You are in the workshop").wait_for()
    settle(phone)
    drawn_as_text(phone, title)  # every participant's welcome page
    phone.screenshot(path=str(artifacts / name.replace("created", "welcome")))
    assert [url for url in asked if "evil" in url] == []  # the browser fetched nothing from the title's addresses
    for page in (facilitator, phone):
        page.context.close()


def test_own_words_on_the_profile_are_text(browser, room, artifacts):
    page = new_page(browser, PHONE)
    asked = watch(page)
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=5)
    answers["goals"]["goal_in_words"] = OWN_WORDS
    page.goto(f"{room}/profile?{state.URL_ANSWERS}={encode_answers(answers)}")
    settle(page)
    drawn_as_text(page, OWN_WORDS)
    page.screenshot(path=str(artifacts / "outside-own-words.png"), full_page=True)
    assert [url for url in asked if "evil" in url] == []
    page.context.close()


def test_an_uploaded_file_name_is_text(browser, room):
    page = new_page(browser, PROJECTOR)
    content = load_content()
    answers = sample_answers(list(content.questionnaires), seed=6)
    page.goto(room)
    settle(page)
    chooser = page.locator('[data-testid="stFileUploaderDropzoneInput"]')
    payload = {"name": FILE_NAME, "mimeType": "application/json", "buffer": dump_answers(answers).encode()}
    chooser.set_input_files(payload)
    page.get_by_text("Opened ").wait_for()
    settle(page)
    drawn_as_text(page, f"from {FILE_NAME}.")
    # the file was opened as answers, not only named: the address now carries exactly its answers (before, this
    # line checked the test's own file: json.loads(dump_answers(answers)))
    assert decode_answers(parse_qs(urlparse(page.url).query)[state.URL_ANSWERS][0]) == answers
    page.context.close()

"""Workshop mode in real browsers: a facilitator, three phones joining by code or QR link, the live projector view."""

import csv
import io
import os
import subprocess
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from streamlit_server import free_port, start_server, wait_healthy
from wizard import keyed, rerun, settle

from mentorfinder.answers.link import encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from ui import state
from ui.workshop import qr_png

SHARE = "Share my anonymous result with the group"
SHARED = "Shared: the group's picture includes your anonymous result."
PROJECTOR = {"width": 1280, "height": 720}
PHONE = {"width": 390, "height": 844}
# joined: the address names the workshop and the browser keeps the participant's id in its cookie (never the address)
IN_WORKSHOP = (
    "() => new URLSearchParams(location.search).has('ws') && document.cookie.includes('mentorfinder_workshop=')"
)


@contextmanager
def app_server(**env):
    """`streamlit run app.py` on a free port with these settings in its environment (the database's, here)."""
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    port = free_port()
    process = start_server(port)
    for name, value in saved.items():  # the server has its copy; the tests' own environment goes back
        os.environ.pop(name) if value is None else os.environ.__setitem__(name, value)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        stop(process)


def stop(process):
    """Stop a server: politely, then firmly after ten seconds."""
    process.terminate()
    with suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
    process.kill()  # a no-op when it has exited


@pytest.fixture(scope="module")
def room(tmp_path_factory):
    """The app on a fresh SQLite workshop database."""
    database = tmp_path_factory.mktemp("workshop") / "workshops.sqlite3"
    with app_server(MENTORFINDER_WORKSHOP_DB=str(database), MENTORFINDER_DATABASE_URL="") as url:
        yield url


def new_page(browser, viewport):
    """A page in its own browser context (its own session, as on another device)."""
    page = browser.new_context(viewport=viewport, accept_downloads=True).new_page()
    page.set_default_timeout(30_000)
    return page


def create_workshop(page, url, title, screenshot=None):
    """The facilitator creates a workshop; returns (join link, facilitator link) as the page shows them."""
    page.goto(f"{url}/workshop")
    settle(page)
    page.get_by_label("Workshop title").fill(title)
    page.get_by_role("button", name="Create the workshop").click()
    page.locator(".ws-code").wait_for()  # the address does not change: the key never goes into it
    settle(page)
    if screenshot:
        page.screenshot(path=str(screenshot))
    page.get_by_text("Show my facilitator link").click()
    page.locator('[data-testid="stCode"]').nth(1).wait_for()
    settle(page)
    links = page.locator('[data-testid="stCode"]').all_inner_texts()
    return links[0].strip(), links[1].strip()


def with_answers(page, seed, target="matches"):
    """Open a results page in the participant's own address (workshop kept) with complete answers in it."""
    content = load_content()
    params = dict(parse_qsl(urlsplit(page.url).query))
    params[state.URL_ANSWERS] = encode_answers(sample_answers(list(content.questionnaires), seed=seed))
    root = f"{urlsplit(page.url).scheme}://{urlsplit(page.url).netloc}"
    page.goto(f"{root}/{target}?{urlencode(params)}")
    settle(page)


def share(page):
    """Press Share and wait for the page to say it is shared."""
    page.get_by_role("button", name=SHARE).click()
    page.get_by_text(SHARED).wait_for()


def join_by_code(page, url, code):
    """Type the code on the welcome page."""
    page.goto(url)
    settle(page)
    keyed(page, state.JOIN_CODE).locator("input").fill(code.lower())
    rerun(page, lambda: page.get_by_role("button", name="Join the workshop").click())


def metrics(page):
    """The projector view's counts: {label: value}."""
    labels = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
    values = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    return dict(zip([label.strip() for label in labels], [v.strip() for v in values], strict=True))


def wait_for_shared(page, count):
    """Wait, without reloading, until the live view counts `count` shared results."""
    page.wait_for_function(
        """n => [...document.querySelectorAll('[data-testid="stMetric"]')].some(
             m => m.innerText.includes('Shared') && m.querySelector('[data-testid="stMetricValue"]').innerText.trim() === n)""",
        arg=str(count),
        timeout=30_000,
    )


def download(page, label):
    """Open the facilitator's actions (once) and download the aggregate with this button: its bytes."""
    actions = page.get_by_text("Facilitator actions: join link, lock, export, delete")
    if not page.get_by_role("button", name=label).is_visible():
        actions.click()
    settle(page)  # between the view's timed refreshes: a fresh-clone run once lost this click during one
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    return Path(info.value.path()).read_bytes()


def test_a_room_joins_shares_and_the_projector_updates_live(browser, room, artifacts):
    facilitator = new_page(browser, PROJECTOR)
    join_link, facilitator_link = create_workshop(
        facilitator, room, "Career centre, Tuesday", artifacts / "workshop-created.png"
    )
    code = facilitator.locator(".ws-code").inner_text().strip()
    assert join_link == f"{room}/?join={code}"
    assert facilitator_link.startswith(f"{room}/workshop?workshop={code}&key=")
    assert facilitator_link.endswith("&projector=1")
    # the QR code drawn is exactly segno's code of the join link (the same PNG bytes)
    source = facilitator.get_by_alt_text(f"QR code of the join link {join_link}").get_attribute("src")
    assert facilitator.request.get(source if "://" in source else room + source).body() == qr_png(join_link)
    rerun(facilitator, lambda: facilitator.goto(facilitator_link))
    assert "key=" not in facilitator.url  # the key leaves the address bar, which the room sees
    facilitator.get_by_text("Results appear when 3 people have shared (0 so far).").wait_for()
    facilitator.screenshot(path=str(artifacts / "workshop-projector-waiting.png"))
    facilitator.evaluate("window.__notReloaded = true")

    phones = [new_page(browser, PHONE) for _ in range(3)]
    phones[0].goto(join_link)  # the URL the QR code carries
    phones[0].get_by_text("You are in the workshop").wait_for()
    for phone in phones[1:]:
        join_by_code(phone, room, code)
    for seed, phone in enumerate(phones, 1):
        phone.wait_for_function(IN_WORKSHOP)
        assert dict(parse_qsl(urlsplit(phone.url).query))[state.URL_WORKSHOP] == code
        assert state.URL_PARTICIPANT not in dict(parse_qsl(urlsplit(phone.url).query))
        if seed == 1:  # the participant's link, passed to someone else: answers, but not the participant
            friend = new_page(browser, PHONE)
            friend.goto(phone.url)
            settle(friend)
            assert friend.get_by_text("You are in the workshop").count() == 0
            assert "mentorfinder_workshop" not in [c["name"] for c in friend.context.cookies()]
            friend.context.close()
        with_answers(phone, seed)  # a new page load: the cookie, not the address, keeps the participant
        share(phone)
        if seed == 2:
            wait_for_shared(facilitator, 2)
            # the count metric and this line come from the same run, but are drawn one after the other: wait for it
            facilitator.get_by_text("Results appear when 3 people have shared (2 so far).").wait_for()
            assert facilitator.locator(".js-plotly-plot").count() == 0

    wait_for_shared(facilitator, 3)
    facilitator.locator(".js-plotly-plot").nth(2).wait_for()
    settle(facilitator)
    assert facilitator.evaluate("window.__notReloaded") is True  # the fragment refreshed; the page did not reload
    assert metrics(facilitator) == {"Joined": "3", "Finished": "3", "Shared": "3"}
    charts = facilitator.locator(".js-plotly-plot")
    assert charts.count() == 3
    for i in range(2):  # the first screen holds the first two charts whole: none runs below 720 px or off the side
        box = charts.nth(i).bounding_box()
        assert box["y"] + box["height"] <= PROJECTOR["height"] and box["x"] + box["width"] <= PROJECTOR["width"]
    # style and time, with the words of both ends of each scale, takes the whole width under them
    assert charts.nth(2).bounding_box()["x"] + charts.nth(2).bounding_box()["width"] <= PROJECTOR["width"]
    facilitator.screenshot(path=str(artifacts / "workshop-projector.png"))
    rows = list(csv.reader(io.StringIO(download(facilitator, "Download CSV").decode("utf-8"))))
    assert ["workshop", "code", code] in [row[:3] for row in rows]
    assert ["count", "shared", "", "3"] in rows and ["count", "joined", "", "3"] in rows
    assert download(facilitator, "Download PDF").startswith(b"%PDF")
    for page in [facilitator, *phones]:
        page.context.close()

"""Browser fixtures: our own `streamlit run app.py` on a free port, and a real Chromium driven by Playwright."""

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from runs import WatchedBrowser
from streamlit_server import ARTIFACTS, CHROMIUM_ARGS, chromium_path, free_port, serving, start_server


@pytest.fixture(scope="session")
def server_url():
    port = free_port()
    with serving(start_server(port), port) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield WatchedBrowser(browser)  # its pages count their runs, for wizard.settle
        browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def laptop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()

"""Restart safety: the server is killed with SIGKILL mid-walk and started again on the same port; the browser
reconnects without a reload, and the first action of any kind (sidebar link, Next, Back, reload) keeps every
answer — in the address and on the page."""

import signal
from urllib.parse import parse_qs, urlparse

import pytest
from streamlit_server import free_port, start_server, wait_healthy
from wizard import cli_ranking, click, progress_text, settle, shown_ranking

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import decode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content


def link_answers(page) -> dict:
    """The answers this page's own address carries."""
    value = parse_qs(urlparse(page.url).query).get("a", [""])[0]
    return decode_answers(value) or {}


class Server:
    """Our own `streamlit run` on a fixed port, so it can be killed and started again on the same one."""

    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        self.process = start_server(self.port)
        wait_healthy(self.url, self.process)

    def kill(self):
        self.process.send_signal(signal.SIGKILL)  # no shutdown hooks, no goodbye to the browser
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def one_server():
    running = Server()
    running.start()
    yield running
    if running.process.poll() is None:
        running.kill()


@pytest.fixture
def server(one_server):
    """The module's server, running: each test kills it and starts it again, which leaves it running for the next
    (one start per test instead of two); started again here only when a failed test left it dead."""
    if one_server.process.poll() is not None:
        one_server.start()
    return one_server


# every change of the app's script state from now on, in order (a MutationObserver misses none, however short)
WATCH_RUNS = """() => {
  window.__scriptStates = [];
  new MutationObserver(changes => changes.forEach(c => window.__scriptStates.push(c.target.getAttribute(c.attributeName))))
    .observe(document.querySelector('[data-testid="stApp"]'), {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def restart_under(page, server) -> None:
    """Kill the server, see the browser lose it, start it again, and let the browser find it by itself."""
    server.kill()
    page.locator('[data-testid="stApp"][data-test-connection-state="PINGING_SERVER"]').wait_for()
    page.evaluate(WATCH_RUNS)
    server.start()
    page.locator('[data-testid="stApp"][data-test-connection-state="CONNECTED"]').wait_for(timeout=30_000)
    # the browser reruns the page by itself on reconnect (the frame's timed fragment); a person's first
    # action comes after that rerun has drawn the page again, so the test waits for it to have started (before:
    # a fixed 1.5 s), then for the page to settle
    page.wait_for_function("() => window.__scriptStates.includes('running')")
    settle(page)


def at_step(page, number: int) -> None:
    """Wait for the wizard to show step `number` (a click's rerun may still be on its way)."""
    page.locator('[data-testid="stProgress"]').filter(has_text=f"Step {number} of ").wait_for()
    assert progress_text(page).startswith(f"Step {number} of ")


@pytest.mark.parametrize("action", ["sidebar", "next", "back", "reload"])
def test_first_action_after_a_sigkill_restart_keeps_every_answer(laptop, server, tmp_path, action):
    content = load_content()
    wanted = sample_answers(list(content.questionnaires), seed=71)
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(dump_answers(wanted))
    page = laptop
    page.goto(server.url)
    settle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(answers_file)
    page.get_by_text("Opened ").wait_for()
    settle(page)
    page.get_by_role("link", name="Questions").click()  # a complete file offers the result; walk the steps instead
    settle(page)
    at_step(page, 1)
    click(page, "Next")
    at_step(page, 2)
    click(page, "Next")
    at_step(page, 3)
    assert link_answers(page) == wanted

    restart_under(page, server)

    if action == "sidebar":
        page.get_by_role("link", name="Your matches").click()
        settle(page)
        page.get_by_role("heading", name="Your matches").wait_for()
        assert shown_ranking(page) == cli_ranking(answers_file)[:3]
    elif action == "reload":
        page.reload()
        settle(page)
        at_step(page, 3)
    else:
        click(page, "Next" if action == "next" else "Back")
        at_step(page, 4 if action == "next" else 2)
    assert link_answers(page) == wanted

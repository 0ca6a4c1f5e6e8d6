"""A person's walk in a real Chromium: welcome → every step (with Back, Next and a refresh) → profile → matches."""

from streamlit_server import free_port, start_server, wait_healthy
from wizard import answer_step, cli_ranking, click, keyed, progress_text, settle, shown_ranking

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import encode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.i18n.words import translate
from ui import nav
from ui.state import URL_ANSWERS, widget_key
from ui.steps import all_steps


def test_walk_with_back_and_refresh_matches_the_cli(laptop, server_url, artifacts, tmp_path):
    content = load_content()
    wanted = sample_answers(list(content.questionnaires), seed=31)
    steps = all_steps(content)
    page = laptop
    page.goto(server_url)
    settle(page)
    click(page, "Start")
    for index, ws in enumerate(steps):
        assert progress_text(page).startswith(f"Step {index + 1} of {len(steps)}")
        answer_step(page, ws, wanted)
        if index == 1:  # Back keeps answers, and Next afterwards lands here again
            click(page, "Back")
            stage = keyed(page, widget_key("goals", "stage")).get_by_role("radio", checked=True)
            assert stage.count() == 1
            click(page, "Next")
            assert progress_text(page).startswith(f"Step 2 of {len(steps)}")
        if index == 4:  # a refresh midway loses nothing
            page.reload()
            settle(page)
            assert progress_text(page).startswith(f"Step 5 of {len(steps)}")
            page.screenshot(path=artifacts / "laptop-after-refresh.png")
        click(page, "See my results" if index == len(steps) - 1 else "Next")
        assert page.locator('[data-testid="stAlert"]').filter(has_text="Please").count() == 0
    page.get_by_role("heading", name="Your profile").wait_for()
    page.screenshot(path=artifacts / "laptop-profile.png")
    click(page, "See your matches")
    page.get_by_role("heading", name="Your matches").wait_for()
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(dump_answers(wanted))
    assert shown_ranking(page) == cli_ranking(answers_file)[:3]
    page.screenshot(path=artifacts / "laptop-matches.png")


def test_next_names_the_missing_answer_beside_the_question(laptop, server_url):
    content = load_content()
    page = laptop
    page.goto(f"{server_url}/{nav.QUESTIONS.url_path}")
    settle(page)
    page.get_by_role("button", name="Next", exact=True).click()  # refused: the address stays as it is
    prompt = translate(content.questionnaires[0].steps[0].questions[0].prompt)
    note = page.locator('[data-testid="stAlert"]').filter(has_text="Please answer")
    assert note.first.inner_text().strip().endswith(f"Please answer: {prompt}")
    question_box = keyed(page, widget_key("goals", "stage")).bounding_box()
    note_box = note.first.bounding_box()
    assert 0 <= note_box["y"] - (question_box["y"] + question_box["height"]) < 40  # right under the question
    assert progress_text(page).startswith("Step 1 of")


def test_a_fresh_server_opens_a_deep_link_in_full(browser, tmp_path):
    """The very first request a new server gets is /matches?a=…: the page runs inside the app.py frame
    (answers restored, sidebar drawn) and ranks exactly as the command line does."""
    content = load_content()
    wanted = sample_answers(list(content.questionnaires), seed=33)
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(dump_answers(wanted))
    port = free_port()
    process = start_server(port)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, process)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(f"{url}/{nav.MATCHES.url_path}?{URL_ANSWERS}={encode_answers(wanted)}")
        settle(page)
        assert shown_ranking(page) == cli_ranking(answers_file)[:3]
        assert page.get_by_role("switch", name="Projector mode").count() == 1  # the frame's sidebar is there
        context.close()
    finally:
        process.terminate()
        process.wait(timeout=10)

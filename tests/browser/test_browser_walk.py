"""A person's walk in a real Chromium: welcome → every step (with Back, Next and a refresh) → profile → matches."""

from wizard import answer_step, cli_ranking, click, keyed, progress_text, settle, shown_ranking

from mentorfinder.answers import dump_answers
from mentorfinder.content import load_content
from mentorfinder.sample import sample_answers
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
            stage = keyed(page, "q:goals:stage").get_by_role("radio", checked=True)
            assert stage.count() == 1
            click(page, "Next")
            assert progress_text(page).startswith(f"Step 2 of {len(steps)}")
        if index == 4:  # a refresh midway loses nothing
            page.reload()
            settle(page)
            assert progress_text(page).startswith(f"Step 5 of {len(steps)}")
            page.screenshot(path=artifacts / "laptop-after-refresh.png")
        click(page, "See my results" if index == len(steps) - 1 else "Next")
        assert page.locator('[data-testid="stAlert"]').filter(has_text="Please answer").count() == 0
    page.get_by_role("heading", name="Your profile").wait_for()
    page.screenshot(path=artifacts / "laptop-profile.png", full_page=True)
    click(page, "See your matches")
    page.get_by_role("heading", name="Your matches").wait_for()
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(dump_answers(wanted))
    assert shown_ranking(page) == cli_ranking(answers_file)[:3]
    page.screenshot(path=artifacts / "laptop-matches.png", full_page=True)


def test_next_names_the_missing_answer_beside_the_question(laptop, server_url):
    content = load_content()
    page = laptop
    page.goto(server_url + "/questions")
    settle(page)
    click(page, "Next")
    prompt = content.questionnaires[0].steps[0].questions[0].prompt
    note = page.locator('[data-testid="stAlert"]').filter(has_text="Please answer")
    assert note.first.inner_text().strip().endswith(f"Please answer: {prompt}")
    question_box = keyed(page, "q:goals:stage").bounding_box()
    note_box = note.first.bounding_box()
    assert 0 <= note_box["y"] - (question_box["y"] + question_box["height"]) < 40  # right under the question
    assert progress_text(page).startswith("Step 1 of")

"""The browser's Back and Forward: one history entry per page and per wizard step, never one per answer, and
going back loses no answer."""

from travel import link_answers
from wizard import answer_step, click, keyed, progress_text, settle, to_give

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from ui.state import widget_key
from ui.steps import all_steps


def at_step(page, number: int) -> None:
    """Wait for step `number` of the wizard to be drawn."""
    page.locator('[data-testid="stProgress"]').filter(has_text=f"Step {number} of ").wait_for()
    settle(page)
    assert progress_text(page).startswith(f"Step {number} of ")


def history(page, move) -> None:
    """Press the browser's Back or Forward and wait for the page it brings."""
    move()
    settle(page)


def test_back_goes_one_step_back_and_forward_one_step_on(laptop, server_url):
    content = load_content()
    wanted = sample_answers(list(content.questionnaires), seed=61)
    steps = all_steps(content)
    page = laptop
    page.goto(server_url)
    settle(page)
    click(page, "Start")
    given: dict = {}
    for index in range(3):  # steps 1–3 answered, each one question at a time (several history writes a step)
        at_step(page, index + 1)
        answer_step(page, steps[index], wanted)
        for question, value in to_give(steps[index], wanted):
            given.setdefault(steps[index].questionnaire.id, {})[question.id] = value
        if index < 2:
            click(page, "Next")
    assert page.evaluate("history.length") == 5  # about:blank, Welcome, step 1, step 2, step 3

    history(page, page.go_back)
    at_step(page, 2)
    history(page, page.go_back)
    at_step(page, 1)
    assert keyed(page, widget_key("goals", "stage")).get_by_role("radio", checked=True).count() == 1
    assert link_answers(page.url) == given  # the address still carries every answer, step 3's too
    history(page, page.go_forward)
    at_step(page, 2)
    history(page, page.go_back)
    at_step(page, 1)
    history(page, page.go_back)
    page.get_by_role("button", name="Continue where you left off").wait_for()
    assert link_answers(page.url) == given

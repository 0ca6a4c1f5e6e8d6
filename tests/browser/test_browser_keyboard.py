"""A keyboard-only walk of one step: after Next, focus is on the new step's heading, so the first question is one
Tab away, and the whole of step 2 (a ranking, a multiple choice, seven agree scales, a text box) is answered and
left within a budget of key presses."""

from wizard import keyed, progress_text, settle

from mentorfinder.answers.link import encode_answers
from mentorfinder.content.load import load_content
from ui import nav, state
from ui.steps import all_steps

WHERE = "(e => e.tagName + ' ' + (e.getAttribute('aria-label') || e.textContent).slice(0, 40))(document.activeElement)"
# Measured: 39 (a Tab or two and 2 keys per place, 3 for the multiple choice, a Tab or two and Space per scale,
# the Tabs past the text box and Back, Enter). Focus dropped to the page's body took 25 Tabs to the first question
# alone, and about 81 presses for the step.
BUDGET = 40


class Keyboard:
    """Presses keys and counts them."""

    def __init__(self, page):
        self.page, self.presses = page, 0

    def press(self, key: str) -> None:
        self.presses += 1
        self.page.keyboard.press(key)

    def choose(self, key: str) -> None:
        """A key that changes an answer: wait for the run it starts."""
        self.press(key)
        settle(self.page)

    def tab_into(self, box, most: int = 8) -> None:
        """Tab until focus is inside `box` (at most `most` presses)."""
        passed = []
        for _ in range(most):
            self.press("Tab")
            if box.evaluate("el => el.contains(document.activeElement)"):
                return
            passed.append(self.page.evaluate(WHERE))
        raise AssertionError(f"{most} Tabs did not reach {box}: {passed}")


def test_keyboard_walk_of_step_two(laptop, server_url):
    content = load_content()
    steps = all_steps(content)
    first = {"goals": {"stage": "changing", "change_distance": "completely_new", "workplace": "leaving"}}
    page = laptop
    page.goto(f"{server_url}/{nav.QUESTIONS.url_path}?{state.URL_ANSWERS}={encode_answers(first)}")
    settle(page)
    page.get_by_role("button", name="Next", exact=True).focus()
    page.keyboard.press("Enter")
    page.locator('[data-testid="stProgress"]').filter(has_text="Step 2 of ").wait_for()
    settle(page)
    focused = page.evaluate("document.activeElement.tagName + ':' + document.activeElement.textContent")
    assert focused == "H2:" + steps[1].step.title["en"], focused  # the new step's heading, read out first

    keys = Keyboard(page)
    for place in (1, 2, 3):  # each place: the first option still free
        # the first past the ranking's help; the others past the place before's "Clear value" button
        keys.tab_into(keyed(page, state.place_key("goals", "needs_rank", place)).locator("input"), most=2)
        keys.press("ArrowDown")
        keys.choose("Enter")
    keys.tab_into(keyed(page, state.widget_key("goals", "situations")).locator("input"), most=3)
    keys.press("ArrowDown")
    keys.choose("Enter")
    keys.press("Escape")
    for question in steps[1].step.questions:
        if question.type == "likert":  # Tab lands on the first point; Space chooses it
            points = keyed(page, state.widget_key("goals", question.id)).get_by_role("radiogroup")
            keys.tab_into(points, most=2)  # past a help button, when the question has one
            keys.choose("Space")
    keys.tab_into(page.get_by_role("button", name="Next", exact=True), most=4)  # past the optional text box
    keys.press("Enter")
    page.locator('[data-testid="stProgress"]').filter(has_text="Step 3 of ").wait_for()
    assert progress_text(page).startswith("Step 3 of ")
    assert keys.presses <= BUDGET, keys.presses

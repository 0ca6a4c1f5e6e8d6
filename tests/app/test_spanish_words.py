"""Words on Spanish pages that were English or odd: the "up to 3" refusal of a multiple choice is ours and said in
the page's language (Streamlit's own is English only), and an optional text box says "(optional)" once."""

from apphelpers import open_step

from ui import state

SITUATIONS = state.widget_key("goals", "situations")


def test_a_fourth_pick_is_refused_under_the_question_in_spanish(at):
    at.session_state[state.LANGUAGE] = "es"
    open_step(at, 1)
    choice = at.multiselect(key=SITUATIONS)
    assert not choice.max_selections  # Streamlit's own limit would say "You can only select up to 3 options"
    choice.set_value(["unsure_next_step", "self_doubt", "overlooked", "few_contacts"]).run()
    assert at.session_state[state.ANSWERS]["goals"]["situations"] == ["unsure_next_step", "self_doubt", "overlooked"]
    assert at.multiselect(key=SITUATIONS).value == ["unsure_next_step", "self_doubt", "overlooked"]
    assert [e.value for e in at.error] == ["Puedes elegir hasta 3. Quita una para elegir otra."]
    at.multiselect(key=SITUATIONS).set_value(["self_doubt", "overlooked"]).run()
    assert not at.error  # within the limit again: the note goes


def step_of(content, question_id):
    """The wizard step that asks this question."""
    from ui.steps import all_steps

    return next(i for i, ws in enumerate(all_steps(content)) if question_id in [q.id for q in ws.step.questions])


def test_optional_is_said_once_and_the_unit_is_not_repeated(at, content):
    open_step(at, step_of(content, "goal_in_words"))
    box = at.text_area(key=state.widget_key("goals", "goal_in_words"))
    assert box.label.endswith(" (optional)") and box.placeholder == "Your own words"
    open_step(at, step_of(content, "hours_per_month"))
    hours = at.number_input(key=state.widget_key("availability", "hours_per_month"))
    assert hours.label == (
        "About how many hours a month could you give to mentoring, including preparation and follow-up?"
    )  # no " (hours a month)" after a question that says it

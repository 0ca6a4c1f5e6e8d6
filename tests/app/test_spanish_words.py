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

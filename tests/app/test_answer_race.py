"""An answer shown is an answer counted: a change and a Next click that arrive together, in either order.

A busy browser sends a widget's change and the Next click in one message. Streamlit runs their callbacks in the
order the message lists the widgets, and the Next button, drawn on every step, was registered long before this
step's questions: its click can come first. Next then judged the step without the answer and did not move on,
with the answer on screen.
"""

import pytest
from apphelpers import answers_for, button, open_step
from streamlit.proto.WidgetStates_pb2 import WidgetStates
from streamlit.testing.v1.element_tree import ElementTree

from ui import state
from ui.steps import all_steps

# (step index, questionnaire, question, widget kind, value given): one question of each type
CASES = {
    "single": (2, "communication", "when_stuck", "radio", "ask_questions"),
    "multiple": (1, "goals", "situations", "multiselect", ["self_doubt", "few_contacts"]),
    "likert": (2, "communication", "self_discovery", "radio", 4),
    "scale": (2, "communication", "when_fall_short", "radio", 8),
    "number": (4, "availability", "hours_per_month", "number_input", 4),
    "text": (1, "goals", "goal_in_words", "text_area", "Lead a team within two years"),
    "ranking": (1, "goals", "needs_rank", "selectbox", ["skills", "networking", "guidance"]),
}


@pytest.fixture(params=["click first", "change first"])
def order(request, monkeypatch):
    """Which comes first in the message: the button's click, or the other widgets' values."""
    if request.param == "click first":
        original = ElementTree.get_widget_states

        def click_first(self):
            states = original(self)
            ordered = WidgetStates()
            ordered.widgets.extend(sorted(states.widgets, key=lambda w: w.WhichOneof("value") != "trigger_value"))
            return ordered

        monkeypatch.setattr(ElementTree, "get_widget_states", click_first)
    return request.param


def without(content, questionnaire, question, seed=21):
    """Complete answers but for one question."""
    answers = answers_for(content, seed=seed)
    answers[questionnaire].pop(question)
    return answers


def give(at, questionnaire, question, kind, value):
    """Set the widget's value on screen, without running the script yet."""
    if kind == "selectbox":  # a ranking: one box per place
        for place, pick in enumerate(value, 1):
            at.selectbox(key=state.place_key(questionnaire, question, place)).set_value(pick)
    else:
        next(w for w in at.get(kind) if w.key == state.widget_key(questionnaire, question)).set_value(value)


@pytest.mark.parametrize("kind", list(CASES))
def test_an_answer_given_with_the_next_click_is_counted_and_next_moves_on(at, content, order, kind):
    """Failed before for single, multiple, likert, scale, number and ranking with the click first."""
    index, questionnaire, question, widget, value = CASES[kind]
    assert all_steps(content)[index].questionnaire.id == questionnaire
    open_step(at, index, without(content, questionnaire, question))
    give(at, questionnaire, question, widget, value)
    button(at, "Next").click()
    at.run()  # one message: the change and the click together
    assert not at.exception
    assert at.session_state[state.ANSWERS][questionnaire][question] == (
        "Lead a team within two years" if kind == "text" else value
    )
    assert at.session_state[state.STEP] == index + 1
    assert [e.value for e in at.error] == []


def test_an_out_of_range_number_with_the_next_click_keeps_its_own_note(at, content, order):
    """The refused number is judged as typed: its own note, not "Please answer", and no move on."""
    index, questionnaire, question, widget, _ = CASES["number"]
    open_step(at, index, without(content, questionnaire, question))
    give(at, questionnaire, question, widget, 40)
    button(at, "Next").click()
    at.run()
    assert at.session_state[state.STEP] == index
    assert question not in at.session_state[state.ANSWERS][questionnaire]
    assert [e.value for e in at.error] == ["Please enter a number from 0 to 10."]


def test_see_my_results_counts_an_answer_given_with_its_click(at, content, order):
    last = len(all_steps(content)) - 1
    ws = all_steps(content)[last]
    question = next(q for q in ws.step.questions if q.type == "likert")
    open_step(at, last, without(content, ws.questionnaire.id, question.id))
    give(at, ws.questionnaire.id, question.id, "radio", 2)
    button(at, "See my results").click()
    at.run()
    assert at.session_state[state.ANSWERS][ws.questionnaire.id][question.id] == 2
    assert at.title[0].value == "Your profile"


def test_a_value_on_screen_that_answers_lack_is_counted_when_drawn(at, content):
    """Whatever lost the change on its way, the next run puts the shown value into answers. Failed before."""
    index, questionnaire, question, _, _ = CASES["scale"]
    open_step(at, index, without(content, questionnaire, question))
    at.session_state[state.widget_key(questionnaire, question)] = 8  # on screen, never stored
    at.run()
    assert at.session_state[state.ANSWERS][questionnaire][question] == 8
    button(at, "Next").click().run()
    assert at.session_state[state.STEP] == index + 1


def test_a_multiple_choice_on_screen_is_put_right_as_a_change_would(at, content):
    """ "None of these" with another pick, on screen but never stored: kept as a change keeps it, alone."""
    index, questionnaire, question, _, _ = CASES["multiple"]
    open_step(at, index, without(content, questionnaire, question))
    at.session_state[state.widget_key(questionnaire, question)] = ["self_doubt", "none_of_these"]
    at.run()
    assert at.session_state[state.ANSWERS][questionnaire][question] == ["none_of_these"]
    assert at.multiselect(key=state.widget_key(questionnaire, question)).value == ["none_of_these"]

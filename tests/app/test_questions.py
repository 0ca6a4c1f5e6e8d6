"""The questionnaire steps: progress, required answers named beside them, Back/Next, conditional questions."""

from apphelpers import answers_for, button, open_step

from mentorfinder.i18n.words import translate
from ui import state
from ui.steps import all_steps

WIDGETS = ("radio", "multiselect", "number_input", "text_area", "selectbox")


def ranking(at, questionnaire, question, count=3):
    """The picks shown in a ranking's places, first choice first."""
    return [at.selectbox(key=state.place_key(questionnaire, question, p)).value for p in range(1, count + 1)]


def rank(at, questionnaire, question, picks):
    """Fill a ranking's places in order."""
    for place, pick in enumerate(picks, 1):
        at.selectbox(key=state.place_key(questionnaire, question, place)).set_value(pick).run()


def test_first_step_shows_step_one_of_n_and_a_progress_bar(at, content):
    open_step(at)
    total = len(all_steps(content))
    assert at.get("progress")[0].proto.text.startswith(f"Step 1 of {total}")
    assert at.header[0].value == translate(content.questionnaires[0].steps[0].title)


def test_next_names_the_missing_required_question_beside_it(at, content):
    open_step(at)
    button(at, "Next").click().run()
    stage, workplace = (q for q in content.questionnaires[0].steps[0].questions if q.show_if is None)
    assert [e.value for e in at.error] == [f"Please answer: {translate(q.prompt)}" for q in (stage, workplace)]
    assert at.session_state[state.STEP] == 0


def test_answering_clears_the_note_and_next_moves_on(at, content):
    open_step(at)
    button(at, "Next").click().run()
    at.radio(key=state.widget_key("goals", "stage")).set_value("early").run()
    at.radio(key=state.widget_key("goals", "workplace")).set_value("staying").run()
    assert not at.error
    button(at, "Next").click().run()
    assert at.session_state[state.STEP] == 1
    assert at.get("progress")[0].proto.text.startswith("Step 2 of")
    assert at.session_state[state.ANSWERS]["goals"]["stage"] == "early"


def test_back_keeps_answers_and_never_validates(at, content):
    open_step(at)
    at.radio(key=state.widget_key("goals", "stage")).set_value("established").run()
    at.radio(key=state.widget_key("goals", "workplace")).set_value("staying").run()
    button(at, "Next").click().run()
    rank(at, "goals", "needs_rank", ["networking", "skills"])  # two of three places: unfinished
    button(at, "Back").click().run()
    assert not at.error  # Back does not check anything
    assert at.session_state[state.STEP] == 0
    assert at.radio(key=state.widget_key("goals", "stage")).value == "established"
    button(at, "Next").click().run()
    assert ranking(at, "goals", "needs_rank") == ["networking", "skills", None]
    button(at, "Next").click().run()  # a ranking with a place left empty is stopped
    assert at.session_state[state.STEP] == 1
    assert "Please fill all 3 places, most important first." in [e.value for e in at.error]


def test_conditional_question_appears_and_disappears(at, content):
    open_step(at)
    keys = lambda: [r.key for r in at.radio]  # noqa: E731
    distance = state.widget_key("goals", "change_distance")
    assert distance not in keys()
    at.radio(key=state.widget_key("goals", "stage")).set_value("changing").run()
    assert distance in keys()
    at.radio(key=distance).set_value("completely_new").run()
    at.radio(key=state.widget_key("goals", "stage")).set_value("early").run()
    assert distance not in keys()
    at.radio(key=state.widget_key("goals", "workplace")).set_value("not_working").run()
    button(at, "Next").click().run()  # the hidden question is not required
    assert at.session_state[state.STEP] == 1


def test_a_step_opened_mid_flow_shows_every_stored_answer(at, content):
    answers = answers_for(content, seed=3)
    communication = content.questionnaires[1]
    open_step(at, 2, answers)
    shown = {w.key: w.value for kind in WIDGETS for w in at.get(kind)}
    expected = {
        state.widget_key("communication", q.id): answers["communication"][q.id]
        for q in communication.steps[0].questions
    }
    assert {key: shown.get(key) for key in expected} == expected  # every question drawn, each with its answer
    open_step(at, 1, answers)
    assert ranking(at, "goals", "needs_rank") == answers["goals"]["needs_rank"]


def test_last_step_goes_to_the_profile(at, content):
    steps = all_steps(content)
    open_step(at, len(steps) - 1, answers_for(content, seed=2))
    button(at, "See my results").click().run()
    assert not at.exception
    assert at.title[0].value == "Your profile"

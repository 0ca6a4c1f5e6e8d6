"""The questionnaire steps: progress, required answers named beside them, Back/Next, conditional questions."""

from apphelpers import answers_for

from mentorfinder.schema import text
from ui.steps import all_steps


def open_questions(at, answers=None, step=0):
    at.session_state["answers"] = answers or {}
    at.session_state["wizard_step"] = step
    at.run()
    at.switch_page("views/questions.py").run()
    assert not at.exception, at.exception
    return at


def button(at, label):
    return next(b for b in at.button if b.label == label)


def test_first_step_shows_step_one_of_n_and_a_progress_bar(at, content):
    open_questions(at)
    total = len(all_steps(content))
    assert at.get("progress")[0].proto.text.startswith(f"Step 1 of {total}")
    assert at.header[0].value == text(content.questionnaires[0].steps[0].title)
    assert at.get("progress")[0].proto.value == 0


def test_next_names_the_missing_required_question_beside_it(at, content):
    open_questions(at)
    button(at, "Next").click().run()
    stage = content.questionnaires[0].steps[0].questions[0]
    assert [e.value for e in at.error] == [f"Please answer: {text(stage.prompt)}"]
    assert at.session_state["wizard_step"] == 0
    assert "1 question(s) on this step still need an answer" in at.warning[0].value


def test_answering_clears_the_note_and_next_moves_on(at, content):
    open_questions(at)
    button(at, "Next").click().run()
    at.radio(key="q:goals:stage").set_value("early").run()
    assert not at.error
    button(at, "Next").click().run()
    assert at.session_state["wizard_step"] == 1
    assert at.get("progress")[0].proto.text.startswith("Step 2 of")
    assert at.session_state["answers"]["goals"]["stage"] == "early"


def test_back_keeps_answers_and_never_validates(at, content):
    open_questions(at)
    at.radio(key="q:goals:stage").set_value("established").run()
    button(at, "Next").click().run()
    at.multiselect(key="q:goals:needs_rank").set_value(["networking", "skills"]).run()  # incomplete ranking
    button(at, "Back").click().run()
    assert not at.error  # Back does not check anything
    assert at.session_state["wizard_step"] == 0
    assert at.radio(key="q:goals:stage").value == "established"
    button(at, "Next").click().run()
    assert at.multiselect(key="q:goals:needs_rank").value == ["networking", "skills"]
    button(at, "Next").click().run()  # a ranking of 2 where 3 are needed is stopped
    assert at.session_state["wizard_step"] == 1
    assert any("exactly 3" in e.value for e in at.error)


def test_conditional_question_appears_and_disappears(at, content):
    open_questions(at)
    keys = lambda: [r.key for r in at.radio]  # noqa: E731
    assert "q:goals:change_distance" not in keys()
    at.radio(key="q:goals:stage").set_value("changing").run()
    assert "q:goals:change_distance" in keys()
    at.radio(key="q:goals:change_distance").set_value("completely_new").run()
    at.radio(key="q:goals:stage").set_value("early").run()
    assert "q:goals:change_distance" not in keys()
    button(at, "Next").click().run()  # the hidden question is not required
    assert at.session_state["wizard_step"] == 1


def test_a_step_opened_mid_flow_shows_the_stored_answers(at, content):
    answers = answers_for(content, seed=3)
    open_questions(at, answers, step=2)
    communication = content.questionnaires[1]
    for question in communication.steps[0].questions:
        widget = at.get("radio") + at.get("multiselect") + at.get("number_input") + at.get("text_area")
        shown = {w.key: w.value for w in widget}
        key = f"q:communication:{question.id}"
        if key in shown:
            assert shown[key] == answers["communication"][question.id]


def test_last_step_goes_to_the_profile(at, content):
    steps = all_steps(content)
    open_questions(at, answers_for(content, seed=2), step=len(steps) - 1)
    button(at, "See my results").click().run()
    assert not at.exception
    assert at.title[0].value == "Your profile"

"""What a newcomer's walk through the wizard found (issue 9), one test per defect, each at the page it was seen on."""

import re

from apphelpers import answers_for, button, card_names, markdown_text, open_step, open_whatif, seeded, unescape
from streamlit.testing.v1 import AppTest

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import encode_answers
from mentorfinder.matching.model import DEFAULT_WEIGHTS
from ui import nav, state
from ui.steps import all_steps

APP_TIMEOUT = 30


def labels(at):
    """Every widget label on the page."""
    kinds = ("radio", "multiselect", "selectbox", "number_input", "text_area", "pills")
    return [w.label for kind in kinds for w in at.get(kind)]


# 2. Choosing: no "Select all", exclusive options, honest placeholders; 11. a ranking made for ranking


def test_no_select_all_where_it_would_pick_for_the_person(at, content):
    open_step(at, 1)
    for widget in at.get("multiselect"):
        assert widget.proto.select_all == 0, widget.key  # 0 hides "Select all" (the default is 1000)
    open_step(at, 7)
    assert [w.proto.select_all for w in at.get("multiselect")] == [0]


def test_up_to_three_says_so_in_its_placeholder(at, content):
    open_step(at, 1)
    assert at.multiselect(key=state.widget_key("goals", "situations")).proto.placeholder == "Choose up to 3"


def test_none_of_these_clears_the_other_picks_and_the_other_way_round(at, content):
    open_step(at, 1)
    box = lambda: at.multiselect(key=state.widget_key("goals", "situations"))  # noqa: E731
    box().set_value(["self_doubt", "skill_gap"]).run()
    box().set_value(["self_doubt", "skill_gap", "none_of_these"]).run()
    assert at.session_state[state.ANSWERS]["goals"]["situations"] == ["none_of_these"]
    assert box().value == ["none_of_these"]
    box().set_value(["none_of_these", "overlooked"]).run()
    assert at.session_state[state.ANSWERS]["goals"]["situations"] == ["overlooked"]


def test_next_refuses_none_of_these_combined_with_another_pick(at, content):
    """A link or file can still carry the combination: Next names it beside the question."""
    answers = answers_for(content, seed=2, fit={"can_offer": ["nothing_yet", "my_contacts"]})
    open_step(at, 7, answers)
    button(at, "Next").click().run()
    assert at.session_state[state.STEP] == 7
    assert [e.value for e in at.error] == ["“Nothing in particular yet” can't be combined with other choices."]


def test_ranking_is_three_labelled_choices_in_order(at, content):
    open_step(at, 1)
    assert "q:goals:needs_rank" not in [m.key for m in at.multiselect]
    slots = [s for s in at.selectbox if s.key.startswith("q:goals:needs_rank")]
    assert [s.label for s in slots] == ["First choice", "Second choice", "Third choice"]
    slots[0].set_value("networking").run()
    at.selectbox(key=slots[1].key).set_value("skills").run()
    at.selectbox(key=slots[2].key).set_value("guidance").run()
    assert at.session_state[state.ANSWERS]["goals"]["needs_rank"] == ["networking", "skills", "guidance"]
    assert "networking" not in at.selectbox(key=slots[1].key).options  # a choice is taken once
    at.selectbox(key=slots[1].key).set_value("confidence").run()  # re-order one place without starting again
    assert at.session_state[state.ANSWERS]["goals"]["needs_rank"] == ["networking", "confidence", "guidance"]


# 3. "(optional) (optional)"


def test_optional_is_said_once(at, content):
    for step in (1, 7):
        open_step(at, step)
        assert all("(optional) (optional)" not in label for label in labels(at)), labels(at)
        assert any(label.endswith(" (optional)") for label in labels(at))


# 4. Re-opening a file goes to the result


def test_a_complete_answers_file_opens_on_the_result(at, content):
    answers = answers_for(content, seed=11)
    at.run()
    at.file_uploader(key=state.UPLOAD).set_value(("mine.json", dump_answers(answers).encode(), "x")).run()
    assert [b.label for b in at.button if b.proto.type == "primary"] == ["See your results"]
    button(at, "See your results").click().run()
    assert at.title[0].value == "Your profile"


def test_a_half_done_file_continues_at_the_first_unanswered_step(at, content):
    answers = answers_for(content, seed=11)
    del answers["fit"]
    at.run()
    at.file_uploader(key=state.UPLOAD).set_value(("mine.json", dump_answers(answers).encode(), "x")).run()
    button(at, "Continue where you left off").click().run()
    assert at.get("progress")[0].proto.text.startswith("Step 7 of")


# 5. Remembered: the PDF name across pages, the what-if weights across a refresh; all weights 0


def test_the_pdf_name_survives_a_visit_to_another_page(at, content):
    seeded(at, answers_for(content, seed=9), nav.NEXT_STEPS.script)
    at.text_input(key=state.PDF_NAME).input("Ada").run()
    at.switch_page(nav.MATCHES.script).run()
    at.switch_page(nav.NEXT_STEPS.script).run()
    assert at.text_input(key=state.PDF_NAME).value == "Ada"


def test_what_if_weights_survive_a_refresh(at, content):
    answers = answers_for(content, seed=6)
    seeded(at, answers, nav.MATCHES.script)
    open_whatif(at)
    at.slider(key=state.weight_key("needs")).set_value(0).run()
    params = {k: (v[0] if isinstance(v, list) else v) for k, v in at.query_params.items()}
    fresh = AppTest.from_file(at._script_path, default_timeout=APP_TIMEOUT)
    for name, value in params.items():
        fresh.query_params[name] = value
    fresh.run()
    fresh.switch_page(nav.MATCHES.script).run()
    assert fresh.slider(key=state.weight_key("needs")).value == 0
    assert fresh.session_state[state.WEIGHTS] == dict(DEFAULT_WEIGHTS, needs=0.0)


def test_every_weight_at_zero_shows_no_meaningless_percentages(at, content):
    seeded(at, answers_for(content, seed=6), nav.MATCHES.script)
    open_whatif(at)
    for group in DEFAULT_WEIGHTS:
        at.slider(key=state.weight_key(group)).set_value(0).run()
    assert "0% · " not in markdown_text(at)
    assert card_names(at) == []
    assert at.warning[0].value == "Every part counts 0, so there is nothing to rank by. Raise at least one slider."


# 6. The scale's "0 = … 10 = …" belongs to its own question


def test_scale_end_words_come_after_their_question(at, content):
    open_step(at, 2)
    order = [(e.type, getattr(e, "key", None), getattr(e, "value", None)) for e in at.main]
    radio = next(i for i, e in enumerate(order) if e[1] == "q:communication:when_fall_short")
    caption = next(i for i, e in enumerate(order) if e[0] == "caption" and str(e[2]).startswith("0 = "))
    assert caption == radio + 1


# 7. Words for people


def test_the_step_note_is_a_sentence(at, content):
    open_step(at, 0)
    button(at, "Next").click().run()
    assert at.warning[0].value == "2 questions on this step still need an answer — see the notes above."
    at.radio(key=state.widget_key("goals", "workplace")).set_value("staying").run()
    button(at, "Next").click().run()
    assert at.warning[0].value == "One question on this step still needs an answer — see the note above."


def test_a_bad_file_is_told_in_wrapped_words(at, content):
    at.run()
    broken = dump_answers(answers_for(content, seed=12)).replace('"stage": "', '"stage": "x')
    at.file_uploader(key=state.UPLOAD).set_value(("bad.json", broken.encode(), "x")).run()
    assert not at.code  # no clipped monospace block
    shown = unescape(at.error[0].value)
    assert re.search(r"\n- Line \d+ of bad\.json: goals\.stage: 'x\w+' is not an option", shown), shown


def test_too_many_hours_says_why_under_the_question(at, content):
    answers = answers_for(content, seed=2)
    del answers["availability"]["hours_per_month"]
    open_step(at, 4, answers)
    button(at, "Next").click().run()
    assert any(e.value.startswith("Please answer") for e in at.error)
    at.number_input(key=state.widget_key("availability", "hours_per_month")).set_value(25).run()
    assert [e.value for e in at.error] == ["Please enter a number from 0 to 10."]
    assert "hours_per_month" not in at.session_state[state.ANSWERS]["availability"]
    button(at, "Next").click().run()  # still refused, and still saying why
    assert [e.value for e in at.error] == ["Please enter a number from 0 to 10."]
    at.number_input(key=state.widget_key("availability", "hours_per_month")).set_value(6).run()
    assert not at.error and at.session_state[state.ANSWERS]["availability"]["hours_per_month"] == 6


# 8. Start over asks first, and can be undone


def test_start_over_asks_first_and_can_be_undone(at, content):
    answers = answers_for(content, seed=15)
    seeded(at, answers, nav.MATCHES.script)
    button(at, "Start over").click().run()
    assert at.session_state[state.ANSWERS] == answers  # one tap clears nothing
    button(at, "Yes, clear my answers").click().run()
    assert at.session_state[state.ANSWERS] == {}
    assert at.title[0].value == "Mentor Finder"
    button(at, "Undo").click().run()
    assert at.session_state[state.ANSWERS] == answers


# 10. Small things


def test_privacy_page_describes_what_exists(at):
    at.run()
    at.switch_page(nav.PRIVACY.script).run()
    shown = markdown_text(at)
    assert "when it exists" not in shown
    assert "nothing about you is sent to the facilitator" in shown


def test_matches_without_answers_has_its_heading(at):
    at.run()
    at.switch_page(nav.MATCHES.script).run()
    assert [t.value for t in at.title] == ["Your matches"]


def test_progress_counts_the_step_you_are_on(at, content):
    total = len(all_steps(content))
    open_step(at, 0)
    assert at.get("progress")[0].proto.value == round(100 / total)
    open_step(at, total - 1)
    assert at.get("progress")[0].proto.value == 100


def test_a_student_gets_no_tip_about_a_promotion(at, content):
    answers = answers_for(content, seed=9, goals={"stage": "studying"})
    for question in ("goal_in_two_sentences",):
        answers["readiness"][question] = 1
    answers["readiness"]["unsure_what_to_get"] = 5
    seeded(at, answers, nav.NEXT_STEPS.script)
    shown = markdown_text(at)
    assert "Goal clarity" in shown or "goal" in shown.lower()
    assert "promotion" not in shown


def test_the_link_keeps_the_weights_only_when_changed(at, content):
    seeded(at, answers_for(content, seed=6), nav.MATCHES.script)
    assert "w" not in at.query_params
    assert at.query_params["a"] == encode_answers(at.session_state[state.ANSWERS]) or at.query_params["a"] == [
        encode_answers(at.session_state[state.ANSWERS])
    ]

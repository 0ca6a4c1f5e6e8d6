"""One whole walk through the wizard by its widgets, as a person would: welcome → every step → profile → matches."""

from apphelpers import answers_for, card_names

from mentorfinder.evaluate import evaluate
from ui import state
from ui.steps import all_steps

KINDS = ("radio", "multiselect", "number_input", "text_area", "selectbox")


def fill_step(at, wanted):
    """Set every shown question widget to its wanted value; repeat while conditional questions appear."""
    done = set()
    while True:
        todo = [
            w
            for kind in KINDS
            for w in at.get(kind)
            if w.key and w.key.startswith(state.WIDGET_PREFIX) and w.key not in done
        ]
        if not todo:
            return
        for widget in todo:
            _, qid, question, *place = widget.key.split(":")  # a ranking's places end in :1, :2, :3
            done.add(widget.key)
            value = wanted.get(qid, {}).get(question)
            if value is not None and place:
                value = value[int(place[0]) - 1]
            if value is None:
                continue
            (widget.input(value) if widget.type == "text_area" else widget.set_value(value)).run()
            break  # the page has rerun: look again, a question may have appeared


def test_whole_walk_from_welcome_to_matches(at, content):
    wanted = answers_for(content, seed=21)
    at.run()
    next(b for b in at.button if b.label == "Start").click().run()
    steps = all_steps(content)
    for index in range(len(steps)):
        assert at.get("progress")[0].proto.text.startswith(f"Step {index + 1} of {len(steps)}")
        fill_step(at, wanted)
        label = "See my results" if index == len(steps) - 1 else "Next"
        next(b for b in at.button if b.label == label).click().run()
        assert not at.error, [e.value for e in at.error]
    assert at.title[0].value == "Your profile"
    assert at.session_state[state.ANSWERS] == wanted
    next(b for b in at.button if b.label == "See your matches").click().run()
    assert card_names(at) == [m.name for m in evaluate(content, wanted).shortlist][:3]

"""The what-if expander keeps its label and identity when a slider moves, so the slider keeps the keyboard."""

from apphelpers import answers_for, open_whatif, seeded
from streamlit.delta_generator import DeltaGenerator

from mentorfinder.matching.model import DEFAULT_WEIGHTS
from ui import nav, state

LABEL = "What if? Change how much each part counts"


def test_moving_a_slider_keeps_the_expander_as_it_was(at, content, monkeypatch):
    """Failed before: the first move added " (changed)" to the label, and the browser drew a new expander."""
    drawn = []
    block = DeltaGenerator._block

    def record(self, block_proto=None, *args, **kwargs):
        if block_proto is not None and block_proto.HasField("expandable"):
            drawn.append((block_proto.expandable.label, block_proto.id))
        return block(self, block_proto, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "_block", record)
    seeded(at, answers_for(content, seed=8), nav.MATCHES.script)
    open_whatif(at)
    before = [d for d in drawn if d[0].startswith("What if")]
    group = next(iter(DEFAULT_WEIGHTS))
    drawn.clear()
    at.slider(key=state.weight_key(group)).set_value(int(DEFAULT_WEIGHTS[group]) + 10).run()
    after = [d for d in drawn if d[0].startswith("What if")]
    assert at.session_state[state.WEIGHTS][group] == DEFAULT_WEIGHTS[group] + 10
    assert before[-1] == after[-1] == (LABEL, before[-1][1])
    assert before[-1][1] != ""  # an identity of its own, whatever its label or whether it is open
    assert [e.label for e in at.expander if e.label.startswith("What if")] == [LABEL]


def test_the_sliders_are_drawn_only_while_what_if_is_open(at, content):
    """A closed expander sent its caption, four sliders and a button on every rerun of the matches page."""
    seeded(at, answers_for(content, seed=8), nav.MATCHES.script)
    assert [e.label for e in at.expander if e.label.startswith("What if")] == [LABEL]
    assert [s.label for s in at.slider] == []
    open_whatif(at)
    assert [s.value for s in at.slider] == [int(w) for w in DEFAULT_WEIGHTS.values()]
    assert [b.label for b in at.button if b.label.startswith("Back to")] == ["Back to the standard weights"]
    at.slider(key=state.weight_key("needs")).set_value(0).run()
    at.session_state[state.WHATIF] = False  # closed again: the weights stay, the sliders go
    at.run()
    assert [s.label for s in at.slider] == []
    assert at.session_state[state.WEIGHTS]["needs"] == 0.0


def test_changed_weights_open_what_if_on_arrival(at, content):
    seeded(at, answers_for(content, seed=8), nav.MATCHES.script)
    open_whatif(at)
    at.slider(key=state.weight_key("needs")).set_value(0).run()
    at.switch_page(nav.NEXT_STEPS.script).run()
    at.switch_page(nav.MATCHES.script).run()  # the expander was not drawn on next steps: it holds no state
    assert at.slider(key=state.weight_key("needs")).value == 0

"""The what-if expander keeps its label and identity when a slider moves, so the slider keeps the keyboard."""

from apphelpers import answers_for, seeded
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
    before = [d for d in drawn if d[0].startswith("What if")]
    group = next(iter(DEFAULT_WEIGHTS))
    drawn.clear()
    at.slider(key=state.weight_key(group)).set_value(int(DEFAULT_WEIGHTS[group]) + 10).run()
    after = [d for d in drawn if d[0].startswith("What if")]
    assert at.session_state[state.WEIGHTS][group] == DEFAULT_WEIGHTS[group] + 10
    assert before[-1] == after[-1] == (LABEL, before[-1][1])
    assert before[-1][1] != ""  # an identity of its own, whatever its label or whether it is open
    assert [e.label for e in at.expander if e.label.startswith("What if")] == [LABEL]

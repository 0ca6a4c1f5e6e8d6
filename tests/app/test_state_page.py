"""ui/state_page.py's widget accessors take only the keys made from ids: they are no way round the named accessors."""

import pytest

from ui import state, state_page


@pytest.mark.parametrize("key", [state.ANSWERS, state.UNDO, state.JOIN_CODE, state.PDF_NAME, "q", "weights"])
def test_a_named_key_is_refused_by_the_widget_accessors(key):
    for read in (state_page.widget_drawn, state_page.widget_value):
        with pytest.raises(ValueError, match=f"^{key!r} is not a question's or a what-if slider's widget key$"):
            read(key)
    with pytest.raises(ValueError, match="is not a question's"):
        state_page.set_widget_value(key, 1)
    with pytest.raises(ValueError, match="is not a question's"):
        state_page.fill_widget(key, 1)


def test_the_keys_made_from_ids_are_taken():
    assert state_page._derived(state.widget_key("goals", "time")) == "q:goals:time"
    assert state_page._derived(state.place_key("goals", "rank", 2)) == "q:goals:rank:2"
    assert state_page._derived(state.weight_key("needs")) == "weight:needs"

"""ui/state_page.py's widget accessors take only the keys made from ids: they are no way round the named accessors."""

import pytest
import test_workshop
from apphelpers import answers_for, button

from ui import state, state_page

store = test_workshop.store  # the fixture: a fresh SQLite file for the app and the test


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


def test_start_over_keeps_the_workshop_projector_mode_and_language_and_clears_the_rest(at, store, content):
    # ui/state.start_over's docstring said "everything but projector mode and language": the workshop stays too
    new = store.create("Room 4")
    at.query_params[state.URL_PROJECTOR] = "1"
    at.query_params[state.URL_LANGUAGE] = "es"
    at.run()
    at.text_input(key=state.JOIN_CODE).input(new.code)
    button(at, "Unirme al taller").click().run()
    joined = at.session_state[state.WORKSHOP]
    at.session_state[state.ANSWERS] = answers_for(content, seed=15)
    button(at, "Empezar de nuevo").click().run()
    button(at, "Sí, borrar mis respuestas").click().run()
    cleared = [at.session_state[k] for k in (state.ANSWERS, state.WEIGHTS, state.STEP)]
    assert cleared == [{}, None, 0]
    kept = [at.session_state[k] for k in (state.WORKSHOP, state.PROJECTOR, state.LANGUAGE)]
    assert kept == [joined, True, "es"] and joined[0] == new.code
    assert at.query_params[state.URL_WORKSHOP] == new.code  # the address keeps the workshop too

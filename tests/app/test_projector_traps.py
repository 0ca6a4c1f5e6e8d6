"""What the room must never see on the projector: the "Run a workshop" form after a reload of the projector view
(the key left the address, so the reloaded page cannot open the view), or "Join with the code …" once locked."""

from apphelpers import APP, markdown_text
from streamlit.testing.v1 import AppTest
from test_workshop import facilitator_page, store  # noqa: F401 - `store` is a fixture used below

from ui import nav, state
from ui.workshop_room import REOPEN


def reloaded(at) -> AppTest:
    """A new session on the address the projector's browser shows now (what a reload does)."""
    again = AppTest.from_file(APP, default_timeout=30)
    for name, value in at.query_params.items():
        again.query_params[name] = value
    again.run()
    again.switch_page(nav.WORKSHOP.script).run()
    assert not again.exception, again.exception
    return again


def test_a_reloaded_projector_view_shows_the_join_code_not_the_create_form(at, store):  # noqa: F811
    new = store.create("Room 4")
    facilitator_page(at, new.code, new.key)
    assert state.URL_KEY not in at.query_params  # the key has left the address bar, as before
    again = reloaded(at)
    assert [t.value for t in again.title] == ["Room 4"]  # not "Run a workshop"
    assert f'<p class="ws-code">{new.code}</p>' in [h.proto.body for h in again.get("html")]
    assert [i.proto.imgs[0].caption for i in again.get("image")] == ["Scan to join"]
    assert REOPEN in [i.value for i in again.info]
    assert not again.metric and not again.text_input  # no counts without the key, and no form
    assert state.URL_KEY not in again.query_params


def test_a_locked_workshop_does_not_invite_the_room_to_join(at, store):  # noqa: F811
    new = store.create("Room 4")
    store.lock(new.code, new.key)
    facilitator_page(at, new.code, new.key)
    head = markdown_text(at)
    assert "Join with the code" not in head
    assert "Joining is closed." in head

"""Workshop mode's pages: creating a workshop, the facilitator link and its key, and joining by link or by code."""

from datetime import timedelta

import pytest
from apphelpers import APP, button, markdown_text, seeded
from streamlit.testing.v1 import AppTest

from mentorfinder.workshop import (
    StoreUnavailable,
    WorkshopClosed,
    WorkshopExpired,
    WorkshopNotFound,
    WorkshopStore,
    WrongKey,
)
from mentorfinder.workshop.store import utc_now
from ui import nav, state
from ui.workshop_join import ALONE
from ui.workshop_room import LOST_LINK

ROOT = "http://localhost:8501"  # what the app builds its links from when the browser's address is unknown


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A fresh SQLite file for the app (found through the environment) and a store on it for the test."""
    monkeypatch.delenv("MENTORFINDER_DATABASE_URL", raising=False)
    monkeypatch.delenv("MENTORFINDER_PUBLIC_URL", raising=False)
    monkeypatch.setenv("MENTORFINDER_WORKSHOP_DB", str(tmp_path / "workshops.sqlite3"))
    opened = WorkshopStore()
    yield opened
    opened.dispose()


def facilitator_page(at, code, key):
    """Open the facilitator link (`?workshop=CODE&key=KEY`) and go to the workshop page."""
    at.query_params[state.URL_FACILITATED] = code
    at.query_params[state.URL_KEY] = key
    return seeded(at, {}, nav.WORKSHOP.script)


def test_creating_a_workshop_shows_its_code_qr_and_both_links(at, store):
    at.run()
    at.switch_page(nav.WORKSHOP.script).run()
    assert at.title[0].value == "Run a workshop"
    at.text_input[0].input("   ")
    button(at, "Create the workshop").click().run()
    assert at.error[0].value == "Give the workshop a title, so participants know they joined the right one."
    at.text_input[0].input("Career centre, Tuesday")
    at.number_input[0].set_value(3)
    button(at, "Create the workshop").click().run()
    code, key = at.session_state[state.FACILITATED]
    info = store.info(code)
    assert (info.title, info.status) == ("Career centre, Tuesday", "open")
    assert timedelta(days=2, hours=23) < info.expires_at - utc_now() <= timedelta(days=3)
    assert store.group(code, key).joined == 0  # the key the page holds is the facilitator's
    assert at.title[0].value == "Career centre, Tuesday"
    assert f'<p class="ws-code">{code}</p>' in [h.proto.body for h in at.get("html")]
    assert [i.proto.imgs[0].caption for i in at.get("image")] == ["Scan to join"]
    facilitator = f"{ROOT}/workshop?workshop={code}&key={key}&projector=1"
    assert [c.value for c in at.code] == [f"{ROOT}/?join={code}", facilitator]
    assert at.warning[0].value == LOST_LINK
    # the key is never in the address bar, which a projector shows to the room
    assert state.URL_KEY not in at.query_params and state.URL_FACILITATED not in at.query_params
    button(at, "I have saved my link: open the projector view").click().run()
    assert [(m.label, m.value) for m in at.metric] == [("Joined", "0"), ("Finished", "0"), ("Shared", "0")]
    assert not at.code or all(key not in c.value for c in at.code)  # the key is not shown again


def test_the_facilitator_link_opens_the_projector_view(at, store):
    new = store.create("Room 4")
    store.join(new.code)
    facilitator_page(at, new.code, new.key)
    assert [(m.label, m.value) for m in at.metric] == [("Joined", "1"), ("Finished", "0"), ("Shared", "0")]
    assert state.URL_KEY not in at.query_params  # read from the link, then gone from the address bar
    assert at.session_state[state.FACILITATED] == (new.code, new.key)
    waiting = [h.proto.body for h in at.get("html") if h.proto.body.startswith('<p class="ws-wait"')]
    assert waiting == ['<p class="ws-wait">Results appear when 3 people have shared (0 so far).</p>']


def test_a_wrong_key_shows_the_stores_message_and_no_data(at, store):
    new = store.create("Room 4")
    store.join(new.code)
    with pytest.raises(WrongKey) as refused:
        store.group(new.code, "not-the-key")
    facilitator_page(at, new.code, "not-the-key")
    assert [e.value for e in at.error] == [str(refused.value)]
    assert not at.metric and not at.get("plotly_chart") and not at.get("image")
    assert "Room 4" not in str([m.value for m in at.markdown])
    assert [b.label for b in at.button if "workshop" in b.label] == ["Create a new workshop instead"]


def test_joining_by_link_stores_a_participant_and_keeps_the_workshop_in_the_address(at, store):
    new = store.create("Room 4")
    at.query_params[state.URL_JOIN] = new.code.lower()
    at.run()
    assert not at.exception, at.exception
    code, participant = at.session_state[state.WORKSHOP]
    assert code == new.code and participant
    assert store.group(new.code, new.key).joined == 1
    assert at.query_params[state.URL_WORKSHOP] == code and state.URL_PARTICIPANT not in at.query_params
    assert state.URL_JOIN not in at.query_params
    assert at.success[0].value.startswith(f"You are in the workshop **Room 4** (code {new.code}).")
    at.run()  # a rerun (and a refresh, from the address) is still the same participant
    assert at.session_state[state.WORKSHOP] == (code, participant)
    assert store.group(new.code, new.key).joined == 1


def test_a_click_sent_with_the_join_link_still_in_the_address_is_not_lost(at, store):
    new = store.create("Room 4")
    at.query_params[state.URL_JOIN] = new.code
    at.run()
    joined = at.session_state[state.WORKSHOP]
    at.query_params[state.URL_JOIN] = new.code  # the browser had not yet seen the address without it
    button(at, "Start").click().run()
    assert at.get("progress")[0].proto.text.startswith("Step 1 of ")
    assert at.session_state[state.WORKSHOP] == joined and store.group(new.code, new.key).joined == 1


def test_joining_by_typed_code(at, store):
    new = store.create("Room 4")
    at.run()
    at.text_input(key=state.JOIN_CODE).input(new.code.replace("-", " ").lower())
    button(at, "Join the workshop").click().run()
    assert at.session_state[state.WORKSHOP][0] == new.code
    assert store.group(new.code, new.key).joined == 1
    button(at, "Leave the workshop").click().run()
    assert at.session_state[state.WORKSHOP] is None and state.URL_WORKSHOP not in at.query_params
    assert cookie_scripts(at) == [f"{state.COOKIE}=; max-age=0; path=/; SameSite=Strict"]  # the browser forgets it


def cookie_scripts(at) -> list[str]:
    """What the page tells the browser to keep in its cookie (the scripts' cookie strings)."""
    found = [h.proto.body for h in at.get("html") if "document.cookie" in h.proto.body]
    return [body.split('document.cookie = "', 1)[1].split('"', 1)[0] for body in found]


def browser_sends(monkeypatch, cookies: dict[str, str]) -> None:
    """The cookies the browser sends when a session starts (AppTest cannot seed them)."""
    import streamlit as st

    monkeypatch.setattr(type(st.context), "cookies", property(lambda _self: cookies))


def test_the_participant_id_is_kept_by_the_browser_never_in_the_link(at, store, monkeypatch):
    # issue 19: the id travelled in the answers link, so anyone it was shared with could withdraw or replace the share
    new = store.create("Room 4")
    at.query_params[state.URL_JOIN] = new.code
    at.run()
    code, participant = at.session_state[state.WORKSHOP]
    token = f"{code.replace('-', '')}.{participant}"
    assert cookie_scripts(at) == [f"{state.COOKIE}={token}; max-age=7776000; path=/; SameSite=Strict"]
    link = dict(at.query_params)
    assert participant not in str(link) and state.URL_PARTICIPANT not in link
    # the same browser reloads: its cookie brings the participant back
    browser_sends(monkeypatch, {state.COOKIE: token})
    again = AppTest.from_file(APP, default_timeout=30)
    again.query_params.update(link)
    again.run()
    assert again.session_state[state.WORKSHOP] == (code, participant)
    # someone the link was shared with: no cookie, so not this participant (nor anyone) in the workshop
    browser_sends(monkeypatch, {})
    friend = AppTest.from_file(APP, default_timeout=30)
    friend.query_params.update(link)
    friend.run()
    assert friend.session_state[state.WORKSHOP] is None and state.URL_WORKSHOP not in friend.query_params


def test_an_old_link_with_the_participant_id_in_it_no_longer_acts_for_them(at, store, monkeypatch):
    new = store.create("Room 4")
    participant = store.join(new.code)
    browser_sends(monkeypatch, {})
    at.query_params[state.URL_WORKSHOP] = new.code
    at.query_params[state.URL_PARTICIPANT] = participant
    at.run()
    assert at.session_state[state.WORKSHOP] is None
    assert state.URL_PARTICIPANT not in at.query_params  # the id leaves the address
    browser_sends(monkeypatch, {state.COOKIE: f"{new.code.replace('-', '')}.{participant}"})
    mine = AppTest.from_file(APP, default_timeout=30)
    mine.query_params[state.URL_WORKSHOP] = new.code
    mine.run()
    assert mine.session_state[state.WORKSHOP] == (new.code, participant)


def refused_join(at, code):
    """Type a code that cannot be joined: the message shown, and the person is not in a workshop."""
    at.text_input(key=state.JOIN_CODE).input(code)
    button(at, "Join the workshop").click().run()
    assert at.session_state[state.WORKSHOP] is None
    assert at.info[-1].value == ALONE
    return [e.value for e in at.error]


def wizard_still_works(at):
    """Start still leads to the first question."""
    button(at, "Start").click().run()
    assert not at.exception, at.exception
    assert at.get("progress")[0].proto.text.startswith("Step 1 of ")


@pytest.mark.parametrize("case", ["unknown", "locked"])
def test_a_code_that_cannot_be_joined_shows_why_and_the_wizard_still_works(at, store, case):
    new = store.create("Room 4")
    code = "KKKK-KKKK" if case == "unknown" else new.code
    if case == "locked":
        store.lock(new.code, new.key)
    with pytest.raises((WorkshopNotFound, WorkshopClosed)) as refused:
        store.join(code)
    at.run()
    assert refused_join(at, code) == [str(refused.value)]
    assert store.group(new.code, new.key).joined == 0
    wizard_still_works(at)


def test_an_expired_workshop_shows_why_and_the_wizard_still_works(at, store, tmp_path):
    at.run()
    refused_join(at, "KKKK-KKKK")  # the app's store starts (and purges expired workshops) here
    past = WorkshopStore(now=lambda: utc_now() - timedelta(days=30))
    new = past.create("Last month", days=1)
    past.dispose()
    with pytest.raises(WorkshopExpired) as refused:
        store.join(new.code)
    assert refused_join(at, new.code) == [str(refused.value)]
    wizard_still_works(at)


def test_a_database_that_cannot_be_reached_is_a_friendly_message(at, store, monkeypatch):
    down = "postgresql://nobody@127.0.0.1:1/none"  # nothing listens on port 1
    with pytest.raises(StoreUnavailable) as refused:
        WorkshopStore(down).info("KKKK-KKKK")
    monkeypatch.setenv("MENTORFINDER_DATABASE_URL", down)
    at.run()
    assert refused_join(at, "KKKK-KKKK") == [str(refused.value)]
    assert not at.exception
    wizard_still_works(at)


def test_the_privacy_page_says_what_a_workshop_stores_for_how_long_and_who_sees_it(at):
    at.run()
    at.switch_page(nav.PRIVACY.script).run()
    shown = markdown_text(at)
    for fact in (
        "stores exactly these four things",
        "1. **The workshop:** its title, join code, expiry date",
        "2. **A random participant id**",
        "3. **Three times, each only to the hour:** when you joined, when you reached your results and when you shared",
        "4. **Only if you choose to share**",
        "which third of the scale you are in (low, middle or high), never the percent itself",
        "14 days after it is created",
        "until the facilitator deletes it",
        "shown to the whole room on the projector from the facilitator's private link",
        "only once at least 3 people have shared",
        "**The promise:** no one (another participant, the facilitator, or someone who reads the workshop's database)",
        "A count of fewer than 3 people is never shown",
        "only after 3 different people have shared, shared again or withdrawn",
        "**The limits:** someone who fills the room with shares of their own",
    ):
        assert fact in shown, fact
    assert "No one sees a single person's result" not in shown  # issue 19: a promise the old picture did not keep


def test_the_privacy_pages_numbers_come_from_the_constants(monkeypatch):
    import mentorfinder.workshop as workshop

    for name, value in (("DEFAULT_DAYS", 21), ("MIN_SHARED", 5), ("SMALL_CELL", 4), ("CHANGES_PER_SNAPSHOT", 6)):
        monkeypatch.setattr(workshop, name, value)
    for language, facts in (
        ("en", ("21 days after", "at least 5 people have shared", "fewer than 4 people", "after 6 different people")),
        ("es", ("21 días después", "al menos 5 personas hayan compartido", "menos de 4 personas", "cuando 6 personas")),
    ):
        at = AppTest.from_file(APP, default_timeout=30)
        at.query_params[state.URL_LANGUAGE] = language
        at.run()
        at.switch_page(nav.PRIVACY.script).run()
        shown = markdown_text(at)
        for fact in facts:
            assert fact in shown, (language, fact)


def test_a_refused_join_is_said_in_spanish_on_a_spanish_page(at, store):
    new = store.create("Sala 4")
    store.lock(new.code, new.key)
    with pytest.raises(WorkshopClosed) as refused:
        store.join(new.code)
    at.query_params[state.URL_LANGUAGE] = "es"
    at.run()
    at.text_input(key=state.JOIN_CODE).input(new.code)
    button(at, "Unirme al taller").click().run()
    assert [e.value for e in at.error] == [
        f"El taller {new.code} está cerrado: quien lo facilita no acepta nuevos participantes ni resultados por ahora."
    ]
    assert refused.value.say("es") == at.error[0].value

"""Guessing join codes and facilitator keys is limited per session and per process (issue 19: 48 and 53 a second
from 4 sessions), while a code or key that has worked in this session keeps working."""

import test_workshop
from apphelpers import APP, button
from streamlit.testing.v1 import AppTest
from test_workshop import facilitator_page

from mentorfinder.workshop.guesses import Guesses
from ui import state
from ui import workshop as app_workshop

store = test_workshop.store  # the fixture: a fresh SQLite file for the app and the test
SECOND = 1_000_000_000
WRONG = ["KKKK-KKKK", "CCCC-CCCC", "DDDD-DDDD", "EEEE-EEEE", "FFFF-FFFF"]
TOO_MANY = "Too many wrong workshop codes or keys were tried. Please wait %s seconds and try again."


def join_with(at, code):
    at.text_input(key=state.JOIN_CODE).input(code)
    button(at, "Join the workshop").click().run()
    return [e.value for e in at.error]


def moving_clock(monkeypatch):
    clock = [10**12]
    monkeypatch.setattr("mentorfinder.workshop.guesses.time.monotonic_ns", lambda: clock[0])
    return clock


def test_after_five_wrong_codes_a_session_waits_a_minute_even_for_the_right_one(at, store, monkeypatch):
    clock = moving_clock(monkeypatch)
    new = store.create("Room 4")
    at.run()
    for code in WRONG:
        assert join_with(at, code) == [f"There is no workshop with the code {code}. It may have ended and been "
                                       "deleted; check the code with your facilitator."]  # fmt: skip
        clock[0] += 2 * SECOND
    assert join_with(at, new.code) == [TOO_MANY % 50]  # the first wrong one, 10 s ago, counts for 50 s more
    assert store.group(new.code, new.key).joined == 0  # the store was not asked
    assert state.GUARD in state.KEPT_BY_START_OVER  # starting over does not reset the count
    clock[0] += 50 * SECOND
    assert join_with(at, new.code) == []
    assert at.session_state[state.WORKSHOP][0] == new.code
    assert store.group(new.code, new.key).joined == 1


def test_wrong_guesses_from_many_sessions_add_up_for_the_process(store, monkeypatch):
    moving_clock(monkeypatch)
    monkeypatch.setattr(
        app_workshop, "_GUESSES", Guesses(3), raising=False
    )  # the process's count, made small to reach it
    new = store.create("Room 4")
    for code in WRONG[:3]:  # three fresh sessions (private windows), one wrong code each
        window = AppTest.from_file(APP, default_timeout=30).run()
        assert join_with(window, code)[0].startswith("There is no workshop")
    fourth = AppTest.from_file(APP, default_timeout=30).run()
    assert join_with(fourth, new.code) == [TOO_MANY % 60]
    assert store.group(new.code, new.key).joined == 0


def test_a_wrong_facilitator_key_is_counted_and_a_working_projector_keeps_working(at, store, monkeypatch):
    moving_clock(monkeypatch)
    new = store.create("Room 4")
    facilitator_page(at, new.code, new.key)
    assert not at.error and [m.label for m in at.metric] == ["Joined", "Finished", "Shared"]
    for _ in range(60):  # someone else floods the process with wrong codes
        app_workshop._GUESSES.missed()
    at.run()  # this session's code and key have worked: its projector is not a guess
    assert not at.error and [m.value for m in at.metric] == ["0", "0", "0"]
    thief = AppTest.from_file(APP, default_timeout=30)
    facilitator_page(thief, new.code, "not-the-key-" + "x" * 20)
    assert [e.value for e in thief.error] == [TOO_MANY % 60]

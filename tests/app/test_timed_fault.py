"""A fault that lasts in the projector's live view (a fragment rerun every few seconds, `run_every`) keeps its message
on the screen on every refresh but is logged once while it repeats, not a traceback every 3 seconds; a different
fault is logged in its turn, and the same fault again once the view has had a run without it.

AppTest runs the whole page each time (never the fragment alone): each `at.run()` here stands for a refresh.
"""

import inspect
import logging

import pytest
from test_workshop import facilitator_page, store  # noqa: F401 - `store` is a fixture used below

from mentorfinder.workshop import WorkshopStore
from ui import workshop, workshop_projector

SORRY = "Sorry — something went wrong on our side. Your answers are kept."


class Faults:
    """The live view's drawing, failing with the fault set (None: drawing as it does)."""

    def __init__(self, draw):
        self.draw, self.error = draw, None

    def __call__(self, view, content):
        if self.error is not None:
            raise self.error
        return self.draw(view, content)


def logged(caplog) -> list[str]:
    """What was logged so far, in order: each traceback as 'Type: message', and the lines saying a fault stopped."""
    lines = []
    for record in caplog.records:
        if record.exc_info:
            lines.append(f"{record.exc_info[0].__name__}: {record.exc_info[1]}")
        elif record.name == "mentorfinder.app" and record.levelno == logging.INFO:
            lines.append(record.getMessage().split(": ", 1)[0])
    return lines


@pytest.fixture
def faults(monkeypatch):
    faults = Faults(workshop_projector.draw)
    monkeypatch.setattr(workshop_projector, "draw", faults)
    return faults


def test_a_lasting_fault_in_the_live_view_is_logged_once_and_its_apology_stays(at, store, faults, caplog):  # noqa: F811
    new = store.create("Room 4")
    caplog.set_level(logging.INFO, logger="mentorfinder")
    facilitator_page(at, new.code, new.key)
    assert [m.label for m in at.metric] == ["Joined", "Finished", "Shared"]
    faults.error = RuntimeError("the charts failed")
    for _ in range(4):  # four refreshes, the fault each time
        at.run()
        assert not at.exception, at.exception
        assert [e.value for e in at.error] == [SORRY]  # the apology stays on every refresh
    assert logged(caplog) == ["RuntimeError: the charts failed"]
    faults.error = ValueError("a count was not a number")  # another fault: logged in its turn, once
    at.run()
    at.run()
    assert [e.value for e in at.error] == [SORRY]
    stopped = "a fault in ui.workshop_projector.live_view stopped after %s runs in a row"
    first = ["RuntimeError: the charts failed", "ValueError: a count was not a number", stopped % 4]
    assert logged(caplog) == first
    faults.error = None  # the view works again: no apology, and the next fault is news again
    at.run()
    assert [e.value for e in at.error] == [] and [m.label for m in at.metric] == ["Joined", "Finished", "Shared"]
    faults.error = RuntimeError("the charts failed")
    at.run()
    assert logged(caplog) == [*first, stopped % 2, "RuntimeError: the charts failed"]


def test_a_database_down_under_the_live_view_is_logged_once(at, store, monkeypatch, caplog):  # noqa: F811
    """The database fails the live view's own fetch (the one its refreshes make: the page's check before it
    passes, as in a refresh, which runs the live view alone)."""
    new = store.create("Room 4")
    facilitator_page(at, new.code, new.key)
    group = WorkshopStore.group

    def down(self, code, key):
        if any(frame.function == "live_view" for frame in inspect.stack()):
            raise OSError("disk on fire")
        return group(self, code, key)

    monkeypatch.setattr(WorkshopStore, "group", down)
    with caplog.at_level(logging.ERROR, logger="mentorfinder"):
        for _ in range(3):
            at.run()
            assert [e.value for e in at.error] == [workshop.UNAVAILABLE]  # the store's friendly sentence each time
    assert logged(caplog) == ["OSError: disk on fire"]

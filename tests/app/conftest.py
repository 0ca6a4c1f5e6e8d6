"""Fixtures for the AppTest suite."""

import pytest
from apphelpers import APP
from streamlit.testing.v1 import AppTest

from mentorfinder.content.load import load_content


@pytest.fixture(scope="session")
def content():
    return load_content()


@pytest.fixture
def at():
    return AppTest.from_file(APP, default_timeout=30)


@pytest.fixture(autouse=True)
def fresh_process_guess_count(monkeypatch):
    """Each test starts with no wrong workshop codes or keys counted for the process (the count is per process)."""
    from mentorfinder.workshop.guesses import PROCESS_GUESSES, Guesses
    from ui import workshop

    monkeypatch.setattr(workshop, "_GUESSES", Guesses(PROCESS_GUESSES), raising=False)

"""Fixtures for the AppTest suite."""

import pytest
from apphelpers import APP
from streamlit.testing.v1 import AppTest

from mentorfinder.content import load_content


@pytest.fixture(scope="session")
def content():
    return load_content()


@pytest.fixture
def at():
    return AppTest.from_file(APP, default_timeout=30)

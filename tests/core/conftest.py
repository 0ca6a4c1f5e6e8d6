"""Shared fixtures for the core tests."""

from pathlib import Path

import pytest

from mentorfinder.content.archetypes import load_archetypes
from mentorfinder.content.load import Content, load_content
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.content.tips import TipSet

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def mini_content() -> Content:
    questionnaire = load_questionnaire(FIXTURES / "mini.yaml")
    archetypes = load_archetypes(FIXTURES / "mini_archetypes.yaml", [questionnaire])
    return Content((questionnaire,), archetypes, TipSet(readiness=[]))


@pytest.fixture(scope="session")
def shipped() -> Content:
    return load_content()

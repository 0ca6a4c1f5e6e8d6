"""Shared helpers for the AppTest suite: the app, complete answers, and reading what a page shows."""

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mentorfinder.content import load_content
from mentorfinder.sample import sample_answers

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(scope="session")
def content():
    return load_content()


@pytest.fixture
def at():
    return AppTest.from_file(APP, default_timeout=30)


def answers_for(content, seed=1, **overrides):
    """Complete, valid answers; overrides are {questionnaire: {question: value}} merged in."""
    answers = sample_answers(list(content.questionnaires), seed=seed)
    for qid, given in overrides.items():
        answers[qid].update(given)
    return answers


def seeded(at, answers, page):
    """Start the app mid-flow: answers in session state, then open `page`."""
    at.session_state["answers"] = answers
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def unescape(value):
    """Undo ui.text.escape, so shown text compares with core strings."""
    return re.sub(r"\\(.)", r"\1", value)


def card_names(at):
    """Archetype names of the match cards, in the order shown ("1. Name" subheaders)."""
    names = []
    for header in at.subheader:
        found = re.match(r"(\d+)\. (.*)", unescape(header.value))
        if found:
            names.append(found.group(2))
    return names


def markdown_text(at):
    """All markdown on the page, unescaped, as one string."""
    return "\n".join(unescape(m.value) for m in at.markdown)

"""Helpers for the AppTest suite: complete answers, starting mid-flow, reading what a page shows."""

import re
import threading
from pathlib import Path

from mentorfinder.answers.sample import sample_answers
from ui import nav, state

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")


def answers_for(content, seed=1, **overrides):
    """Complete, valid answers; overrides are {questionnaire: {question: value}} merged in."""
    answers = sample_answers(list(content.questionnaires), seed=seed)
    for qid, given in overrides.items():
        answers[qid].update(given)
    return answers


def seeded(at, answers, page):
    """Start the app mid-flow: answers in session state, then open `page`."""
    at.session_state[state.ANSWERS] = answers
    at.run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def unescape(value):
    """Undo ui.text.escape, so shown text compares with core strings."""
    return re.sub(r"\\(.)", r"\1", value).replace("\u2060", "")  # and the word joiners that keep addresses text


def card_names(at):
    """Archetype names of the match cards, in the order shown ("1. Name" headers)."""
    names = []
    for header in at.header:
        found = re.match(r"(\d+)\. (.*)", unescape(header.value))
        if found:
            names.append(found.group(2))
    return names


def markdown_text(at):
    """All markdown on the page, unescaped, as one string."""
    return "\n".join(unescape(m.value) for m in at.markdown)


def open_step(at, step=0, answers=None):
    """Open the questions page on `step` with these answers (none by default)."""
    at.session_state[state.ANSWERS] = answers or {}
    at.session_state[state.STEP] = step
    at.run()
    at.switch_page(nav.QUESTIONS.script).run()
    assert not at.exception, at.exception
    return at


def button(at, label):
    """The button with this label."""
    return next(b for b in at.button if b.label == label)


def pdf_button(at, label="Download PDF"):
    """The PDF's download button (one click makes the PDF and downloads it)."""
    return next(b for b in at.download_button if b.label == label)


def open_whatif(at):
    """Open the matches page's what-if expander as a person does (its sliders are drawn only while it is open)."""
    at.session_state[state.WHATIF] = True
    return at.run()


def download_pdf(at, label="Download PDF"):
    """Click the PDF's download button as a person does, once; the PDF that click made (None: none was made).

    AppTest runs the click's callback, which makes the PDF. As the browser does, the button's file is asked for
    with the click (its data callable, on a thread of its own): the callback waits until it has been asked for."""
    order = at.session_state[state.PDF]
    fetch = threading.Thread(target=_quietly, args=(order.download(),))
    fetch.start()
    pdf_button(at, label).click().run()
    fetch.join(10)
    assert not at.exception, at.exception
    return at.session_state[state.PDF].pdf


def _quietly(serve) -> None:
    """Ask for a file as the browser does; a refusal is the page's to say (the test reads the page)."""
    try:
        serve()
    except (RuntimeError, TimeoutError):
        pass

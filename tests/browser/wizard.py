"""Driving the wizard in a real browser: find widgets by their key, answer them as a person would."""

import json
import re
import subprocess
import sys
from pathlib import Path

from mentorfinder.conditions import visible_questions
from mentorfinder.schema import text
from ui.state import widget_key
from ui.widgets import _short

ROOT = Path(__file__).resolve().parents[2]


def settle(page, pause_ms: int = 150) -> None:
    """Wait for Streamlit to finish the rerun an action started."""
    page.wait_for_timeout(pause_ms)
    page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for()


def keyed(page, key: str):
    """The element container Streamlit marks with `st-key-<key>`."""
    return page.locator(".st-key-" + re.sub(r"[^A-Za-z0-9_-]", "-", key))


def progress_text(page) -> str:
    return page.locator('[data-testid="stProgress"]').inner_text()


def answer(page, q, question, value) -> None:
    """Give one answer through the question's widget."""
    box = keyed(page, widget_key(q.id, question.id))
    kind = question.type
    if kind == "single":
        label = next(text(o.label) for o in question.options if o.id == value)
        box.get_by_text(label, exact=True).click()
    elif kind == "likert":
        labels = q.scale_of(question).labels
        box.get_by_text(_short(text(labels[value])) if value in labels else str(value), exact=True).click()
    elif kind == "scale" and box.locator('[role="radiogroup"]').count():
        box.get_by_text(str(value), exact=True).click()
    elif kind in {"multiple", "ranking"}:
        for option_id in value:
            label = next(text(o.label) for o in question.options if o.id == option_id)
            box.locator("input").click()
            page.get_by_role("option", name=label, exact=True).click()
            settle(page, 50)
        page.keyboard.press("Escape")
    elif kind in {"scale", "number"}:
        box.locator("input").fill(str(value))
        box.locator("input").press("Enter")
    else:
        box.locator("textarea").fill(value)
        box.locator("textarea").press("Control+Enter")
    settle(page)


def answer_step(page, ws, wanted: dict) -> None:
    """Answer every question the step shows, in order (conditional ones appear as earlier answers land)."""
    q = ws.questionnaire
    given = wanted.get(q.id, {})
    shown = {question.id for question in visible_questions(q, given)}
    for question in ws.step.questions:
        if question.id in shown and question.id in given:
            answer(page, q, question, given[question.id])


def click(page, name: str) -> None:
    page.get_by_role("button", name=name, exact=True).click()
    settle(page)


def cli_ranking(answers_file: Path) -> list[str]:
    """The shortlist names `python -m mentorfinder match` gives for an answers file."""
    out = subprocess.run(
        [sys.executable, "-m", "mentorfinder", "match", str(answers_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [m["name"] for m in json.loads(out.stdout)["shortlist"]]


def shown_ranking(page) -> list[str]:
    """Names on the match cards, in order ("1. Name" headings)."""
    page.locator('[class*="st-key-card-"] h3').first.wait_for()
    headings = page.locator('[class*="st-key-card-"] h3').all_inner_texts()
    return [re.sub(r"^\d+\.\s*", "", h).strip() for h in headings]

"""Driving the wizard in a real browser: find widgets by their key, answer them as a person would.

No fixed sleeps. Every run mirrors the answers, step and page into the address, so an action that changes
any of them is waited out by watching the address change, then the page settle.
"""

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from mentorfinder.content.conditions import visible_questions
from mentorfinder.i18n.words import translate
from ui.points import short_label
from ui.state import place_key, widget_key

ROOT = Path(__file__).resolve().parents[2]
# What "drawn" means to both looks below: no run under way, elements on the page, none of them stale, and every
# chart drawn. A chart's element comes before its library (4.7 MB of Plotly, loaded on first use) has drawn it:
# without the last two looks the wait for the first charts fell in the next step's time.
_DRAWN_NOW = """
  const app = document.querySelector('[data-testid="stApp"]');
  const count = document.querySelectorAll('[data-testid="stElementContainer"]').length;
  const drawn = app && app.getAttribute('data-test-script-state') === 'notRunning' && count > 0
    && !document.querySelector('[data-stale="true"], [data-testid="stSkeleton"]')
    && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].every(c => c.querySelector('.main-svg'));"""
# The benches' look: drawn, and as many elements as at the look before.
DRAWN = (
    "() => {"
    + _DRAWN_NOW
    + """
  const steady = drawn && count === window.__drawnCount;
  window.__drawnCount = count;
  return steady;
}"""
)
# The tests' stricter look: drawn, and the run an action started over, with any rerun it asked for. Two looks can
# fall in the gap between a run and the rerun it asks for (st.switch_page, st.rerun: the page reads "notRunning"
# there), and a test then reads a page that is about to be redrawn. Where the page counts its runs (runs.py, in
# every context of the browser fixture) the wait is told by events: once a run has ended as the last of its chain
# since the mark and no rerun was asked for after it, the page need only stay drawn and unchanged AFTER_RUN_MS (for
# a rerun the browser itself asks for as it draws). Elsewhere (no final end seen: the action starts no run, or it
# ended before the mark) the page must stay unchanged QUIET_MS from the mark, as before the events were read.
# Benches keep DRAWN alone: a quiet wait would add to every step.
QUIET_MS = 300
AFTER_RUN_MS = 60
QUIET = (
    "([quiet, afterRun]) => {"
    + _DRAWN_NOW
    + """
  const now = performance.now(), runs = window.__runs;
  const look = app && app.getAttribute('data-test-script-state') + ':' + count + ':' + location.href;
  if (!drawn || look !== window.__quietLook) { window.__quietLook = look; window.__quietSince = now; }
  if (!drawn) return false;
  if (runs && runs.finals > (window.__finalsAtMark || 0) && runs.lastFinal > runs.lastAsked) {
    return now - Math.max(window.__quietSince, runs.lastFinal) >= afterRun;
  }
  return now - window.__quietSince >= quiet;
}"""
)
# Counting starts here: a run that ends after this is the action's (settle: a click just made may not have
# started its run yet; the quiet window counts from here too).
MARK = "() => { window.__quietLook = undefined; window.__finalsAtMark = window.__runs ? window.__runs.finals : 0; }"


def mark(page) -> None:
    """Start counting runs and quiet time from now (before an action, or when a settle is called)."""
    page.evaluate(MARK)


def settle(page) -> None:
    """Wait until no run is in progress, the last run of a chain has ended since this call (no rerun asked for
    since) and the page, its element count and its address have not changed for AFTER_RUN_MS; or, where no such
    end was seen, for QUIET_MS from this call (so a rerun that follows at once is waited out too)."""
    mark(page)
    wait_drawn(page)


def wait_drawn(page) -> None:
    """Wait for QUIET's look, counting from the last mark."""
    page.wait_for_function(QUIET, arg=[QUIET_MS, AFTER_RUN_MS], polling=50)


def still(page) -> None:
    """Wait until the page is quiet by QUIET's look, counting from the last mark: right after a settle (the usual
    case before an action) that is at once, where settle would wait again. Only for before an action: after one,
    the run it starts may not show yet, which settle's fresh mark waits out."""
    wait_drawn(page)


def rerun(page, action: Callable[[], None]) -> None:
    """Do something that changes the answers, the step or the page, and wait for the run it starts to finish."""
    still(page)  # a settle ended every earlier action: only a change since then is waited out here
    before = page.url
    mark(page)  # the action's run counts even when it has ended by the time the address has changed
    action()
    page.wait_for_function("before => location.href !== before", arg=before)
    wait_drawn(page)


def keyed(page, key: str):
    """The element container Streamlit marks with `st-key-<key>`."""
    return page.locator(".st-key-" + re.sub(r"[^A-Za-z0-9_-]", "-", key))


def progress_text(page) -> str:
    """The progress bar's words ("Step 2 of 9 · …")."""
    return page.locator('[data-testid="stProgress"]').inner_text()


def option_label(question, option_id, language: str = "en") -> str:
    """The shown label of an option."""
    return next(translate(o.label, language) for o in question.options if o.id == option_id)


def answer(page, q, question, value, language: str = "en") -> None:
    """Give one answer through the question's widget, as shown in `language`."""
    box = keyed(page, widget_key(q.id, question.id))
    kind = question.type
    if kind == "single":
        rerun(page, lambda: box.get_by_text(option_label(question, value, language), exact=True).click())
    elif kind == "likert":
        labels = q.scale_of(question).labels
        words = short_label(translate(labels[value], language)) if value in labels else str(value)
        rerun(page, lambda: box.get_by_text(words, exact=True).click())
    elif kind == "scale" and box.locator('[role="radiogroup"]').count():
        rerun(page, lambda: box.get_by_text(str(value), exact=True).click())
    elif kind == "ranking":
        for place, option_id in enumerate(value, 1):
            choose(page, keyed(page, place_key(q.id, question.id, place)), option_label(question, option_id, language))
    elif kind == "multiple":
        for option_id in value:
            choose(page, box, option_label(question, option_id, language))
        page.keyboard.press("Escape")
    elif kind in {"scale", "number"}:
        box.locator("input").fill(str(value))
        rerun(page, lambda: box.locator("input").press("Enter"))
    else:
        box.locator("textarea").fill(value)
        rerun(page, lambda: box.locator("textarea").press("Control+Enter"))


def choose(page, box, label: str) -> None:
    """Pick one option from a select box or multiselect: open it, type its words (a short window, large type or
    a long list shows only some options at once), click the option."""
    box.locator("input").click()
    box.locator("input").fill(label)
    rerun(page, lambda: page.get_by_role("option", name=label, exact=True).click())


def to_give(ws, wanted: dict) -> list:
    """The (question, answer) pairs a person gives on one step, in order: its questions that `wanted` answers and
    that are shown once those answers are in (conditional ones appear as earlier answers land)."""
    given = wanted.get(ws.questionnaire.id, {})
    shown = {question.id for question in visible_questions(ws.questionnaire, given)}
    return [(question, given[question.id]) for question in ws.step.questions if {question.id} <= shown & set(given)]


def answer_step(page, ws, wanted: dict, language: str = "en") -> None:
    """Answer every question the step shows, in order, as shown in `language`."""
    for question, value in to_give(ws, wanted):
        answer(page, ws.questionnaire, question, value, language)


def click(page, name: str) -> None:
    """Press a button that moves on (a step or a page) and wait for the run it starts."""
    rerun(page, lambda: page.get_by_role("button", name=name, exact=True).click())


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
    page.locator('[class*="st-key-card-"] h2').first.wait_for()
    headings = page.locator('[class*="st-key-card-"] h2').all_inner_texts()
    return [re.sub(r"^\d+\.\s*", "", h).strip() for h in headings]

"""Participants in one real Chromium (async Playwright): each walks the whole wizard as a person would, timed step by step.

A walk: welcome → every question of every step (Next) → "See my results" → matches → what if opened → one slider →
next steps → one click on Download PDF (the PDF made on the click), then an optional extra action (a later bench's own steps). A walk
is lost when it gets stuck, errors, is refused, or ends with answers in its address other than those it gave.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from mentorfinder.answers.link import decode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.i18n.words import translate
from tests.browser.wizard import DRAWN, keyed, option_label, to_give
from ui.points import short_label
from ui.state import URL_ANSWERS, place_key, widget_key
from ui.steps import all_steps

KINDS = ("start", "answer", "next", "results", "matches", "what-if", "slider", "next-steps", "pdf")
POLL_MS = 50  # how often the page is looked at while a run is under way (a step's time is late by up to ~2 looks)
# A run moved the address, or Next/See my results was refused with a note: either way, the click is answered.
MOVED = """before => location.href !== before || [...document.querySelectorAll('[data-testid="stAlert"]')]
  .some(alert => alert.innerText.includes('Please'))"""
LOST_SHOTS = Path(tempfile.gettempdir()) / "bench-lost-walks"
Extra = Callable[["Walk", object], Awaitable[None]]


@dataclass
class Walk:
    """One participant's walk: seconds per step kind, and why it was lost (None when it went through)."""

    seed: int
    times: dict[str, list[float]] = field(default_factory=dict)
    lost: str | None = None
    doing: str = "opening the welcome page"
    pdf: bytes = field(default=b"", repr=False)  # the PDF the walk downloaded


async def settle(page) -> None:
    """Wait until no run is in progress and the page has stopped adding elements (two looks in a row agree)."""
    await page.wait_for_function(DRAWN, polling=POLL_MS)


async def address(page) -> str:
    """The address as the page itself has it now (Playwright's page.url is updated by an event, which may come late)."""
    return await page.evaluate("location.href")


SLIDERS_DRAWN = "() => document.querySelectorAll('[data-testid=\"stSlider\"]').length > 0"  # what if, opened


async def timed(walk: Walk, page, kind: str, action: Callable[[], Awaitable], until: str = MOVED, arg=None) -> None:
    """Do what a person does (a click, a key) and record the seconds until the run it starts has drawn the page.

    `until` is the JavaScript that says the click was answered; by default the address changed (every run that
    changes answers, step or page mirrors them there) or a "Please …" note appeared.
    """
    await settle(page)
    before = await address(page)
    start = time.perf_counter()
    await action()
    await page.wait_for_function(until, arg=before if arg is None else arg, polling=POLL_MS)
    await settle(page)
    walk.times.setdefault(kind, []).append(time.perf_counter() - start)


def point_words(q, question, value) -> str:
    """The words on the radio choice that gives `value` (an option, a likert point, a scale number)."""
    if question.type == "single":
        return option_label(question, value)
    labels = q.scale_of(question).labels if question.type == "likert" else {}
    return short_label(translate(labels[value])) if value in labels else str(value)


async def pick(walk: Walk, page, box, label: str) -> None:
    """Open a select box or multiselect and click one option."""
    await box.locator("input").click()
    await timed(walk, page, "answer", lambda: page.get_by_role("option", name=label, exact=True).click())


async def answer(walk: Walk, page, q, question, value) -> None:
    """Give one answer through the question's widget, as a person would."""
    box = keyed(page, widget_key(q.id, question.id))
    kind, field_ = question.type, {"text": "textarea"}.get(question.type, "input")
    radios = kind in {"single", "likert"} or (kind == "scale" and await box.locator('[role="radiogroup"]').count())
    if radios:
        choice = box.get_by_text(point_words(q, question, value), exact=True)
        await timed(walk, page, "answer", choice.click)
    elif kind in {"ranking", "multiple"}:
        for place, option_id in enumerate(value, 1):
            spot = keyed(page, place_key(q.id, question.id, place)) if kind == "ranking" else box
            await pick(walk, page, spot, option_label(question, option_id))
        if kind == "multiple":  # close its list, as a person clicks away (Escape in a select box would clear it)
            await page.keyboard.press("Escape")
    else:
        await box.locator(field_).fill(str(value))
        key = "Control+Enter" if kind == "text" else "Enter"
        await timed(walk, page, "answer", lambda: box.locator(field_).press(key))


async def press(walk: Walk, page, kind: str, name: str) -> None:
    """Press a button that moves on; a refusal (a "Please …" note, the address unchanged) loses the walk."""
    before, button = await address(page), page.get_by_role("button", name=name, exact=True)
    # A person scrolls to the button, then clicks, and waits from the click. Playwright's own scroll (smooth, then
    # a retry of up to 0.5 s while the button moves) was 0.9 s of "next-steps" under a 4,000 px matches page.
    await button.scroll_into_view_if_needed()
    await timed(walk, page, kind, button.click)
    if await address(page) == before:
        notes = " | ".join(n.strip() for n in await page.locator('[data-testid="stAlert"]').all_inner_texts())
        raise RuntimeError(f"{name!r} was refused at {urlparse(before).path}: {notes[:200]}")


async def through_the_steps(walk: Walk, content, wanted: dict, press, progress, answer) -> None:
    """Start, answer every shown question of every step, and press Next (the last step: See my results), with the
    participant's own `press(kind, label)`, `progress()` (the progress bar's words) and `answer(q, question, value)`:
    the route both kinds of participant take."""
    await press("start", "Start")
    steps = all_steps(content)
    for index, ws in enumerate(steps):
        where = walk.doing = f"step {index + 1} of {len(steps)}"
        shown = await progress()
        if not shown.startswith(f"Step {index + 1} of {len(steps)}"):
            raise RuntimeError(f"expected step {index + 1}, the page says {shown!r}")
        for question, value in to_give(ws, wanted):
            walk.doing = f"{where}, answering {ws.questionnaire.id}:{question.id}"
            await answer(ws.questionnaire, question, value)
        walk.doing = where
        last = index == len(steps) - 1
        await press("results" if last else "next", "See my results" if last else "Next")


async def the_results(walk: Walk, page) -> None:
    """Profile → matches, open what if, move the first what-if slider one notch, next steps, one click on Download PDF."""
    walk.doing = "going to the matches"
    await press(walk, page, "matches", "See your matches")
    walk.doing = "opening what if"  # its sliders are drawn only while it is open: opening it reruns the page
    label = page.get_by_text("What if? Change how much each part counts")
    await timed(walk, page, "what-if", lambda: label.click(), until=SLIDERS_DRAWN)
    walk.doing = "moving a what-if slider"
    slider = page.get_by_role("slider").first
    await slider.focus()
    at_zero = await slider.get_attribute("aria-valuenow") in ("0", None)
    await timed(walk, page, "slider", lambda: slider.press("ArrowRight" if at_zero else "ArrowLeft"))
    walk.doing = "going to next steps"
    await press(walk, page, "next-steps", "Next steps")
    walk.doing = "downloading the PDF"
    await settle(page)
    start = time.perf_counter()
    async with page.expect_download() as info:  # one click: the PDF is made on it and downloaded
        await page.get_by_role("button", name="Download PDF", exact=True).click()
    data = walk.pdf = Path(await (await info.value).path()).read_bytes()
    walk.times.setdefault("pdf", []).append(time.perf_counter() - start)  # the click to the file in hand
    if not data.startswith(b"%PDF") or len(data) < 2000:
        raise RuntimeError(f"the PDF download is not a PDF ({len(data)} bytes)")
    await settle(page)


def check_address(walk: Walk, url: str, wanted: dict) -> None:
    """The end of every walk: the answers the final address carries (`?a=`) are exactly those given."""
    walk.doing = "reading the answers back from the address"
    kept = decode_answers(parse_qs(urlparse(url).query).get(URL_ANSWERS, [""])[0])
    if kept != {qid: given for qid, given in wanted.items() if given}:
        raise RuntimeError(f"the answers in the address differ from those given: {kept!r:.200}")


def why_lost(walk: Walk, error: Exception) -> str:
    """A lost walk's reason: what it was doing, and the error's first line."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{walk.doing}: {type(error).__name__}: {message[:300]}"


async def walk(context, url: str, content, seed: int, delay: float = 0, extra: Extra | None = None) -> Walk:
    """One participant's whole walk in its own browser context; every failure is caught and kept as the reason."""
    done = Walk(seed)
    wanted = sample_answers(list(content.questionnaires), seed=seed)
    await asyncio.sleep(delay)  # people in a room do not all press Start in the same millisecond
    page = None
    try:
        page = await context.new_page()
        await page.goto(url)
        await settle(page)
        progress = page.locator('[data-testid="stProgress"]').inner_text
        await through_the_steps(
            done, content, wanted, partial(press, done, page), progress, partial(answer, done, page)
        )
        await the_results(done, page)
        if extra is not None:
            done.doing = "the extra action"
            await extra(done, page)
        check_address(done, await address(page), wanted)
    except Exception as error:  # any failure loses this walk only; the round goes on
        done.lost = why_lost(done, error) + await _shot(page, seed)
    return done


async def _shot(page, seed: int) -> str:
    """A screenshot of a lost walk's page, for its reason (nothing when even that fails)."""
    shot = LOST_SHOTS / f"seed-{seed}.png"
    try:
        LOST_SHOTS.mkdir(exist_ok=True)
        await page.screenshot(path=shot, full_page=True, timeout=30_000)
    except Exception:  # the page is gone or hangs: the reason is still worth printing
        return ""
    return f" (screenshot {shot})"


async def round_of(
    browser, url: str, content, seeds: list[int], timeout: float, stagger: float, on_open=None, extra=None
):
    """All `seeds` walk at once, one browser context each (`timeout` seconds for any one wait, `stagger` seconds
    between starts); `on_open()` runs after the walks with every session still open, and its value is returned."""
    contexts = [
        await browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True) for _ in seeds
    ]
    for context in contexts:
        context.set_default_timeout(timeout * 1000)
    try:
        walks = await asyncio.gather(
            *(
                walk(ctx, url, content, seed, i * stagger, extra)
                for i, (ctx, seed) in enumerate(zip(contexts, seeds, strict=True))
            )
        )
        opened = on_open() if on_open else None
    finally:  # a context that will not close (a crashed page) must not stop the others closing
        await asyncio.gather(*(context.close() for context in contexts), return_exceptions=True)
    return walks, opened

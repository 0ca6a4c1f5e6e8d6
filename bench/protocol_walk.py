"""Participants that speak Streamlit's websocket protocol (bench/streamlit_protocol/): the browser walk, without a browser.

Each walks exactly what bench/participants.py walks, with the same answers per seed: Start → every shown
question of every step through its widget (one rerun per pick, as a click is one) → Next, "See my results" →
"See your matches" → one what-if slider a notch → "Next steps" → one click on "Download PDF": its rerun (whose
callback makes the PDF), the deferred download's request, and the PDF fetched from the media URL the server
answers. A step's time runs from sending its rerun to the end of the run it started, every message of it read;
the PDF's, from the click to the file in hand (the person waits for the file, not for the page's redraw). A walk is lost when a wait runs out, the connection ends, an exception
element or the app's apology appears, a value is refused (an error note after an answer), Next or a page button
leaves the page and address as they were, the PDF is not a PDF, or the answers in the final query string differ
from those given.

Human pacing: before every action the participant waits a think time drawn from its own seeded generator,
uniform in `think` seconds (bench/bench_server.py's `--think`, default 2–6 s). A walk has about 70 actions
(55 answers with seed 1), so at 4 s on average it takes about 5 minutes: half the 10 minutes the welcome page
promises, so the room it makes is about twice as busy as a real one, a margin on the safe side. Zero think time
(`--think 0 0`) is flat out: each participant acts the moment its last run ends. Nothing here reads a message of
Streamlit's: the page is read through bench/streamlit_protocol/'s elements.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from functools import partial

from bench.participants import Walk, check_address, point_words, through_the_steps, why_lost
from bench.streamlit_protocol import Session
from mentorfinder.answers.sample import sample_answers
from tests.browser.wizard import option_label
from ui.boundary import SORRY
from ui.state import WHATIF, place_key, weight_key
from ui.state import widget_key as question_key

THINK = (2.0, 6.0)


@dataclass
class Participant:
    """One person at one tab: their session, their walk's record, and their own pace."""

    session: Session
    walk: Walk
    think: tuple[float, float]
    rng: random.Random

    async def act(self, kind: str, trigger: str | None = None, check: bool = True) -> None:
        """Think, then send the rerun the action makes; record its seconds and (`check`) check the page it drew."""
        low, high = self.think
        if high > 0:
            await asyncio.sleep(self.rng.uniform(low, high))
        self.walk.times.setdefault(kind, []).append(await self.session.rerun(trigger))
        if check:
            trouble(self.session)

    async def progress(self) -> str:
        """The progress bar's words ("Step 2 of 9 …")."""
        return next((e.text for e in self.session.ordered() if e.kind == "progress"), "")

    def widget(self, key: str, kind: str | None = None):
        """The element of the widget with this user key (of this kind), or an error naming it."""
        found = [e for e in self.session.ordered() if e.key == key]
        if not found or (kind and found[0].kind != kind):
            shown = found[0].kind if found else "nothing"
            raise RuntimeError(f"no {kind or 'widget'} with key {key!r} on the page ({shown})")
        return found[0]

    async def choose(self, kind: str, key: str, value, widget_kind: str | None = None) -> None:
        """Set one widget as a person would, and send the rerun it makes."""
        element = self.widget(key, widget_kind)
        options = element.options
        labels = value if isinstance(value, list) and element.kind == "multiselect" else [value]
        if options is not None:
            missing = [label for label in labels if label not in options]
            if missing:
                raise RuntimeError(f"{key!r} offers no {missing[0]!r} (it offers {options[:6]})")
        self.session.set(element.id, value)
        await self.act(kind)

    async def download(self, kind: str, label: str) -> None:
        """Think, then click a download button whose file is made on the click (Streamlit's deferred download), as
        the browser does: the click's rerun and the request for the file at once; record the seconds until the file
        is in hand, and check that it is a PDF and that the page the click drew shows no error."""
        low, high = self.think
        if high > 0:
            await asyncio.sleep(self.rng.uniform(low, high))
        data, seconds = await self.session.download(label)
        self.walk.times.setdefault(kind, []).append(seconds)
        self.walk.pdf = data
        trouble(self.session)
        if not data.startswith(b"%PDF") or len(data) < 2000:
            raise RuntimeError(f"the download is not a PDF ({len(data)} bytes)")

    async def press(self, kind: str, label: str, moves: bool = True) -> None:
        """Click a button; one that moves on (`moves`) and leaves the page and address as they were is refused."""
        button = next((e for e in self.session.ordered() if e.kind == "button" and e.label == label), None)
        if button is None:
            raise RuntimeError(f"no {label!r} button on the page")
        before = (self.session.page_hash, self.session.query)
        await self.act(kind, trigger=button.id, check=False)
        if moves and (self.session.page_hash, self.session.query) == before:
            raise RuntimeError(f"{label!r} was refused: {' | '.join(alerts(self.session))[:200]}")
        trouble(self.session)


def alerts(session: Session, error_only: bool = False) -> list[str]:
    """The notes on the page (st.error, st.warning, …), in page order."""
    return [e.text for e in session.ordered() if e.kind == "alert" and (e.error or not error_only)]


def trouble(session: Session) -> None:
    """Raise when the page shows an exception, the app's apology, or an error note (a refused value)."""
    for element in session.ordered():
        if element.kind == "exception":
            raise RuntimeError(f"an exception on the page: {element.text[:200]}")
    notes = alerts(session, error_only=True)
    if any(note.startswith(SORRY.split("—")[0].strip()) for note in notes):
        raise RuntimeError("the app's apology is on the page")
    if notes:
        raise RuntimeError(f"an error note on the page: {notes[0][:200]}")


async def answer(person: Participant, q, question, value) -> None:
    """Give one answer through the question's widget: one rerun per pick, as the browser walk clicks."""
    key, kind = question_key(q.id, question.id), question.type
    if kind == "ranking":
        for place, option_id in enumerate(value, 1):
            await person.choose("answer", place_key(q.id, question.id, place), option_label(question, option_id))
    elif kind == "multiple":
        picked: list[str] = []
        for option_id in value:
            picked = [*picked, option_label(question, option_id)]
            await person.choose("answer", key, picked, "multiselect")
    elif kind in {"single", "likert"} or person.widget(key).kind == "radio":
        await person.choose("answer", key, point_words(q, question, value), "radio")
    elif kind in {"scale", "number"}:
        await person.choose("answer", key, value, "number_input")
    else:
        await person.choose("answer", key, str(value), "text_area")


async def the_results(person: Participant) -> None:
    """Profile → matches, what if opened, the first what-if slider a notch, next steps, one click on Download PDF and its file."""
    person.walk.doing = "going to the matches"
    await person.press("matches", "See your matches")
    person.walk.doing = "opening what if"
    await person.choose("what-if", WHATIF, True, "block")  # its sliders are drawn only while it is open
    person.walk.doing = "moving a what-if slider"
    slider = next((e for e in person.session.ordered() if e.kind == "slider"), None)
    if slider is None or not (slider.key or "").startswith(weight_key("")):
        raise RuntimeError("no what-if slider on the matches page")
    at = person.session.value(slider.id)[0]
    await person.choose("slider", slider.key, [at + slider.step if at == 0 else at - slider.step])
    person.walk.doing = "going to next steps"
    await person.press("next-steps", "Next steps")
    person.walk.doing = "downloading the PDF"
    await person.download("pdf", "Download PDF")


async def walk(url: str, content, seed: int, timeout: float, think=THINK, delay: float = 0, sessions=None) -> Walk:
    """One participant's whole walk on its own session; every failure is caught and kept as the reason.

    The session stays open (it is appended to `sessions`, for the caller to close), as a tab stays open."""
    done = Walk(seed)
    wanted = sample_answers(list(content.questionnaires), seed=seed)
    session = Session(url, timeout)
    if sessions is not None:
        sessions.append(session)
    await asyncio.sleep(delay)  # people in a room do not all press Start in the same millisecond
    person = Participant(session, done, think, random.Random(f"think-{seed}"))
    try:
        done.times["open"] = [await session.open()]  # the tab's first run: a new session, the welcome page
        trouble(session)
        await through_the_steps(done, content, wanted, person.press, person.progress, partial(answer, person))
        await the_results(person)
        check_address(done, "?" + session.query, wanted)
    except Exception as error:  # a Lost session or any other failure loses this walk only; the round goes on
        done.lost = why_lost(done, error)
    return done


async def round_of(url: str, content, seeds: list[int], timeout: float, stagger: float, think=THINK, on_open=None):
    """All `seeds` walk at once, one session each (`stagger` seconds between starts); `on_open()` runs after the
    walks with every session still open, and its value is returned with the walks."""
    sessions: list[Session] = []
    try:
        walks = await asyncio.gather(
            *(walk(url, content, seed, timeout, think, i * stagger, sessions) for i, seed in enumerate(seeds))
        )
        opened = on_open() if on_open else None
    finally:
        await asyncio.gather(*(session.close() for session in sessions), return_exceptions=True)
    return walks, opened

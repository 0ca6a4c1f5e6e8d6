"""The result sections: guard for unfinished answers, the shared Result, match cards and rows, network, exclusions."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from mentorfinder.archetypes import Archetype
from mentorfinder.content import Content
from mentorfinder.matching import LABEL_WORDS, Match
from mentorfinder.result import Result, evaluate
from mentorfinder.rules import ABOUT_EQUAL_RULE, NO_COVER, about_equal_words, gap_words, network_intro, whole_percent
from mentorfinder.schema import translate

from . import nav, state, steps
from .memo import remember
from .text import bullet_list, bullets, escape, plain

CARDS = 3  # full cards; every other match is a compact row that opens on demand


def require_complete(content: Content, title: str) -> None:
    """Stop the page, under its own heading, with a way back when an answer is still unfinished."""
    missing = steps.first_incomplete(content)
    if missing is None:
        return
    st.title(title)
    st.info("A few questions still need an answer before your results are ready.", icon=":material/info:")
    if st.button("Go to the unanswered questions", type="primary"):
        state.set_step(missing)
        nav.go(nav.QUESTIONS)
    st.stop()


def current_weights() -> dict[str, float]:
    """The what-if weights (the standard ones until the person moves a slider)."""
    return state.weights()


def result_inputs(content: Content, weights: dict[str, float] | None = None) -> dict:
    """Everything a result (and so a chart or a download made from it) depends on, for ui/memo.py."""
    return {
        "content": id(content),
        "answers": state.shown_answers(content),
        "weights": weights or state.weights(),
        "language": state.language(),
    }


def result_for(content: Content, weights: dict[str, float] | None = None, inputs: dict | None = None) -> Result:
    """The result for the answers shown, computed again only when its inputs change (per session, never shared).
    A page that needs the inputs too passes them in (result_inputs), so they are gathered once per run."""
    inputs = inputs or result_inputs(content, weights)
    return remember(
        "result", lambda: evaluate(content, inputs["answers"], inputs["weights"], inputs["language"]), **inputs
    )


def fit_words(match: Match) -> str:
    """'87% · Best fit'."""
    return f"{whole_percent(match.percent)} · {LABEL_WORDS[match.label]}"


def rank_words(rank: int, match: Match) -> str:
    """'61% · Great fit', and ' · about equal to #1' when the score is within a few points of the one above."""
    words = fit_words(match)
    return f"{words} · {about_equal_words(rank)}" if match.about_equal else words


def ranking_note() -> None:
    """The rule for near-equal scores and ties, said once under the chart."""
    st.caption(escape("The same ranking, with the reasons, is below. " + ABOUT_EQUAL_RULE))


def _reasons(match: Match, summary: str) -> list[str]:
    """Markdown parts: the one-line summary, why it fits and what is worth knowing (all escaped)."""
    body = [escape(summary)]
    if match.why:
        body += ["**Why it fits you**", bullet_list(match.why)]
    if match.caveats:
        body += ["**Worth knowing**", bullet_list(match.caveats)]
    return body


@dataclass(frozen=True)
class MatchText:
    """One match as the page shows it, as markdown already escaped: a card's or a row's title, body and detail."""

    key: str  # the archetype id
    name: str
    title: str
    body: str
    detail: str


def match_texts(content: Content, result: Result, language: str) -> list[MatchText]:
    """Every match of the shortlist as markdown, best first (escaping every line again on each rerun was a tenth
    of the page's time, so the page keeps these per result in its memo)."""
    texts = []
    for rank, match in enumerate(result.shortlist, 1):
        arch = content.archetype(match.archetype)
        reasons = _reasons(match, translate(arch.summary, language))
        if rank <= CARDS:
            title, body = f"{rank}. {escape(match.name)}", [f"**{escape(rank_words(rank, match))}**", *reasons]
        else:  # the dot is escaped so "4. Name" is not read as a numbered list
            title, body = f"{rank}\\. {escape(match.name)} — {escape(rank_words(rank, match))}", reasons
        detail = archetype_detail(arch, language)
        texts.append(MatchText(match.archetype, escape(match.name), title, "\n\n".join(body), detail))
    return texts


def match_ui(rank: int, text: MatchText) -> None:
    """The top matches in full (percent and label, summary, why, caveats) with a detail view; every other match
    as one line (rank, name, percent · label) that opens on demand."""
    if rank > CARDS:  # expanders cannot nest, so a row's detail is inline; one element, fewer to send
        with st.expander(text.title, key=f"row-{text.key}"):
            st.markdown(f"{text.body}\n\n{text.detail}")
        return
    with st.container(border=True, key=f"card-{text.key}"):
        st.header(text.title, anchor=False)  # h2: a section under the page title
        st.markdown(text.body)  # one element per card: fewer elements, faster reruns
        with st.expander(f"More about {text.name}: where to find one, what to ask"):
            st.markdown(text.detail)


def archetype_detail(arch: Archetype, language: str) -> str:
    """The detail of one archetype, as markdown: what it is, its ways, where to find one and what to ask."""
    body = [
        escape(translate(arch.description, language)),
        "**Suits:** " + escape(translate(arch.suits, language)),
        "**Typical style:** " + escape(translate(arch.typical_style, language)),
        "**Typical availability:** " + escape(translate(arch.typical_availability, language)),
    ]
    for title, items in (
        ("Where to find one", arch.where_to_find),
        ("Questions to ask a possible mentor", arch.questions_to_ask),
        ("Making the most of it", arch.make_the_most),
        ("Watch-outs", arch.watch_outs),
    ):
        body += [f"**{title}**", bullet_list([translate(item, language) for item in items])]
    return "\n\n".join(body)


def network_ui(result: Result) -> None:
    """The mentoring network: complementary archetypes and the top needs each covers."""
    st.header("Your mentoring network", anchor=False)
    # the intro claims full cover only when no top need is left uncovered (and is never followed by an empty list)
    plain(network_intro(result.network, result.network_gaps))
    lines = []
    for member in result.network:
        covers = ", ".join(label.lower() for label in member.cover_labels)
        lines.append(f"{member.name} — for {covers}" if covers else f"{member.name} — {NO_COVER}")
    bullets(lines)
    missing = gap_words(result.network, result.network_gaps)
    if missing:
        plain(missing)


def excluded_ui(result: Result) -> None:
    """Archetypes ruled out by a must-have, with the reason."""
    if not result.excluded:
        return
    st.header("Left out because of your must-haves", anchor=False)
    bullets([f"{e.name}: {e.reason}" for e in result.excluded])

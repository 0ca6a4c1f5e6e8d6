"""The result sections: guard for unfinished answers, the shared Result, match cards and rows, network, exclusions."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

import streamlit as st

from mentorfinder.content.archetypes import Archetype
from mentorfinder.content.load import Content
from mentorfinder.evaluate import Result, evaluate
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import joined, translate
from mentorfinder.matching.model import LESS_FLOOR, LESS_SUITED, Match, label_words
from mentorfinder.present.rules import (
    QUESTIONS_TITLE,
    WHERE_TITLE,
    about_equal_rule,
    about_equal_words,
    gap_words,
    network_intro,
    no_cover,
    whole_percent,
)

from . import nav, state, steps
from .memo import remember
from .text import bullet_list, bullets, escape

CARDS = 3  # full cards; every other match is a line of a numbered list, its reasons and detail on demand


def require_complete(content: Content, title: str) -> None:
    """Stop the page, under its own heading (in the person's language), with a way back when an answer is still
    unfinished."""
    missing = steps.first_incomplete(content)
    if missing is None:
        return
    spoken = state.language()
    st.title(title)
    st.info(_("A few questions still need an answer before your results are ready.", spoken), icon=":material/info:")
    if st.button(_("Go to the unanswered questions", spoken), type="primary"):
        state.set_step(missing)
        nav.go(nav.QUESTIONS)
    st.stop()


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


def fit_words(match: Match, language: str = "en") -> str:
    """'87% · Best fit'."""
    return f"{whole_percent(match.percent, language)} · {label_words(match.label, language)}"


def rank_words(rank: int, match: Match, language: str = "en") -> str:
    """'61% · Great fit', and ' · about equal to #1' when the score is within a few points of the one above."""
    words = fit_words(match, language)
    return f"{words} · {about_equal_words(rank, language)}" if match.about_equal else words


def ranking_note() -> None:
    """The rule for near-equal scores and ties, said once under the chart."""
    spoken = state.language()
    st.caption(escape(_("The same ranking, with the reasons, is below.", spoken) + " " + about_equal_rule(spoken)))


def _reasons(match: Match, summary: str, language: str) -> list[str]:
    """Markdown parts: the one-line summary, why it fits and what is worth knowing (all escaped)."""
    body = [escape(summary)]
    if match.why:
        body += ["**" + _("Why it fits you", language) + "**", bullet_list(match.why)]
    if match.caveats:
        body += ["**" + _("Worth knowing", language) + "**", bullet_list(match.caveats)]
    return body


@dataclass(frozen=True)
class MatchText:
    """One match as the page shows it, as markdown already escaped: a card's or a row's title, body and detail."""

    key: str  # the archetype id
    less: bool  # listed under "Less suited to you"
    name: str
    title: str
    body: str
    detail: str
    fit: str = ""  # "61% · Great fit" (and " · about equal to #3")


def match_texts(content: Content, result: Result, language: str) -> list[MatchText]:
    """Every match of the shortlist as markdown, best first (escaping every line again on each rerun was a tenth
    of the page's time, so the page keeps these per result in its memo)."""
    texts = []
    for rank, match in enumerate(result.shortlist, 1):
        arch = content.archetype(match.archetype)
        reasons = _reasons(match, translate(arch.summary, language), language)
        words = escape(rank_words(rank, match, language))
        if rank <= CARDS:
            title, body = f"{rank}. {escape(match.name)}", [f"**{words}**", *reasons]
        else:  # the dot is escaped so "4. Name" is not read as a numbered list
            title, body = f"{rank}\\. {escape(match.name)} — {words}", reasons
        detail = archetype_detail(arch, language)
        less = match.label == LESS_SUITED
        texts.append(MatchText(match.archetype, less, escape(match.name), title, "\n\n".join(body), detail, words))
    return texts


def on_demand(label: str, key: str, body: str) -> None:
    """An expander whose markdown `body` is drawn only while it is open.

    Collapsed, its body is not seen, yet it was sent on every rerun of the page (the matches page's five held about
    20,000 characters, each rerun escaped, dedented, serialised and hashed again). Opening it reruns the page
    (on_change="rerun"), which draws the body; its open state is the widget's own, under `key`.
    """
    box = st.expander(label, key=key, on_change="rerun")
    if box.open:
        with box:
            st.markdown(body)


def match_ui(rank: int, text: MatchText) -> None:
    """One of the top matches in full (percent and label, summary, why, caveats) with a detail view."""
    with st.container(border=True, key=f"card-{text.key}"):
        st.header(text.title, anchor=False)  # h2: a section under the page title
        st.markdown(text.body)  # one element per card: fewer elements, faster reruns
        more = _("More about %(name)s: where to find one, what to ask", state.language()) % {"name": text.name}
        on_demand(more, f"more-{text.key}", text.detail)


def archetype_detail(arch: Archetype, language: str) -> str:
    """The detail of one archetype, as markdown: what it is, its ways, where to find one and what to ask."""
    body = [
        escape(translate(arch.description, language)),
        "**" + _("Suits:", language) + "** " + escape(translate(arch.suits, language)),
        "**" + _("Typical style:", language) + "** " + escape(translate(arch.typical_style, language)),
        "**" + _("Typical availability:", language) + "** " + escape(translate(arch.typical_availability, language)),
    ]
    for title, items in (
        (_(WHERE_TITLE, language), arch.where_to_find),
        (_(QUESTIONS_TITLE, language), arch.questions_to_ask),
        (_("Making the most of it", language), arch.make_the_most),
        (_("Watch-outs", language), arch.watch_outs),
    ):
        body += [f"**{title}**", bullet_list([translate(item, language) for item in items])]
    return "\n\n".join(body)


def network_ui(result: Result) -> None:
    """The mentoring network: complementary archetypes and the top needs each covers."""
    spoken = state.language()
    st.header(_("Your mentoring network", spoken), anchor=False)
    lines = []
    for member in result.network:
        covers = joined([label.lower() for label in member.cover_labels], spoken)  # "a, b and c" (Spanish "a, b y c")
        if member.beyond_limit:  # named past the person's own limit on time: network_reach says why
            line = _("%(name)s — for %(needs)s, if you can give more time", spoken)
        else:
            line = _("%(name)s — for %(needs)s", spoken)
        said = line % {"name": member.name, "needs": covers}
        lines.append(said if covers else f"{member.name} — {no_cover(spoken)}")
    # the intro claims full cover only when no top need is left uncovered (and is never followed by an empty list)
    intro = network_intro(result.network, result.network_gaps, spoken)
    missing = gap_words(result.network, result.network_gaps, spoken)
    # the intro, the list, what no member covers, who is named past the person's limit and why the first match is
    # left out: one element, not five
    told = (missing, result.network_reach, result.network_note)
    parts = [escape(intro), bullet_list(lines), *(escape(words) for words in told if words)]
    st.markdown("\n\n".join(part for part in parts if part))


def rows_ui(texts: list[MatchText]) -> None:
    """Every match after the full cards as one numbered list per part (worth considering, then less suited), each
    followed by one expander holding the reasons and detail of every match in its list.

    One list and one expander per part, not an expander per match: 12 expanders were about a fifth of the
    page's drawing and of its rerun, and a person reads these lines first, opening the detail when wanted.
    """
    spoken = state.language()
    rest = list(enumerate(texts, 1))[CARDS:]
    for less, part in groupby(rest, key=lambda item: item[1].less):
        part = list(part)
        first = part[0][0]
        if less and not texts[first - 2].less:
            less_suited_heading()
        st.markdown("\n".join(f"{rank}. {text.name} — {text.fit}" for rank, text in part))
        more = _("Why, what to watch for and where to find each of these", spoken)
        on_demand(more, f"rows-{first}", "\n\n".join(f"**{t.title}**\n\n{t.body}\n\n{t.detail}" for _rank, t in part))


def ranked_match_ui(rank: int, texts: list[MatchText]) -> None:
    """The match at `rank` (1 = first), under the "Less suited to you" heading when it is the first of those."""
    text = texts[rank - 1]
    if text.less and (rank == 1 or not texts[rank - 2].less):
        less_suited_heading()
    match_ui(rank, text)


def less_suited_heading() -> None:
    """The heading over the kinds a fit rule lowered or that score below the last label, and what that means."""
    spoken = state.language()
    st.header(_("Less suited to you", spoken), anchor=False)
    words = _("These go against something you told us, or fit less than %(floor)s. Each one says why.", spoken)
    st.caption(escape(words % {"floor": whole_percent(LESS_FLOOR, spoken)}))


def excluded_ui(result: Result) -> None:
    """Archetypes ruled out by a must-have, with the reason."""
    if not result.excluded:
        return
    st.header(_("Left out because of your must-haves", state.language()), anchor=False)
    bullets([f"{e.name}: {e.reason}" for e in result.excluded])

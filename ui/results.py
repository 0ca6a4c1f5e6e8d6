"""The result sections: guard for unfinished answers, the shared Result, match cards, details, network, exclusions."""

from __future__ import annotations

import streamlit as st

from mentorfinder.archetypes import Archetype
from mentorfinder.content import Content
from mentorfinder.matching import Match
from mentorfinder.result import Result, evaluate
from mentorfinder.schema import text as tr

from . import nav, state, steps
from .memo import remember
from .text import bullet_list, bullets, escape

LABEL_WORDS = {"best": "Best fit", "great": "Great fit", "good": "Good fit", "fair": "Fair fit"}
COMPONENT_WORDS = {
    "needs": "What you need",
    "style": "Communication style",
    "availability": "Time and rhythm",
    "fit": "Background and fit",
}


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


def result_for(content: Content, weights: dict[str, float] | None = None) -> Result:
    """The result for the answers shown, computed again only when its inputs change (per session, never shared)."""
    inputs = result_inputs(content, weights)
    return remember(
        "result", lambda: evaluate(content, inputs["answers"], inputs["weights"], inputs["language"]), **inputs
    )


def fit_words(match: Match) -> str:
    """'87% · Best fit'."""
    return f"{match.percent:.0f}% · {LABEL_WORDS.get(match.label, match.label.capitalize() + ' fit')}"


def match_card(rank: int, match: Match, arch: Archetype, language: str, weights: dict[str, float]) -> None:
    """One ranked archetype: percent and label, summary, why, caveats and a detail view."""
    with st.container(border=True, key=f"card-{match.archetype}"):
        st.header(f"{rank}. {escape(match.name)}", anchor=False)  # h2: a section under the page title
        body = [f"**{escape(fit_words(match))}**", escape(tr(arch.summary, language))]
        if match.why:
            body += ["**Why it fits you**", bullet_list(match.why)]
        if match.caveats:
            body += ["**Worth knowing**", bullet_list(match.caveats)]
        st.markdown("\n\n".join(body))  # one element per card: fewer elements, faster reruns
        with st.expander(f"More about {match.name}: where to find one, what to ask"):
            archetype_detail(arch, match, language, weights)


def archetype_detail(arch: Archetype, match: Match | None, language: str, weights: dict[str, float]) -> None:
    """The detail view of one archetype."""
    t = lambda value: tr(value, language)  # noqa: E731
    body = [
        escape(t(arch.description)),
        "**Suits:** " + escape(t(arch.suits)),
        "**Typical style:** " + escape(t(arch.typical_style)),
        "**Typical availability:** " + escape(t(arch.typical_availability)),
    ]
    for title, items in (
        ("Where to find one", arch.where_to_find),
        ("Questions to ask a possible mentor", arch.questions_to_ask),
        ("Making the most of it", arch.make_the_most),
        ("Watch-outs", arch.watch_outs),
    ):
        body += [f"**{title}**", bullet_list([t(item) for item in items])]
    st.markdown("\n\n".join(body))
    if match is not None:
        used = {g: w for g, w in weights.items() if g in match.components and w > 0}
        total = sum(used.values()) or 1
        parts = [
            f"{COMPONENT_WORDS.get(g, g)}: {match.components[g]:.0f}% × weight {w / total:.0%}" for g, w in used.items()
        ]
        st.caption("How the match is made up: " + escape("; ".join(parts)) + f" → {match.percent:.0f}%")


def network_ui(result: Result) -> None:
    """The mentoring network: complementary archetypes and the top needs each covers."""
    st.header("Your mentoring network", anchor=False)
    st.write("No single mentor meets every need. Together, these kinds of mentor cover your top needs:")
    lines = []
    for member in result.network:
        covers = ", ".join(label.lower() for label in member.cover_labels) or "your wider needs"
        lines.append(f"{member.name} — for {covers}")
    bullets(lines)


def excluded_ui(result: Result) -> None:
    """Archetypes ruled out by a must-have, with the reason."""
    if not result.excluded:
        return
    st.header("Left out because of your must-haves", anchor=False)
    bullets([f"{e.name}: {e.reason}" for e in result.excluded])

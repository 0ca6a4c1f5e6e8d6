"""The projector view's charts: the group's top kinds of mentor, and how many people are in each third of needs, style
and time (with what each end of a two-pole scale means printed under that end)."""

from __future__ import annotations

import html
import textwrap

import plotly.graph_objects as go

from mentorfinder.content.load import Content
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import translate
from mentorfinder.present.rules import ACCENT, PALETTE
from mentorfinder.workshop import SMALL_CELL

from .figures import INK, TRACK

HEIGHT = 410  # each chart: three side by side under the counts fit a 1280 x 720 projector
SIZE = 22  # no text under 22 px on a projector
NAME_WRAP = 16  # characters per line of an archetype's name, so long names leave the bars their room
# characters per line of a dimension's label: every English one fits on one line; a longer translation
# ("Habilidades y conocimientos") takes two, rather than squeezing a third of a projector to a sliver of bars
LABEL_WRAP = 21


def wrapped(label: str, width: int = LABEL_WRAP) -> str:
    """The label broken into lines of at most `width` characters (Plotly's <br>), whole words kept."""
    return "<br>".join(textwrap.wrap(label, width)) or label


def dimension_labels(content: Content, language: str = "en") -> dict[str, tuple[str, str]]:
    """{dimension id: (label, group)} in the order the questionnaires declare them."""
    return {d.id: (translate(d.label, language), d.group) for q in content.questionnaires for d in q.dimensions}


def dimension_poles(content: Content, language: str = "en") -> dict[str, tuple[str, str]]:
    """{dimension id: (what a low score means, what a high score means)} for the two-pole dimensions."""
    return {
        d.id: (translate(d.low, language), translate(d.high, language))
        for q in content.questionnaires
        for d in q.dimensions
        if d.low and d.high
    }


def _room_layout(fig: go.Figure, title: str, left: int) -> go.Figure:
    fig.update_layout(
        template="none",  # the default template is most of a figure's JSON, re-sent on every refresh
        title={"text": title, "font": {"size": SIZE + 4, "color": INK}},
        font={"size": SIZE, "color": INK, "family": "Source Sans Pro, Arial, sans-serif"},
        height=HEIGHT,
        margin={"l": left, "r": 30, "t": 56, "b": 40},
        plot_bgcolor="white",
        paper_bgcolor="white",
        showlegend=False,
    )
    fig.update_yaxes(showgrid=False, ticks="", automargin=True)
    return fig


NO_KIND = _("No kind of mentor is yet the first choice of %(least)s or more people.")


def top_kinds_chart(
    counts: list[tuple[str, int]], names: dict[str, str], title: str, shown: int = 6, language: str = "en"
) -> go.Figure:
    """How many people have each kind of mentor first (or in their top three): most at the top, counts printed.
    With none listed (each had fewer than SMALL_CELL people), a sentence says so in place of empty axes."""
    rows = list(reversed(counts[:shown]))  # plotly draws the first category at the bottom
    fig = go.Figure(
        go.Bar(
            x=[n for _kind, n in rows],
            y=[wrapped(names.get(a, a), NAME_WRAP) for a, _count in rows],
            orientation="h",
            marker={"color": ACCENT, "line": {"color": INK, "width": 1}},
            text=[str(n) for _kind, n in rows],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    most = max((n for _kind, n in rows), default=1)
    fig.update_xaxes(range=[0, most * 1.2], dtick=max(1, most // 4), gridcolor=TRACK, showgrid=True)
    # room for `shown` bars whatever their number, the first at the top: one kind is one bar, not a wall
    fig.update_yaxes(range=[len(rows) - 0.5 - shown, len(rows) - 0.5])
    _room_layout(fig, title, 10)
    if not rows:
        fig.update_xaxes(visible=False)
        fig.update_yaxes(visible=False)
        words = wrapped(_(NO_KIND, language) % {"least": SMALL_CELL}, 30)
        fig.add_annotation(x=0.5, y=0.5, xref="paper", yref="paper", text=words, showarrow=False)
    return fig


ROOM_ROWS = 7  # a thirds chart without end words keeps room for this many bars (the needs are seven)
THIRD_WORDS = (_("low"), _("middle"), _("high"))  # a dimension's thirds of 0-100, as the room's charts name them
THIRD_COLOURS = (PALETTE[4], PALETTE[0], PALETTE[5])  # colour-blind safe, and told apart in grey as light/mid/dark


# A row's two ends share one line under its bar when together they fit the bar's width at 22 px with the sidebar open
# (about 600 px: 57 characters); else each is wrapped to its own half. Rows are placed in pixels, one unit of y a
# pixel, so a row whose words take a second line is that line taller and the others keep their size.
POLES_ON_ONE_LINE = 57
POLE_WRAP = 28
# pixels: a bar (its 22 px count fits inside, upright), a line of end words under it (Plotly's 1.3 line height),
# the space before the next bar; eight rows, three with a second line (Spanish), fit a 720 px high screen
BAR, LINE, ROW_GAP = 32, 29, 4
POLES_TOP = 58  # the title with the key beside it: the whole width has room for both on one line


def _pole_lines(low: str, high: str) -> tuple[str, str]:
    """The two ends' words (as Plotly text: escaped, lines joined by <br>), each wrapped to half the bar when both
    do not fit on one line."""
    if len(low) + len(high) <= POLES_ON_ONE_LINE:
        return html.escape(low), html.escape(high)
    return _halved(low), _halved(high)


def _halved(words: str) -> str:
    """Words longer than half the bar in two lines of about equal length (no last word left alone on a line)."""
    if len(words) <= POLE_WRAP:
        return html.escape(words)
    width = next((w for w in range((len(words) + 1) // 2, POLE_WRAP) if len(textwrap.wrap(words, w)) == 2), POLE_WRAP)
    return "<br>".join(html.escape(line) for line in textwrap.wrap(words, width)) or html.escape(words)


def _rows(ends: list[tuple[str, str]]) -> tuple[list[float], float]:
    """Each row's bar centre in pixels from the top of the plot, and the plot's height."""
    rows, top = [], 0.0
    for low, high in ends:
        rows.append(top + BAR / 2)
        lines = 1 + max(low.count("<br>"), high.count("<br>")) if low or high else 0
        top += BAR + LINE * lines + ROW_GAP
    return rows, top - ROW_GAP / 2


def thirds_chart(
    thirds: dict[str, tuple[int, ...]],
    labels: dict[str, tuple[str, str]],
    title: str,
    language: str = "en",
    poles: dict[str, tuple[str, str]] | None = None,
) -> go.Figure:
    """How many people are in the low, middle and high third of each dimension: one stacked bar per dimension, in
    the questionnaires' order, each part's count printed on it. Counts only: no mean or median to work back from.
    Given `poles`, what the low end means is printed under each bar's left end and the high end's under its right."""
    order = [d for d in labels if d in thirds] + sorted(set(thirds) - set(labels))
    names = [wrapped(labels.get(d, (d, ""))[0]) for d in order]
    ends = [_pole_lines(*poles.get(d, ("", ""))) for d in order] if poles else []
    rows, top = _rows(ends) if poles else (names, 0.0)
    fig = go.Figure()
    for i, (words, colour) in enumerate(zip(THIRD_WORDS, THIRD_COLOURS, strict=True)):
        counts = [thirds[d][i] for d in order]
        fig.add_trace(
            go.Bar(
                x=counts,
                y=rows,
                width=BAR if poles else None,
                customdata=names,
                orientation="h",
                name=_(words, language),
                marker={"color": colour, "line": {"color": "white", "width": 2}},
                text=[str(n) if n else "" for n in counts],
                textposition="inside",
                insidetextanchor="middle",
                textangle=0,  # a count is read upright, never turned on its side in a thin bar
                textfont={"color": "white" if i else INK},
                hovertemplate="%{customdata}: %{x} " + _(words, language) + "<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(showticklabels=False, showgrid=False, zeroline=False)
    # room for ROOM_ROWS bars, the first at the top: one need drawn is a bar, not a block filling the chart
    fig.update_yaxes(range=[max(len(order), ROOM_ROWS) - 0.5, -0.5])
    # the key on a line under the title (a legend would wrap in the narrow plot area the labels leave)
    key = " ".join(
        f"<span style='color:{colour}'>\u25a0</span> {html.escape(_(words, language))}"
        for words, colour in zip(THIRD_WORDS, THIRD_COLOURS, strict=True)
    )
    between = "&nbsp;&nbsp;&nbsp;" if poles else "<br>"
    _room_layout(fig, f"{html.escape(title)}{between}<span style='font-size:{SIZE}px'>{key}</span>", 10)
    fig.update_layout(margin={"t": POLES_TOP if poles else 84})
    if poles:
        _print_poles(fig, rows, ends, names, top, max((sum(thirds[d]) for d in order), default=1) or 1)
    return fig


def _print_poles(
    fig: go.Figure, rows: list, ends: list[tuple[str, str]], names: list[str], top: float, most: int
) -> None:
    """Each row's end words just under its bar, and the plot sized a pixel per unit of y so the rows keep their
    pixels; every bar spans the whole width, so the words sit under the third they name."""
    for y, (low, high) in zip(rows, ends, strict=True):
        for x, words, anchor in ((0, low, "left"), (1, high, "right")):
            if words:
                fig.add_annotation(
                    x=x, xref="paper", y=y + BAR / 2, yanchor="top", text=words, xanchor=anchor, align=anchor,
                    showarrow=False,
                )  # fmt: skip
    fig.update_xaxes(range=[0, most])
    fig.update_yaxes(autorange=False, range=[top, 0], tickvals=rows, ticktext=names)
    fig.update_layout(height=POLES_TOP + round(top) + 8, margin={"b": 8})

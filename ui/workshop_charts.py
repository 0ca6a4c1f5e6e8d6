"""The projector view's charts: the group's top kinds of mentor, its needs profile and the spread of style and time."""

from __future__ import annotations

import textwrap

import plotly.graph_objects as go

from mentorfinder.chart_rows import ChartRow
from mentorfinder.content import Content
from mentorfinder.i18n import _
from mentorfinder.rules import ACCENT, GROUP_COLOURS
from mentorfinder.schema import translate

from .figures import INK, TRACK, bar_chart

SPREAD_GROUPS = ("style", "availability")  # two-pole groups whose spread the room sees
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


def top_kinds_chart(counts: list[tuple[str, int]], names: dict[str, str], title: str, shown: int = 6) -> go.Figure:
    """How many people have each kind of mentor first (or in their top three): most at the top, counts printed."""
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
    return _room_layout(fig, title, 10)


def needs_chart(needs: dict[str, float], labels: dict[str, tuple[str, str]], language: str = "en") -> go.Figure:
    """The group's mean percent per need, highest first (the profile page's bars)."""
    rows = [ChartRow(d, wrapped(labels.get(d, (d, ""))[0]), p, "", "") for d, p in needs.items()]
    rows.sort(key=lambda r: (-r.percent, r.label))
    fig = bar_chart(rows, GROUP_COLOURS["needs"], _("The group's needs (mean)", language), large=True)
    fig.update_layout(height=HEIGHT, margin={"l": 10, "r": 30, "t": 56, "b": 40})
    fig.update_xaxes(tickvals=[0, 50, 100])  # a third of a projector has room for three ticks, not five
    return fig


def dimension_poles(content: Content, language: str = "en") -> dict[str, tuple[str, str]]:
    """{dimension id: (what a low score means, what a high score means)} for the two-pole dimensions."""
    return {
        d.id: (translate(d.low, language), translate(d.high, language))
        for q in content.questionnaires
        for d in q.dimensions
        if d.low and d.high
    }


# A row's two pole phrases share one line when together they fit the track (at 22 px, with the sidebar open);
# else each is wrapped to its own half. Rows are placed in pixels, so only a row with a second line is taller.
POLES_ON_ONE_LINE = 56
POLE_WRAP = 28
TRACK_ROOM, LINE = 52, 26  # pixels per row: the track with its diamond, then each line of pole words


def _pole_lines(low: str, high: str) -> tuple[str, str]:
    """The two ends' words, each wrapped to half the track when both do not fit on one line."""
    if len(low) + len(high) <= POLES_ON_ONE_LINE:
        return low, high
    return wrapped(low, POLE_WRAP), wrapped(high, POLE_WRAP)


def spread_chart(
    spread: dict[str, tuple[float, float, float]],
    labels: dict[str, tuple[str, str]],
    language: str = "en",
    poles: dict[str, tuple[str, str]] | None = None,
) -> go.Figure:
    """Style and availability, drawn the width of the screen: for each dimension the middle half of the group as a
    thick bar and the median as a diamond on 0–100, with what each end means printed under that end."""
    order = [d for d, (_label, group) in labels.items() if group in SPREAD_GROUPS and d in spread]
    order += sorted(set(spread) - set(order))
    ends = [_pole_lines(*(poles or {}).get(d, ("", ""))) for d in order]
    rows, top = [], TRACK_ROOM / 2  # each row's track, in pixels from the top of the plot
    for low, high in ends:
        rows.append(top)
        top += TRACK_ROOM + LINE * max(low.count("<br>"), high.count("<br>"), 0 if low or high else -1) + LINE
    fig = go.Figure(
        go.Scatter(  # every track and range as one broken line each (None splits it): two traces in all
            x=[x for _ in order for x in (0, 100, None)],
            y=[y for y in rows for y in (y, y, None)],
            mode="lines",
            line={"color": TRACK, "width": 8},
            hoverinfo="skip",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=[x for d in order for x in (spread[d][0], spread[d][2], None)],
            y=[y for y in rows for y in (y, y, None)],
            mode="lines",
            line={"color": GROUP_COLOURS["style"], "width": 18},
            hoverinfo="skip",
        )
    )
    names = [wrapped(labels.get(d, (d, ""))[0]) for d in order]
    fig.add_trace(
        go.Scatter(
            x=[spread[d][1] for d in order],
            y=rows,
            customdata=names,
            mode="markers",
            cliponaxis=False,
            marker={"size": 20, "color": INK, "symbol": "diamond", "line": {"color": "white", "width": 2}},
            hovertemplate="%{customdata}: " + _("median", language) + " %{x:.0f}<extra></extra>",
        )
    )
    for y, (low, high) in zip(rows, ends, strict=True):
        for x, words, anchor in ((0, low, "left"), (100, high, "right")):
            if words:
                fig.add_annotation(
                    x=x, y=y, text=words, xanchor=anchor, align=anchor, yanchor="top", yshift=-14, showarrow=False
                )
    # 0 and 100 sit inside the plot, so a diamond at either end stays clear of the names on its left
    fig.update_xaxes(range=[-3, 103], showticklabels=False, showgrid=False, zeroline=False)
    fig.update_yaxes(range=[top, 0], tickvals=rows, ticktext=names, ticklabelstandoff=16, zeroline=False)
    fig = _room_layout(fig, "", 10)
    fig.update_layout(height=round(top) + 20, margin={"t": 10, "b": 10})  # a pixel of plot per unit of y
    return fig

"""Profile -> Plotly figures for the screen, plus the table rows that are every chart's text alternative."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from mentorfinder.i18n.catalogue import _
from mentorfinder.matching.model import label_words
from mentorfinder.present.chart_rows import ChartRow, group_rows, groups_in, percent_text
from mentorfinder.present.rules import (
    ACCENT,
    BIPOLAR_GROUPS,
    GROUP_COLOURS,
    PALETTE,
    POLE_EDGE,
    group_title,
    whole_percent,
)
from mentorfinder.scoring.profile import Profile

CHART_CONFIG = {"displayModeBar": False}  # every chart's Plotly config: no toolbar over a chart on a phone
TRACK = "#D9D9D9"
INK = "#111111"


class SentFigure(go.Figure):
    """A figure built once and then only sent: st.plotly_chart converts a figure with to_dict() on every rerun,
    Plotly walking every property again (a tenth of the profile page's rerun for its five charts). A memoised
    figure (ui/memo.py) never changes after it is built, so its dict is made on the first send and kept."""

    _as_dict: dict | None = None

    def to_dict(self) -> dict:
        """The figure as a dict, made once (the same dict each time: Streamlit only reads it)."""
        if self._as_dict is None:
            self._as_dict = super().to_dict()
        return self._as_dict


@dataclass(frozen=True)
class ProfileChart:
    """One group's chart: title, figure and the same numbers as rows for a table."""

    group: str
    title: str
    figure: go.Figure
    table: list[dict[str, str]]


def table_rows(rows: list[ChartRow], bipolar: bool, group: str = "needs", language: str = "en") -> list[dict[str, str]]:
    """The chart as table rows: for two-pole groups, where the person sits between the poles in words."""
    if not bipolar:
        name = _("Need", language) if group == "needs" else _("Scale", language)  # "Need": the needs group's only
        return [{name: r.label, _("Score", language): percent_text(r, language=language)} for r in rows]
    heads = _("Dimension", language), _("Leans towards", language), _("Position (0 = left, 100 = right)", language)
    return [dict(zip(heads, (r.label, leaning(r, language), percent_text(r, "")), strict=True)) for r in rows]


def leaning(row: ChartRow, language: str = "en") -> str:
    """Which pole a two-pole score leans to, in words."""
    if row.percent >= 50 + POLE_EDGE:  # the same edges as the words of explain.pole
        return row.high or _("high", language)
    if row.percent <= 50 - POLE_EDGE:
        return row.low or _("low", language)
    if row.low and row.high:
        return _("balanced (%(low)s / %(high)s)", language) % {"low": row.low, "high": row.high}
    return _("balanced", language)


def _layout(
    fig: go.Figure, count: int, large: bool, title: str, template: go.layout.Template | None = None
) -> go.Figure:
    size = 22 if large else 14
    fig.update_layout(
        # An empty template: the default one is 95% of each figure's JSON, re-sent on every rerun.
        template=template or "none",
        title={"text": title, "font": {"size": size + 4, "color": INK}},
        font={"size": size, "color": INK, "family": "Source Sans Pro, Arial, sans-serif"},
        height=max(220, (60 if large else 46) * count + 110),
        margin={"l": 10, "r": 20, "t": 60, "b": 40},
        plot_bgcolor="white",
        paper_bgcolor="white",
        showlegend=False,
    )
    return fig


def bar_chart(rows: list[ChartRow], colour: str, title: str, large: bool = False, language: str = "en") -> go.Figure:
    """Horizontal bars, highest at the top, each labelled with its percent (colour is never the only cue)."""
    ordered = list(reversed(rows))  # plotly draws the first category at the bottom
    sign = whole_percent(0, language).removeprefix("0")  # "%", or in Spanish a no-break space and "%"
    fig = SentFigure(
        go.Bar(
            x=[r.percent for r in ordered],
            y=[r.label for r in ordered],
            orientation="h",
            marker={"color": colour, "line": {"color": INK, "width": 1}},
            text=[percent_text(r, language=language) for r in ordered],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x:.0f}" + sign + "<extra></extra>",
        )
    )
    fig.update_xaxes(range=[0, 112], ticksuffix=sign, gridcolor=TRACK, tickvals=[0, 25, 50, 75, 100], showgrid=True)
    fig.update_yaxes(showgrid=False, ticks="", automargin=True)
    fig = _layout(fig, len(rows), large, title)
    # "100%" printed past a full bar needs more than the 12% of a phone's plot left beyond 100, with room to spare
    # for a wider fallback font; a space before the sign (Spanish "100 %") takes a few pixels more
    fig.update_layout(margin={"r": (44 if large else 32) + 6 * (len(sign) - 1)})
    return fig


def _wrap(words: str, width: int) -> str:
    """Break a phrase over lines (Plotly's <br>) so it stays inside its half of a narrow screen."""
    lines, line = [], ""
    for word in words.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join(lines + [line])


POLE_WRAP = 16  # characters per line: two pole phrases side by side fit a 390 px phone at 12 px


def pole_chart(rows: list[ChartRow], colour: str, title: str, large: bool = False, language: str = "en") -> go.Figure:
    """Two-pole dimensions: the name above a 0–100 track with a marker, the pole words under each end.

    The whole width belongs to the track (no axis labels beside it), and each pole phrase keeps to its own
    half, so on a phone the two ends never print on top of each other.
    """
    labels = [r.label for r in rows]
    # All the tracks as one broken line (None splits it): one trace instead of one per row keeps this fast.
    track_x = [x for _ in rows for x in (0, 100, None)]
    track_y = [y for label in labels for y in (label, label, None)]
    fig = SentFigure(
        go.Scatter(x=track_x, y=track_y, mode="lines", line={"color": TRACK, "width": 10}, hoverinfo="skip")
    )
    fig.add_trace(
        go.Scatter(
            x=[r.percent for r in rows],
            y=labels,
            mode="markers",
            cliponaxis=False,  # a marker at 100 is drawn whole, not cut at the edge
            marker={
                "size": 22 if large else 16,
                "color": colour,
                "line": {"color": INK, "width": 2},
                "symbol": "diamond",
            },
            hovertemplate="%{y}: %{x:.0f}<extra></extra>",
        )
    )
    size = 22 if large else 12  # projector mode: no line of text under 22 px
    # What every pole phrase shares is said once, in the figure's template, not in each of the 2 per row: the
    # figure is converted and sent again on every rerun, and its annotations were most of that.
    shared = {"showarrow": False, "yanchor": "top", "yshift": -12, "font": {"size": size, "color": INK}}
    lines = 3  # a row has room for pole phrases of three lines; a longer one (Spanish runs longer) widens every row
    for r in rows:
        fig.add_annotation(
            x=50, y=r.label, text=f"<b>{r.label}</b>", yanchor="bottom", yshift=12, font={"size": size + 2}
        )
        ends = ((0, r.low or _("low", language), "left"), (100, r.high or _("high", language), "right"))
        for x, words, anchor in ends:
            # a projector is wide
            text = _wrap(words, POLE_WRAP * 2 if large else POLE_WRAP)
            lines = max(lines, text.count("<br>") + 1)
            fig.add_annotation(x=x, y=r.label, text=text, xanchor=anchor, align=anchor)
    fig.update_xaxes(range=[-4, 104], showticklabels=False, showgrid=False, zeroline=False)
    fig.update_yaxes(autorange="reversed", showticklabels=False, showgrid=False)
    fig = _layout(fig, len(rows), large, title, go.layout.Template(layout={"annotationdefaults": shared}))
    fig.update_layout(
        height=((190 if large else 120) + (lines - 3) * (size + 6)) * len(rows) + 70,
        margin={"l": 10, "r": 10, "t": 60, "b": (90 if large else 60) + (lines - 3) * (size + 6)},
    )
    return fig


def match_chart(matches: list, large: bool = False, language: str = "en") -> go.Figure:
    """The shortlist at a glance: one bar per archetype (best at the top) with its percent; the fit label sits
    under the name, so nothing runs off the right edge of a phone."""
    rows = [ChartRow(m.archetype, f"{m.name}<br>{label_words(m.label, language)}", m.percent, "", "") for m in matches]
    fig = bar_chart(rows, ACCENT, _("Your top matches at a glance", language), large, language)
    fig.update_layout(height=max(260, (76 if large else 58) * len(rows) + 110))
    return fig


def profile_charts(profile: Profile, large: bool = False, language: str = "en") -> list[ProfileChart]:
    """One chart per group present in the profile, in display order, with its table alternative."""
    charts = []
    for i, group in enumerate(groups_in(profile)):
        rows = group_rows(profile, group)
        if not rows:
            continue
        colour = GROUP_COLOURS.get(group, PALETTE[i % len(PALETTE)])
        title = group_title(group, language)
        bipolar = group in BIPOLAR_GROUPS
        figure = (
            pole_chart(rows, colour, title, large, language)
            if bipolar
            else bar_chart(rows, colour, title, large, language)
        )
        charts.append(ProfileChart(group, title, figure, table_rows(rows, bipolar, group, language)))
    return charts

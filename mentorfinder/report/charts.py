"""The profile charts drawn as PDF vectors from chart_rows's rows (the same numbers as the on-screen charts).

Amount groups (needs, readiness) are horizontal bars with the percent; two-pole groups (style,
availability, fit) are a marker on a track between the low and the high words. Every function takes
`dry`: measure only, so a caller can keep a chart on one page; each returns the height used.
"""

from __future__ import annotations

from mentorfinder.present.chart_rows import ChartRow, percent_text
from mentorfinder.present.rules import ACCENT, GROUP_COLOURS, group_title, whole_percent
from mentorfinder.report.layout import INK, MUTED, TRACK, WHITE, Doc, fit_line, rgb, tint

ROW_H = 5.6  # one bar row
LABEL_SIZE = 7.6
POLE_SIZE = 6.6
POLE_LINE = 2.7


def group_heading(doc: Doc, x: float, y: float, width: float, group: str, dry: bool = False) -> float:
    """A small coloured square and the group's title; returns its height."""
    if not dry:
        doc.set_fill_color(*rgb(GROUP_COLOURS.get(group, ACCENT)))
        doc.rect(x, y + 1.1, 2.6, 2.6, style="F")
        doc.style_text(8.6, "B", INK)
        doc.set_xy(x + 4.2, y)
        doc.cell(width - 4.2, 4.8, fit_line(doc, group_title(group, doc.language), width - 4.2))
    return 6.4


def bars(doc: Doc, x: float, y: float, width: float, rows: list[ChartRow], group: str, dry: bool = False) -> float:
    """Horizontal bars, 0–100, labelled left with the percent at the end of each bar."""
    colour = GROUP_COLOURS.get(group, ACCENT)
    height = group_heading(doc, x, y, width, group, dry)
    doc.style_text(LABEL_SIZE, "", INK)
    longest = max((doc.measure(doc.normalize_text(r.label)) for r in rows), default=0.0)
    label_w = min(max(longest + 1.5, width * 0.3), width * 0.52)  # room for the longest label, within reason
    doc.style_text(LABEL_SIZE, "B", INK)
    value_w = doc.get_string_width(whole_percent(100, doc.language)) + 1  # "100 %" is wider than "100%"
    doc.style_text(LABEL_SIZE, "", INK)
    track_x, track_w = x + label_w + 2, width - label_w - 2 - value_w - 1
    if dry:
        return height + ROW_H * len(rows)
    for i, row in enumerate(rows):
        top = y + height + i * ROW_H
        doc.style_text(LABEL_SIZE, "", INK)
        doc.set_xy(x, top)
        doc.cell(label_w, ROW_H - 1, fit_line(doc, row.label, label_w))
        doc.set_fill_color(*TRACK)
        doc.rect(track_x, top + 1.1, track_w, 2.8, style="F", round_corners=True, corner_radius=1.4)
        filled = track_w * max(0.0, min(row.percent, 100.0)) / 100
        if filled > 0.4:
            doc.set_fill_color(*rgb(colour))
            doc.rect(track_x, top + 1.1, max(filled, 2.8), 2.8, style="F", round_corners=True, corner_radius=1.4)
        doc.style_text(LABEL_SIZE, "B", INK)
        doc.set_xy(track_x + track_w + 1, top)
        doc.cell(value_w, ROW_H - 1, percent_text(row, language=doc.language) if row.answered else "\u2013", align="R")
    return height + ROW_H * len(rows)


def _position_row(doc: Doc, x: float, y: float, width: float, row: ChartRow, colour: str, dry: bool) -> float:
    label_w = min(30.0, width * 0.2)
    pole_w = (width - label_w - 2) * 0.34
    track_w = width - label_w - 2 - 2 * pole_w - 6
    doc.style_text(POLE_SIZE, "", MUTED)
    low, high = doc.lines(row.low, pole_w)[:2], doc.lines(row.high, pole_w)[:2]
    doc.style_text(LABEL_SIZE, "B", INK)
    label = doc.lines(row.label, label_w)[:2]
    height = max(len(low), len(high), 1) * POLE_LINE + 2.6
    height = max(height, len(label) * 3.2 + 2.0)
    if dry:
        return height
    mid = y + height / 2 - 0.6
    doc.block(x, mid - len(label) * 1.6, label_w, row.label, 3.2, max_lines=2)
    doc.style_text(POLE_SIZE, "", MUTED)
    pole_top = mid - max(len(low), 1) * POLE_LINE / 2
    doc.block(x + label_w + 2, pole_top, pole_w, row.low, POLE_LINE, max_lines=2, align="R")
    track_x = x + label_w + 2 + pole_w + 3
    doc.block(track_x + track_w + 3, mid - max(len(high), 1) * POLE_LINE / 2, pole_w, row.high, POLE_LINE, max_lines=2)
    doc.set_fill_color(*TRACK)
    doc.rect(track_x, mid - 0.7, track_w, 1.4, style="F", round_corners=True, corner_radius=0.7)
    doc.set_draw_color(*tint(MUTED, 0.45))
    doc.set_line_width(0.25)
    doc.line(track_x + track_w / 2, mid - 1.6, track_x + track_w / 2, mid + 1.6)  # the "balance" mark
    cx = track_x + track_w * max(0.0, min(row.percent, 100.0)) / 100
    doc.set_fill_color(*rgb(colour))
    doc.set_draw_color(*WHITE)
    doc.set_line_width(0.5)
    doc.circle(cx, mid, 1.9, style="FD")
    return height


def positions(doc: Doc, x: float, y: float, width: float, rows: list[ChartRow], group: str, dry: bool = False) -> float:
    """One row per two-pole dimension: label, low words, a track with a marker, high words."""
    colour = GROUP_COLOURS.get(group, ACCENT)
    height = group_heading(doc, x, y, width, group, dry)
    for i, row in enumerate(rows):
        if i and not dry:
            doc.set_draw_color(*tint(TRACK, 0.3))
            doc.set_line_width(0.15)
            doc.line(x, y + height, x + width, y + height)
        height += _position_row(doc, x, y + height, width, row, colour, dry)
    return height

"""Page one of the report: the header band, the at-a-glance summary and the profile charts."""

from __future__ import annotations

from mentorfinder.i18n.catalogue import _
from mentorfinder.present.chart_rows import group_rows, groups_in
from mentorfinder.present.rules import ACCENT, BIPOLAR_GROUPS, GROUP_COLOURS, GROUP_ORDER
from mentorfinder.report.charts import bars, positions
from mentorfinder.report.layout import BAND, INK, PANEL, WHITE, Doc, fit_line, keep_together, rgb, section_heading, tint
from mentorfinder.scoring.profile import Profile

NAME_LINES = 2  # a longer name is cut with … rather than pushing the page down


def header_band(doc: Doc, title: str, name: str, date_text: str, kicker: str = "") -> None:
    """The full-width navy band: product line (`kicker`, else the result summary's) and date, title, and the
    person's name if given."""
    width = doc.content_width
    doc.style_text(12.5, "B", WHITE)
    name_rows = doc.lines(name, width)[: NAME_LINES + 1] if name else []
    if len(name_rows) > NAME_LINES:
        name_rows = name_rows[: NAME_LINES - 1] + [fit_line(doc, name_rows[NAME_LINES - 1], width, force_ellipsis=True)]
    height = 31 + len(name_rows) * 6.2
    doc.set_fill_color(*BAND)
    doc.rect(0, 0, doc.w, height, style="F")
    stripe = [g for g in GROUP_ORDER if g in GROUP_COLOURS]
    for i, group in enumerate(stripe):  # a thin stripe in the chart colours ties the band to the charts
        doc.set_fill_color(*rgb(GROUP_COLOURS[group]))
        doc.rect(doc.w * i / len(stripe), height, doc.w / len(stripe) + 0.1, 1.4, style="F")
    doc.style_text(7.5, "B", tint(GROUP_COLOURS["readiness"], 0.25))
    doc.set_xy(doc.l_margin, 10)
    doc.cell(width / 2, 4, kicker or _("MENTOR FINDER  \u00b7  RESULT SUMMARY", doc.language))
    doc.style_text(8, "", tint(BAND, 0.8))
    doc.set_xy(doc.l_margin + width / 2, 10)
    doc.cell(width / 2, 4, date_text, align="R")
    doc.style_text(21, "B", WHITE)
    doc.set_xy(doc.l_margin, 16)
    doc.cell(width, 10, fit_line(doc, title, width))
    doc.style_text(12.5, "B", WHITE)
    for i, row in enumerate(name_rows):
        doc.set_xy(doc.l_margin, 27.5 + i * 6.2)
        doc.cell(width, 6, row)
    doc.set_y(height + 7)


def glance(doc: Doc, sentences: list[str]) -> None:
    """A tinted panel with the plain-language summary of the profile."""
    if not sentences:
        return
    x, y, width = doc.l_margin, doc.get_y(), doc.content_width
    doc.style_text(8.8, "", INK)
    body = " ".join(sentences)
    text_h = doc.block(x + 6, y + 9.5, width - 10, body, 4.3, max_lines=5, dry=True)
    height = text_h + 13
    doc.set_fill_color(*PANEL)
    doc.rect(x, y, width, height, style="F")
    doc.set_fill_color(*rgb(ACCENT))
    doc.rect(x, y, 1.2, height, style="F")
    doc.style_text(9.5, "B", BAND)
    doc.set_xy(x + 6, y + 3.5)
    doc.cell(width - 10, 5, _("At a glance", doc.language))
    doc.style_text(8.8, "", INK)
    doc.block(x + 6, y + 9.5, width - 10, body, 4.3, max_lines=5)
    doc.set_y(y + height + 6)


def profile_charts(doc: Doc, profile: Profile) -> None:
    """Amount groups as bars side by side, then each two-pole group as position rows, full width."""
    groups = groups_in(profile)
    amount = [g for g in groups if g not in BIPOLAR_GROUPS]
    poles = [g for g in groups if g in BIPOLAR_GROUPS]
    caption = _("Scores 0\u2013100 from your answers; markers show where you lean", doc.language)
    section_heading(doc, _("Your profile", doc.language), caption)
    width, gap = doc.content_width, 10.0
    for start in range(0, len(amount), 2):  # two bar charts per row
        pair = amount[start : start + 2]
        col_w = (width - gap) / 2
        heights = [bars(doc, 0, 0, col_w, group_rows(profile, g), g, dry=True) for g in pair]
        keep_together(doc, max(heights))
        y = doc.get_y()
        for i, group in enumerate(pair):
            bars(doc, doc.l_margin + i * (col_w + gap), y, col_w, group_rows(profile, group), group)
        doc.set_y(y + max(heights) + 4)
    for group in poles:
        rows = group_rows(profile, group)
        here = _rows_that_fit(doc, width, rows, group)
        if MIN_SPLIT <= here < len(rows):  # the rest under the same heading on the next page, not a blank band here
            _positions_here(doc, width, rows[:here], group)
            rows = rows[here:]
        keep_together(doc, positions(doc, 0, 0, width, rows, group, dry=True))
        _positions_here(doc, width, rows, group)


MIN_SPLIT = 2  # rows of a two-pole chart kept together at the foot of a page: one alone reads as a stray line


def _rows_that_fit(doc: Doc, width: float, rows: list, group: str) -> int:
    """How many of a two-pole chart's rows, under its heading, fit in what is left of this page."""
    room = doc.bottom - doc.get_y()
    return max(
        (k for k in range(len(rows) + 1) if positions(doc, 0, 0, width, rows[:k], group, dry=True) <= room), default=0
    )


def _positions_here(doc: Doc, width: float, rows: list, group: str) -> None:
    y = doc.get_y()
    height = positions(doc, doc.l_margin, y, width, rows, group)
    doc.set_y(y + height + 3)

"""The facilitator's downloads: the group's aggregate as CSV (spreadsheet-safe) and as a one-page PDF for the room."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

from fpdf import FPDF

from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.dates import date_words
from mentorfinder.i18n.words import translate
from mentorfinder.present.export import neutralise_cell
from mentorfinder.report.fonts.fallbacks import FallbackText
from mentorfinder.report.fonts.load import attach_fonts
from mentorfinder.report.fonts.lookup import FAMILY, fallback_chars, needs_full_font, safe_text

from .group import MIN_SHARED
from .records import GroupView, status_words

CSV_HEADER = ["section", "id", "name", "value", "low", "middle", "high"]
# the CSV's header row and its section and id cells are data names, the same in every language (like option ids
# in an answers file), so a spreadsheet or script reads an export from any room; names and sentences are translated
HIDDEN = _("The group's results appear once at least %(least)s participants have shared.")
PDF_ROWS = 6  # rows per list on the page: what a room can read from the back, and what fits on one page
INK, MUTED, BAR = (33, 37, 41), (108, 117, 125), (46, 111, 158)


def names(content: Any, language: str = "en") -> tuple[dict[str, str], dict[str, str]]:
    """(archetype id -> name, dimension id -> label) in `language`, labels in the questionnaires' order; ids stand in
    for anything unknown."""
    archetypes = {a.id: translate(a.name, language) for a in content.archetypes.archetypes}
    labels = {
        d.id: translate(d.label, language, q.default_language) for q in content.questionnaires for d in q.dimensions
    }
    return archetypes, labels


def poles(content: Any, language: str = "en") -> dict[str, tuple[str, str]]:
    """{dimension id: (what its low end means, what its high end means)} in `language`, for two-pole dimensions."""
    return {
        d.id: (translate(d.low, language, q.default_language), translate(d.high, language, q.default_language))
        for q in content.questionnaires
        for d in q.dimensions
        if d.low and d.high
    }


def hidden_words(language: str = "en") -> str:
    """Why the breakdown is not given yet (fewer than MIN_SHARED have shared), in `language`."""
    return _(HIDDEN, language) % {"least": MIN_SHARED}


def group_csv(view: GroupView, content: Any, now: datetime, language: str = "en") -> str:
    """The aggregate as CSV: the workshop, the counts and the breakdown; never a participant's row.

    Every text cell goes through neutralise_cell, so a title like "=HYPERLINK(...)" opens as text.
    """
    archetypes, labels = names(content, language)
    info = view.info
    rows: list[list[Any]] = [
        ["workshop", "title", info.title],
        ["workshop", "code", info.code],
        ["workshop", "status", info.status],
        ["workshop", "expires_at", info.expires_at.isoformat(timespec="seconds")],
        ["workshop", "exported_at", now.isoformat(timespec="seconds")],
        ["count", "joined", "", view.joined],
        ["count", "finished", "", view.finished],
        ["count", "shared", "", view.shared],
    ]
    if view.breakdown is not None:
        rows.append(["count", "in_picture", "", view.breakdown.shared])
    b = view.breakdown
    if b is None:
        rows.append(["breakdown", "hidden", hidden_words(language)])
    else:
        rows += [["top_archetype", a, archetypes.get(a, a), n] for a, n in b.top_archetypes]
        rows += [["top3_archetype", a, archetypes.get(a, a), n] for a, n in b.top3_archetypes]
        rows += [["need_thirds", d, labels.get(d, d), "", *c] for d, c in b.needs.items()]
        rows += [["style_thirds", d, labels.get(d, d), "", *c] for d, c in b.spread.items()]
        rows += [["withheld", d, labels.get(d, d)] for d in b.withheld]
        rows += [["typical_network", a, archetypes.get(a, a)] for a in b.typical_network]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows([neutralise_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


def group_pdf(view: GroupView, content: Any, now: datetime, language: str = "en") -> bytes:
    """The aggregate on one A4 page: title, code, counts, then the top matches, needs, styles and network."""
    archetypes, labels = names(content, language)
    lines = _page_lines(view, archetypes, labels, now, language, poles(content, language))
    printed = [(kind, safe_text(text), share) for kind, text, share in lines]
    pdf = _Page(
        full_font=any(needs_full_font(text) for _, text, _ in printed),
        chars=frozenset().union(*(fallback_chars(text) for _, text, _ in printed)),
    )
    pdf.scale_size = pdf.size_to_fit([text for kind, text, _ in printed if kind == "scale"])
    for kind, text, share in printed:
        pdf.line_of(kind, text, share)
    return bytes(pdf.output())


def _page_lines(
    view: GroupView, archetypes: dict, labels: dict, now: datetime, language: str, ends: dict | None = None
) -> list[tuple[str, str, float]]:
    """(kind, text, bar share 0..1) for each line of the page, in order, in `language`; a style or time line names
    what the low and the high end of its scale mean (`ends`: dimension id -> (low words, high words))."""
    info, b = view.info, view.breakdown
    status = status_words(info.status, language)
    made = _("Workshop %(code)s \u00b7 %(day)s \u00b7 %(status)s", language)
    counts = _("%(joined)s joined \u00b7 %(finished)s finished \u00b7 %(shared)s shared", language)
    lines = [
        ("title", info.title, 0.0),
        ("muted", made % {"code": info.code, "day": date_words(now.date(), language), "status": status}, 0.0),
        ("counts", counts % {"joined": view.joined, "finished": view.finished, "shared": view.shared}, 0.0),
    ]
    if b is None:
        return [*lines, ("text", hidden_words(language), 0.0)]
    most = max([n for _name, n in b.top3_archetypes] or [1])
    lines.append(("heading", _("Most common first match", language), 0.0))
    lines += _counted(b.top_archetypes, archetypes, b.shared, language)
    lines.append(("heading", _("Most often in the top three", language), 0.0))
    lines += _counted(b.top3_archetypes, archetypes, most, language)
    thirds = _("%(label)s: low %(low)s \u00b7 middle %(middle)s \u00b7 high %(high)s", language)
    scale = _(
        "%(label)s (%(low_end)s \u2194 %(high_end)s): low %(low)s \u00b7 middle %(middle)s \u00b7 high %(high)s",
        language,
    )
    for heading, counts, kind in (
        (_("What the group needs (people in each third)", language), b.needs, "text"),
        (_("How the group likes to work (people in each third)", language), b.spread, "scale"),
    ):
        if counts:
            lines.append(("heading", heading, 0.0))
            order = [d for d in labels if d in counts] + sorted(set(counts) - set(labels))  # as the room saw them
            for d in order[: PDF_ROWS + 2]:
                low, middle, high = counts[d]
                values = {"label": labels.get(d, d), "low": low, "middle": middle, "high": high}
                if kind == "scale" and d in (ends or {}):
                    values.update(low_end=ends[d][0], high_end=ends[d][1])
                    lines.append(("scale", scale % values, 0.0))
                else:
                    lines.append(("text", thirds % values, 0.0))
    if b.typical_network:
        lines.append(("heading", _("Typical mentoring network", language), 0.0))
        lines.append(("text", " + ".join(archetypes.get(a, a) for a in b.typical_network), 0.0))
    return lines


def _counted(counts: list[tuple[str, int]], archetypes: dict, full: int, language: str) -> list[tuple[str, str, float]]:
    """Bars of the first PDF_ROWS counts, and a line saying how many more the CSV has."""
    lines = [("bar", f"{archetypes.get(a, a)}: {n}", n / full) for a, n in counts[:PDF_ROWS]]
    if len(counts) > PDF_ROWS:
        more = len(counts) - PDF_ROWS  # said as a number: 'and 1 more' reads well in both languages
        lines.append(("muted", _("and %(more)s more (all in the CSV)", language) % {"more": more}, 0.0))
    return lines


class _Page(FallbackText, FPDF):
    """One A4 page in the report's DejaVu Sans (and its fallback fonts for Arabic, Hebrew and CJK titles and
    names); nothing ever flows onto a second page."""

    def __init__(self, full_font: bool, chars: frozenset[str]):
        super().__init__(format="A4")
        self.set_auto_page_break(False)
        self.set_margins(18, 16, 18)
        self.full_font = full_font
        attach_fonts(self, full_font)  # the report's fonts, parsed once per process
        self.use_fallbacks(chars, {})  # switched on per line, as the report does
        self.scale_size = 10.0
        self.add_page()

    def size_to_fit(self, texts: list[str], largest: float = 10.0, smallest: float = 8.0) -> float:
        """The largest type size, in half points, at which every one of `texts` fits one line (a scale's line with
        its two ends runs long, in Spanish most); the smallest when some never fit (they are then cut)."""
        width = self.w - self.l_margin - self.r_margin - 2 * self.c_margin
        size = largest
        while size > smallest:
            self.set_font(FAMILY, "", size)
            if all(self.get_string_width(text) <= width for text in texts):
                break
            size -= 0.5
        return size

    def line_of(self, kind: str, text: str, share: float) -> None:
        """Draw one line; lines that would fall off the page are left out (the CSV has everything)."""
        size, style, colour, gap = {
            "title": (20, "B", INK, 3),
            "muted": (10, "", MUTED, 2),
            "counts": (13, "B", INK, 2),
            "heading": (12, "B", INK, 5),
            "bar": (10, "", INK, 0),
            "text": (10, "", INK, 0),
            "scale": (self.scale_size, "", INK, 0),  # every style and time line at one size, the largest that fits
        }[kind]
        height = size * 0.5 + 1
        if self.get_y() + gap + height > self.h - self.b_margin:
            return
        self.set_y(self.get_y() + gap)
        self.set_font(FAMILY, style, size)
        self.set_text_color(*colour)
        width = self.w - self.l_margin - self.r_margin
        if kind == "title":  # a title wraps (120 characters take three lines at most)
            with self.fonts_for(text):
                self.multi_cell(width, height, text, align="L", new_x="LMARGIN", new_y="NEXT")
            return
        if kind == "bar":
            self.set_fill_color(*BAR)
            self.rect(self.l_margin, self.get_y() + 1, max(0.5, 60 * min(1.0, share)), height - 2, style="F")
            self.set_x(self.l_margin + 64)
            width -= 64
        with self.fonts_for(text):
            self.cell(width, height, self.fitted(text, width - 2 * self.c_margin), new_x="LMARGIN", new_y="NEXT")

    def fitted(self, text: str, width: float) -> str:
        """The text, cut with an ellipsis where it would run past `width` (long names stay on their line)."""
        if self.get_string_width(text) <= width:
            return text
        while text and self.get_string_width(text + "\u2026") > width:
            text = text[:-1]
        return text.rstrip() + "\u2026"

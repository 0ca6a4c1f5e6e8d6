"""The PDF's page, colours and text primitives: a Doc (fpdf2) that measures before it draws."""

from __future__ import annotations

from mentorfinder.i18n.catalogue import _
from mentorfinder.present.rules import ACCENT
from mentorfinder.report.fonts.fallbacks import FallbackText
from mentorfinder.report.fonts.load import attach_fonts
from mentorfinder.report.fonts.lookup import FAMILY, printable
from mentorfinder.report.pdflib import FPDF, XPos, YPos
from mentorfinder.report.wrap import wrap

PAPERS = {"a4": "A4", "letter": "Letter"}
MARGIN = 15.0
FOOTER = 12.0  # space kept clear at the bottom for the page number line
ELLIPSIS = "\u2026"

INK = (33, 37, 41)
MUTED = (96, 105, 115)
RULE = (214, 219, 224)
TRACK = (229, 233, 237)
PANEL = (243, 246, 249)
BAND = (16, 42, 67)  # the header band: deep navy, white text on it has a contrast ratio above 12:1
WHITE = (255, 255, 255)
# Fit labels in the Okabe–Ito palette, as on screen.


def rgb(colour: str | tuple[int, int, int]) -> tuple[int, int, int]:
    """'#0072B2' -> (0, 114, 178); tuples pass through."""
    if isinstance(colour, tuple):
        return colour
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def tint(colour: str | tuple[int, int, int], amount: float) -> tuple[int, int, int]:
    """The colour mixed with white: amount 0 is the colour, 1 is white."""
    return tuple(round(c + (255 - c) * amount) for c in rgb(colour))


# What a measuring document skips: shapes and the colours and line widths they are drawn with. None of
# them moves the cursor or changes a page break, so the measured layout is the drawn one.
DRAWING = ("rect", "circle", "line", "set_fill_color", "set_draw_color", "set_line_width", "set_text_color")


def _draw_nothing(*args, **kwargs) -> None:
    return None


class Doc(FallbackText, FPDF):
    """An fpdf2 document with the report's fonts, running header and page-numbered footer."""

    language = "en"  # the reader's language: each section says its fixed text in it

    def __init__(
        self,
        paper: str = "a4",
        full_font: bool = False,
        running_title: str | tuple[str, str, str] = "",
        footer_text: str = "",
        measuring=False,
        memo: dict | None = None,
        fallback_chars: frozenset[str] = frozenset(),
    ):
        super().__init__(orientation="P", unit="mm", format=PAPERS[paper])
        self.full_font = full_font
        self.measuring = measuring  # lay out and paginate, but write no text and draw no shapes: to choose a level
        # The same labels and sentences are made printable and wrapped many times per report; the memo
        # is the report's own (never process-wide), so a person's name and answers do not outlive their PDF.
        self.memo = {} if memo is None else memo
        self.needed_full_font = False  # set when some text is outside the fast font subset
        self.fallback_seen: set[str] = set()  # the fallback characters its text needs
        self.running_title = running_title
        self.footer_text = footer_text
        attach_fonts(self, full_font)
        self.use_fallbacks(fallback_chars, self.memo)  # switched on per cell (see cell)
        if measuring:
            for name in DRAWING:
                setattr(self, name, _draw_nothing)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, MARGIN + FOOTER)
        self.set_font(FAMILY, size=9)
        self.set_text_color(*INK)
        self.c_margin = 0

    @property
    def content_width(self) -> float:
        """Width between the margins."""
        return self.w - self.l_margin - self.r_margin

    @property
    def bottom(self) -> float:
        """The lowest y content may reach on a page."""
        return self.page_break_trigger

    def normalize_text(self, text: str) -> str:
        """Every string fpdf2 prints or measures passes here: apply the fallback glyph rule."""
        if text not in self.memo:
            self.memo[text] = printable(text)
        text, needs_full, fallback = self.memo[text]
        if needs_full and not self.full_font:
            self.needed_full_font = True
        self.fallback_seen.update(fallback)
        return super().normalize_text(text)

    @property
    def needs_other_fonts(self) -> bool:
        """True when some text needs fonts this document was not given: draw it again with them."""
        return (self.needed_full_font and not self.full_font) or not self.fallback_seen <= self.fallback_chars

    def cell(self, w=None, h=None, text="", *args, **kwargs):
        """fpdf2's cell; when measuring, only move the cursor as the cell would."""
        if not self.measuring:
            with self.fonts_for(text):
                return super().cell(w, h, text, *args, **kwargs)
        self.normalize_text(text)
        if kwargs.get("new_y") == YPos.NEXT:
            self.x, self.y = self.l_margin, self.y + (h or 0)
        else:
            self.x += w or 0
        return False

    def header(self) -> None:
        """Pages after the first get a slim band with the running title."""
        if self.page_no() == 1:
            return
        self.set_fill_color(*BAND)
        self.rect(0, 0, self.w, 9, style="F")
        self.style_text(7.5, "B", WHITE)
        self.set_xy(MARGIN, 2.6)
        if isinstance(self.running_title, str):
            self.cell(self.content_width, 4, fit_line(self, self.running_title, self.content_width))
        else:  # (before, right-to-left name, after): each its own cell, so the name cannot reorder the rest
            before, name, after = (self.normalize_text(part) for part in self.running_title)
            room = self.content_width - self.measure(before) - self.measure(after)
            for part in (before, fit_line(self, name, room), after):
                self.cell(self.measure(part), 4, part)
        self.set_y(MARGIN + 1)

    def footer(self) -> None:
        """A hairline, the footer text and 'Page n of N'."""
        y = self.h - MARGIN - 4
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        self.line(MARGIN, y - 2, self.w - MARGIN, y - 2)
        self.style_text(7, "", MUTED)
        self.set_xy(MARGIN, y)
        self.cell(self.content_width * 0.7, 4, fit_line(self, self.footer_text, self.content_width * 0.68))
        self.set_xy(MARGIN, y)
        # {nb} is fpdf2's alias for the page count, filled in when the document is written
        page = _("Page %(page)s of %(pages)s", self.language) % {"page": self.page_no(), "pages": "{nb}"}
        self.cell(self.content_width, 4, page, align="R")

    def style_text(self, size: float, style: str = "", colour=INK) -> None:
        """Set font size, weight and colour in one call."""
        self.set_font(FAMILY, style, size)
        self.set_text_color(*rgb(colour))

    def measure(self, text: str) -> float:
        """Width of already safe text in the current font, in mm (fpdf2's own measure is far slower)."""
        widths = self.current_font.cw
        if not self.fallback_chars:
            return sum(widths[ord(c)] for c in text) * self.font_size_pt / 1000 / self.k
        return self.fallback_measure(text)

    def lines(self, text: str, width: float) -> list[str]:
        """`text` wrapped into `width` in the current font (wrap.py); each report wraps a text once per
        font, size and width, though its measuring and drawing documents ask for it many times."""
        text = self.normalize_text(text).strip()
        key = (self.full_font, self.fallback_chars, self.current_font.fontkey, self.font_size_pt, width, text)
        if key not in self.memo:
            self.memo[key] = tuple(wrap(text, width, self.measure))
        return list(self.memo[key])

    def block(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        line_h: float,
        max_lines: int = 0,
        align: str = "L",
        dry: bool = False,
    ) -> float:
        """Wrapped text at (x, y), at most `max_lines` lines (0: no limit, last line ends in …); return its height."""
        rows = clip_lines(self, self.lines(text, width), width, max_lines)
        if not dry:
            for i, row in enumerate(rows):
                self.set_xy(x, y + i * line_h)
                self.cell(width, line_h, row, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return len(rows) * line_h


def clip_lines(doc: Doc, rows: list[str], width: float, max_lines: int) -> list[str]:
    """Keep at most max_lines rows; if any were dropped, end the last kept one with an ellipsis."""
    if not max_lines or len(rows) <= max_lines:
        return rows
    kept = rows[:max_lines]
    kept[-1] = fit_line(doc, kept[-1], width, force_ellipsis=True)
    return kept


def fit_line(doc: Doc, text: str, width: float, force_ellipsis: bool = False) -> str:
    """The text shortened with … so it fits on one line of `width` in the current font."""
    body = doc.normalize_text(text)
    if doc.measure(body) <= width and not force_ellipsis:
        return body
    full = doc.measure(body + ELLIPSIS)
    if full > width:  # first cut in proportion, then a character at a time
        body = body[: int(len(body) * width / full) + 1]
    while body and doc.measure(body.rstrip() + ELLIPSIS) > width:
        body = body[:-1]
    return body.rstrip() + ELLIPSIS


def section_heading(doc: Doc, title: str, caption: str = "", dry: bool = False) -> float:
    """A section title with a short accent rule and an optional muted caption at the right."""
    if not dry:
        x, y = doc.l_margin, doc.get_y()
        doc.style_text(12, "B", BAND)
        doc.set_xy(x, y)
        doc.cell(doc.content_width * 0.6, 6.5, fit_line(doc, title, doc.content_width * 0.6))
        if caption:
            doc.style_text(7, "", MUTED)
            doc.set_xy(x + doc.content_width * 0.4, y + 1)
            doc.cell(doc.content_width * 0.6, 5.5, fit_line(doc, caption, doc.content_width * 0.6), align="R")
        doc.set_fill_color(*rgb(ACCENT))
        doc.rect(x, y + 7, 14, 0.9, style="F")
        doc.set_fill_color(*RULE)
        doc.rect(x + 14, y + 7.3, doc.content_width - 14, 0.3, style="F")
        doc.set_y(y + 10)
    return 10.0


def keep_together(doc: Doc, height: float) -> None:
    """Start a new page unless `height` more millimetres fit on this one."""
    if doc.get_y() + height > doc.bottom:
        doc.add_page()

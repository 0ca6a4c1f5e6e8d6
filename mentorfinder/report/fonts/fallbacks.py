"""The fallback fonts one report needs, attached to its document: the fonts found for Arabic, Hebrew and CJK.

Only a report with such characters gets them (an all-Latin report is drawn exactly as before). Arabic
and Hebrew fonts are parsed once per process (load.py); CJK is a font of just this report's
characters (cjk.py). fpdf2 prints a character with a fallback font only when the main font lacks
it, so this document's DejaVu copies stop listing the letters a fallback font is preferred for.
"""

from __future__ import annotations

import re
from contextlib import contextmanager, nullcontext
from functools import cache
from importlib.util import find_spec

from mentorfinder.report.fonts import cjk as cjkfont
from mentorfinder.report.fonts.choice import Fallback
from mentorfinder.report.fonts.load import attach, fontkey, parse, parsed_fallback, parsed_fonts
from mentorfinder.report.fonts.scripts import font_for, installed, is_rtl
from mentorfinder.report.fonts.shipped import full_cmap
from mentorfinder.report.pdflib import FPDF, TTFFont

STYLES = ("", "B")


@cache
def shaping() -> bool:
    """uharfbuzz is installed (a requirement; without it right-to-left text prints unshaped). Asked only when
    a report has fallback characters: looking costs a new process a few milliseconds."""
    return find_spec("uharfbuzz") is not None


def attach_fallbacks(doc: FPDF, chars: frozenset[str], memo: dict) -> list[str]:
    """Attach the fallback fonts that print `chars`; return their families, in fallback order. A CJK font
    is built once per report (`memo` is the report's own) though the report draws several documents."""
    dejavu = full_cmap()
    by_family: dict[str, set[str]] = {}
    for char in chars:
        if family := font_for(char, dejavu):
            by_family.setdefault(family, set()).add(char)
    families = []
    for fallback in installed():
        mine = by_family.get(fallback.family)
        if not mine:
            continue
        _attach_one(doc, fallback, frozenset(mine), memo)
        if fallback.prefer:
            _stop_listing(doc, fallback.prefer)
        families.append(fallback.family)
    for style, (_, data) in parsed_fonts(doc.full_font).items():  # a shaped line starts in DejaVu ("Prepared for …")
        with_shaping(doc.fonts[fontkey(style)], data)
    return families


def _attach_one(doc: FPDF, fallback: Fallback, mine: frozenset[str], memo: dict) -> None:
    """Attach one fallback font in each style: a font of just `mine` (CJK, built once per report) or the parsed one.
    Without a bold face both styles are the regular face (fpdf2 looks a fallback up by style)."""
    if fallback.per_report:
        for style, path, face in zip(STYLES, fallback.paths, fallback.faces, strict=True):
            key = ("fallback font", path, face, mine)
            if key not in memo:
                memo[key] = cjkfont.build(path, face, mine)
            data = memo[key]
            with_shaping(attach(doc, parse(style, data, fallback.family), data), data)
    else:
        for original, data in parsed_fallback(fallback).values():
            with_shaping(attach(doc, original, data), data)


def _stop_listing(doc: FPDF, letters: str) -> None:
    """This document's DejaVu fonts no longer claim `letters`, so fpdf2 prints them with the fallback."""
    for font in doc.fonts.values():
        if font.fontkey.startswith("dejavu"):
            font.cmap = _without(font.cmap, letters)


_WITHOUT: dict[tuple[int, str], tuple[dict, dict]] = {}  # (id of a cmap, regex) -> (that cmap, cmap less it)


def _without(cmap: dict, letters: str) -> dict:
    """The character map less `letters` (a regex), made once per process per parsed font (cmaps are read only)."""
    key = (id(cmap), letters)
    if key not in _WITHOUT:
        pattern = re.compile(letters)
        _WITHOUT[key] = (cmap, {code: glyph for code, glyph in cmap.items() if not pattern.match(chr(code))})
    return _WITHOUT[key][1]


def with_shaping(font: TTFFont, data: bytes) -> None:
    """Give the font a HarfBuzz face read from its bytes in memory (fpdf2 would open a file by path)."""
    try:
        import uharfbuzz as hb
        from fpdf.fonts import HarfBuzzFont
    except ImportError:  # without uharfbuzz, right-to-left text prints unshaped
        return
    font._hbfont = HarfBuzzFont(hb.Face(hb.Blob(data), font.collection_font_number))


class FallbackText:
    """What Doc does with fallback characters: draw and measure them in the fallback fonts, RTL text shaped."""

    def use_fallbacks(self, chars: frozenset[str], memo: dict) -> None:
        """Attach the fallback fonts for `chars` (after the document's own fonts); they are switched on per call
        (fonts_for), never for the whole document."""
        self.fallback_chars = chars  # the characters this document has fallback fonts for
        self.fallback_ids: list[str] = []  # fpdf2's fallback font keys
        if chars:
            self.set_fallback_fonts(attach_fallbacks(self, chars, memo))
            self.fallback_ids, self._fallback_font_ids = self._fallback_font_ids, []

    def fonts_for(self, text: str):
        """The context to draw `text` in: fpdf2's fast path (one font, no shaping) unless it has fallback characters."""
        return nullcontext() if self.fallback_chars.isdisjoint(text) else self.fallback_mode(text)

    def fallback_measure(self, text: str) -> float:
        """Width of text in mm when the document has fallback fonts (Doc.measure's slower path)."""
        if is_rtl(text):  # joined Arabic letters are narrower than their separate forms: measure it shaped
            with self.fallback_mode(text):
                return self.get_string_width(text)
        widths, cmap = self.current_font.cw, self.current_font.cmap
        # a character this font lacks is measured in the fallback that prints it
        total = sum(widths[ord(c)] if ord(c) in cmap else self._fallback_width(c) for c in text)
        return total * self.font_size_pt / 1000 / self.k

    @contextmanager
    def fallback_mode(self, text: str):
        """fpdf2's per-character font choice, and text shaping if `text` is right to left (ordered, and Arabic
        joined), for one call: only text with fallback characters pays for them; the rest is drawn as before."""
        self._fallback_font_ids, shaped = self.fallback_ids, shaping() and is_rtl(text)
        if shaped:
            self.set_text_shaping(True)
        try:
            yield
        finally:
            self._fallback_font_ids = []
            if shaped:
                self.set_text_shaping(False)

    def _fallback_width(self, char: str) -> float:
        """Width of `char` in the fallback font of the current weight that has it (0 if none: not printed)."""
        bold = "B" in self.font_style
        for key in self.fallback_ids:
            font = self.fonts[key]
            if ord(char) in font.cmap and key.endswith("B") == bold:
                return font.cw[ord(char)]
        return 0

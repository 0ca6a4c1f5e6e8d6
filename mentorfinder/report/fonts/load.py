"""Fonts parsed once per process: each document gets its own light copy of the parsed fonts.

fpdf2's TTFFont mixes what parsing the font file gives (widths, cmap, glyph ids, metrics: the same for
every document) with what one document does with it (the glyphs it uses, the PDF objects it numbers,
and the fontTools font that writing the PDF subsets in place and closes). Parsing costs ~10 ms per
font for the fast subset and ~35 ms for the full font, so the first part is parsed once and shared
read-only; the second is made fresh for every document, so no glyph, object number or subset state
passes between documents or between threads building PDFs at the same time.
"""

from __future__ import annotations

import copy
import threading
from collections import defaultdict
from io import BytesIO

from mentorfinder.report.fonts.lookup import FAMILY, font_data
from mentorfinder.report.pdflib import FPDF, SubsetMap, TTFFont, get_color_font_object, ttLib

_PARSED: dict[bool, dict[str, tuple[TTFFont, bytes]]] = {}  # full_font -> style -> (parsed font, file bytes)
_PARSED_FALLBACK: dict[tuple, dict[str, tuple[TTFFont, bytes]]] = {}  # (family, files, faces) -> style -> (font, bytes)
_LOCK = threading.Lock()


def parse(style: str, data: bytes, family: str = FAMILY, face: int = 0) -> TTFFont:
    """fpdf2's own parse of one font (face `face` of a collection; as add_font does it), kept as the process's
    read-only original."""
    return TTFFont(FPDF(), BytesIO(data), fontkey(style, family), style, collection_font_number=face)


def fontkey(style: str, family: str = FAMILY) -> str:
    """The key fpdf2's add_font files a font under."""
    return f"{family}{''.join(sorted(style.upper()))}"


def parsed_fonts(full_font: bool) -> dict[str, tuple[TTFFont, bytes]]:
    """The parsed regular and bold fonts with their bytes, parsed on first use (once, even across threads)."""
    with _LOCK:
        if full_font not in _PARSED:
            try:
                _PARSED[full_font] = _parse_all(full_font)
            except Exception:  # noqa: BLE001 - a damaged cached subset: the full fonts print all it would
                if full_font:
                    raise
                _PARSED[full_font] = _parse_all(True)
        return _PARSED[full_font]


def _parse_all(full_font: bool) -> dict[str, tuple[TTFFont, bytes]]:
    return {style: (parse(style, data), data) for style, data in font_data(full_font).items()}


def attach_fonts(doc: FPDF, full_font: bool) -> None:
    """Give `doc` the report's fonts, as add_font would, without parsing them again."""
    for original, data in parsed_fonts(full_font).values():
        attach(doc, original, data)


def attach(doc: FPDF, original: TTFFont, data: bytes) -> TTFFont:
    """File a document copy of a parsed font in `doc`, as add_font would."""
    font = document_copy(doc, original, data)
    doc.fonts[font.fontkey] = font
    if font.is_cff and font.is_cid_keyed:
        doc._set_min_pdf_version("1.6")  # what add_font does for such fonts
    return font


def parsed_fallback(fallback) -> dict[str, tuple[TTFFont, bytes]]:
    """A fallback font's regular and bold (a choice.Fallback), parsed once per process like DejaVu."""
    key = (fallback.family, fallback.paths, fallback.faces)
    with _LOCK:
        if key not in _PARSED_FALLBACK:
            styles = zip(("", "B"), fallback.paths, fallback.faces, strict=True)
            loaded = {style: (path.read_bytes(), face) for style, path, face in styles}
            _PARSED_FALLBACK[key] = {
                style: (parse(style, data, fallback.family, face), data) for style, (data, face) in loaded.items()
            }
        return _PARSED_FALLBACK[key]


def document_copy(doc: FPDF, original: TTFFont, data: bytes) -> TTFFont:
    """A TTFFont for one document: parsed data shared, per-document state new."""
    font = TTFFont.__new__(TTFFont)
    for name in TTFFont.__slots__:  # cmap, glyph_ids, metrics, name: read only after parsing
        if hasattr(original, name):
            setattr(font, name, getattr(original, name))
    font.i = len(doc.fonts) + 1
    # Writing the PDF subsets this fontTools font in place and closes it: each document opens its own
    # from the bytes in memory (reading the table directory only; tables load when the subset needs them).
    font.ttfont = ttLib.TTFont(
        BytesIO(data), recalcTimestamp=False, fontNumber=original.collection_font_number, lazy=True
    )
    font.cw = defaultdict(original.cw.default_factory, original.cw)  # a lookup of a missing key inserts it
    font.desc = copy.copy(original.desc)  # writing the PDF names and numbers the descriptor
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.subset = SubsetMap(font)  # the glyphs this document uses, and their codes
    font.color_font = (
        get_color_font_object(doc, font, font.palette_index) if original.color_font and doc.render_color_fonts else None
    )
    return font

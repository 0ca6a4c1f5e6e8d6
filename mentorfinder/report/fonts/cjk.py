"""A small TrueType font holding only the CJK characters one report prints, drawn from the CJK font found.

Such fonts are large: Noto Sans CJK is a 20 MB collection of CFF (PostScript-outline) fonts. Given one
straight to fpdf2, each report would re-read and subset it (~0.4 s), and fpdf2 embeds CFF fonts with its own
encoding CMap, which several PDF text extractors (pypdf among them) read as one-byte codes, so copied text
gains NUL characters. Instead, each process opens the collection once (read-only, behind a lock) and
each report gets a font of just its characters, with the outlines converted to TrueType curves
(cu2qu, within 1 unit of 1,000 per em: invisible at print sizes; a TrueType source, such as Microsoft YaHei
or Malgun Gothic, keeps its own curves). fpdf2 embeds that like DejaVu,
with the Identity-H encoding every extractor reads. Nothing about the characters is kept on disk.
"""

from __future__ import annotations

import io
import threading
from functools import cache
from pathlib import Path

_LOCK = threading.Lock()  # fontTools loads tables lazily: one reader at a time
NAME_IDS = {0: "copyright", 7: "trademark", 8: "manufacturer", 13: "licenseDescription", 14: "licenseInfoURL"}


@cache
def _source(path: Path, face: int):
    from fontTools.ttLib import TTFont

    return TTFont(str(path), fontNumber=face, lazy=True)


def build(path: Path, face: int, chars: frozenset[str]) -> bytes:
    """TrueType bytes with .notdef and the glyphs of `chars` from face `face` of `path` (characters it lacks are
    left out), named Bold or Regular after the face's own weight."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    with _LOCK:
        source = _source(path, face)
        cmap, hmtx, glyphset = source.getBestCmap(), source["hmtx"], source.getGlyphSet()
        cubic = "glyf" not in source  # PostScript outlines run the other way round from TrueType ones
        wanted = {ord(c): cmap[ord(c)] for c in sorted(chars) if ord(c) in cmap}
        names = {code: f"uni{code:04X}" for code in wanted}
        glyphs, metrics = {}, {}
        for code, source_name in [(None, ".notdef"), *wanted.items()]:
            name = names.get(code, ".notdef")
            pen, outline = TTGlyphPen(None), DecomposingRecordingPen(glyphset)  # TrueType composites drawn whole
            glyphset[source_name].draw(outline)
            outline.replay(Cu2QuPen(pen, max_err=1.0, reverse_direction=cubic))
            glyphs[name] = pen.glyph()
            metrics[name] = hmtx[source_name]
        head, hhea, os2 = source["head"], source["hhea"], source["OS/2"]
        names_kept = {key: source["name"].getDebugName(i) for i, key in NAME_IDS.items()}
        family = source["name"].getDebugName(1) or path.stem
    builder = FontBuilder(head.unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(list(glyphs))
    builder.setupCharacterMap({code: names[code] for code in wanted})
    builder.setupGlyf(glyphs)
    for name, (width, _) in metrics.items():  # left side bearing: the TrueType outline's own xMin
        metrics[name] = (width, getattr(builder.font["glyf"][name], "xMin", 0))
    builder.setupHorizontalMetrics(metrics)
    builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent)
    weight = "Bold" if os2.usWeightClass >= 600 else "Regular"
    builder.setupNameTable(
        {key: value for key, value in names_kept.items() if value}
        | {"familyName": family, "styleName": weight, "psName": f"{family.replace(' ', '')}-{weight}"}
    )
    builder.setupOS2(
        sTypoAscender=os2.sTypoAscender,
        sTypoDescender=os2.sTypoDescender,
        sTypoLineGap=os2.sTypoLineGap,
        usWinAscent=os2.usWinAscent,
        usWinDescent=os2.usWinDescent,
        sCapHeight=getattr(os2, "sCapHeight", hhea.ascent),
        usWeightClass=os2.usWeightClass,
        fsType=os2.fsType,
    )
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()

"""The report's shared text blocks: body size and line height, bullet marks and colours, and bulleted lists."""

from __future__ import annotations

from mentorfinder.report.layout import INK, Doc, rgb
from mentorfinder.report.options import Detail

BODY = 8.0
LINE = 3.6
BULLET_INDENT = 4.0
WHY_MARK, WHY_COLOUR = "\u2713", "#007A5A"  # a check mark in a darker Okabe–Ito green (legible on the tint)
CAVEAT_MARK, CAVEAT_COLOUR = "!", "#B34A00"  # an exclamation mark in a darker vermillion


def bullets(
    doc: Doc,
    x: float,
    y: float,
    width: float,
    items: list[str],
    colour,
    detail: Detail,
    mark: str = "",
    dry: bool = False,
) -> float:
    """A list with a coloured dot, or a coloured `mark` glyph (shape as well as colour tells kinds apart);
    each item wraps to at most detail.line_cap lines."""
    doc.style_text(BODY, "", INK)
    height = 0.0
    for item in items:
        if not dry and mark:
            doc.style_text(BODY + 0.5, "B", colour)
            doc.set_xy(x, y + height)
            doc.cell(BULLET_INDENT, LINE, mark)
            doc.style_text(BODY, "", INK)
        elif not dry:
            doc.set_fill_color(*rgb(colour))
            doc.circle(x + 1.2, y + height + LINE / 2, 0.75, style="F")
            doc.style_text(BODY, "", INK)
        height += (
            doc.block(x + BULLET_INDENT, y + height, width - BULLET_INDENT, item, LINE, detail.line_cap, dry=dry) + 0.8
        )
    return height

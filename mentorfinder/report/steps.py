"""The report's next steps (where to find a mentor, what to ask) and personal readiness tips."""

from __future__ import annotations

from mentorfinder.content.archetypes import Archetype
from mentorfinder.content.tips import PersonalTip
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import translate
from mentorfinder.present.rules import ACCENT, GROUP_COLOURS, PALETTE, QUESTIONS_TITLE, WHERE_TITLE, whole_percent
from mentorfinder.report.blocks import BODY, LINE, bullets
from mentorfinder.report.layout import BAND, INK, MUTED, RULE, Doc, fit_line, keep_together, rgb, tint
from mentorfinder.report.options import Detail

TIP_COLOURS = {"tip": PALETTE[1], "strength": PALETTE[2]}
TIP_WORDS = {"tip": _("TO WORK ON"), "strength": _("STRENGTH")}


def next_steps(doc: Doc, arch: Archetype, detail: Detail, language: str) -> None:
    """Where to find this kind of mentor and questions to ask one, in two columns."""
    find = [translate(t, language) for t in arch.where_to_find[: detail.find]]
    ask = [translate(t, language) for t in arch.questions_to_ask[: detail.ask]]
    if not find and not ask:
        return
    gap, width = 8.0, doc.content_width
    col_w = (width - gap) / 2
    titles = (_(WHERE_TITLE, language), _(QUESTIONS_TITLE, language))
    doc.style_text(9, "B", BAND)
    title_h = max(doc.block(0, 0, col_w, t, 4.2, 2, dry=True) for t in titles)
    body_h = max(bullets(doc, 0, 0, col_w, items, ACCENT, detail, dry=True) for items in (find, ask))
    keep_together(doc, title_h + 1.5 + body_h)
    y = doc.get_y()
    for i, (title, items) in enumerate(zip(titles, (find, ask), strict=True)):
        x = doc.l_margin + i * (col_w + gap)
        doc.style_text(9, "B", BAND)
        doc.block(x, y, col_w, title, 4.2, 2)
        bullets(doc, x, y + title_h + 1.5, col_w, items, ACCENT if i == 0 else GROUP_COLOURS["fit"], detail)
    doc.set_y(y + title_h + 1.5 + body_h + 3)


def _tip_row(doc: Doc, tip: PersonalTip, detail: Detail, dry: bool) -> float:
    x, y, width = doc.l_margin, doc.get_y(), doc.content_width
    label_w = 40.0
    colour = TIP_COLOURS.get(tip.kind, "#999999")
    doc.style_text(BODY, "", INK)
    height = (
        max(doc.block(x + label_w + 3, y + 1.5, width - label_w - 3, tip.text, LINE, detail.tip_cap, dry=True), 9.0) + 3
    )
    if dry:
        return height
    doc.set_fill_color(*rgb(colour))
    doc.rect(x, y + 1.5, 0.9, height - 3, style="F")
    doc.style_text(8.2, "B", INK)
    doc.set_xy(x + 3, y + 1.3)
    doc.cell(label_w - 3, 4, fit_line(doc, tip.label, label_w - 3))
    doc.style_text(6.6, "B", tint(colour, 0) if tip.kind == "strength" else (170, 105, 0))
    doc.set_xy(x + 3, y + 5.4)
    doc.cell(
        label_w - 3,
        3.4,
        f"{_(TIP_WORDS.get(tip.kind, tip.kind.upper()), doc.language)} \u00b7 {whole_percent(tip.percent, doc.language)}",
    )
    doc.style_text(BODY, "", INK)
    doc.block(x + label_w + 3, y + 1.5, width - label_w - 3, tip.text, LINE, detail.tip_cap)
    doc.set_draw_color(*RULE)
    doc.set_line_width(0.15)
    doc.line(x, y + height, x + width, y + height)
    doc.set_y(y + height)
    return height


def tips_section(doc: Doc, tips: list[PersonalTip], detail: Detail) -> None:
    """Readiness tips, things to work on first, each row kept on one page."""
    for tip in tips[: detail.tips]:
        keep_together(doc, _tip_row(doc, tip, detail, dry=True))
        _tip_row(doc, tip, detail, dry=False)
    doc.set_y(doc.get_y() + 2)
    doc.style_text(7, "", MUTED)

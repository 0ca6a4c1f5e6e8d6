"""The report's match cards and mentoring network."""

from __future__ import annotations

from mentorfinder.i18n.catalogue import _
from mentorfinder.matching.model import Match, label_words
from mentorfinder.matching.network import NetworkMember
from mentorfinder.present.rules import (
    LABEL_COLOURS,
    about_equal_words,
    gap_words,
    network_intro,
    no_cover,
    whole_percent,
)
from mentorfinder.report.blocks import BODY, CAVEAT_COLOUR, CAVEAT_MARK, LINE, WHY_COLOUR, WHY_MARK, bullets
from mentorfinder.report.layout import BAND, INK, MUTED, RULE, WHITE, Doc, fit_line, keep_together, rgb, tint
from mentorfinder.report.options import Detail


def _pill(doc: Doc, right: float, y: float, text: str, colour) -> float:
    doc.style_text(7, "B", WHITE)
    w = doc.get_string_width(text) + 4
    doc.set_fill_color(*rgb(colour))
    doc.rect(right - w, y, w, 4.4, style="F", round_corners=True, corner_radius=2.2)
    doc.set_xy(right - w, y)
    doc.cell(w, 4.4, text, align="C")
    return w


def match_card(doc: Doc, rank: int, match: Match, summary: str, detail: Detail, dry: bool = False) -> float:
    """One ranked archetype: rank, name, percent and label, summary, why (+) and caveats (!)."""
    x, y, width = doc.l_margin, doc.get_y(), doc.content_width
    colour = LABEL_COLOURS.get(match.label, "#999999")
    inner_x, inner_w = x + 12, width - 12 - 3
    near = about_equal_words(rank, doc.language) if match.about_equal else ""
    doc.style_text(7, "", MUTED)
    near_w = doc.get_string_width(near) + 4.0 if near else 0.0
    doc.style_text(11, "B", INK)
    name_w = inner_w - 42 - near_w
    height = 2.0 + 6.0
    if detail.summary and summary:
        doc.style_text(BODY, "", MUTED)
        height += doc.block(inner_x, 0, inner_w, summary, LINE, 2, dry=True) + 1.2
    # at lower levels of detail the lines are printed without the quoted answers the screen shows
    why = (match.why if detail.evidence else match.why_brief)[: detail.why]
    caveats = (match.caveats if detail.evidence else match.caveats_brief)[: detail.caveats]
    body_h = bullets(doc, inner_x, 0, inner_w, why, WHY_COLOUR, detail, dry=True)
    body_h += bullets(doc, inner_x, 0, inner_w, caveats, CAVEAT_COLOUR, detail, dry=True)
    height += body_h + 2.5
    if dry:
        return height
    doc.set_fill_color(*tint(colour, 0.9))
    doc.rect(x, y, width, height, style="F", round_corners=True, corner_radius=1.5)
    doc.set_fill_color(*rgb(colour))
    doc.circle(x + 5.6, y + 5.6, 3.6, style="F")
    doc.style_text(10, "B", WHITE)
    doc.set_xy(x + 2, y + 3.4)
    doc.cell(7.2, 4.4, str(rank), align="C")
    doc.style_text(11, "B", INK)
    doc.set_xy(inner_x, y + 2.6)
    doc.cell(name_w, 5.5, fit_line(doc, match.name, name_w))
    pill_w = _pill(doc, x + width - 3, y + 3.0, label_words(match.label, doc.language).upper(), colour)
    doc.style_text(11, "B", rgb(colour) if match.label != "good" else INK)
    doc.set_xy(x + width - 3 - pill_w - 18, y + 2.6)
    doc.cell(16, 5.5, whole_percent(match.percent, doc.language), align="R")
    if near:  # near-equal scores are told in words, not left as a false order
        percent_left = x + width - 3 - pill_w - 2 - doc.get_string_width(whole_percent(match.percent, doc.language))
        doc.style_text(7, "", MUTED)
        doc.set_xy(percent_left - near_w, y + 2.6)
        doc.cell(near_w - 2.0, 5.5, near, align="R")  # a clear gap before the percent
    cursor = y + 8.5
    if detail.summary and summary:
        doc.style_text(BODY, "", MUTED)
        cursor += doc.block(inner_x, cursor, inner_w, summary, LINE, 2) + 1.2
    cursor += bullets(doc, inner_x, cursor, inner_w, why, WHY_COLOUR, detail, WHY_MARK)
    bullets(doc, inner_x, cursor, inner_w, caveats, CAVEAT_COLOUR, detail, CAVEAT_MARK)
    doc.set_y(y + height)
    return height


def matches_section(doc: Doc, shortlist: list[Match], summaries: dict[str, str], detail: Detail) -> None:
    """The top matches, each card kept whole on one page."""
    for rank, match in enumerate(shortlist[: detail.matches], start=1):
        height = match_card(doc, rank, match, summaries.get(match.archetype, ""), detail, dry=True)
        keep_together(doc, height)
        match_card(doc, rank, match, summaries.get(match.archetype, ""), detail)
        doc.set_y(doc.get_y() + 3)


def _covers(labels: list[str], language: str, beyond_limit: bool = False) -> str:
    """'Covers: a, b' for a member (with "if you can give more time" for one named past the person's limit), or
    why a member that covers no top need is there."""
    if labels and beyond_limit:
        return _("Covers: %(needs)s, if you can give more time", language) % {"needs": ", ".join(labels)}
    if labels:
        return _("Covers: %(needs)s", language) % {"needs": ", ".join(labels)}
    return no_cover(language).capitalize() + "."


def network_section(doc: Doc, network: list[NetworkMember], gaps: list[str] | None = None, note: str = "") -> None:
    """Side-by-side boxes: each archetype and the top needs it covers, then the top needs none covers well and,
    when the #1 match is not a member, why (`note`)."""
    if not network:
        return
    gap, width = 4.0, doc.content_width
    box_w = (width - gap * (len(network) - 1)) / len(network)
    doc.style_text(8, "", INK)
    intro = network_intro(network, gaps or [], doc.language)
    missing = " ".join(part for part in (gap_words(network, gaps or [], doc.language), note) if part)
    intro_h = doc.block(doc.l_margin, 0, width, intro, LINE, 2, dry=True)
    missing_h = doc.block(doc.l_margin, 0, width, missing, LINE, 2, dry=True) + 2 if missing else 0.0
    # a member covering no top need is there as the best single option, and says so (never "covers: a mix")
    texts = [_covers(m.cover_labels, doc.language, m.beyond_limit) for m in network]
    doc.style_text(BODY, "", INK)
    body = max(doc.block(0, 0, box_w - 6, t, LINE, 3, dry=True) for t in texts)
    box_h = 6 + 5.5 + body + 2
    keep_together(doc, intro_h + 2 + box_h + missing_h)
    y = doc.get_y()
    doc.style_text(8, "", MUTED)
    doc.block(doc.l_margin, y, width, intro, LINE, 2)
    y += intro_h + 2
    for i, (member, covers) in enumerate(zip(network, texts, strict=True)):
        x = doc.l_margin + i * (box_w + gap)
        doc.set_draw_color(*RULE)
        doc.set_line_width(0.3)
        doc.set_fill_color(*WHITE)
        doc.rect(x, y, box_w, box_h, style="DF", round_corners=True, corner_radius=1.5)
        doc.set_fill_color(*BAND)
        doc.rect(x, y, box_w, 1.2, style="F")
        doc.style_text(9.5, "B", BAND)
        doc.set_xy(x + 3, y + 3.5)
        doc.cell(box_w - 6, 5, fit_line(doc, member.name, box_w - 6))
        doc.style_text(BODY, "", INK)
        doc.block(x + 3, y + 9.5, box_w - 6, covers, LINE, 3)
    if missing:
        doc.style_text(8, "", INK)
        doc.block(doc.l_margin, y + box_h + 2, width, missing, LINE, 2)
    doc.set_y(y + box_h + missing_h + 5)

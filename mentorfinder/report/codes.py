"""The report's ranked codes: each declared code's letters, the scales behind them, and what could not rank."""

from __future__ import annotations

from mentorfinder.i18n.catalogue import _
from mentorfinder.present.rules import whole_percent
from mentorfinder.report.blocks import BODY, LINE
from mentorfinder.report.layout import INK, MUTED, Doc, keep_together, section_heading
from mentorfinder.scoring.derived import RankedCode
from mentorfinder.scoring.profile import Profile

TITLE, CAPTION = _("Your codes"), _("Highest scales first; equal scores keep the order the questionnaire lists them")


def code_line(code: RankedCode, profile: Profile, language: str = "en") -> str:
    """'Interest code: IA — Investigative 75%, Artistic 75%'."""
    parts = ", ".join(f"{profile[d].label} {whole_percent(profile[d].percent, language)}" for d in code.dimensions)
    if not parts:
        return _("%(label)s: no answered scales", language) % {"label": code.label}
    return f"{code.label}: {code.code} \u2014 {parts}"


def codes_section(doc: Doc, codes: list[RankedCode], profile: Profile) -> None:
    """One line per ranked code, and a muted line naming scales left out for want of answers."""
    if not codes:
        return
    keep_together(doc, 10 + LINE * 2 * len(codes))
    section_heading(doc, _(TITLE, doc.language), _(CAPTION, doc.language))
    for code in codes:
        doc.style_text(BODY, "B", INK)
        y = doc.get_y()
        doc.set_y(y + doc.block(doc.l_margin, y, doc.content_width, code_line(code, profile, doc.language), LINE))
        if code.unranked:
            names = ", ".join(profile[d].label for d in code.unranked)
            doc.style_text(7.5, "", MUTED)
            y = doc.get_y()
            line = _("Not ranked (no answers): %(names)s.", doc.language) % {"names": names}
            doc.set_y(y + doc.block(doc.l_margin, y, doc.content_width, line, 3.4))
    doc.set_y(doc.get_y() + 3)

"""The report's notices near the top: answers worth a second look, and the person's own words, printed literally."""

from __future__ import annotations

from mentorfinder.answers.quotes import OwnWords
from mentorfinder.content.checks import FiredCheck
from mentorfinder.i18n.catalogue import _
from mentorfinder.present.rules import ACCENT, CHECKS_TITLE
from mentorfinder.report.blocks import BODY, BULLET_INDENT, CAVEAT_COLOUR, CAVEAT_MARK, LINE
from mentorfinder.report.layout import BAND, INK, MUTED, Doc, keep_together, rgb, section_heading

CHECKS_CAPTION = _("Answers that pull different ways, and what we did")
WORDS_TITLE, WORDS_CAPTION = _("In your own words"), _("As you wrote or chose them")
QUOTE_LINE = 3.4

# These sections are drawn at every level of detail and never cut short: a person's words are
# theirs, and a contradiction changes how the matches below should be read.


def checks_section(doc: Doc, checks: list[FiredCheck]) -> None:
    """Each fired check: a ! mark, its message, then the person's answers it is about."""
    _section(doc, CHECKS_TITLE, CHECKS_CAPTION, checks, _check_row)


def _section(doc: Doc, title: str, caption: str, items: list, row) -> None:
    """A heading kept with its first row, then every row kept whole on one page."""
    if not items:
        return
    keep_together(doc, 10 + row(doc, items[0], dry=True))
    section_heading(doc, _(title, doc.language), _(caption, doc.language))
    for item in items:
        keep_together(doc, row(doc, item, dry=True))
        row(doc, item, dry=False)
    doc.set_y(doc.get_y() + 3)


def _check_row(doc: Doc, check: FiredCheck, dry: bool) -> float:
    x, y, width = doc.l_margin + BULLET_INDENT, doc.get_y(), doc.content_width - BULLET_INDENT
    answers = _("Your answers: %(answers)s", doc.language) % {"answers": " \u00b7 ".join(check.quotes)}
    doc.style_text(BODY, "", INK)
    message_h = doc.block(x, y, width, check.message, LINE, dry=True)
    doc.style_text(7.5, "", MUTED)
    answers_h = doc.block(x, y, width, answers, QUOTE_LINE, dry=True)
    height = message_h + 0.6 + answers_h + 2
    if dry:
        return height
    doc.style_text(BODY + 0.5, "B", CAVEAT_COLOUR)
    doc.set_xy(doc.l_margin, y)
    doc.cell(BULLET_INDENT, LINE, CAVEAT_MARK)
    doc.style_text(BODY, "", INK)
    doc.block(x, y, width, check.message, LINE)
    doc.style_text(7.5, "", MUTED)
    doc.block(x, y + message_h + 0.6, width, answers, QUOTE_LINE)
    doc.set_y(y + height)
    return height


def own_words_section(doc: Doc, own_words: list[OwnWords]) -> None:
    """Each heading with the answer under it: free text as typed (its line breaks kept), choices as chosen."""
    _section(doc, WORDS_TITLE, WORDS_CAPTION, own_words, _words_row)


def _words_row(doc: Doc, words: OwnWords, dry: bool) -> float:
    x, y, width = doc.l_margin, doc.get_y(), doc.content_width
    doc.style_text(8.2, "B", BAND)
    height = doc.block(x + 3, y, width - 3, words.heading, 4.0, dry=dry) + 0.4
    doc.style_text(BODY, "", INK)
    for paragraph in [p for p in words.text.splitlines() if p.strip()]:
        height += doc.block(x + 3, y + height, width - 3, paragraph, LINE, dry=dry)
    if not dry:
        doc.set_fill_color(*rgb(ACCENT))
        doc.rect(x, y + 0.5, 0.9, height - 0.5, style="F")
        doc.set_y(y + height + 2)
    return height + 2

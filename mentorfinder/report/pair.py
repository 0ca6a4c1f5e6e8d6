"""A pair's one-page PDF, for both people: who is paired, contact, why the pair fits, what to talk about, first steps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mentorfinder.answers.mentor import Mentor
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.dates import date_words
from mentorfinder.i18n.words import euphonic
from mentorfinder.matching.model import label_words
from mentorfinder.matching.pairing import Pair
from mentorfinder.present.rules import whole_percent
from mentorfinder.report.blocks import BODY, CAVEAT_COLOUR, CAVEAT_MARK, LINE, WHY_COLOUR, WHY_MARK, bullets
from mentorfinder.report.layout import INK, MUTED, Doc, section_heading
from mentorfinder.report.options import Detail, Options
from mentorfinder.report.profile import header_band

TITLE = _("Your mentoring pair")
FOOTER = _("Mentor Finder \u00b7 a programme's pairing, from both people's own answers")
FIRST_STEPS = (
    _("Meet within two weeks, and agree how often and where you will talk."),
    _("Name one goal for the first three months and how you will know it is met."),
    _("Say how you prefer to be reached between meetings, and how quickly you reply."),
    _("Agree a date to look back together, and an easy way to end if it is not working."),
)
DETAIL = Detail(line_cap=3)


def build_pair_report(
    pair: Pair,
    mentor: Mentor,
    participant_name: str = "",
    language: str = "en",
    paper: str = "a4",
    today: date | None = None,
) -> bytes:
    """The pair's page: the mentor's name and contact are on it, because this page goes only to the two of them."""
    options = Options(" ".join(participant_name.split()), language, paper, today or date.today())
    while True:
        doc = _draw(pair, mentor, options)
        if not doc.needs_other_fonts:
            return bytes(doc.output())
        full_font = options.full_font or doc.needed_full_font
        options = replace(options, full_font=full_font, fallback_chars=options.fallback_chars | doc.fallback_seen)


def _draw(pair: Pair, mentor: Mentor, options: Options) -> Doc:
    language = options.language
    title = _(TITLE, language)
    doc = Doc(options.paper, options.full_font, running_title="Mentor Finder", footer_text=_(FOOTER, language),
              fallback_chars=options.fallback_chars)  # fmt: skip
    doc.language = language
    doc.set_title(title)
    doc.set_author("Mentor Finder")
    doc.set_creator("Mentor Finder (fpdf2)")
    doc.set_auto_page_break(False)  # one page: every list below is capped to fit
    doc.add_page()
    who = options.name or pair.participant
    names = euphonic(
        _("%(participant)s and %(mentor)s", language) % {"participant": who, "mentor": mentor.name}, language
    )
    kicker = _("MENTOR FINDER  \u00b7  MENTORING PROGRAMME", language)
    header_band(doc, title, names, date_words(options.today, language), kicker)
    section_heading(doc, _("Who is paired", language))
    rows = [
        (_("Participant", language), who),
        (_("Mentor", language), mentor.name),
        (_("Contact", language), mentor.contact),
        (
            _("Fit", language),
            f"{whole_percent(pair.match.percent, language)} \u00b7 {label_words(pair.match.label, language)}",
        ),
    ]
    for label, value in rows:
        y = doc.get_y()
        doc.style_text(BODY, "B", MUTED)
        doc.block(doc.l_margin, y, 30, label, LINE, 1)
        doc.style_text(BODY + 1, "", INK)
        doc.set_y(y + doc.block(doc.l_margin + 30, y, doc.content_width - 30, value, LINE + 0.6, 2) + 1.5)
    doc.set_y(doc.get_y() + 4)
    said_to = _("“you” is %(name)s", language) % {"name": who}  # the lines speak to the participant
    _list(doc, _("Why this pair fits", language), pair.match.why, WHY_COLOUR, WHY_MARK, said_to)
    if pair.match.caveats:
        _list(doc, _("Worth talking about early", language), pair.match.caveats, CAVEAT_COLOUR, CAVEAT_MARK)
    _list(doc, _("First steps together", language), [_(step, language) for step in FIRST_STEPS], INK, "")
    return doc


def _list(doc: Doc, title: str, items: list[str], colour, mark: str, caption: str = "") -> None:
    section_heading(doc, title, caption)
    doc.set_y(doc.get_y() + bullets(doc, doc.l_margin, doc.get_y(), doc.content_width, items, colour, DETAIL, mark) + 4)

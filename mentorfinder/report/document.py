"""Result -> a designed one-to-two-page PDF summary (fpdf2, in-process, vector charts, DejaVu Sans).

Sections: header band (title, date, optional name), at a glance, answers worth a second look, the
person's own words, profile charts, top matches with why and caveats, the mentoring network, next
steps for the top match, readiness tips. The report is drawn at the richest level of detail that fits
on two pages (see options.LEVELS).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from mentorfinder.content.load import Content
from mentorfinder.evaluate import Result, evaluate
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.dates import date_words
from mentorfinder.i18n.words import translate
from mentorfinder.matching.model import top_matches
from mentorfinder.present.summary import profile_summary
from mentorfinder.report.codes import codes_section
from mentorfinder.report.fonts.scripts import is_rtl
from mentorfinder.report.layout import MUTED, Doc, keep_together, section_heading
from mentorfinder.report.matches import match_card, matches_section, network_section
from mentorfinder.report.options import LEVELS, Detail, Options
from mentorfinder.report.profile import glance, header_band, profile_charts
from mentorfinder.report.steps import next_steps, tips_section
from mentorfinder.report.words import checks_section, own_words_section

MAX_PAGES = 2
TITLE = _("Your mentor match report")
TITLE_NO_MATCHES = _("Your profile report")  # content with no archetypes (another instrument): no mentor wording
FOOTER = _("Mentor Finder \u00b7 kinds of mentor to look for, from your own answers")
FOOTER_NO_MATCHES = _("Your scores, from your own answers")


def build_report(
    content: Content, answers: dict[str, dict[str, Any]], name: str = "", language: str = "en", paper: str = "a4"
) -> bytes:
    """Score and match the answers, then render the PDF summary; `paper` is "a4" or "letter"."""
    return render_report(content, evaluate(content, answers, language=language), name, language, paper)


def render_report(
    content: Content, result: Result, name: str = "", language: str = "en", paper: str = "a4", today: date | None = None
) -> bytes:
    """Render an already evaluated result (e.g. with the user's own weights) as PDF bytes."""
    if paper not in ("a4", "letter"):
        raise ValueError(f"paper must be 'a4' or 'letter', not {paper!r}")
    options = Options(" ".join(name.split()), language, paper, today or date.today())
    memo: dict[str, tuple] = {}  # printable text for this report only: nothing outlives it
    while True:
        doc = _fit(content, result, memo, options)
        if not doc.needs_other_fonts:
            return bytes(doc.output())
        # text outside the fast font subset: again with the full fonts and/or the fallback fonts it needs
        full_font = options.full_font or doc.needed_full_font
        options = replace(options, full_font=full_font, fallback_chars=options.fallback_chars | doc.fallback_seen)


def _fit(content: Content, result: Result, memo: dict, options: Options) -> Doc:
    """Draw at the richest level of detail that fits on MAX_PAGES.

    Levels are tried by binary search (pages only fall as detail drops) on measuring documents,
    which lay out and paginate without writing text; then the chosen level is drawn for real.
    """
    low, high, chosen = 0, len(LEVELS) - 1, len(LEVELS) - 1
    while low <= high:
        mid = (low + high) // 2
        trial = _draw(content, result, options, LEVELS[mid], memo, measuring=True)
        if trial.needs_other_fonts:
            return trial
        if trial.page_no() <= MAX_PAGES:
            chosen, high = mid, mid - 1
        else:
            low = mid + 1
    return _draw(content, result, options, LEVELS[chosen], memo)


def running_title(name: str, when: str) -> str | tuple[str, str, str]:
    """'Mentor Finder · NAME · DATE'; a right-to-left name apart, so the dots and the date keep their places."""
    if is_rtl(name):
        return "Mentor Finder \u00b7 ", name, f" \u00b7 {when}"
    return " \u00b7 ".join(p for p in ("Mentor Finder", name, when) if p)


def _draw(
    content: Content, result: Result, options: Options, detail: Detail, memo: dict, measuring: bool = False
) -> Doc:
    name, language = options.name, options.language
    mentoring = bool(content.archetypes.archetypes)  # another instrument has no archetypes: no mentor wording
    title = _(TITLE if mentoring else TITLE_NO_MATCHES, language)
    when = date_words(options.today, language)
    running = running_title(name, when)
    footer = _(FOOTER if mentoring else FOOTER_NO_MATCHES, language)
    doc = Doc(
        options.paper,
        options.full_font,
        measuring=measuring,
        memo=memo,
        running_title=running,
        footer_text=footer,
        fallback_chars=options.fallback_chars,
    )
    doc.language = language
    doc.set_title(f"{title} \u2014 {name}" if name else title)
    doc.set_author("Mentor Finder")
    doc.set_creator("Mentor Finder (fpdf2)")
    doc.add_page()
    header_band(doc, title, _("Prepared for %(name)s", language) % {"name": name} if name else "", when)
    glance(doc, profile_summary(result.profile, language))
    checks_section(doc, result.checks)  # at every level of detail, never cut: see words.py
    own_words_section(doc, result.own_words)
    profile_charts(doc, result.profile)
    codes_section(doc, result.codes, result.profile)
    archetypes = {a.id: a for a in content.archetypes.archetypes}
    summaries = {a.id: translate(a.summary, language) for a in archetypes.values()}
    # the top matches are those worth considering; less-suited kinds print only when nothing else is left
    shortlist = top_matches(result.shortlist)
    if shortlist:
        first = match_card(doc, 1, shortlist[0], summaries.get(shortlist[0].archetype, ""), detail, dry=True)
        keep_together(doc, 10 + first)
        section_heading(
            doc,
            _("Your top matches", language),
            _(
                "Match %(percent)s of your needs, style, time and fit \u00b7 \u2713 why it fits \u00b7 ! caveats",
                language,
            )
            % {"percent": "%"},  # a placeholder, so the % sign is never read as a format
        )
        matches_section(doc, shortlist, summaries, detail)
    _excluded_line(doc, result)
    if result.network:
        keep_together(doc, 40)
        section_heading(
            doc, _("Your mentoring network", language), _("After Higgins & Kram's developmental networks", language)
        )
        told = " ".join(part for part in (result.network_reach, result.network_note) if part)
        network_section(doc, result.network, result.network_gaps, told)
    top = archetypes.get(shortlist[0].archetype) if shortlist else None
    if top is not None:
        keep_together(doc, 32)
        top_match = _("Start with your top match: %(name)s", language) % {"name": shortlist[0].name}
        section_heading(doc, _("Next steps", language), top_match)
        next_steps(doc, top, detail, language)
    if result.tips:
        keep_together(doc, 28)
        section_heading(doc, _("Getting ready", language), _("Personal tips from your readiness answers", language))
        tips_section(doc, result.tips, detail)
    return doc


def _excluded_line(doc: Doc, result: Result) -> None:
    """One muted line naming what a must-have ruled out (the reasons are on screen and in the CSV)."""
    if not result.excluded:
        return
    names = ", ".join(e.name for e in result.excluded)
    line = _("Ruled out by your must-haves: %(names)s.", doc.language) % {"names": names}
    doc.style_text(7.5, "", MUTED)
    height = doc.block(doc.l_margin, 0, doc.content_width, line, 3.4, 2, dry=True)
    keep_together(doc, height)
    top = doc.get_y()
    doc.block(doc.l_margin, top, doc.content_width, line, 3.4, 2)
    doc.set_y(top + height + 4)

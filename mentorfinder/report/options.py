"""What a report is drawn with: the person's options (name, language, paper, date) and the detail levels."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Options:
    """The choices one report is made with; `full_font` and `fallback_chars` are set when text needs them."""

    name: str = ""
    language: str = "en"
    paper: str = "a4"
    today: date = field(default_factory=date.today)
    full_font: bool = False
    fallback_chars: frozenset[str] = frozenset()  # characters printed with the fallback fonts


@dataclass(frozen=True)
class Detail:
    """How much of each section to print; the report steps down these until it fits on two pages."""

    matches: int = 3
    why: int = 3
    caveats: int = 2
    evidence: bool = True  # keep "(you answered … to “…”)" in why and caveat lines
    summary: bool = True  # the archetype's one-line summary under its name
    find: int = 3
    ask: int = 3
    tips: int = 5
    line_cap: int = 4  # most lines any one bullet may take (ends in … if cut)
    tip_cap: int = 6  # most lines a readiness tip may take


LEVELS = (
    Detail(),
    Detail(evidence=False),
    Detail(why=2, evidence=False),
    Detail(why=2, caveats=1, evidence=False, tips=4),
    Detail(why=2, caveats=1, evidence=False, summary=False, find=2, ask=2, tips=3, line_cap=3),
    Detail(matches=2, why=2, caveats=1, evidence=False, summary=False, find=2, ask=2, tips=3, line_cap=3),
    Detail(matches=1, why=1, caveats=1, evidence=False, summary=False, find=2, ask=2, tips=2, line_cap=2),
    # last resorts, for long own words and several checks (which are never cut): fewer tips and steps
    Detail(matches=1, why=1, caveats=1, evidence=False, summary=False, find=1, ask=1, tips=1, line_cap=2),
    Detail(matches=1, why=1, caveats=1, evidence=False, summary=False, find=1, ask=1, tips=0, line_cap=2),
)

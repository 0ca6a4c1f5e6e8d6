"""One call from answers to the whole result: profile, shortlist, exclusions, network, tips, checks, own words."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from mentorfinder.answers.quotes import OwnWords, own_words
from mentorfinder.content.checks import FiredCheck, fired_checks
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.load import Content
from mentorfinder.content.tips import PersonalTip, personal_tips
from mentorfinder.matching.model import DEFAULT_WEIGHTS, Match
from mentorfinder.matching.network import NetworkMember, network_for
from mentorfinder.matching.shortlist import Excluded, shortlist_for
from mentorfinder.scoring.derived import RankedCode, ranked_codes
from mentorfinder.scoring.profile import Profile, codes_json, profile_json, score
from mentorfinder.scoring.resolve import resolved_profile


@dataclass
class Result:
    """Everything the result pages, the CLI and the PDF show."""

    profile: Profile
    shortlist: list[Match]
    excluded: list[Excluded]
    network: list[NetworkMember]
    tips: list[PersonalTip]
    weights: dict[str, float]
    checks: list[FiredCheck] = field(default_factory=list)  # contradictions in the answers, told in plain words
    own_words: list[OwnWords] = field(default_factory=list)  # answers shown as given, under their headings
    network_gaps: list[str] = field(default_factory=list)  # top needs no network member covers well
    codes: list[RankedCode] = field(default_factory=list)  # ranked codes the questionnaires declare
    network_note: str = ""  # why the #1 match is not in the network, when it is not
    network_reach: str = ""  # the kinds named past the person's limit on time, and why (docs/matching.md, 6)

    def to_json(self) -> dict[str, Any]:
        """The `match` command's contract (plus tips and weights, and codes when any are declared)."""
        out = {
            "profile": profile_json(self.profile),
            "shortlist": [{k: v for k, v in asdict(m).items() if k != "sort_name"} for m in self.shortlist],
            "excluded": [asdict(e) for e in self.excluded],
            "network": [asdict(n) for n in self.network],
            "network_gaps": self.network_gaps,
            "network_note": self.network_note,
            "network_reach": self.network_reach,
            "tips": [asdict(t) for t in self.tips],
            "weights": self.weights,
            "checks": [{"id": c.id, "message": c.message, "quotes": c.quotes} for c in self.checks],
        }
        if self.codes:
            out["codes"] = codes_json(self.codes)
        return out


def scored(
    content: Content, answers: dict[str, dict[str, Any]], language: str = "en"
) -> tuple[ShownAnswers, Profile, list[FiredCheck]]:
    """The steps before matching, for a person's result and a programme's participant alike: the answers filtered
    by show_if once, the profile scored, the contradiction checks that fire, and the profile they resolve (before
    matching: see docs/matching.md)."""
    questionnaires = list(content.questionnaires)
    shown = ShownAnswers.of(questionnaires, answers)
    profile = score(questionnaires, shown, language)
    checks = fired_checks(content.checks, questionnaires, shown, language)
    return shown, resolved_profile(profile, checks, questionnaires, shown, language), checks


def evaluate(
    content: Content,
    answers: dict[str, dict[str, Any]],
    weights: dict[str, float] | None = None,
    language: str = "en",
    explain: bool = True,
) -> Result:
    """Score the answers and match every archetype; pure and deterministic.

    The answers are filtered by show_if here, once: every stage below reads only the shown answers.
    `explain=False` leaves every match's why and caveats empty and the rest as it is (the ranking does not read
    them): for calibration and tests that read only the ranking, the network and the profile.
    """
    weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
    questionnaires = list(content.questionnaires)
    shown, profile, checks = scored(content, answers, language)
    shortlist, excluded, kept, reach = shortlist_for(content, profile, shown, weights, language, explain)
    network, gaps, note, told = network_for(profile, shortlist, kept, language, reach)
    tips = personal_tips(profile, content.tips, language)
    words = own_words(questionnaires, shown, language)
    codes = ranked_codes(questionnaires, profile, language)
    return Result(profile, shortlist, excluded, network, tips, weights, checks, words, gaps, codes, note, told)

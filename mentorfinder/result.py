"""One call from answers to the whole result: profile, shortlist, exclusions, network and tips."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .content import Content
from .matching import DEFAULT_WEIGHTS, Match, constraints_from, excluded_reason, match_one, rank
from .network import NetworkMember, build_network
from .schema import text
from .scoring import Profile, profile_json, score
from .tips import PersonalTip, personal_tips


@dataclass
class Excluded:
    """An archetype a must-have ruled out, and why."""

    archetype: str
    name: str
    reason: str


@dataclass
class Result:
    """Everything the result pages, the CLI and the PDF show."""

    profile: Profile
    shortlist: list[Match]
    excluded: list[Excluded]
    network: list[NetworkMember]
    tips: list[PersonalTip]
    weights: dict[str, float]

    def to_json(self) -> dict[str, Any]:
        """The `match` command's contract (plus tips and weights)."""
        return {
            "profile": profile_json(self.profile),
            "shortlist": [asdict(m) for m in self.shortlist],
            "excluded": [asdict(e) for e in self.excluded],
            "network": [asdict(n) for n in self.network],
            "tips": [asdict(t) for t in self.tips],
            "weights": self.weights,
        }


def evaluate(
    content: Content, answers: dict[str, dict[str, Any]], weights: dict[str, float] | None = None, language: str = "en"
) -> Result:
    """Score the answers and match every archetype; pure and deterministic."""
    weights = dict(DEFAULT_WEIGHTS if weights is None else weights)
    questionnaires = list(content.questionnaires)
    profile = score(questionnaires, answers, language)
    constraints = constraints_from(questionnaires, answers, language)
    matches, excluded, kept = [], [], {}
    for arch in content.archetypes.archetypes:
        reason = excluded_reason(arch, content.archetypes, constraints, language)
        if reason:
            excluded.append(Excluded(arch.id, text(arch.name, language), reason))
            continue
        matches.append(match_one(profile, arch, weights, language))
        kept[arch.id] = arch
    shortlist = rank(matches)
    network = build_network(profile, [(kept[m.archetype], m.name, m.percent) for m in shortlist])
    tips = personal_tips(profile, content.tips, language)
    return Result(profile, shortlist, excluded, network, tips, weights)

"""Readiness tips (data/tips.yaml): personal advice from the readiness scores, after the seed's
"how to maximize the mentorship relationship"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentorfinder.content.schema import Percent, Questionnaire, Strict, Text
from mentorfinder.i18n.words import translate
from mentorfinder.intake.problems import ContentError, Problem, did_you_mean
from mentorfinder.intake.safeyaml import load_yaml_file
from mentorfinder.intake.validation import validate_model
from mentorfinder.scoring.profile import Profile


class Tip(Strict):
    """Advice for one readiness dimension: `tip` below the threshold, `strength` at or above it."""

    dimension: str
    below: Percent = 60
    tip: Text
    strength: Text


class TipSet(Strict):
    """The whole tips file."""

    format: str = "mentor-finder-tips"
    version: int = 1
    languages: list[str] = []  # every language each text must be given in (validate reports any missing)
    readiness: list[Tip]


@dataclass
class PersonalTip:
    """A tip as shown to the person."""

    dimension: str
    label: str
    percent: float
    kind: str  # "tip" (something to work on) or "strength" (keep doing it)
    text: str


def load_tips(path: Path | str, questionnaires: list[Questionnaire]) -> TipSet:
    """Load the tips file and check each names a declared dimension; raise ContentError."""
    data, lines = load_yaml_file(path)
    tips = validate_model(TipSet, data, lines, str(path))
    dims = {d.id for q in questionnaires for d in q.dimensions}
    problems = [
        Problem(
            str(path),
            lines.line(("readiness", i, "dimension")),
            f"tip #{i + 1}: unknown dimension '{t.dimension}'{did_you_mean(t.dimension, dims)}",
        )
        for i, t in enumerate(tips.readiness)
        if t.dimension not in dims
    ]
    if problems:
        raise ContentError(problems)
    return tips


def personal_tips(profile: Profile, tips: TipSet, language: str = "en") -> list[PersonalTip]:
    """Tips for what to work on (lowest scores first), then strengths to keep."""
    result = []
    for tip in tips.readiness:
        dim = profile.get(tip.dimension)
        if dim is None or not dim.items:
            continue
        low = dim.percent < tip.below
        words = translate(tip.tip if low else tip.strength, language)
        result.append(PersonalTip(dim.id, dim.label, dim.percent, "tip" if low else "strength", words))
    return sorted(result, key=lambda t: (t.kind != "tip", t.percent if t.kind == "tip" else -t.percent, t.dimension))

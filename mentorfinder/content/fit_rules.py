"""Fit rules (data/fit_rules.yaml): what an adviser says outright about kinds of mentor that are not a first choice."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field

from mentorfinder.content.checks import RuleFileChecker
from mentorfinder.content.conditions import CheckTest, ShownAnswers
from mentorfinder.content.schema import Questionnaire, Strict, Text
from mentorfinder.i18n.words import translate
from mentorfinder.intake.problems import ContentError, Problem, did_you_mean
from mentorfinder.intake.safeyaml import load_yaml_file
from mentorfinder.intake.validation import validate_model


class FitRule(Strict):
    """A rule: when every `when` test holds and no `unless` test does, each of `kinds` is lowered and told why."""

    id: str
    when: list[CheckTest] = Field(min_length=1)
    unless: list[CheckTest] = []
    kinds: list[str] = Field(min_length=1)
    message: Text
    reason: str = Field(min_length=1)
    source: list[str] = Field(min_length=1)


class FitRuleSet(Strict):
    """The whole fit rules file."""

    format: Literal["mentor-finder-fit-rules"] = "mentor-finder-fit-rules"
    version: Literal[1] = 1
    languages: list[str] = []  # every language each text must be given in (validate reports any missing)
    rules: list[FitRule]


@dataclass(frozen=True)
class AppliedRule:
    """A fit rule that holds for these answers: its id, the kinds it lowers and the sentence told on their cards."""

    id: str
    kinds: tuple[str, ...]
    message: str


def load_fit_rules(path: Path | str, questionnaires: list[Questionnaire], archetype_ids: set[str]) -> FitRuleSet:
    """Load the fit rules file and check every question, option and kind; ContentError lists each problem."""
    data, lines = load_yaml_file(path)
    if not isinstance(data, dict):
        raise ContentError([Problem(str(path), 1, "expected a mapping with 'format' and 'rules'")])
    rules = validate_model(FitRuleSet, data, lines, str(path))
    checker = RuleFileChecker(questionnaires, lines, str(path))
    seen: set[str] = set()
    for i, rule in enumerate(rules.rules):
        loc, who = ("rules", i), f"fit rule '{rule.id}'"
        if rule.id in seen:
            checker.add(loc + ("id",), f"{who}: id is used twice — ids must be unique")
        seen.add(rule.id)
        for part in ("when", "unless"):
            for j, test in enumerate(getattr(rule, part)):
                checker.test(test, loc + (part, j), who)
        for j, kind in enumerate(rule.kinds):
            if kind not in archetype_ids:
                checker.add(
                    loc + ("kinds", j), f"{who}: unknown kind of mentor '{kind}'{did_you_mean(kind, archetype_ids)}"
                )
        checker.words(rule.message, loc + ("message",), who)
    if checker.problems:
        raise ContentError(sorted(checker.problems, key=lambda p: p.line))
    return rules


def applied_rules(
    rules: FitRuleSet | None,
    shown: ShownAnswers,
    language: str = "en",
) -> list[AppliedRule]:
    """The rules that hold for these answers, in file order. A test on a hidden question never holds."""
    if rules is None:
        return []
    return [
        AppliedRule(rule.id, tuple(rule.kinds), translate(rule.message, language))
        for rule in rules.rules
        if all(shown.holds(t) for t in rule.when) and not any(shown.holds(t) for t in rule.unless)
    ]

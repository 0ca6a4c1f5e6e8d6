"""The content set the app runs on: questionnaires, archetypes, tips and checks, loaded and cross-checked together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentorfinder.content.archetypes import Archetype, ArchetypeSet, load_archetypes
from mentorfinder.content.checks import CheckSet, load_checks
from mentorfinder.content.fit_rules import FitRuleSet, load_fit_rules
from mentorfinder.content.questionnaire import load_questionnaires
from mentorfinder.content.schema import Questionnaire
from mentorfinder.content.tips import TipSet, load_tips
from mentorfinder.intake.problems import ContentError

ROOT = Path(__file__).resolve().parents[2]  # mentorfinder/content/load.py -> the checkout
QUESTIONNAIRES_DIR = ROOT / "questionnaires"
DATA_DIR = ROOT / "data"


@dataclass(frozen=True)
class Content:
    """Everything loaded from YAML; immutable once built, so one copy can serve every session."""

    questionnaires: tuple[Questionnaire, ...]
    archetypes: ArchetypeSet
    tips: TipSet
    checks: CheckSet | None = None  # contradiction rules; None when the content set has no checks file
    fit_rules: FitRuleSet | None = None  # kinds an adviser says are not a first choice; None without the file

    @property
    def matches(self) -> bool:
        """True when there are archetypes to match: without them the content is a plain instrument (no mentor
        wording, no matches pages)."""
        return bool(self.archetypes.archetypes)

    def archetype(self, archetype_id: str) -> Archetype:
        """The archetype with this id (a match names its archetype by id)."""
        return next(a for a in self.archetypes.archetypes if a.id == archetype_id)


def load_content(questionnaires_dir: Path | str = QUESTIONNAIRES_DIR, data_dir: Path | str = DATA_DIR) -> Content:
    """Load and check the whole content set; raise ContentError listing every problem in every file."""
    questionnaires = load_questionnaires(questionnaires_dir)
    problems = []
    # without an archetypes file (another instrument) there is nothing to match, and without tips no tips
    archetypes, tips = ArchetypeSet(archetypes=[]), TipSet(readiness=[])
    if (Path(data_dir) / "archetypes.yaml").exists():
        try:
            archetypes = load_archetypes(Path(data_dir) / "archetypes.yaml", questionnaires)
        except ContentError as err:
            problems.extend(err.problems)
    if (Path(data_dir) / "tips.yaml").exists():
        try:
            tips = load_tips(Path(data_dir) / "tips.yaml", questionnaires)
        except ContentError as err:
            problems.extend(err.problems)
    checks = None
    checks_path = Path(data_dir) / "checks.yaml"
    if checks_path.exists():  # optional: a content set without contradiction rules still works
        try:
            checks = load_checks(checks_path, questionnaires)
        except ContentError as err:
            problems.extend(err.problems)
    fit_rules = None
    rules_path = Path(data_dir) / "fit_rules.yaml"
    if rules_path.exists():  # optional, like checks
        try:
            fit_rules = load_fit_rules(rules_path, questionnaires, {a.id for a in archetypes.archetypes})
        except ContentError as err:
            problems.extend(err.problems)
    if problems:
        raise ContentError(problems)
    return Content(tuple(questionnaires), archetypes, tips, checks, fit_rules)

"""The validate command: which kind of content file each path holds, each checked alone and then together."""

from __future__ import annotations

from pathlib import Path

from mentorfinder.content.archetypes import ArchetypeSet, load_archetypes
from mentorfinder.content.checks import load_checks
from mentorfinder.content.fit_rules import load_fit_rules
from mentorfinder.content.load import DATA_DIR, QUESTIONNAIRES_DIR, load_content
from mentorfinder.content.questionnaire import load_questionnaire, load_questionnaires, set_problems
from mentorfinder.content.tips import load_tips
from mentorfinder.i18n.texts import set_translation_problems
from mentorfinder.intake.problems import ContentError, Problem
from mentorfinder.intake.safeyaml import load_yaml_file


def validate_command(args) -> int:
    """The validate command: the shipped content set, or the given files each alone and together; 0 when valid."""
    if not args.paths:
        return _validate_shipped()
    problems: list[Problem] = []
    questionnaires, others, loaded = [], [], []
    for path in _expand(args.paths):
        try:
            kind = _kind_of(path)
            if kind == "questionnaire":
                loaded.append((path, load_questionnaire(path)))
                questionnaires.append(loaded[-1][1])
            else:
                others.append((kind, path))
        except ContentError as err:
            problems += err.problems
    problems += set_problems(loaded)  # the same checks across files that score and match apply
    if others and not questionnaires and not problems:
        questionnaires = load_questionnaires(QUESTIONNAIRES_DIR)
    files = _load_others(others, questionnaires, problems)
    if not problems:
        problems += set_translation_problems(loaded + files)
    if problems:
        raise ContentError(problems)
    print(f"OK: {_summary([q for _, q in loaded], [kind for kind, _ in others])}")
    return 0


def _validate_shipped() -> int:
    """The shipped content set, loaded as the app loads it and checked for translations; 0 when valid."""
    content = load_content()
    shipped = [(p, load_questionnaire(p)) for p in _expand([QUESTIONNAIRES_DIR])]
    data = [
        ("archetypes", content.archetypes),
        ("tips", content.tips),
        ("checks", content.checks),
        ("fit_rules", content.fit_rules),
    ]
    shipped += [(DATA_DIR / f"{name}.yaml", model) for name, model in data if model is not None]
    if problems := set_translation_problems(shipped):
        raise ContentError(problems)
    questions = sum(len(q.questions()) for q in content.questionnaires)
    print(
        f"OK: {len(content.questionnaires)} questionnaires ({questions} questions), {len(content.archetypes.archetypes)} archetypes, {len(content.tips.readiness)} tips"
    )
    return 0


def _load_others(others: list, questionnaires: list, problems: list[Problem]) -> list:
    """Load the given files that are not questionnaires, as (path, model); their problems go into `problems`."""
    files: list = []
    for kind, path in sorted(others, key=lambda other: other[0] == "fit_rules"):  # fit rules name archetypes
        try:
            if kind == "fit_rules":
                files.append((path, load_fit_rules(path, questionnaires, _archetype_ids(files))))
                continue
            load = {"tips": load_tips, "checks": load_checks}.get(kind, load_archetypes)
            files.append((path, load(path, questionnaires)))
        except ContentError as err:
            problems += err.problems
    return files


def _archetype_ids(files: list) -> set[str]:
    """The kinds of mentor a fit rules file may name: those of archetype files given with it, else the shipped ones."""
    given = {a.id for _, model in files if isinstance(model, ArchetypeSet) for a in model.archetypes}
    return given or {a.id for a in load_content().archetypes.archetypes}


def _summary(questionnaires, kinds: list[str]) -> str:
    """What was given and checked, by kind: '2 questionnaires (14 questions), 1 archetypes file'."""
    questions = sum(len(q.questions()) for q in questionnaires)
    parts = [f"{len(questionnaires)} questionnaire{'s' * (len(questionnaires) != 1)} ({questions} questions)"]
    parts += [f"{kinds.count(k)} {k.replace('_', ' ')} file{'s' * (kinds.count(k) != 1)}" for k in dict.fromkeys(kinds)]
    return ", ".join(parts) if questionnaires else ", ".join(parts[1:])


def _expand(paths: list[Path]) -> list[Path]:
    """Folders become their *.yaml files, in name order."""
    files = []
    for path in paths:
        files += sorted(path.glob("*.yaml")) + sorted(path.glob("*.yml")) if path.is_dir() else [path]
    return files


def _kind_of(path: Path) -> str:
    """questionnaire, archetypes, tips or checks, by the file's top-level keys (a broken file fails in its loader)."""
    data, _ = load_yaml_file(path)
    if isinstance(data, dict) and "checks" in data:
        return "checks"
    if isinstance(data, dict) and "rules" in data:
        return "fit_rules"
    if isinstance(data, dict) and "archetypes" in data:
        return "archetypes"
    if isinstance(data, dict) and "readiness" in data:
        return "tips"
    return "questionnaire"

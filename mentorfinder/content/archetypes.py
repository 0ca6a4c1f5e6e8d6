"""The archetypes file (data/archetypes.yaml): schema, loader and checks against the dimensions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import Field

from mentorfinder.content.archetype_terms import NoRhythm, StageServes
from mentorfinder.content.schema import Percent, Questionnaire, Strict, Text
from mentorfinder.intake.problems import ContentError, Problem, did_you_mean
from mentorfinder.intake.safeyaml import LineMap, load_yaml_file
from mentorfinder.intake.validation import validate_model

STRENGTH_MAX = 3  # an archetype serves a need 0 (not) .. 3 (a lot): the one scale every part divides by
SERVES_WELL = 2  # serving a need at least "well" counts as covering it (the network, reasons, figures)

NEEDS_GROUP = "needs"
MIN_SOURCES, MAX_SOURCES = 1, 3  # citations per archetype


class Reach(Strict):
    """Why the network may name a kind a must-have on this attribute ruled out, for a need nothing else serves."""

    reason: str = Field(min_length=1)
    source: list[str] = Field(min_length=1)


class Attribute(Strict):
    """A property archetypes have and must-haves filter on, e.g. how they meet."""

    label: Text
    values: dict[str, Text]
    # a limit the person could loosen for a need that matters (how long they can give), unlike a circumstance
    # such as how they can meet: the network names the kind that needs more, told as such (docs/matching.md, 6)
    network_reach: Reach | None = None
    no_rhythm: NoRhythm | None = None


class Gate(Strict):
    """Who a kind of mentor is for: the person's answer to a choice question must be one of `in`.

    A missed gate does not exclude the archetype (that is what must-haves do); it cuts its score and
    adds a caveat, e.g. a reverse mentor for someone who asked for a mentor much more senior.
    """

    questionnaire: str
    question: str
    in_: list[str] = Field(alias="in")
    otherwise: Text  # completes "… but a <name> …" when the gate is missed, e.g. "is usually younger than you"


class Archetype(Strict):
    """A kind of mentor to look for, with everything the result pages and the PDF show."""

    id: str
    name: Text
    summary: Text
    description: Text
    rationale: Text  # why this archetype is in the set, traced to the seed or the literature
    source: list[str] = Field(description="one to three plain-text citations: author(s), year, title, where published")
    serves: dict[str, int] = Field(description="need dimension -> strength 0..3 (STRENGTH_MAX)")
    targets: dict[str, Percent] = Field(default={}, description="style/availability/fit dimension -> typical 0..100")
    typical_style: Text
    typical_availability: Text
    attributes: dict[str, list[str]] = {}
    gates: list[Gate] = []
    serves_at_stage: list[StageServes] = []  # docs/matching.md, 3
    suits: Text
    watch_outs: list[Text]
    where_to_find: list[Text]
    questions_to_ask: list[Text]
    make_the_most: list[Text]


class ArchetypeSet(Strict):
    """The whole archetypes file."""

    format: str = "mentor-finder-archetypes"
    version: int = 1
    languages: list[str] = []  # every language each text must be given in (validate reports any missing)
    attributes: dict[str, Attribute] = {}
    archetypes: list[Archetype]


def load_archetypes(path: Path | str, questionnaires: list[Questionnaire]) -> ArchetypeSet:
    """Load archetypes and check every dimension, attribute and must-have they meet; raise ContentError."""
    data, lines = load_yaml_file(path)
    if not isinstance(data, dict):
        raise ContentError([Problem(str(path), 1, "expected a mapping with 'attributes' and 'archetypes'")])
    archetypes = validate_model(ArchetypeSet, data, lines, str(path))
    problems = _check(archetypes, questionnaires, lines, str(path))
    if problems:
        raise ContentError(problems)
    return archetypes


def _check(aset: ArchetypeSet, questionnaires: list[Questionnaire], lines: LineMap, path: str) -> list[Problem]:
    dims = {d.id: d for q in questionnaires for d in q.dimensions}
    needs = {i for i, d in dims.items() if d.group == NEEDS_GROUP}
    matched = {i for i, d in dims.items() if d.group and d.group != NEEDS_GROUP}
    problems: list[Problem] = []

    def add(loc: tuple, message: str) -> None:
        problems.append(Problem(path, lines.line(loc), message))

    seen: set[str] = set()
    for i, arch in enumerate(aset.archetypes):
        loc = ("archetypes", i)
        if arch.id in seen:
            add(loc + ("id",), f"archetype id '{arch.id}' is used twice — ids must be unique")
        seen.add(arch.id)
        _check_sources(arch, loc, add)
        _check_serves(arch, loc, add, needs)
        _check_targets(arch, loc, add, matched)
        _check_attributes(aset, arch, loc, add)
    for name, attr in aset.attributes.items():
        for dim in attr.no_rhythm.dimensions if attr.no_rhythm else []:
            if dim not in matched:
                add(("attributes", name, "no_rhythm"), f"attribute '{name}': no_rhythm: unknown dimension '{dim}'")
    problems.extend(_gate_problems(aset, questionnaires, lines, path))
    problems.extend(_must_have_problems(aset, questionnaires, path))
    return sorted(problems, key=lambda p: p.line)


def _check_sources(arch: Archetype, loc: tuple, add: Callable[[tuple, str], None]) -> None:
    if not MIN_SOURCES <= len(arch.source) <= MAX_SOURCES:
        add(
            loc + ("source",),
            f"archetype '{arch.id}': source must list one to three citations (author, year, title, where published), got {len(arch.source) or 'none'}",
        )
    for n, citation in enumerate(arch.source):
        if not citation.strip():
            add(
                loc + ("source", n),
                f"archetype '{arch.id}': source {n + 1} is empty — write a citation: author, year, title, where published",
            )


def _check_serves(arch: Archetype, loc: tuple, add: Callable[[tuple, str], None], needs: set[str]) -> None:
    for need, strength in [*arch.serves.items(), *(kv for term in arch.serves_at_stage for kv in term.serves.items())]:
        if need not in needs:
            add(
                loc + ("serves", need),
                f"archetype '{arch.id}': unknown need '{need}' in serves{did_you_mean(need, needs)}",
            )
        elif not 0 <= strength <= STRENGTH_MAX:
            add(
                loc + ("serves", need),
                f"archetype '{arch.id}': strength for '{need}' must be 0..{STRENGTH_MAX}, got {strength}",
            )


def _check_targets(arch: Archetype, loc: tuple, add: Callable[[tuple, str], None], matched: set[str]) -> None:
    for dim, target in arch.targets.items():
        if dim not in matched:
            add(
                loc + ("targets", dim),
                f"archetype '{arch.id}': unknown dimension '{dim}' in targets{did_you_mean(dim, matched)}",
            )
        elif not 0 <= target <= 100:
            add(loc + ("targets", dim), f"archetype '{arch.id}': target for '{dim}' must be 0..100, got {target:g}")


def _check_attributes(aset: ArchetypeSet, arch: Archetype, loc: tuple, add: Callable[[tuple, str], None]) -> None:
    for attr, values in arch.attributes.items():
        declared = aset.attributes.get(attr)
        if declared is None:
            add(
                loc + ("attributes", attr),
                f"archetype '{arch.id}': unknown attribute '{attr}'{did_you_mean(attr, aset.attributes)} — declare it under attributes",
            )
            continue
        for value in values:
            if value not in declared.values:
                add(
                    loc + ("attributes", attr),
                    f"archetype '{arch.id}': '{value}' is not a value of attribute '{attr}'{did_you_mean(value, declared.values)}",
                )


def _must_have_problems(aset: ArchetypeSet, questionnaires: list[Questionnaire], path: str) -> list[Problem]:
    """Every must-have in the questionnaires names a declared attribute and value."""
    problems = []
    for q in questionnaires:
        for question in q.questions():
            for option in question.options:
                must = option.must_have
                if must is None:
                    continue
                where = f"questionnaire '{q.id}' question '{question.id}' option '{option.id}'"
                declared = aset.attributes.get(must.attribute)
                if declared is None:
                    problems.append(
                        Problem(
                            path,
                            1,
                            f"{where}: must_have uses attribute '{must.attribute}', not declared here{did_you_mean(must.attribute, aset.attributes)}",
                        )
                    )
                    continue
                for value in must.any_of:
                    if value not in declared.values:
                        problems.append(
                            Problem(
                                path,
                                1,
                                f"{where}: must_have value '{value}' is not a value of attribute '{must.attribute}'{did_you_mean(value, declared.values)}",
                            )
                        )
    return problems


def _gate_problems(aset: ArchetypeSet, questionnaires: list[Questionnaire], lines: LineMap, path: str) -> list[Problem]:
    """Every gate names a questionnaire, a choice question in it and options that question has."""
    by_id = {q.id: q for q in questionnaires}
    problems = []
    for i, arch in enumerate(aset.archetypes):
        for j, gate in enumerate(arch.gates):
            line = lines.line(("archetypes", i, "gates", j))
            q = by_id.get(gate.questionnaire)
            if q is None:
                message = f"unknown questionnaire '{gate.questionnaire}'{did_you_mean(gate.questionnaire, by_id)}"
            else:
                questions = {x.id: x for x in q.questions()}
                question = questions.get(gate.question)
                if question is None:
                    message = f"unknown question '{gate.question}' in '{q.id}'{did_you_mean(gate.question, questions)}"
                elif question.type not in {"single", "multiple", "ranking"}:
                    message = (
                        f"question '{gate.question}' is a {question.type} question — a gate needs a choice question"
                    )
                else:
                    options = {o.id for o in question.options}
                    unknown = [v for v in gate.in_ if v not in options]
                    if not unknown:
                        continue
                    message = f"'{unknown[0]}' is not an option of '{gate.question}'{did_you_mean(unknown[0], options)}"
            problems.append(Problem(path, line, f"archetype '{arch.id}': gate: {message}"))
    return problems

"""Load questionnaire YAML files and check what the schema alone cannot (ids, references, ranges)."""

from __future__ import annotations

from pathlib import Path

from mentorfinder.content.schema import Condition, Question, Questionnaire, Scale
from mentorfinder.intake.problems import ContentError, Problem, did_you_mean
from mentorfinder.intake.safeyaml import LineMap, load_yaml_file
from mentorfinder.intake.validation import validate_model
from mentorfinder.scoring.derived import dimension_problems, scored_dimensions

CHOICE_TYPES = {"single", "multiple", "ranking"}


def load_questionnaire(path: Path | str) -> Questionnaire:
    """Load and fully check one questionnaire file; raise ContentError listing every problem."""
    data, lines = load_yaml_file(path)
    if not isinstance(data, dict):
        raise ContentError([Problem(str(path), 1, "expected a mapping with id, title, version and steps")])
    questionnaire = validate_model(Questionnaire, data, lines, str(path))
    problems = QuestionnaireChecker(questionnaire, lines, str(path)).run()
    if problems:
        raise ContentError(problems)
    return questionnaire


def load_questionnaires(folder: Path | str) -> list[Questionnaire]:
    """Load every *.yaml in a folder, ordered by `order` then id; check ids are unique across the set."""
    folder = Path(folder)
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not files:
        raise ContentError([Problem(str(folder), 1, "no questionnaire files (*.yaml) found in this folder")])
    problems: list[Problem] = []
    loaded: list[tuple[Path, Questionnaire]] = []
    for file in files:
        try:
            loaded.append((file, load_questionnaire(file)))
        except ContentError as err:
            problems.extend(err.problems)
    problems.extend(set_problems(loaded))
    if problems:
        raise ContentError(problems)
    return sorted((q for _, q in loaded), key=lambda q: (q.order, q.id))


def set_problems(loaded: list[tuple[Path, Questionnaire]]) -> list[Problem]:
    """The checks across files: questionnaire ids and dimension ids must be unique across the set."""
    problems, seen_q, seen_d = [], {}, {}
    for file, q in loaded:
        if q.id in seen_q:
            problems.append(
                Problem(str(file), 1, f"questionnaire id '{q.id}' is also used by {seen_q[q.id]} — ids must be unique")
            )
        seen_q.setdefault(q.id, file.name)
        for dim in q.dimensions:
            if dim.id in seen_d and seen_d[dim.id] != file.name:
                problems.append(
                    Problem(
                        str(file),
                        1,
                        f"dimension '{dim.id}' is also declared in {seen_d[dim.id]} — declare each dimension once",
                    )
                )
            seen_d.setdefault(dim.id, file.name)
    return problems


class QuestionnaireChecker:
    """Cross-field checks on a schema-valid questionnaire, each problem with its line."""

    def __init__(self, q: Questionnaire, lines: LineMap, path: str):
        self.q, self.lines, self.path = q, lines, path
        self.problems: list[Problem] = []
        self.dimensions = {d.id for d in q.dimensions}

    def add(self, loc: tuple, message: str) -> None:
        """Record a problem at a data location."""
        self.problems.append(Problem(self.path, self.lines.line(loc), message))

    def run(self) -> list[Problem]:
        """Run every check and return the problems sorted by line."""
        self._unique([d.id for d in self.q.dimensions], ("dimensions",), "dimension")
        self._unique([s.id for s in self.q.steps], ("steps",), "step")
        for name, scale in self.q.scales.items():
            self._check_scale(scale, ("scales", name), f"scale '{name}'")
        seen: dict[str, Question] = {}
        for si, step in enumerate(self.q.steps):
            if not step.questions:
                self.add(("steps", si), f"step '{step.id}' has no questions — add one or remove the step")
            for qi, question in enumerate(step.questions):
                loc = ("steps", si, "questions", qi)
                if question.id in seen:
                    self.add(
                        loc + ("id",),
                        f"question id '{question.id}' is used twice — ids must be unique within a questionnaire",
                    )
                self._check_question(question, loc, seen)
                seen[question.id] = question
        scored = set().union(*(scored_dimensions(question) for question in self.q.questions()))
        dimension_problems(self.q, scored, self.add)
        return sorted(self.problems, key=lambda p: p.line)

    def _unique(self, ids: list[str], loc: tuple, kind: str) -> None:
        for i, ident in enumerate(ids):
            if ident in ids[:i]:
                self.add(loc + (i, "id"), f"{kind} id '{ident}' is used twice — ids must be unique")

    def _check_scale(self, scale: Scale, loc: tuple, name: str) -> None:
        if scale.min >= scale.max:
            self.add(loc, f"{name}: min ({scale.min}) must be below max ({scale.max})")
        for point in scale.labels:
            if not scale.min <= point <= scale.max:
                self.add(loc + ("labels", point), f"{name}: label for {point} is outside {scale.min}..{scale.max}")

    def _check_scores(self, scores: dict[str, float], loc: tuple, owner: str) -> None:
        for dim in scores:
            if dim not in self.dimensions:
                hint = (
                    did_you_mean(dim, self.dimensions)
                    or f" — declare it under dimensions (known: {', '.join(sorted(self.dimensions)) or 'none'})"
                )
                self.add(loc + ("scores", dim), f"unknown dimension '{dim}' in {owner}{hint}")

    def _check_question(self, question: Question, loc: tuple, earlier: dict[str, Question]) -> None:
        qname = f"question '{question.id}'"
        kind = question.type
        self._check_scores(question.scores, loc, qname)
        if kind in CHOICE_TYPES:
            self._check_options(question, loc, earlier)
        elif question.options:
            self.add(
                loc + ("options",), f"{qname}: a {kind} question takes no options — remove them or change its type"
            )
        if kind == "text" and question.scores:
            self.add(loc + ("scores",), f"{qname}: free-text answers are never scored — remove scores")
        if kind in CHOICE_TYPES and question.scores:
            self.add(loc + ("scores",), f"{qname}: put scores on its options, not on the question")
        if kind == "likert":
            self._check_likert(question, loc)
        if kind in {"scale", "number"}:
            self._check_range(question, loc)
        if question.show_if:
            self._check_condition(question.show_if, loc + ("show_if",), qname, earlier)

    def _check_options(self, question: Question, loc: tuple, earlier: dict[str, Question]) -> None:
        qname = f"question '{question.id}'"
        count = len(question.options)
        if count < 2:
            self.add(loc + ("options",), f"{qname}: a {question.type} question needs at least 2 options, has {count}")
        self._unique([o.id for o in question.options], loc + ("options",), f"{qname}: option")
        for oi, option in enumerate(question.options):
            oloc = loc + ("options", oi)
            self._check_scores(option.scores, oloc, f"{qname} option '{option.id}'")
            if option.show_if:
                self._check_condition(option.show_if, oloc + ("show_if",), f"{qname} option '{option.id}'", earlier)
        if question.type == "multiple":
            low = question.min_selected if question.min_selected is not None else 0
            high = question.max_selected if question.max_selected is not None else count
            if not 0 <= low <= high <= count:
                self.add(
                    loc,
                    f"{qname}: need 0 <= min_selected ({low}) <= max_selected ({high}) <= number of options ({count})",
                )
        if question.type == "ranking" and question.top is not None and not 1 <= question.top <= count:
            self.add(
                loc + ("top",),
                f"{qname}: top must be between 1 and the number of options ({count}), got {question.top}",
            )

    def _check_likert(self, question: Question, loc: tuple) -> None:
        qname = f"question '{question.id}'"
        if question.scale is None:
            self.add(loc, f"{qname}: a likert question needs 'scale' (a name under scales, or min/max/labels)")
        elif isinstance(question.scale, str) and question.scale not in self.q.scales:
            hint = did_you_mean(question.scale, self.q.scales) or " — declare it under scales"
            self.add(loc + ("scale",), f"{qname}: unknown scale '{question.scale}'{hint}")
        elif isinstance(question.scale, Scale):
            self._check_scale(question.scale, loc + ("scale",), f"{qname} scale")

    def _check_range(self, question: Question, loc: tuple) -> None:
        qname = f"question '{question.id}'"
        if question.min is None or question.max is None:
            self.add(loc, f"{qname}: a {question.type} question needs min and max")
        elif question.min >= question.max:
            self.add(loc + ("min",), f"{qname}: min ({question.min:g}) must be below max ({question.max:g})")
        if question.step is not None and question.step <= 0:
            self.add(loc + ("step",), f"{qname}: step must be positive, got {question.step:g}")

    def _check_condition(self, cond: Condition, loc: tuple, owner: str, earlier: dict[str, Question]) -> None:
        target = earlier.get(cond.question)
        if target is None:
            all_ids = {q.id for q in self.q.questions()}
            if cond.question in all_ids:
                why = (
                    "itself"
                    if f"question '{cond.question}'" in owner
                    else f"question '{cond.question}', which comes later"
                )
                self.add(
                    loc + ("question",),
                    f"{owner}: show_if refers to {why} — a condition may only use an earlier question",
                )
            else:
                self.add(
                    loc + ("question",),
                    f"{owner}: show_if refers to unknown question '{cond.question}'{did_you_mean(cond.question, all_ids)}",
                )
            return
        tests = [cond.in_, cond.not_in, cond.equals, cond.min, cond.max, cond.answered]
        if all(t is None for t in tests):
            self.add(loc, f"{owner}: show_if needs a test: in, not_in, equals, min, max or answered")
        if target.type in CHOICE_TYPES:
            valid = {o.id for o in target.options}
            for value in (cond.in_ or []) + (cond.not_in or []) + ([cond.equals] if cond.equals is not None else []):
                if value not in valid:
                    self.add(
                        loc,
                        f"{owner}: show_if value '{value}' is not an option of question '{target.id}'{did_you_mean(str(value), valid)} — the condition could never match",
                    )
        if target.type in {"scale", "number"} and target.min is not None and target.max is not None:
            if (cond.min is not None and cond.min > target.max) or (cond.max is not None and cond.max < target.min):
                self.add(
                    loc,
                    f"{owner}: show_if range lies outside question '{target.id}' ({target.min:g}..{target.max:g}) — it could never match",
                )
        if cond.min is not None and cond.max is not None and cond.min > cond.max:
            self.add(loc, f"{owner}: show_if min ({cond.min:g}) is above max ({cond.max:g}) — it could never match")

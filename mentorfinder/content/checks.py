"""Contradiction rules (data/checks.yaml): answers that pull different ways, told in plain words and resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field

from mentorfinder.answers.quotes import answer_words
from mentorfinder.content.conditions import CheckTest, ShownAnswers
from mentorfinder.content.questionnaire import CHOICE_TYPES
from mentorfinder.content.schema import Number, Questionnaire, Strict, Text
from mentorfinder.i18n.words import MAX_WORDS, translate
from mentorfinder.intake.problems import ContentError, Problem, did_you_mean
from mentorfinder.intake.safeyaml import LineMap, load_yaml_file
from mentorfinder.intake.validation import validate_model


class AnswerRef(Strict):
    """A question of a questionnaire."""

    questionnaire: str
    question: str


class Resolve(Strict):
    """What matching uses instead of the averaged middle: a re-score `from` some answers, or a fixed `percent`."""

    dimension: str
    from_: list[AnswerRef] | None = Field(default=None, alias="from")
    percent: Number | None = None  # finite here; the 0..100 check below says it in its own words
    because: AnswerRef | None = None


class Check(Strict):
    """A rule: when every test holds, the person is told `message` and `resolve` (if any) is applied."""

    id: str
    when: list[CheckTest] = Field(min_length=1)
    message: Text
    resolve: Resolve | None = None


class CheckSet(Strict):
    """The whole checks file."""

    format: Literal["mentor-finder-checks"] = "mentor-finder-checks"
    version: Literal[1] = 1
    languages: list[str] = []  # every language each text must be given in (validate reports any missing)
    checks: list[Check]


@dataclass
class FiredCheck:
    """A rule that holds for these answers, with the person's exact answers to the questions it tests."""

    id: str
    message: str
    quotes: list[str]
    prompts: list[str] = field(default_factory=list)  # the question each quote answers, same order
    resolve: Resolve | None = None


def load_checks(path: Path | str, questionnaires: list[Questionnaire]) -> CheckSet:
    """Load the checks file and check every id, value and resolution against the questionnaires."""
    data, lines = load_yaml_file(path)
    if not isinstance(data, dict):
        raise ContentError([Problem(str(path), 1, "expected a mapping with 'format' and 'checks'")])
    checks = validate_model(CheckSet, data, lines, str(path))
    problems = RuleFileChecker(questionnaires, lines, str(path)).run(checks)
    if problems:
        raise ContentError(problems)
    return checks


class RuleFileChecker:
    """Cross-checks of a schema-valid checks (or fit rules) file, each problem with its line."""

    def __init__(self, questionnaires: list[Questionnaire], lines: LineMap, path: str):
        self.by_id = {q.id: q for q in questionnaires}
        self.dims = {d.id: q for q in questionnaires for d in q.dimensions}
        self.lines, self.path, self.problems = lines, path, []

    def add(self, loc: tuple, message: str) -> None:
        """Record a problem at the line of `loc` (a path of keys and indexes into the file)."""
        self.problems.append(Problem(self.path, self.lines.line(loc), message))

    def run(self, checks: CheckSet) -> list[Problem]:
        """Every problem of a checks file, in line order."""
        seen: set[str] = set()
        for i, check in enumerate(checks.checks):
            loc, who = ("checks", i), f"check '{check.id}'"
            if check.id in seen:
                self.add(loc + ("id",), f"{who}: id is used twice — ids must be unique")
            seen.add(check.id)
            for j, test in enumerate(check.when):
                self.test(test, loc + ("when", j), who)
            self.words(check.message, loc + ("message",), who)
            if check.resolve:
                self._resolve(check, loc + ("resolve",), who)
        return sorted(self.problems, key=lambda p: p.line)

    def _question(self, ref: AnswerRef | CheckTest, loc: tuple, who: str):
        q = self.by_id.get(ref.questionnaire)
        if q is None:
            known = self.by_id
            self.add(
                loc + ("questionnaire",),
                f"{who}: unknown questionnaire '{ref.questionnaire}'{did_you_mean(ref.questionnaire, known)}",
            )
            return None
        questions = {x.id: x for x in q.questions()}
        if ref.question not in questions:
            self.add(
                loc + ("question",),
                f"{who}: questionnaire '{q.id}' has no question '{ref.question}'{did_you_mean(ref.question, questions)}",
            )
            return None
        return q, questions[ref.question]

    def words(self, message: Text, loc: tuple, who: str) -> None:
        """A message of more than MAX_WORDS words, in any language, is a problem."""
        for language, words in ({"": message} if isinstance(message, str) else message).items():
            if len(words.split()) > MAX_WORDS:
                where = f" ({language})" if language else ""
                self.add(loc, f"{who}: message{where} has {len(words.split())} words — keep it to {MAX_WORDS} or fewer")

    def test(self, test: CheckTest, loc: tuple, who: str) -> None:
        """One test: a known question, a condition on it, values its options have, a range that can hold."""
        found = self._question(test, loc, who)
        if found is None:
            return
        q, question = found
        if all(t is None for t in (test.in_, test.not_in, test.equals, test.min, test.max, test.answered)):
            self.add(loc, f"{who}: test on '{question.id}' needs one of in, not_in, equals, min, max or answered")
        if question.type in CHOICE_TYPES:
            valid = {o.id for o in question.options}
            equals = [test.equals] if test.equals is not None else []
            for value in (test.in_ or []) + (test.not_in or []) + equals:
                if value not in valid:
                    self.add(
                        loc,
                        f"{who}: '{value}' is not an option of question '{question.id}'{did_you_mean(str(value), valid)}",
                    )
        elif question.type != "text" and (test.min is not None or test.max is not None):
            scale = q.scale_of(question) if question.type == "likert" else question
            low, high = scale.min, scale.max
            if (test.min is not None and test.min > high) or (test.max is not None and test.max < low):
                self.add(
                    loc, f"{who}: range lies outside question '{question.id}' ({low:g}..{high:g}) — it could never hold"
                )

    def _resolve(self, check: Check, loc: tuple, who: str) -> None:
        r = check.resolve
        if r.dimension not in self.dims:
            self.add(
                loc + ("dimension",), f"{who}: unknown dimension '{r.dimension}'{did_you_mean(r.dimension, self.dims)}"
            )
            return
        scoring = [(q.id, x.id) for q in self.by_id.values() for x in q.questions() if _scores(x, r.dimension)]
        if not scoring:
            self.add(
                loc + ("dimension",), f"{who}: no question scores dimension '{r.dimension}', so it cannot be resolved"
            )
        if (r.from_ is None) == (r.percent is None):
            self.add(loc, f"{who}: resolve needs either 'from' (answers to re-score from) or 'percent', not both")
        for k, ref in enumerate(r.from_ or []):
            found = self._question(ref, loc + ("from", k), who)
            if found and (ref.questionnaire, ref.question) not in scoring:
                self.add(loc + ("from", k), f"{who}: question '{ref.question}' does not score '{r.dimension}'")
        if r.percent is not None:
            if not 0 <= r.percent <= 100:
                self.add(loc + ("percent",), f"{who}: percent must be 0..100, got {r.percent:g}")
            tested = {(t.questionnaire, t.question) for t in check.when}
            if r.because is None:
                self.add(loc, f"{who}: a fixed percent needs 'because': the tested question that decides it")
            elif (r.because.questionnaire, r.because.question) not in tested:
                self.add(loc + ("because",), f"{who}: 'because' must be one of the questions the check tests")


def _scores(question, dimension: str) -> bool:
    return dimension in question.scores or any(dimension in o.scores for o in question.options)


def fired_checks(
    checks: CheckSet | None,
    questionnaires: list[Questionnaire],
    shown: ShownAnswers,
    language: str = "en",
) -> list[FiredCheck]:
    """The rules that hold for these answers, in file order. A test on a hidden question never holds."""
    if checks is None:
        return []
    by_id = {q.id: q for q in questionnaires}
    fired = []
    for check in checks.checks:
        if not all(shown.holds(t) for t in check.when):
            continue
        quotes, prompts, done = [], [], set()
        for t in check.when:
            value = shown.answers[t.questionnaire].get(t.question)
            if (t.questionnaire, t.question) in done or value in (None, "", []):
                continue
            done.add((t.questionnaire, t.question))
            q, question = by_id[t.questionnaire], shown.questions[t.questionnaire][t.question]
            # a multiple choice quotes only the chosen options the rule is about
            only = set(t.in_) if t.in_ is not None and question.type in {"multiple", "ranking"} else None
            quotes.append(answer_words(q, question, value, language, only))
            prompts.append(translate(question.prompt, language, q.default_language))
        fired.append(FiredCheck(check.id, translate(check.message, language), quotes, prompts, check.resolve))
    return fired

"""Answers -> profile: every dimension's raw score and its percent of the possible range."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mentorfinder.answers.quotes import answer_words
from mentorfinder.content.conditions import ShownAnswers, visible_options
from mentorfinder.content.schema import Question, Questionnaire
from mentorfinder.i18n.words import translate
from mentorfinder.scoring.derived import RankedCode, derive, scored_dimensions


@dataclass
class Evidence:
    """One answer's part in a dimension score: what was answered and how far up its range it pushed."""

    questionnaire: str
    question: str
    prompt: str
    answer: str
    points: float
    share: float  # 0..1: where this answer sits in the question's own range for the dimension
    span: float  # the width of that range: how much the question can move the dimension
    kind: str = ""  # the question's type, so explanations can say "you chose" or "you put … first"
    topic: str = ""  # the question named in a few words ('how often to talk'); '' when it has none
    says: bool = True  # False: the answer states no preference here ('Nothing in particular yet', 0 hours)


@dataclass
class DimensionScore:
    """A dimension's result. `percent` is (raw - lowest possible) / (highest - lowest) * 100."""

    id: str
    label: str
    group: str
    raw: float = 0.0
    percent: float = 0.0
    lowest: float = 0.0
    highest: float = 0.0
    items: int = 0  # answered questions that scored it
    questions: int = 0  # questions that can score it, shown or not: items < questions says some were skipped
    low: str = ""
    high: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    unresolved: DimensionScore | None = None  # the score as answered, where a contradiction rule changed it
    resolved_by: str = ""  # the id of that rule


Profile = dict[str, DimensionScore]


def score(questionnaires: list[Questionnaire], shown: ShownAnswers, language: str = "en") -> Profile:
    """Score every declared dimension from the shown answers (ShownAnswers, filtered once by the caller): hidden
    and unanswered questions count neither towards the raw score nor towards the range."""
    profile: Profile = {}
    for q in questionnaires:
        dims = {d.id: d for d in q.dimensions}
        sums = {d: [0.0, 0.0, 0.0, 0] for d in dims}  # raw, lowest, highest, items
        evidence: dict[str, list[Evidence]] = {d: [] for d in dims}
        given = shown.answers[q.id]
        scoring = [scored_dimensions(question) for question in q.questions()]  # once per questionnaire, not per dim
        can_score = {d: sum(d in found for found in scoring) for d in dims}  # questions that can score each dimension
        for question in q.questions():
            if question.id not in given:
                continue
            prompt = translate(question.prompt, language, q.default_language)  # once per question, not per dimension
            topic = translate(question.topic, language, q.default_language)
            for dim, (points, low, high, label) in question_points(q, question, given).items():
                total = sums[dim]
                total[0] += points
                total[1] += low
                total[2] += high
                total[3] += 1
                share = (points - low) / (high - low) if high > low else 0.0
                evidence[dim].append(
                    Evidence(q.id, question.id, prompt, label(language), points, share, high - low, question.type,
                             topic, states_preference(question, given[question.id], dim))
                )  # fmt: skip
        for dim_id, dim in dims.items():
            raw, low, high, items = sums[dim_id]
            raw, low, high, percent = aggregated(raw, low, high, items, dim.aggregate)
            profile[dim_id] = DimensionScore(
                id=dim_id,
                label=translate(dim.label, language, q.default_language),
                group=dim.group,
                raw=round(raw, 4),
                percent=round(percent, 1),
                lowest=round(low, 4),
                highest=round(high, 4),
                items=items,
                questions=can_score[dim_id],
                low=translate(dim.low, language, q.default_language),
                high=translate(dim.high, language, q.default_language),
                evidence=evidence[dim_id],
            )
        for dim in q.dimensions:
            if dim.derived:
                profile[dim.id] = derive(dim, profile[dim.derived.from_], language, q.default_language)
    return profile


def aggregated(raw: float, low: float, high: float, items: int, aggregate: str) -> tuple[float, float, float, float]:
    """(raw, lowest, highest, percent) of summed item points: a mean divides by the items; percent of the range."""
    if aggregate == "mean" and items:
        raw, low, high = raw / items, low / items, high / items
    return raw, low, high, (raw - low) / (high - low) * 100 if high > low else 0.0


def question_points(q: Questionnaire, question: Question, shown: Mapping[str, Any]) -> dict[str, tuple]:
    """Per dimension: (points, lowest possible, highest possible, answer-label function)."""
    value = shown[question.id]
    kind = question.type
    if kind in {"single", "multiple"}:
        options = visible_options(question, shown)
        chosen = [value] if kind == "single" else list(value)
        if kind == "single":
            low_n = high_n = 1
        else:
            low_n = question.min_selected or 0
            high_n = question.max_selected if question.max_selected is not None else len(options)
        result = {}
        for dim in _dims_of(options):
            weights = [o.scores.get(dim, 0.0) for o in options]
            points = sum(o.scores.get(dim, 0.0) for o in options if o.id in chosen)
            low, high = _subset_range(weights, low_n, high_n)
            result[dim] = (points, low, high, _choice_label(question, chosen, dim))
        return result
    if kind == "ranking":
        return _ranking_points(question, list(value))
    if kind in {"likert", "scale", "number"}:
        if kind == "likert":
            scale = q.scale_of(question)
            bottom, top = scale.min, scale.max
            scored = value if question.key == "+" else bottom + top - value
        else:
            bottom, top, scored = question.min, question.max, value
        result = {}
        for dim, weight in question.scores.items():
            ends = sorted((weight * bottom, weight * top))
            result[dim] = (weight * scored, ends[0], ends[1], _number_label(q, question, value))
        return result
    return {}  # free text is never scored


def states_preference(question: Question, value: Any, dimension: str) -> bool:
    """Whether an answer says something about a dimension: a chosen option that carries a score for it, or a
    number other than none. 'Nothing in particular yet' or 0 hours a month is an absence, not a preference."""
    if question.type in {"single", "multiple"}:
        chosen = value if isinstance(value, list) else [value]
        return any(dimension in o.scores for o in question.options if o.id in chosen)
    if question.type == "number":
        return value != 0
    return True


def _dims_of(options) -> list[str]:
    dims: list[str] = []
    for option in options:
        dims.extend(d for d in option.scores if d not in dims)
    return dims


def _subset_range(weights: list[float], low_n: int, high_n: int) -> tuple[float, float]:
    """Lowest and highest total of choosing between low_n and high_n of the weights."""
    ordered = sorted(weights)
    high_n = min(high_n, len(weights))
    sizes = range(low_n, high_n + 1) if low_n <= high_n else [high_n]
    lows = [sum(ordered[:k]) for k in sizes]
    highs = [sum(ordered[len(ordered) - k :]) for k in sizes]
    return min(lows), max(highs)


def rank_points(question: Question) -> list[int]:
    """Points for each ranked position: the first of `top` gets `top`, the last 1; unranked items 0."""
    top = question.top or len(question.options)
    return [top - i for i in range(top)]


def _ranking_points(question: Question, order: list[str]) -> dict[str, tuple]:
    points_by_position = rank_points(question)
    padded = points_by_position + [0] * (len(question.options) - len(points_by_position))
    result = {}
    for dim in _dims_of(question.options):
        weights = {o.id: o.scores.get(dim, 0.0) for o in question.options}
        points = sum(weights[oid] * padded[i] for i, oid in enumerate(order) if oid in weights)
        ascending = sorted(weights.values())
        high = sum(w * p for w, p in zip(sorted(ascending, reverse=True), padded, strict=True))
        low = sum(w * p for w, p in zip(ascending, padded, strict=True))
        result[dim] = (points, low, high, _ranking_label(question, order, dim))
    return result


def _choice_label(question: Question, chosen: list[str], dim: str):
    """The chosen options that moved this dimension up (or, when none did, every chosen option)."""

    def label(language: str) -> str:
        helpful = {o.id for o in question.options if o.id in chosen and o.scores.get(dim, 0) > 0}
        return answer_words(
            None, question, chosen if question.type == "multiple" else chosen[0], language, helpful or None
        )

    return label


def _ranking_label(question: Question, order: list[str], dim: str):
    """The ranked item that carries this dimension, with its place ('‘X’ first'); '' when it was not ranked."""

    def label(language: str) -> str:
        scoring = {o.id for o in question.options if o.scores.get(dim, 0) > 0}
        ranked = [oid for oid in order if oid in scoring][:1]
        return answer_words(None, question, order, language, set(ranked)) if ranked else ""

    return label


def _number_label(q: Questionnaire, question: Question, value: float):
    def label(language: str) -> str:
        return answer_words(q, question, value, language)

    return label


NOT_ANSWERED = "no answered question scores this dimension"


def profile_json(profile: Profile) -> dict[str, dict[str, Any]]:
    """The `score` command's contract: {dimension: {raw, percent, min, max, answered, questions}}.

    A dimension no answered question scores has raw, percent, min and max null and says why: a 0 there
    would read as a real lowest score.
    """
    return {d.id: dimension_json(d) for d in profile.values()}


def dimension_json(d: DimensionScore) -> dict[str, Any]:
    """One dimension of the `score` contract."""
    if not d.items:
        return {"raw": None, "percent": None, "min": None, "max": None, "answered": 0, "questions": d.questions,
                "reason": NOT_ANSWERED}  # fmt: skip
    return {"raw": d.raw, "percent": d.percent, "min": d.lowest, "max": d.highest, "answered": d.items,
            "questions": d.questions}  # fmt: skip


def codes_json(codes: list[RankedCode]) -> dict[str, Any]:
    """Ranked codes in the `score` and `match` contracts: {code id: {label, code, dimensions, unranked}}."""
    return {c.id: {"label": c.label, "code": c.code, "dimensions": c.dimensions, "unranked": c.unranked} for c in codes}

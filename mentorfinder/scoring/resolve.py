"""Resolving contradictions: the score matching uses instead of the averaged middle, with the answers that count."""

from __future__ import annotations

from dataclasses import replace

from mentorfinder.answers.quotes import answer_words
from mentorfinder.content.checks import FiredCheck, Resolve
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.words import translate
from mentorfinder.scoring.profile import DimensionScore, Evidence, Profile, aggregated, question_points


def resolved_profile(
    profile: Profile,
    fired: list[FiredCheck],
    questionnaires: list[Questionnaire],
    shown: ShownAnswers,
    language: str = "en",
) -> Profile:
    """A new profile with each fired resolution applied (later rules win); the given profile is not changed.

    The dimension's evidence becomes only the answers that now count, so explanations quote those.
    """
    by_id = {q.id: q for q in questionnaires}
    result = dict(profile)
    for check in fired:
        r = check.resolve
        if r is None or r.dimension not in result:
            continue
        dim = result[r.dimension]
        if r.from_ is not None:
            changed = _rescored(dim, r, by_id, shown)
        else:
            changed = _fixed(dim, r, by_id, shown, language)
        if changed is not dim:  # keep the score as answered, so sentences tell both (docs/matching.md)
            result[r.dimension] = replace(changed, unresolved=dim.unresolved or dim, resolved_by=check.id)
    return result


def _rescored(dim: DimensionScore, r: Resolve, by_id: dict[str, Questionnaire], shown: ShownAnswers) -> DimensionScore:
    raw = low = high = 0.0
    items, kept = 0, set()
    for ref in r.from_:
        q = by_id.get(ref.questionnaire)
        given = shown.answers[q.id] if q else {}
        question = next((x for x in q.questions() if x.id == ref.question), None) if q else None
        if question is None or question.id not in given:
            continue
        points = question_points(q, question, given).get(dim.id)
        if points is None:
            continue
        raw, low, high, items = raw + points[0], low + points[1], high + points[2], items + 1
        kept.add((q.id, question.id))
    if not items:
        return dim  # none of the answers to re-score from was given: keep the score as it was
    declared = next(d for q in by_id.values() for d in q.dimensions if d.id == dim.id)
    raw, low, high, percent = aggregated(raw, low, high, items, declared.aggregate)
    evidence = [e for e in dim.evidence if (e.questionnaire, e.question) in kept]
    return replace(
        dim, raw=round(raw, 4), percent=round(percent, 1), lowest=round(low, 4), highest=round(high, 4), items=items,
        evidence=evidence,
    )  # fmt: skip


def _fixed(
    dim: DimensionScore, r: Resolve, by_id: dict[str, Questionnaire], shown: ShownAnswers, language: str
) -> DimensionScore:
    q = by_id[r.because.questionnaire]
    question = next(x for x in q.questions() if x.id == r.because.question)
    value = shown.answers[q.id].get(question.id)  # the rule fired, so its `because` question is shown
    span = dim.highest - dim.lowest
    raw = dim.lowest + r.percent / 100 * span  # the same range, so raw and percent still agree
    prompt = translate(question.prompt, language, q.default_language)
    topic = translate(question.topic, language, q.default_language)
    words = answer_words(q, question, value, language)
    evidence = [Evidence(q.id, question.id, prompt, words, raw, r.percent / 100, span, question.type, topic)]
    return replace(dim, raw=round(raw, 4), percent=round(float(r.percent), 1), evidence=evidence)

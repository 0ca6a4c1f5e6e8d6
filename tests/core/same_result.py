"""Answer sets for the shown-answers tests, and a digest of a result, to prove hidden answers change nothing.

Every persona answers file under tests/core/personas/ and seeded random answers as the app takes them
(answers.sample, the generator bench/bench_matching.py uses), each also with every hidden question answered at
random (`with_hidden_answers`): show_if's `not_in` on a missing answer, and checks that need a hidden question's
answer to be absent, are exercised. test_shown_answers.py holds that evaluate() and a programme's participant
(matching.mentors.participant_of) are the same either way.
When the answers were first filtered once at evaluate()'s door (issue 21), the same digests were compared with
the code before the change: 626 answer sets and 1,026 participants and mentors, all unchanged.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from mentorfinder.answers.file import parse_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.conditions import visible_questions
from mentorfinder.content.load import Content
from mentorfinder.content.schema import Question, Questionnaire
from mentorfinder.evaluate import evaluate

HERE = Path(__file__).parent
PERSONAS = HERE / "personas"
SAMPLED = 150  # answer sets as the app takes them (seeds 0..149)
UNFILTERED = 150  # answer sets with hidden questions answered and shown ones skipped (seeds 0..149)
TEXTS = ["I would like to grow as a leader.", "Not sure yet.", ""]


def unfiltered_answers(questionnaires: list[Questionnaire], seed: int) -> dict[str, dict[str, Any]]:
    """Every question answered with a random valid value (or skipped, one time in four) whatever show_if says."""
    answers: dict[str, dict[str, Any]] = {}
    for q in questionnaires:
        given: dict[str, Any] = {}
        for question in q.questions():
            rng = random.Random(f"hidden/{seed}/{q.id}/{question.id}")
            if rng.random() < 0.75:
                given[question.id] = _any_value(rng, q, question)
        answers[q.id] = given
    return answers


def with_hidden_answers(
    questionnaires: list[Questionnaire], answers: dict[str, dict[str, Any]], seed: int
) -> dict[str, dict[str, Any]]:
    """The answers, and every question they hide answered too, at random: what must change no result."""
    more = {q: dict(given) for q, given in answers.items()}
    for q in questionnaires:
        given = more.setdefault(q.id, {})
        shown = {x.id for x in visible_questions(q, given)}
        for question in q.questions():
            if question.id not in shown:
                rng = random.Random(f"more/{seed}/{q.id}/{question.id}")
                given[question.id] = _any_value(rng, q, question)
    return more


def _any_value(rng: random.Random, q: Questionnaire, question: Question) -> Any:
    ids = [o.id for o in question.options]  # hidden options too
    kind = question.type
    if kind == "single":
        return rng.choice(ids)
    if kind == "multiple":
        return rng.sample(ids, rng.randint(0, min(3, len(ids))))
    if kind == "ranking":
        return rng.sample(ids, question.top or len(ids))
    if kind == "likert":
        scale = q.scale_of(question)
        return rng.randint(scale.min, scale.max)
    if kind in {"scale", "number"}:
        step = question.step or 1
        value = question.min + step * rng.randint(0, int(round((question.max - question.min) / step)))
        return int(value) if float(value).is_integer() else round(value, 6)
    return rng.choice(TEXTS)


def cases(content: Content) -> Iterator[tuple[str, dict[str, dict[str, Any]], str]]:
    """(name, answers, language) for every pinned answer set, personas first."""
    questionnaires = list(content.questionnaires)
    for path in sorted(PERSONAS.rglob("*.json")):
        parsed = parse_answers(path.read_bytes(), str(path), questionnaires)
        yield str(path.relative_to(PERSONAS)), parsed.answers, parsed.language
    for seed in range(SAMPLED):
        yield f"sample/{seed}", sample_answers(questionnaires, seed), ("en", "es")[seed % 2]
    for seed in range(UNFILTERED):
        yield f"unfiltered/{seed}", unfiltered_answers(questionnaires, seed), ("en", "es")[seed % 2]


_LEAVES = frozenset({str, int, float, bool, type(None)})  # exact types: never a dataclass, list or dict
_FIELDS: dict[type, tuple[str, ...] | None] = {}  # a type's dataclass field names (None: not a dataclass)


def plain(value: Any) -> Any:
    """`dataclasses.asdict` without its deep copy of every leaf (most of this file's time went there): dataclasses
    as dicts of their fields, lists and tuples as lists, every other value as it is. As JSON it is the same text.
    Whether a type is a dataclass, and its fields, are looked up once per type (both belong to the class)."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    if kind not in _FIELDS:
        dataclass = is_dataclass(kind) and not issubclass(kind, type)
        _FIELDS[kind] = tuple(f.name for f in fields(kind)) if dataclass else None
    names = _FIELDS[kind]
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def hashed(build) -> str:
    """A short hash of every field of what build() returns, or of the error it raises."""
    try:
        whole = json.dumps(plain(build()), sort_keys=True, default=repr)
    except Exception as err:  # noqa: BLE001 - an error is a result too, and must stay the same
        whole = f"{type(err).__name__}: {err}"
    return hashlib.sha256(whole.encode()).hexdigest()[:16]


def digest(content: Content, answers: dict[str, dict[str, Any]], language: str) -> str:
    """A short hash of everything evaluate() returns (every field of the Result), or of the error it raises."""
    return hashed(lambda: evaluate(content, answers, language=language))

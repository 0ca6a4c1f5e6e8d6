"""The answer sets whose evaluate() results are pinned by digest, to prove a refactor changes no result.

Every persona answers file under tests/core/personas/, seeded random answers as the app takes them
(answers.sample, the generator bench/bench_matching.py uses), and seeded random answers that also answer
hidden questions and skip shown ones (so show_if's `not_in` on a missing answer, and checks that need a
hidden question's answer to be absent, are exercised). Write the digests of the code as it stands with
`python -m tests.core.same_result` (tests/core/fixtures/evaluate_digests.json); test_shown_answers.py
compares against them. The same sets as a programme's participants (matching.mentors.participant_of), and
seeded sample mentors as kinds of mentor (scoring.mentor.mentor_kind), with and without hidden answers, are
pinned in programme_digests.json the same way.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from mentorfinder.answers.file import parse_answers
from mentorfinder.answers.mentor import sample_mentors
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import Content, load_content
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.content.schema import Question, Questionnaire
from mentorfinder.evaluate import evaluate
from mentorfinder.matching.mentors import participant_of
from mentorfinder.scoring.mentor import mentor_kind

HERE = Path(__file__).parent
PERSONAS = HERE / "personas"
DIGESTS = HERE / "fixtures" / "evaluate_digests.json"
PROGRAMME_DIGESTS = HERE / "fixtures" / "programme_digests.json"
MENTOR_SEEDS = 20  # seeded rosters of 10 sample mentors each, as sampled and with hidden answers
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


def hashed(build) -> str:
    """A short hash of every field of what build() returns, or of the error it raises."""
    try:
        value = build()
        data = value.model_dump() if hasattr(value, "model_dump") else asdict(value)  # a kind of mentor is pydantic
        whole = json.dumps(data, sort_keys=True, default=repr)
    except Exception as err:  # noqa: BLE001 - an error is a result too, and must stay the same
        whole = f"{type(err).__name__}: {err}"
    return hashlib.sha256(whole.encode()).hexdigest()[:16]


def digest(content: Content, answers: dict[str, dict[str, Any]], language: str) -> str:
    """A short hash of everything evaluate() returns (every field of the Result), or of the error it raises."""
    return hashed(lambda: evaluate(content, answers, language=language))


def digests(content: Content) -> dict[str, str]:
    """Every pinned answer set's digest by name."""
    return {name: digest(content, answers, language) for name, answers, language in cases(content)}


def programme_digests(content: Content) -> dict[str, str]:
    """Every pinned answer set as a participant, and every pinned sample mentor as a kind, by name."""
    found = {
        f"participant/{name}": hashed(lambda a=answers, lang=language: participant_of(content, a, lang))
        for name, answers, language in cases(content)
    }
    form = mentor_form()
    for seed in range(MENTOR_SEEDS):
        for n, mentor in enumerate(sample_mentors(form, 10, seed)):
            hidden = replace(mentor, answers=unfiltered_answers([form], 1000 * seed + n))
            found[f"mentor/{seed}/{mentor.id}"] = hashed(lambda m=mentor: mentor_kind(form, m))
            found[f"mentor/{seed}/{mentor.id}/unfiltered"] = hashed(lambda m=hidden: mentor_kind(form, m))
    return found


if __name__ == "__main__":
    content = load_content()
    for path, found in ((DIGESTS, digests(content)), (PROGRAMME_DIGESTS, programme_digests(content))):
        path.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(found)} digests written to {path}")

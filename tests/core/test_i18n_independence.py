"""Scoring never depends on the language shown: every persona scores, ranks and excludes alike in en and es."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from mentorfinder.answers.file import dump_answers, parse_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.cli import main
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import MAX_WORDS, translate
from mentorfinder.matching.explain import words
from mentorfinder.matching.model import Match, rank
from mentorfinder.present.summary import profile_summary

PERSONAS = Path(__file__).parent / "personas"
IDS = [p["id"] for p in yaml.safe_load((PERSONAS / "personas.yaml").read_text(encoding="utf-8"))["personas"]]
CONTENT = load_content()


def _answers(persona_id: str) -> dict:
    return json.loads((PERSONAS / f"{persona_id}.json").read_text(encoding="utf-8"))["answers"]


def _numbers(result) -> dict:
    """Everything a result decides, without a word of text."""
    return {
        "profile": {d: (s.raw, s.percent, s.items) for d, s in result.profile.items()},
        "ranking": [(m.archetype, m.percent, m.label, m.components, m.gated, m.about_equal) for m in result.shortlist],
        "network": [(m.archetype, m.covers) for m in result.network],
        "excluded": [e.archetype for e in result.excluded],
        "checks": [c.id for c in result.checks],
        "tips": [(t.dimension, t.kind, t.percent) for t in result.tips],
    }


def _texts(result, language: str) -> list[str]:
    return [
        *[m.name for m in result.shortlist],
        *[line for m in result.shortlist for line in m.why + m.caveats],
        *[e.reason for e in result.excluded],
        *[c.message for c in result.checks],
        *[t.text for t in result.tips],
        *profile_summary(result.profile, language),
    ]


@pytest.mark.parametrize("persona", IDS)
def test_a_persona_scores_ranks_and_excludes_alike_in_english_and_spanish(persona):
    english = evaluate(CONTENT, _answers(persona), language="en")
    spanish = evaluate(CONTENT, _answers(persona), language="es")
    assert _numbers(spanish) == _numbers(english)
    # and the Spanish really was used: each name, line and message differs from its English
    pairs = list(zip(_texts(english, "en"), _texts(spanish, "es"), strict=True))
    assert pairs and [en for en, es in pairs if en == es] == []
    assert [m.name for m in spanish.shortlist] != [m.name for m in english.shortlist]


@pytest.mark.parametrize("persona", IDS)
def test_spanish_explanation_lines_are_as_short_as_the_english(persona):
    spanish = evaluate(CONTENT, _answers(persona), language="es")
    lines = [line for m in spanish.shortlist for line in m.why + m.caveats + m.why_brief + m.caveats_brief]
    assert lines and [line for line in lines if words(line) > MAX_WORDS] == []


def test_equal_scores_rank_by_the_contents_own_names_whatever_the_language():
    # The same two archetypes, shown in Spanish: alphabetically their Spanish names order the other way
    def match(archetype, name, sort_name):
        return Match(archetype, name, 60.0, "good", {"needs": 50.0}, sort_name=sort_name)

    coach, veteran = ("skills_coach", "Skills coach"), ("industry_veteran", "Industry veteran")
    english = rank([match(*coach, coach[1]), match(*veteran, veteran[1])])
    spanish = rank(
        [match(coach[0], "Entrenador de habilidades", coach[1]), match(veteran[0], "Veterano del sector", veteran[1])]
    )
    assert [m.archetype for m in english] == [m.archetype for m in spanish] == ["industry_veteran", "skills_coach"]


def test_an_answers_file_reopens_in_any_language(tmp_path, capsys):
    answers = _answers("difficult_boss")
    path = tmp_path / "answers.json"
    path.write_text(dump_answers(answers, language="es"), encoding="utf-8")
    parsed = parse_answers(path.read_bytes(), str(path), list(CONTENT.questionnaires))
    assert (parsed.language, parsed.answers) == ("es", answers)
    runs = {}
    for flags in ([], ["--language", "en"], ["--lang", "es"]):
        assert main(["match", str(path), *flags]) == 0
        runs[" ".join(flags) or "file"] = json.loads(capsys.readouterr().out)
    numbers = {key: [(m["archetype"], m["percent"]) for m in out["shortlist"]] for key, out in runs.items()}
    assert numbers["file"] == numbers["--language en"] == numbers["--lang es"]
    assert runs["file"]["profile"] == runs["--language en"]["profile"]
    names = {key: out["shortlist"][0]["name"] for key, out in runs.items()}
    assert names == {"file": "Impulsor de confianza", "--language en": "Confidence builder",
                     "--lang es": "Impulsor de confianza"}  # fmt: skip


@pytest.mark.parametrize("seed", range(12))
def test_random_answer_sets_score_alike_in_english_and_spanish(seed):
    answers = sample_answers(list(CONTENT.questionnaires), seed)
    assert _numbers(evaluate(CONTENT, answers, language="es")) == _numbers(evaluate(CONTENT, answers, language="en"))


@pytest.mark.parametrize("code", ["es", "es-419", "es_MX"])
def test_regional_spanish_reads_the_spanish_content_and_sentences(code):
    assert translate({"en": "Every week", "es": "Cada semana"}, code) == "Cada semana"
    result = evaluate(CONTENT, _answers("difficult_boss"), language=code)
    assert result.shortlist[0].name == "Impulsor de confianza"
    assert any(line.startswith("Al ordenar la ayuda que más quieres, pusiste «") for line in result.shortlist[0].why)

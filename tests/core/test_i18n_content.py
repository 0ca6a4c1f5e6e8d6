"""Every content text in every language the content set uses; translations are only maps on text fields."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mentorfinder.cli import main
from mentorfinder.content.load import DATA_DIR, QUESTIONNAIRES_DIR, load_content
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.i18n.texts import content_languages, set_translation_problems, texts_of, translation_problems
from mentorfinder.i18n.words import translate
from mentorfinder.intake.problems import ContentError

CONTENT = load_content()
FILES = [(p, load_questionnaire(p)) for p in sorted(QUESTIONNAIRES_DIR.glob("*.yaml"))] + [
    (DATA_DIR / "archetypes.yaml", CONTENT.archetypes),
    (DATA_DIR / "tips.yaml", CONTENT.tips),
    (DATA_DIR / "checks.yaml", CONTENT.checks),
]
ONE_QUESTION = """\
id: tiny
title: {en: Tiny, es: Diminuto}
version: 1
languages: [en, es]
steps:
  - id: s
    title: {en: Step, es: Paso}
    questions:
      - id: q
        type: single
        prompt: {en: Pick one, es: Elige una}
"""
OTHER = "          - {id: b, label: {en: B, es: Be}}\n"


def test_the_shipped_content_is_in_english_and_spanish_with_no_text_missing():
    assert content_languages([model for _, model in FILES]) == ["en", "es"]
    assert set_translation_problems(FILES) == []
    texts = [text for _, model in FILES for _, text in texts_of(model)]
    assert len(texts) > 600 and all(isinstance(t, dict) and t["es"].strip() and t["en"].strip() for t in texts)


def test_a_missing_or_blank_spanish_text_is_named_with_its_file_and_line(tmp_path):
    path = tmp_path / "tiny.yaml"
    broken = ONE_QUESTION.replace("es: Paso", "es: ' '") + "        options:\n          - {id: a, label: A}\n" + OTHER
    path.write_text(broken, encoding="utf-8")
    problems = translation_problems(load_questionnaire(path), str(path), ["en", "es"])
    assert [str(p) for p in problems] == [
        f"{path}:7: step 's' title: no 'es' translation",
        f"{path}:13: question 'q' option 'a' label: no 'es' translation",
    ]


def test_validate_reports_missing_translations_as_path_and_line(tmp_path, capsys):
    path = tmp_path / "tiny.yaml"
    path.write_text(ONE_QUESTION + "        options:\n          - {id: a, label: {en: A}}\n" + OTHER, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().err.strip() == f"{path}:13: question 'q' option 'a' label: no 'es' translation"


def test_a_content_set_that_declares_no_languages_may_translate_only_some_texts(tmp_path, capsys):
    path = tmp_path / "tiny.yaml"
    partial = ONE_QUESTION.replace("languages: [en, es]\n", "") + "        options:\n          - {id: a, label: A}\n"
    path.write_text(partial + OTHER, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == "OK: 1 questionnaire (1 questions)\n"


def test_a_declared_language_must_be_a_language_code(tmp_path):
    path = tmp_path / "tiny.yaml"
    declared = ONE_QUESTION.replace("languages: [en, es]", "languages: [en, Spanish]")
    path.write_text(declared + "        options:\n          - {id: a, label: A}\n" + OTHER, encoding="utf-8")
    problems = translation_problems(load_questionnaire(path), str(path), ["en"])
    assert [str(p) for p in problems] == [
        f"{path}:4: languages: language 'Spanish' is not a language code such as 'en' or 'pt-BR'"
    ]


def test_a_text_read_as_a_map_by_a_stray_colon_is_refused(tmp_path):
    # `- Offer real value back: advice, …` is a one-key map in YAML, not a sentence: shown as its value only
    path = tmp_path / "tiny.yaml"
    stray = "        help:\n          Note: this is shown\n        options:\n          - {id: a, label: A}\n"
    path.write_text(ONE_QUESTION + stray + OTHER, encoding="utf-8")
    problems = translation_problems(load_questionnaire(path), str(path), ["en"])
    assert [str(p) for p in problems] == [
        f"{path}:13: question 'q' help: language 'Note' is not a language code such as 'en' or 'pt-BR' — quote a "
        "text that contains ': '"
    ]


def test_options_cannot_be_translated_as_whole_lists(tmp_path):
    # a list per language could be reordered (and its scores with it): only an option's label takes a map
    path = tmp_path / "tiny.yaml"
    options = "        options:\n          en: [{id: a, label: A}]\n          es: [{id: a, label: A}]\n"
    path.write_text(ONE_QUESTION + options, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_questionnaire(path)
    assert str(err.value).startswith(f"{path}:13: question 'q': field 'options' expected a valid list, got {{'en'")


def _structure(value):
    """The file with every text replaced by one marker: what must not differ between languages."""
    if (
        isinstance(value, dict)
        and value
        and set(value) <= {"en", "es"}
        and all(isinstance(v, str) for v in value.values())
    ):
        return "<text>"
    if isinstance(value, dict):
        return {k: _structure(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_structure(v) for v in value]
    return value


@pytest.mark.parametrize("path", [p for p, _ in FILES], ids=lambda p: p.name)
def test_ids_order_and_scores_are_shared_by_every_language(path: Path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # both languages read the same file, so every id, option order, score and value is one and the same;
    # the only maps with language keys are whole texts
    structure = _structure(data)

    def walk(node):
        if isinstance(node, dict):
            assert not ({"en", "es"} & set(node)), f"a language map that is not a text: {node}"
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(structure)


def test_option_ids_order_and_scores_read_the_same_in_both_languages():
    for q in CONTENT.questionnaires:
        for question in q.questions():
            en = [(o.id, translate(o.label, "en"), o.scores) for o in question.options]
            es = [(o.id, translate(o.label, "es"), o.scores) for o in question.options]
            assert [(i, s) for i, _, s in en] == [(i, s) for i, _, s in es]
            assert all(a != b for (_, a, _), (_, b, _) in zip(en, es, strict=True)) or not en, question.id

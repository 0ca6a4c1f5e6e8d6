"""The problems of a bad answers file said in Spanish, line for line, while their English (the CLI's, and
`str()` of every problem) stays exactly as it was; no part of a problem reaches a Spanish page in English."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mentorfinder.answers.file import FORMAT, parse_answers
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.i18n.message import N_, Message, Number, grouped, said
from mentorfinder.intake.problems import ContentError, Problem, one_line
from mentorfinder.intake.safetext import MAX_NUMBER_WORDS
from mentorfinder.intake.strictjson import loads_strict

CORE = Path(__file__).parent
CORPUS = sorted(p.name for p in (CORE / "broken").glob("ans_*"))
HEADER = '{"format": "mentor-finder-answers", "version": 1, "language": "en", "answers": '


def answers_file(answers: object, **header: object) -> bytes:
    """An answers file as the app writes it (two-space indent): the header on lines 2-4, answers from line 5."""
    body = {"format": FORMAT, "version": 1, "language": "en", **header, "answers": answers}
    return json.dumps(body, indent=2, ensure_ascii=False).encode()


# name -> (file bytes, [(the English line, the Spanish message)]) against the shipped questionnaires
CASES = {
    "not_json.json": (
        (HEADER + '{"goals": {"stage": }}}').encode(),
        [("not_json.json:1: not valid JSON: Expecting value (column 100) — was the file cut short?",
          "no es JSON válido: falta un valor (columna 100) — ¿se cortó el archivo?")],
    ),
    "duplicate.json": (
        b'{\n  "format": "mentor-finder-answers",\n  "version": 1,\n  "version": 1,\n  "answers": {}\n}',
        [("duplicate.json:4: duplicate key 'version' — each key may appear once",
          "la clave 'version' está repetida — cada clave puede aparecer una sola vez")],
    ),
    "format.json": (
        answers_file({}, format="mentor-finder-results"),
        [("format.json:2: not a Mentor Finder answers file: format is 'mentor-finder-results', expected "
          "'mentor-finder-answers'",
          "no es un archivo de respuestas de Mentor Finder: el formato es 'mentor-finder-results' y debería ser "
          "'mentor-finder-answers'")],
    ),
    "version.json": (
        answers_file({}, version=2),
        [("version.json:3: answers file version 2 is not supported — this app reads version 1",
          "la versión 2 del archivo de respuestas no es compatible — esta aplicación lee la versión 1")],
    ),
    "language.json": (
        answers_file({}, language="Spanish"),
        [("language.json:4: language 'Spanish' is not a language code such as 'en' or 'pt-BR'",
          "el idioma 'Spanish' no es un código de idioma como 'en' o 'pt-BR'")],
    ),
    "field.json": (
        answers_file({}, name="Ana"),
        [("field.json:5: unknown field 'name' — an answers file has format, version, language and answers",
          "sobra el campo 'name' — un archivo de respuestas tiene format, version, language y answers")],
    ),
    "questionnaire.json": (
        answers_file({"goal": {}}),
        [("questionnaire.json:6: unknown questionnaire 'goal' — did you mean 'goals'? — remove it or fix the id",
          "no existe el cuestionario 'goal' — ¿quisiste decir 'goals'? — quítalo o corrige el identificador")],
    ),
    "question.json": (
        answers_file({"goals": {"stag": "early"}}),
        [("question.json:7: unknown question 'stag' in questionnaire 'goals' — did you mean 'stage'?",
          "no hay ninguna pregunta 'stag' en el cuestionario 'goals' — ¿quisiste decir 'stage'?")],
    ),
    "option.json": (
        answers_file({"goals": {"stage": "studyng"}}),
        [("option.json:7: goals.stage: 'studyng' is not an option — did you mean 'studying'? — choose one of "
          "studying, early, established, leading, changing, returning",
          "goals.stage: 'studyng' no es una de las opciones — ¿quisiste decir 'studying'? — elige una de estas: "
          "studying, early, established, leading, changing, returning")],
    ),
    "type.json": (
        answers_file({"goals": {"goal_in_words": 42, "sponsor_wanted": "high", "stage": None, "situations": "x"}}),
        [("type.json:7: goals.goal_in_words: expected text, got a number",
          "goals.goal_in_words: se esperaba texto, pero hay un número"),
         ("type.json:8: goals.sponsor_wanted: expected a number, got text",
          "goals.sponsor_wanted: se esperaba un número, pero hay texto"),
         ("type.json:9: goals.stage: expected one option id (text), got nothing (null)",
          "goals.stage: se esperaba el identificador de una opción (texto), pero hay un valor vacío (null)"),
         ("type.json:10: goals.situations: expected a list of option ids, got text",
          "goals.situations: se esperaba una lista de identificadores de opción, pero hay texto")],
    ),
    "range.json": (
        answers_file({"availability": {"hours_per_month": 500}, "goals": {"sponsor_wanted": 3.5, "s": True}}),
        [("range.json:7: availability.hours_per_month: 500 is out of range — expected 0 to 10",
          "availability.hours_per_month: 500 está fuera del rango — debe estar entre 0 y 10"),
         ("range.json:10: goals.sponsor_wanted: 3.5 is not a point on the scale — expected a whole number 1..5",
          "goals.sponsor_wanted: 3.5 no es un punto de la escala — debe ser un número entero del 1 al 5"),
         ("range.json:11: unknown question 's' in questionnaire 'goals'",
          "no hay ninguna pregunta 's' en el cuestionario 'goals'")],
    ),
    "picks.json": (
        answers_file({"goals": {"needs_rank": ["guidance", "confidence", "skills", "networking"],
                                "situations": ["self_doubt", "self_doubt"]},
                      "fit": {"can_offer": ["new_tools", "fresh_view", "project_help", "my_contacts"]}}),
        [("picks.json:7: goals.needs_rank: expected exactly 3 options in order, got 4",
          "goals.needs_rank: se esperaban exactamente 3 opciones en orden, pero hay 4"),
         ("picks.json:13: goals.situations: an option is listed twice — list each once",
          "goals.situations: una opción aparece dos veces — incluye cada una solo una vez"),
         ("picks.json:19: fit.can_offer: expected at most 3 options, got 4",
          "fit.can_offer: se esperaban como máximo 3 opciones, pero hay 4")],
    ),
    "long.json": (
        answers_file({"goals": {"goal_in_words": "x" * 10_000}}),
        [("long.json:7: goals.goal_in_words: text is 10,000 characters — the limit is 500",
          "goals.goal_in_words: el texto tiene 10.000 caracteres — el límite es 500")],
    ),
    "control.json": (
        answers_file({"goals": {"goal_in_words": "tab\x01bed"}}),
        [("control.json:7: goals.goal_in_words: text has a control character (U+0001) at position 4 — remove it",
          "goals.goal_in_words: el texto tiene un carácter de control (U+0001) en la posición 4 — quítalo")],
    ),
    "numbers.json": (
        (HEADER + '{"goals": {"a": NaN, "b": 12345678901234567890, "c": 1e300}}}').encode(),
        [("numbers.json:1: goals.a: NaN is not a number this app can use — write a plain number",
          "goals.a: NaN no es un número que esta aplicación pueda usar — escribe un número normal"),
         ("numbers.json:1: goals.b: a number with 20 digits is too large — numbers must lie between "
          "-1,000,000,000 and 1,000,000,000",
          "goals.b: un número de 20 cifras es demasiado grande — los números deben estar entre -1.000.000.000 y "
          "1.000.000.000"),
         ("numbers.json:1: goals.c: 1e+300 is too large — numbers must lie between -1,000,000,000 and 1,000,000,000",
          "goals.c: 1e+300 es demasiado grande — los números deben estar entre -1.000.000.000 y 1.000.000.000")],
    ),
    "empty.json": (
        b"  \n",
        [("empty.json:1: file is empty — expected YAML or JSON text",
          "el archivo está vacío — se esperaba texto YAML o JSON")],
    ),
    "binary.json": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        [("binary.json:3: file is binary (contains NUL bytes), not text — save it as UTF-8 text",
          "el archivo es binario (contiene bytes NUL), no es texto — guárdalo como texto UTF-8")],
    ),
    "utf16.json": (
        answers_file({}).decode().encode("utf-16"),
        [("utf16.json:1: file is UTF-16 text, not UTF-8 — save it as UTF-8",
          "el archivo es texto UTF-16, no UTF-8 — guárdalo como UTF-8")],
    ),
    "latin1.json": (
        (HEADER + '{"goals": {"goal_in_words": "caf\xe9"}}}').encode("latin-1"),
        [("latin1.json:1: byte 0xe9 is not valid UTF-8 — save the file as UTF-8",
          "el byte 0xe9 no es UTF-8 válido — guarda el archivo como UTF-8")],
    ),
    "big.json": (
        answers_file({"goals": {"goal_in_words": "a" * 300_000}}),
        [("big.json:1: file is 300,142 bytes; the limit is 262,144 — split it or trim it",
          "el archivo ocupa 300.142 bytes; el límite es 262.144 — divídelo o recórtalo")],
    ),
    "deep.json": (
        b"[" * 100_000 + b"]" * 100_000,
        [("deep.json:1: JSON nesting is too deep — this is not an answers file",
          "el JSON tiene demasiados niveles anidados — no es un archivo de respuestas")],
    ),
}  # fmt: skip


def problems_of(raw: bytes, name: str, content) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        parse_answers(raw, name, list(content.questionnaires))
    return caught.value.problems


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_problem_in_english_and_in_spanish(shipped, name):
    raw, expected = CASES[name]
    problems = problems_of(raw, name, shipped)
    assert [(str(p), p.message_in("es")) for p in problems] == expected
    # the English the CLI prints: str() of the error, and each message said in English, are the same lines
    with pytest.raises(ContentError) as caught:
        parse_answers(raw, name, list(shipped.questionnaires))
    assert str(caught.value) == "\n".join(english for english, _spanish in expected)
    assert [f"{name}:{p.line}: {p.message_in('en')}" for p in problems] == [english for english, _ in expected]


def test_too_many_problems_end_with_how_many_more_in_either_language(shipped):
    many = problems_of(answers_file({"goals": {f"x{i}": 1 for i in range(2_025)}}), "many.json", shipped)
    assert len(many) == 21
    assert (str(many[0]), many[0].message_in("es")) == (
        "many.json:7: unknown question 'x0' in questionnaire 'goals'",
        "no hay ninguna pregunta 'x0' en el cuestionario 'goals'",
    )
    assert (str(many[-1]), many[-1].message_in("es")) == (
        "many.json:27: … and 2,005 more problems of the same kind — fix these first",
        "… y 2.005 problemas más del mismo tipo — corrige primero estos",
    )
    one_more = problems_of(answers_file({"goals": {f"x{i}": 1 for i in range(21)}}), "one.json", shipped)
    assert (str(one_more[-1]), one_more[-1].message_in("es")) == (
        "one.json:27: … and 1 more problem of the same kind — fix these first",
        "… y 1 problema más del mismo tipo — corrige primero estos",
    )


def _parts(message: Message):
    """A message and every message it is built from."""
    yield message
    for _name, value in message.values:
        if isinstance(value, Message):
            yield from _parts(value)


def _has_words(template: str) -> bool:
    return bool(re.search(r"[A-Za-z]", re.sub(r"%\(\w+\)s", "", template)))


def _assert_all_spanish(problems: list[Problem]) -> None:
    for problem in problems:
        assert isinstance(problem.message, Message), str(problem)  # plain text would be said in English
        assert problem.message_in("es") != problem.message_in("en")
        english = [str(part) for part in _parts(problem.message) if _has_words(part.template)]
        spanish = [part.say("es") for part in _parts(problem.message) if _has_words(part.template)]
        assert not set(english) & set(spanish), str(problem)


@pytest.mark.parametrize("name", sorted(CASES))
def test_no_part_of_a_problem_reaches_a_spanish_page_in_english(shipped, name):
    _assert_all_spanish(problems_of(CASES[name][0], name, shipped))


@pytest.mark.parametrize("name", CORPUS)
def test_no_problem_of_the_broken_files_corpus_is_english_in_spanish(name):
    every = load_questionnaire(CORE / "fixtures" / "every_type.yaml")
    with pytest.raises(ContentError) as caught:
        parse_answers((CORE / "broken" / name).read_bytes(), name, [every])
    _assert_all_spanish(caught.value.problems)


JSON_REASONS = {
    "": "falta un valor",
    "{} x": "sobra texto después del final",
    '{"a": 1 "b": 2}': "falta una coma ','",
    '{"a" 1}': "faltan los dos puntos ':'",
    "{1: 2}": "falta un nombre de campo entre comillas dobles",
    '{"a": "abc': "un texto entre comillas no se cierra",
    '{"a": "a\x01"}': "hay un carácter de control no permitido",
    '{"a": "\\x"}': "secuencia de escape no válida",
    '{"a": "\\u12"}': "secuencia \\uXXXX no válida",
}


@pytest.mark.parametrize("text", sorted(JSON_REASONS))
def test_the_json_parsers_reasons_are_said_in_spanish(text):
    with pytest.raises(ContentError) as caught:
        loads_strict(text, "f.json")
    reason = dict(caught.value.problems[0].message.values)["reason"]
    assert isinstance(reason, Message)
    assert reason.say("es") == JSON_REASONS[text]


def test_numbers_follow_the_language_that_says_them():
    size = grouped(10_485_806)
    assert [size.say(code) for code in ("en", "es", "es-419", "es_MX", "fr")] == [
        "10,485,806",
        "10.485.806",
        "10,485,806",  # Latin American Spanish groups with commas
        "10,485,806",
        "10,485,806",  # no French catalogue: the words are English, and so are the numbers
    ]
    assert Number(0.5, "0.5").say("es") == "0,5"
    assert str(MAX_NUMBER_WORDS) == "numbers must lie between -1,000,000,000 and 1,000,000,000"


def test_a_message_is_english_text_wherever_the_code_formats_it():
    hint = Message(N_(" — did you mean '%(name)s'?"), name="goals")
    unknown = Message(N_("unknown questionnaire '%(id)s'%(hint)s — remove it or fix the id"), id="goal", hint=hint)
    assert (
        f"the name {unknown}"
        == "the name unknown questionnaire 'goal' — did you mean 'goals'? — remove it or fix the id"
    )
    assert (
        said(unknown, "es")
        == "no existe el cuestionario 'goal' — ¿quisiste decir 'goals'? — quítalo o corrige el identificador"
    )
    assert said("plain words", "es") == "plain words"
    assert unknown == Message(unknown.template, id="goal", hint=hint) and len({unknown, unknown}) == 1


def test_a_hostile_id_stays_one_safe_line_in_spanish(shipped):
    (problem,) = problems_of(answers_file({"x\ny\u2028": {}}), "hostile.json", shipped)
    assert str(problem) == "hostile.json:6: unknown questionnaire 'x\\ny\\u2028' — remove it or fix the id"
    assert (
        one_line(problem.message_in("es"))
        == "no existe el cuestionario 'x\\ny\\u2028' — quítalo o corrige el identificador"
    )

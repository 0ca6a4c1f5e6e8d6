"""Every user-visible text of a loaded content file, with its place in the file: what translation checks walk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from mentorfinder.content.schema import Text
from mentorfinder.intake.problems import Problem
from mentorfinder.intake.safetext import language_problem
from mentorfinder.intake.safeyaml import load_yaml_file
from mentorfinder.intake.validation import describe

Location = tuple[Any, ...]


def _is_text(annotation: Any) -> bool:
    """Whether a field holds one translatable text (a string or a map of language code to text)."""
    return annotation == Text


def _walk(value: Any, annotation: Any, loc: Location) -> Iterator[tuple[Location, Any]]:
    """Texts inside one value of a declared type: a text, a model, or a list or map of either."""
    if value is None:
        return
    if _is_text(annotation):
        yield loc, value
    elif isinstance(value, BaseModel):
        yield from texts_of(value, loc)
    elif isinstance(value, list):
        inner = next((a for a in get_args(annotation) if a is not type(None)), None)
        inner = get_args(inner)[0] if get_origin(inner) is list else inner
        for i, item in enumerate(value):
            yield from _walk(item, inner, (*loc, i))
    elif isinstance(value, dict):
        args = [a for a in get_args(annotation) if a is not type(None)]
        args = get_args(args[0]) if args and get_origin(args[0]) is dict else args
        inner = args[1] if len(args) == 2 else None
        for key, item in value.items():
            yield from _walk(item, inner, (*loc, key))


def texts_of(model: BaseModel, loc: Location = ()) -> Iterator[tuple[Location, Any]]:
    """(location, text) for every translatable text in a model, in file order; locations use the file's keys.

    A text is a plain string or a map of language code to text (i18n.words.translate). An empty text is
    left out: there is nothing to translate.
    """
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        if value in (None, "", [], {}):
            continue
        yield from _walk(value, field.annotation, (*loc, field.alias or name))


def content_languages(models: list[BaseModel]) -> list[str]:
    """The languages a content set declares: every code in any of its files' `languages` (English first).

    A set that declares none may still translate some texts; those without a translation show the default.
    """
    found = {code for model in models for code in getattr(model, "languages", [])}
    return sorted(found, key=lambda code: (code != "en", code))


def translation_problems(model: BaseModel, path: str, languages: list[str], default: str = "en") -> list[Problem]:
    """`PATH:LINE:` problems for each text missing (or blank in) one of `languages`, or keyed by a non-language.

    A plain string counts as the file's default language only. A content set in one language has nothing to check.
    """
    data, lines = load_yaml_file(path)
    problems = []
    for i, code in enumerate(getattr(model, "languages", [])):
        if problem := language_problem(code):
            problems.append(Problem(path, lines.line(("languages", i)), f"languages: {problem}"))
    for loc, text in texts_of(model):
        where = _where(loc, data)
        given = text if isinstance(text, dict) else {default: text}
        for code in given:
            if problem := language_problem(code):
                problems.append(Problem(path, lines.line(loc), f"{where}: {problem} — quote a text that contains ': '"))
        if len(languages) < 2:
            continue
        for code in languages:
            if not str(given.get(code) or "").strip():
                problems.append(Problem(path, lines.line(loc), f"{where}: no '{code}' translation"))
    return problems


def set_translation_problems(loaded: list[tuple[Any, BaseModel]]) -> list[Problem]:
    """Every text of a content set's files (path, model) in every language the set uses."""
    languages = content_languages([model for _, model in loaded])
    return [
        problem
        for path, model in loaded
        for problem in translation_problems(model, str(path), languages, getattr(model, "default_language", "en"))
    ]


def _where(loc: Location, data: Any) -> str:
    """'question 'stage' option 'early' label', and a scale point by its number: 'scale agree5 labels 3'."""
    if loc and isinstance(loc[-1], int) and loc[-2:-1] in (("labels",), ("values",)):
        return f"{describe(loc[:-1], data)} {loc[-1]}"
    return describe(loc, data)

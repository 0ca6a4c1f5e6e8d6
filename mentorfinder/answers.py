"""The answers file: read, validate against the questionnaires, and write (the resume file and CLI input)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .problems import ContentError, Problem, capped, did_you_mean
from .safetext import data_problems, language_problem, number_problem, shown, shown_number
from .safeyaml import decode_text
from .schema import Question, Questionnaire
from .strictjson import Locator, loads_strict

FORMAT = "mentor-finder-answers"
VERSION = 1
MAX_ANSWERS_BYTES = 256 * 1024
Answers = dict[str, dict[str, Any]]


@dataclass
class AnswersFile:
    """A validated answers file."""

    answers: Answers
    language: str = "en"
    extra: dict[str, Any] = field(default_factory=dict)


def dump_answers(answers: Answers, language: str = "en") -> str:
    """Serialise answers to the answers-file JSON text (stable key order)."""
    body = {"format": FORMAT, "version": VERSION, "language": language, "answers": answers}
    return json.dumps(body, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def parse_answers(raw: bytes, path: str, questionnaires: list[Questionnaire]) -> AnswersFile:
    """Decode, parse and validate an answers file; raise ContentError with one line per problem."""
    content = decode_text(raw, path, MAX_ANSWERS_BYTES)
    data = loads_strict(content, path)
    locate = Locator(content)
    if bad_text := data_problems(data):
        raise ContentError(
            capped([Problem(path, locate.line_at(loc), f"{_place(loc)}: {why}") for loc, why in bad_text], path)
        )
    if not isinstance(data, dict):
        raise ContentError([Problem(path, 1, f"expected a JSON object with format '{FORMAT}'")])
    problems = _header_problems(data, path, locate)
    if problems:
        raise ContentError(problems)
    answers = data["answers"]
    by_id = {q.id: q for q in questionnaires}
    for qid, given in answers.items():
        line = locate.line(qid)
        if qid not in by_id:
            problems.append(
                Problem(
                    path, line, f"unknown questionnaire '{qid}'{did_you_mean(qid, by_id)} — remove it or fix the id"
                )
            )
        elif not isinstance(given, dict):
            problems.append(Problem(path, line, f"answers for '{qid}' must be an object of question id → answer"))
        else:
            problems.extend(answer_problems(by_id[qid], given, path, lambda key, q=qid: locate.line(key, after=q)))
    if problems:
        raise ContentError(capped(problems, path))
    return AnswersFile(answers=answers, language=data.get("language", "en"))


def _place(loc: tuple) -> str:
    """A location inside an answers file as a reader names it: goals.hope, or format (answers. is implied)."""
    parts = list(loc[1:] if loc[:1] == ("answers",) and len(loc) > 1 else loc)
    return "".join(f"[{p}]" if isinstance(p, int) else f".{shown(p)}" for p in parts).lstrip(".") or "file"


def _header_problems(data: dict, path: str, locate: Locator) -> list[Problem]:
    if data.get("format") != FORMAT:
        return [
            Problem(
                path,
                locate.line("format"),
                f"not a Mentor Finder answers file: format is {data.get('format')!r}, expected '{FORMAT}'",
            )
        ]
    if type(data.get("version")) is not int or data.get("version") != VERSION:  # true == 1 in Python
        return [
            Problem(
                path,
                locate.line("version"),
                f"answers file version {data.get('version')!r} is not supported — this app reads version {VERSION}",
            )
        ]
    if problem := language_problem(data.get("language", "en")):
        return [Problem(path, locate.line("language"), problem)]
    if not isinstance(data.get("answers"), dict):
        return [Problem(path, locate.line("answers"), "'answers' must be an object of questionnaire id → answers")]
    unknown = sorted(set(data) - {"format", "version", "language", "answers"})
    return [
        Problem(
            path, locate.line(k), f"unknown field '{k}' — an answers file has format, version, language and answers"
        )
        for k in unknown
    ]


def answer_problems(q: Questionnaire, given: dict[str, Any], path: str, line_of) -> list[Problem]:
    """Problems with one questionnaire's answers: unknown ids, wrong types, out-of-range values."""
    questions = {question.id: question for question in q.questions()}
    problems = []
    for qid, value in given.items():
        question = questions.get(qid)
        if question is None:
            message = f"unknown question '{qid}' in questionnaire '{q.id}'{did_you_mean(qid, questions)}"
        else:
            message = value_problem(q, question, value)
        if message:
            problems.append(Problem(path, line_of(qid), message))
    return problems


def value_problem(q: Questionnaire, question: Question, value: Any) -> str | None:
    """Why a value is not a valid answer to the question, or None when it is."""
    where = f"{q.id}.{question.id}"
    kind = question.type
    option_ids = [o.id for o in question.options]
    if kind == "single":
        if not isinstance(value, str):
            return f"{where}: expected one option id (text), got {_kind(value)}"
        if value not in option_ids:
            return f"{where}: '{value}' is not an option{did_you_mean(value, option_ids)} — choose one of {', '.join(option_ids)}"
    elif kind in {"multiple", "ranking"}:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"{where}: expected a list of option ids, got {_kind(value)}"
        unknown = [v for v in value if v not in option_ids]
        if unknown:
            return f"{where}: '{unknown[0]}' is not an option{did_you_mean(unknown[0], option_ids)} — choose from {', '.join(option_ids)}"
        if len(set(value)) != len(value):
            return f"{where}: an option is listed twice — list each once"
        return _count_problem(question, value, where)
    elif kind in {"likert", "scale", "number"}:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return f"{where}: expected a number, got {_kind(value)}"
        low, high = (
            (q.scale_of(question).min, q.scale_of(question).max) if kind == "likert" else (question.min, question.max)
        )
        if problem := number_problem(value):  # before any {:g}: a 400-digit int overflows it
            return f"{where}: {problem}"
        if not low <= value <= high:
            return f"{where}: {shown_number(value)} is out of range — expected {low:g} to {high:g}"
        if kind == "likert" and value != int(value):
            return f"{where}: {value:g} is not a point on the scale — expected a whole number {low}..{high}"
    elif kind == "text":
        if not isinstance(value, str):
            return f"{where}: expected text, got {_kind(value)}"
        if len(value) > question.max_length:
            return f"{where}: text is {len(value):,} characters — the limit is {question.max_length:,}"
    return None


def _count_problem(question: Question, value: list, where: str) -> str | None:
    """Too many picks make an answer invalid; too few only leave it unfinished (see completeness.py)."""
    count, (_, high) = len(value), pick_range(question)
    if count > high:
        wanted = f"exactly {high} options in order" if question.type == "ranking" else f"at most {high} options"
        return f"{where}: expected {wanted}, got {count}"
    return None


def pick_range(question: Question) -> tuple[int, int]:
    """How many options a complete multiple-choice or ranking answer lists: (fewest, most)."""
    if question.type == "ranking":
        wanted = question.top or len(question.options)
        return wanted, wanted
    high = question.max_selected if question.max_selected is not None else len(question.options)
    return question.min_selected or 0, high


def _kind(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}
    return "nothing (null)" if value is None else names.get(type(value), type(value).__name__)

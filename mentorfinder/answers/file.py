"""The answers file: read, validate against the questionnaires, and write (the resume file and CLI input)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from mentorfinder.content.schema import Question, Questionnaire
from mentorfinder.i18n.message import N_, Message, grouped, plain
from mentorfinder.intake.problems import ContentError, Problem, capped, did_you_mean
from mentorfinder.intake.safetext import data_problems, language_problem, number_problem, shown, shown_number
from mentorfinder.intake.safeyaml import decode_text
from mentorfinder.intake.strictjson import Locator, loads_strict

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
            capped([Problem(path, locate.line_at(loc), at(_place(loc), why)) for loc, why in bad_text], path)
        )
    if not isinstance(data, dict):
        words = N_("expected a JSON object with format '%(format)s'")
        raise ContentError([Problem(path, 1, Message(words, format=FORMAT))])
    problems = _header_problems(data, path, locate)
    if problems:
        raise ContentError(problems)
    answers = data["answers"]
    by_id = {q.id: q for q in questionnaires}
    for qid, given in answers.items():
        line = locate.line(qid)
        if qid not in by_id:
            words = N_("unknown questionnaire '%(id)s'%(hint)s — remove it or fix the id")
            problems.append(Problem(path, line, Message(words, id=qid, hint=did_you_mean(qid, by_id))))
        elif not isinstance(given, dict):
            words = N_("answers for '%(id)s' must be an object of question id → answer")
            problems.append(Problem(path, line, Message(words, id=qid)))
        else:
            problems.extend(answer_problems(by_id[qid], given, path, lambda key, q=qid: locate.line(key, after=q)))
    if problems:
        raise ContentError(capped(problems, path))
    return AnswersFile(answers=answers, language=data.get("language", "en"))


def at(place: str | Message, problem: str | Message) -> Message:
    """A problem said with the place it is at: "goals.hope: expected text, got a number"."""
    return Message(N_("%(place)s: %(problem)s"), place=place, problem=problem)


def _place(loc: tuple) -> str | Message:
    """A location inside an answers file as a reader names it: goals.hope, or format (answers. is implied)."""
    parts = list(loc[1:] if loc[:1] == ("answers",) and len(loc) > 1 else loc)
    return "".join(f"[{p}]" if isinstance(p, int) else f".{shown(p)}" for p in parts).lstrip(".") or Message(N_("file"))


def _header_problems(data: dict, path: str, locate: Locator) -> list[Problem]:
    if data.get("format") != FORMAT:
        words = N_("not a Mentor Finder answers file: format is %(given)s, expected '%(format)s'")
        return [Problem(path, locate.line("format"), Message(words, given=repr(data.get("format")), format=FORMAT))]
    if type(data.get("version")) is not int or data.get("version") != VERSION:  # true == 1 in Python
        words = N_("answers file version %(given)s is not supported — this app reads version %(version)s")
        return [Problem(path, locate.line("version"), Message(words, given=repr(data.get("version")), version=VERSION))]
    if problem := language_problem(data.get("language", "en")):
        return [Problem(path, locate.line("language"), problem)]
    if not isinstance(data.get("answers"), dict):
        words = N_("'answers' must be an object of questionnaire id → answers")
        return [Problem(path, locate.line("answers"), Message(words))]
    unknown = sorted(set(data) - {"format", "version", "language", "answers"})
    words = N_("unknown field '%(field)s' — an answers file has format, version, language and answers")
    return [Problem(path, locate.line(k), Message(words, field=k)) for k in unknown]


def answer_problems(q: Questionnaire, given: dict[str, Any], path: str, line_of) -> list[Problem]:
    """Problems with one questionnaire's answers: unknown ids, wrong types, out-of-range values."""
    questions = {question.id: question for question in q.questions()}
    problems = []
    for qid, value in given.items():
        question = questions.get(qid)
        if question is None:
            words = N_("unknown question '%(question)s' in questionnaire '%(questionnaire)s'%(hint)s")
            message = Message(words, question=qid, questionnaire=q.id, hint=did_you_mean(qid, questions))
        else:
            message = value_problem(q, question, value)
        if message:
            problems.append(Problem(path, line_of(qid), message))
    return problems


def value_problem(q: Questionnaire, question: Question, value: Any) -> Message | None:
    """Why a value is not a valid answer to the question, or None when it is."""
    problem = _value_problem(q, question, value)
    return at(f"{q.id}.{question.id}", problem) if problem else None


def _value_problem(q: Questionnaire, question: Question, value: Any) -> Message | None:
    check = _CHECKS.get(question.type)
    return check(q, question, value) if check else None


def _single_problem(q: Questionnaire, question: Question, value: Any) -> Message | None:
    option_ids = [o.id for o in question.options]
    if not isinstance(value, str):
        return Message(N_("expected one option id (text), got %(kind)s"), kind=_kind(value))
    if value not in option_ids:
        words = N_("'%(value)s' is not an option%(hint)s — choose one of %(options)s")
        return Message(words, value=value, hint=did_you_mean(value, option_ids), options=", ".join(option_ids))
    return None


def _list_problem(q: Questionnaire, question: Question, value: Any) -> Message | None:
    option_ids = [o.id for o in question.options]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return Message(N_("expected a list of option ids, got %(kind)s"), kind=_kind(value))
    unknown = [v for v in value if v not in option_ids]
    if unknown:
        words = N_("'%(value)s' is not an option%(hint)s — choose from %(options)s")
        hint = did_you_mean(unknown[0], option_ids)
        return Message(words, value=unknown[0], hint=hint, options=", ".join(option_ids))
    if len(set(value)) != len(value):
        return Message(N_("an option is listed twice — list each once"))
    return _count_problem(question, value)


def _number_problem(q: Questionnaire, question: Question, value: Any) -> Message | None:
    kind = question.type
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return Message(N_("expected a number, got %(kind)s"), kind=_kind(value))
    low, high = (
        (q.scale_of(question).min, q.scale_of(question).max) if kind == "likert" else (question.min, question.max)
    )
    if problem := number_problem(value):  # before any {:g}: a 400-digit int overflows it
        return problem
    if not low <= value <= high:
        words = N_("%(value)s is out of range — expected %(low)s to %(high)s")
        return Message(words, value=shown_number(value), low=plain(low), high=plain(high))
    if kind == "likert" and value != int(value):
        words = N_("%(value)s is not a point on the scale — expected a whole number %(low)s..%(high)s")
        return Message(words, value=f"{value:g}", low=low, high=high)
    return None


def _text_problem(q: Questionnaire, question: Question, value: Any) -> Message | None:
    if not isinstance(value, str):
        return Message(N_("expected text, got %(kind)s"), kind=_kind(value))
    if len(value) > question.max_length:
        return Message.ngettext(
            "text is %(length)s character — the limit is %(limit)s",
            "text is %(length)s characters — the limit is %(limit)s",
            len(value),
            length=grouped(len(value)),
            limit=grouped(question.max_length),
        )
    return None


# one check per question type; a type with no entry takes any value
_CHECKS = {
    "single": _single_problem,
    "multiple": _list_problem,
    "ranking": _list_problem,
    "likert": _number_problem,
    "scale": _number_problem,
    "number": _number_problem,
    "text": _text_problem,
}


def _count_problem(question: Question, value: list) -> Message | None:
    """Too many picks make an answer invalid; too few only leave it unfinished (see completeness.py)."""
    count, (_, high) = len(value), pick_range(question)
    if count <= high:
        return None
    if question.type == "ranking":
        return Message.ngettext(
            "expected exactly %(high)s option in order, got %(count)s",
            "expected exactly %(high)s options in order, got %(count)s",
            high,
            high=high,
            count=count,
        )
    return Message.ngettext(
        "expected at most %(high)s option, got %(count)s",
        "expected at most %(high)s options, got %(count)s",
        high,
        high=high,
        count=count,
    )


def pick_range(question: Question) -> tuple[int, int]:
    """How many options a complete multiple-choice or ranking answer lists: (fewest, most)."""
    if question.type == "ranking":
        wanted = question.top or len(question.options)
        return wanted, wanted
    high = question.max_selected if question.max_selected is not None else len(question.options)
    return question.min_selected or 0, high


# the JSON kinds of value as a reader names them, for "expected a number, got text"
KINDS = {
    bool: N_("true/false"),
    int: N_("a number"),
    float: N_("a number"),
    str: N_("text"),
    list: N_("a list"),
    dict: N_("an object"),
}


def _kind(value: Any) -> Message | str:
    if value is None:
        return Message(N_("nothing (null)"))
    return Message(KINDS[type(value)]) if type(value) in KINDS else type(value).__name__

"""A roster CSV (one mentor a row) read into Mentors, every bad cell told as `PATH:ROW: column 'x': …`, never a traceback."""

from __future__ import annotations

import csv
import re
from typing import Any

from mentorfinder.answers.completeness import unfinished
from mentorfinder.answers.file import value_problem
from mentorfinder.answers.mentor import MAX_CAPACITY, Mentor
from mentorfinder.content.conditions import visible_answers
from mentorfinder.content.mentor_form import CAPACITY_QUESTION
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.message import N_, Message
from mentorfinder.i18n.words import translate
from mentorfinder.intake.problems import ContentError, Problem, capped, did_you_mean
from mentorfinder.intake.safetext import MAX_NAME, number_from, text_problem
from mentorfinder.intake.safeyaml import decode_text

MAX_ROSTER_BYTES = 2 * 1024 * 1024  # thousands of mentors; far more is not a roster
PERSON_COLUMNS = ("id", "name", "show_name", "contact", "capacity")
YES, NO = {"yes", "y", "true", "1", "sí", "si"}, {"no", "n", "false", "0"}
MULTI_SEPARATOR = ";"  # a multiple-choice or ranking cell lists option ids in order: 'skills;networking'
EMPTY = {
    "id": N_("empty — each mentor needs an id"),
    "name": N_("empty — write the mentor's name"),
    "contact": N_("empty — write how to reach the mentor"),
}
LONGEST = {"id": 64, "name": MAX_NAME, "contact": 200}  # a name as on a report; an address or a phone number
NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def roster_columns(form: Questionnaire) -> list[str]:
    """The roster's header: the person's columns, then `<questionnaire>.<question>` for each mentor question but the
    number of mentees (the `capacity` column carries it)."""
    return [*PERSON_COLUMNS, *(f"{form.id}.{q.id}" for q in form.questions() if q.id != CAPACITY_QUESTION)]


def required_columns(form: Questionnaire) -> list[str]:
    """The columns a roster must have: the person's, and each question every mentor answers (not an optional one,
    nor one shown only after some answers: a spreadsheet without such a column just leaves it unanswered)."""
    return [*PERSON_COLUMNS, *(f"{form.id}.{q.id}" for q in form.questions()
                               if q.id != CAPACITY_QUESTION and q.required and q.show_if is None)]  # fmt: skip


def at(column: str, problem: Message | str) -> Message:
    """'column 'capacity': <problem>' — the column of a row's problem (the row is the Problem's line)."""
    return Message(N_("column '%(column)s': %(problem)s"), column=column, problem=problem)


def parse_roster(raw: bytes, path: str, form: Questionnaire) -> list[Mentor]:
    """Read and check a roster CSV; raise ContentError with one `PATH:ROW: column 'x': …` problem per bad cell."""
    if not raw.strip():
        raise ContentError(
            [Problem(path, 1, Message(N_("the roster is empty — expected a header row and a row per mentor")))]
        )
    text = decode_text(raw, path, MAX_ROSTER_BYTES)
    try:
        rows = _records(text)
    except csv.Error as err:
        raise ContentError(
            [Problem(path, 1, Message(N_("not a readable CSV file: %(error)s"), error=str(err)))]
        ) from None
    header_line, header = rows[0]
    problems = _header_problems(header, form, path, header_line)
    if problems:
        raise ContentError(problems)
    mentors, problems = _mentor_rows(rows[1:], header, form, path)
    if not mentors and not problems:
        problems.append(Problem(path, header_line, Message(N_("the roster has a header but no mentors"))))
    if problems:
        raise ContentError(capped(problems, path))
    return mentors


def _mentor_rows(rows: list[tuple[int, list[str]]], header: list[str], form: Questionnaire, path: str):
    """Every row after the header as a Mentor, and every bad row's problems (a row with any problem is left out)."""
    mentors, problems, ids = [], [], {}
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue  # a blank line between mentors is no mentor and no problem
        if len(cells) != len(header):
            words = N_("this row has %(got)s cells, the header has %(want)s — check for a missing or extra comma")
            problems.append(Problem(path, line, Message(words, got=len(cells), want=len(header))))
            continue
        row = dict(zip(header, cells, strict=True))
        mentor, found = _mentor(row, form, path, line)
        given_id = row["id"].strip()
        if given_id in ids:
            words = N_("'%(id)s' is also the id on row %(row)s — each mentor needs their own id")
            found.insert(0, Problem(path, line, at("id", Message(words, id=given_id, row=ids[given_id]))))
        ids.setdefault(given_id, line)
        problems += found
        if mentor is not None and not found:
            mentors.append(mentor)
    return mentors, problems


def _records(text: str) -> list[tuple[int, list[str]]]:
    """Each CSV record with the file line it starts on (a quoted cell may span lines)."""
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    rows, start = [], 1
    for cells in reader:
        rows.append((start, cells))
        start = reader.line_num + 1
    return rows or [(1, [])]


def _header_problems(header: list[str], form: Questionnaire, path: str, line: int) -> list[Problem]:
    wanted, problems = roster_columns(form), []
    for i, column in enumerate(header):
        if column in header[:i]:
            problems.append(Problem(path, line, Message(N_("column '%(column)s' appears twice"), column=column)))
        elif column not in wanted:
            words = N_("unknown column '%(column)s'%(hint)s")
            problems.append(Problem(path, line, Message(words, column=column, hint=did_you_mean(column, wanted))))
    for column in required_columns(form):
        if column not in header:
            problems.append(Problem(path, line, Message(N_("missing column '%(column)s'"), column=column)))
    return problems


def _mentor(row: dict[str, str], form: Questionnaire, path: str, line: int) -> tuple[Mentor | None, list[Problem]]:
    problems = []

    def bad(column: str, problem: Message | str) -> None:
        problems.append(Problem(path, line, at(column, problem)))

    for column in ("id", "name", "contact"):
        if problem := text_problem(row[column]):
            bad(column, problem)
        elif not row[column].strip():
            bad(column, Message(EMPTY[column]))
        elif len(row[column].strip()) > LONGEST[column]:
            words = N_("%(length)s characters — the limit is %(limit)s")
            bad(column, Message(words, length=len(row[column].strip()), limit=LONGEST[column]))
    show = row["show_name"].strip().casefold()
    if show not in YES | NO:
        bad("show_name", Message(N_("'%(value)s' is not yes or no"), value=row["show_name"]))
    capacity = row["capacity"].strip()
    if not capacity.isdigit() or not 1 <= int(capacity) <= MAX_CAPACITY:
        words = N_("'%(value)s' is not a whole number of mentees from 1 to %(most)s")
        bad("capacity", Message(words, value=capacity[:20], most=MAX_CAPACITY))
    answers = _answers(row, form, bad)
    if problems:
        return None, problems
    answers[CAPACITY_QUESTION] = int(capacity)
    answers = visible_answers(form, answers)  # an answer to a question its other answers hide is no answer
    for missing in unfinished([form], {form.id: answers}):
        bad(f"{form.id}.{missing.question}", _unfinished_words(missing, form))
    mentor = Mentor(row["id"].strip(), row["name"].strip(), show in YES, row["contact"].strip(), int(capacity),
                    {form.id: answers})  # fmt: skip
    return mentor, problems


def _answers(row: dict[str, str], form: Questionnaire, bad) -> dict[str, Any]:
    """Each answered question's cell as the answers file would hold it, checked like an answers file's value."""
    answers = {}
    for question in form.questions():
        column = f"{form.id}.{question.id}"
        cell = row.get(column, "").strip()
        if not cell:
            continue
        if problem := text_problem(cell):
            bad(column, problem)
            continue
        value = _value(question.type, cell)
        if isinstance(value, Message):
            bad(column, value)
        elif problem := value_problem(form, question, value):
            bad(column, dict(problem.values)["problem"])  # the problem alone: the column names the question
        else:
            answers[question.id] = value
    return answers


def _value(kind: str, cell: str) -> Any:
    if kind in {"multiple", "ranking"}:
        return [part.strip() for part in cell.split(MULTI_SEPARATOR) if part.strip()]
    if kind in {"likert", "scale", "number"}:
        if not NUMBER.fullmatch(cell):
            return Message(N_("'%(value)s' is not a number"), value=cell[:20])
        value = number_from(cell, float if any(c in cell for c in ".eE") else int)
        return getattr(value, "message", value)
    return cell


class _Prompt:
    """A question's prompt as a Message value: said in the reader's language, like the words around it."""

    def __init__(self, form: Questionnaire, question_id: str):
        self.text = next(q.prompt for q in form.questions() if q.id == question_id)
        self.fallback = form.default_language

    def say(self, language: str = "en") -> str:
        """The prompt in `language` (the questionnaire's own language where it has none)."""
        return translate(self.text, language, self.fallback)

    def __str__(self) -> str:
        return self.say()


def _unfinished_words(missing, form: Questionnaire) -> Message:
    if missing.kind == "missing":
        words = N_("empty — this question needs an answer (“%(prompt)s”)")
        return Message(words, prompt=_Prompt(form, missing.question))
    if missing.kind == "too_few" and missing.ranking:
        words = N_("list %(count)s options in order, separated by ';' — got %(got)s")
        return Message(words, count=missing.low, got=missing.got)
    return Message(
        N_("choose %(low)s to %(high)s options — got %(got)s"), low=missing.low, high=missing.high, got=missing.got
    )

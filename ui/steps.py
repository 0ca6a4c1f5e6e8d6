"""The wizard's steps: one per questionnaire section, in order, with Back/Next and the required-answer check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from mentorfinder.answers import pick_range, value_problem
from mentorfinder.conditions import visible_questions
from mentorfinder.content import Content
from mentorfinder.schema import Questionnaire, Step, text

from . import state
from .boundary import safe_callback

GOTO = "goto_page"  # a page to switch to on the next run (callbacks cannot switch pages themselves)


@dataclass(frozen=True)
class WizardStep:
    """One screen of the wizard."""

    questionnaire: Questionnaire
    step: Step


def all_steps(content: Content) -> list[WizardStep]:
    """Every step of every questionnaire, in questionnaire order."""
    return [WizardStep(q, s) for q in content.questionnaires for s in q.steps]


def step_problems(ws: WizardStep, given: dict[str, Any], language: str) -> dict[str, str]:
    """{widget key: message} for the step's shown questions: required ones unanswered, or answers out of bounds."""
    q = ws.questionnaire
    shown = {question.id for question in visible_questions(q, given)}
    problems = {}
    for question in ws.step.questions:
        if question.id not in shown:
            continue
        value = given.get(question.id)
        prompt = text(question.prompt, language, q.default_language)
        if value in (None, "", []):
            if question.required:
                problems[state.widget_key(q.id, question.id)] = f"Please answer: {prompt}"
            continue
        problem = value_problem(q, question, value)
        if problem is None and isinstance(value, list) and len(value) < pick_range(question)[0]:
            problem = "too few picks"  # valid as a draft, unfinished for Next
        if problem:
            problems[state.widget_key(q.id, question.id)] = _plain(problem, question)
    return problems


def _plain(problem: str, question) -> str:
    """Turn a file-oriented message into advice for a person filling in the form."""
    if question.type == "ranking":
        return f"Please choose exactly {question.top or len(question.options)}, most important first."
    if question.type == "multiple":
        low, high = pick_range(question)
        return f"Please choose between {low} and {high}."
    return problem.split(": ", 1)[-1]


@safe_callback
def go_next(content: Content) -> None:
    """Next: check this step's answers; move on only when none is missing (the messages show beside the questions)."""
    steps = all_steps(content)
    index = min(st.session_state[state.STEP], len(steps) - 1)
    ws = steps[index]
    problems = step_problems(ws, state.answers().get(ws.questionnaire.id, {}), st.session_state[state.LANGUAGE])
    st.session_state[state.ERRORS] = problems
    if problems:
        return
    if index + 1 < len(steps):
        st.session_state[state.STEP] = index + 1
    else:
        st.session_state[GOTO] = "profile"


@safe_callback
def go_back() -> None:
    """Back: never validates and never drops an answer."""
    st.session_state[state.ERRORS] = {}
    st.session_state[state.STEP] = max(0, st.session_state[state.STEP] - 1)


def first_incomplete(content: Content) -> int | None:
    """Index of the first step with a missing or invalid answer, or None when all are complete."""
    language = st.session_state.get(state.LANGUAGE, "en")
    for index, ws in enumerate(all_steps(content)):
        if step_problems(ws, state.answers().get(ws.questionnaire.id, {}), language):
            return index
    return None

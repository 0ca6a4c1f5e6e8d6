"""One widget per question type; each writes its value straight into `answers` when it changes."""

from __future__ import annotations

from typing import Any

import streamlit as st

from mentorfinder.conditions import visible_options
from mentorfinder.safetext import clean
from mentorfinder.schema import Question, Questionnaire, text

from . import state
from .boundary import safe_callback

RADIO_SCALE_MAX_POINTS = 11  # a 0..10 scale still fits as buttons; wider ranges get a number box


@safe_callback
def _store(questionnaire_id: str, question_id: str, key: str, kind: str) -> None:
    value = st.session_state.get(key)
    if kind == "number" and isinstance(value, float) and value.is_integer():
        value = int(value)
    if kind == "text" and isinstance(value, str):
        value = clean(value).strip()  # a pasted control character would make the saved file unreadable
    state.set_answer(questionnaire_id, question_id, value)
    st.session_state[state.ERRORS].pop(key, None)  # answered: the "please answer" note goes


def question_ui(q: Questionnaire, question: Question, given: dict[str, Any], language: str, error: str | None) -> None:
    """Draw one question, pre-filled from the stored answer, with its error note (if any) right under it."""
    key = state.widget_key(q.id, question.id)
    t = lambda value: text(value, language, q.default_language)  # noqa: E731
    stored = given.get(question.id)
    if key not in st.session_state:
        # Widgets forget their state when not drawn (another step or page); refill them from answers.
        st.session_state[key] = [] if question.type in {"multiple", "ranking"} and stored is None else stored
    label = t(question.prompt) + ("" if question.required else " (optional)")
    common = {
        "key": key,
        "help": t(question.help) or None,
        "on_change": _store,
        "args": (q.id, question.id, key, question.type),
    }
    kind = question.type
    if kind == "single":
        options = {o.id: t(o.label) for o in visible_options(question, given)}
        if st.session_state[key] not in options and st.session_state[key] is not None:
            st.session_state[key] = None  # the chosen option was hidden by a later change
            state.set_answer(q.id, question.id, None)
        st.radio(label, list(options), index=None, format_func=options.get, **common)
    elif kind in {"multiple", "ranking"}:
        options = {
            o.id: t(o.label) for o in (visible_options(question, given) if kind == "multiple" else question.options)
        }
        st.session_state[key] = [v for v in st.session_state[key] or [] if v in options]
        limit = question.top or len(options) if kind == "ranking" else question.max_selected
        placeholder = f"Choose {limit}, most important first" if kind == "ranking" else "Choose all that apply"
        st.multiselect(
            label, list(options), format_func=options.get, max_selections=limit, placeholder=placeholder, **common
        )
        if kind == "ranking" and st.session_state[key]:
            st.caption(
                "Your order: " + " → ".join(f"{i}. {options[v]}" for i, v in enumerate(st.session_state[key], 1))
            )
    elif kind == "likert" or (kind == "scale" and _few_points(question)):
        _points_ui(q, question, label, common, t)
    elif kind in {"scale", "number"}:
        step = question.step or 1
        whole = float(step).is_integer() and float(question.min).is_integer()
        cast = int if whole else float
        st.number_input(
            label + (f" ({t(question.unit)})" if question.unit else ""),
            min_value=cast(question.min),
            max_value=cast(question.max),
            step=cast(step),
            value=None,
            placeholder=f"{question.min:g} to {question.max:g}",
            **common,
        )
    else:
        st.text_area(
            label,
            max_chars=question.max_length,
            placeholder="Your own words (optional)" if not question.required else None,
            **common,
        )
    if error:
        st.error(error, icon=":material/error:")


def _few_points(question: Question) -> bool:
    step = question.step or 1
    return float(step).is_integer() and (question.max - question.min) / step + 1 <= RADIO_SCALE_MAX_POINTS


def _points_ui(q: Questionnaire, question: Question, label: str, common: dict, t) -> None:
    """Likert and short scales as a horizontal row of choices: thumb-sized on a phone, nothing pre-selected."""
    if question.type == "likert":
        scale = q.scale_of(question)
        points = list(range(scale.min, scale.max + 1))
        names = {p: t(scale.labels[p]) for p in points if p in scale.labels}
        low, high = names.get(scale.min, ""), names.get(scale.max, "")
    else:
        step = int(question.step or 1)
        points = list(range(int(question.min), int(question.max) + 1, step))
        names = {}
        low, high = t(question.min_label), t(question.max_label)
    # Short labels keep the row on one or two lines on a phone; the full wording is in the caption.
    short = {p: _short(names[p]) if p in names else str(p) for p in points}
    if (low or high) and len(names) < len(points):
        st.caption(f"{points[0]} = {low or points[0]} · {points[-1]} = {high or points[-1]}")
    st.radio(label, points, index=None, horizontal=True, format_func=short.get, **common)


SHORT = {"strongly disagree": "Strongly disagree", "neither agree nor disagree": "Neutral"}


def _short(label: str) -> str:
    return SHORT.get(label.lower(), label)

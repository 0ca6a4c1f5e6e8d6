"""A likert or short scale question as one row of choices, its points named, nothing pre-selected."""

from __future__ import annotations

import streamlit as st

from mentorfinder.content.schema import Question, Questionnaire
from mentorfinder.i18n.words import translate

from . import state

RADIO_SCALE_MAX_POINTS = 11  # a 0..10 scale still fits as one row of choices; wider ranges get a number box


def few_points(question: Question) -> bool:
    """A scale with few enough whole points to show as one row of choices (else a number box)."""
    step = question.step or 1
    return float(step).is_integer() and (question.max - question.min) / step + 1 <= RADIO_SCALE_MAX_POINTS


def points_ui(q: Questionnaire, question: Question, label: str, common: dict, language: str) -> None:
    """Likert and short scales as one row of choices (ui/frame.py keeps it one row on a phone), nothing pre-selected."""
    if question.type == "likert":
        scale = q.scale_of(question)
        points = list(range(scale.min, scale.max + 1))
        names = {p: translate(scale.labels[p], language, q.default_language) for p in points if p in scale.labels}
        low, high = names.get(scale.min, ""), names.get(scale.max, "")
    else:
        step = int(question.step or 1)
        points = list(range(int(question.min), int(question.max) + 1, step))
        names = {}
        low, high = (
            translate(question.min_label, language, q.default_language),
            translate(question.max_label, language, q.default_language),
        )
    short = {p: short_label(names[p]) if p in names else str(p) for p in points}
    with st.container(key=state.scale_key(q.id, question.id)):
        st.radio(label, points, index=None, horizontal=True, format_func=short.get, **common)
        if (low or high) and len(names) < len(points):
            # under its own row of numbers, so it reads as part of this question, not the one above
            st.caption(f"{points[0]} = {low or points[0]} · {points[-1]} = {high or points[-1]}")


SHORT = {"strongly disagree": "Strongly disagree", "neither agree nor disagree": "Neutral"}
SHORT["ni de acuerdo ni en desacuerdo"] = "Neutral"  # the Spanish content's middle point, as long on a phone


def short_label(label: str) -> str:
    """The label shown on a scale point (the long middle point is shortened)."""
    return SHORT.get(label.lower(), label)

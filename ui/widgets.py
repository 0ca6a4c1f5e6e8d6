"""One widget per question type; each writes its value straight into `answers` when it changes."""

from __future__ import annotations

import html
from typing import Any

import streamlit as st

from mentorfinder.content.conditions import visible_options
from mentorfinder.content.schema import Question, Questionnaire
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import translate
from mentorfinder.intake.safetext import clean, text_problem

from . import state
from .boundary import safe_callback
from .points import few_points, points_ui
from .state_page import fill_widget, set_widget_value, widget_drawn, widget_value
from .text import escape

EMPTY = (None, "", [])  # what answers never hold (state.set_answer removes it)
PLACES = (_("First choice"), _("Second choice"), _("Third choice"), _("Fourth choice"), _("Fifth choice"))


def _kept(question: Question, value: Any, before: Any) -> tuple[Any, str | None]:
    """A widget's value as answers keep it, and the note when it is refused: the one check every path uses."""
    if question.type in {"number", "scale"} and value is not None:
        if not question.min <= value <= question.max:
            # said under the question, not only in a tooltip; the answer is not kept until it is in range
            refused = _("Please enter a number from %(low)s to %(high)s.", state.language())
            return None, refused % {"low": f"{question.min:g}", "high": f"{question.max:g}"}
        if isinstance(value, float) and value.is_integer():
            value = int(value)
    if question.type == "text" and isinstance(value, str):
        value = clean(value).strip()  # a pasted control character would make the saved file unreadable
        if problem := text_problem(value):  # bidi controls, or only invisible characters: named, not kept
            return None, _("This answer %(problem)s.", state.language()) % {"problem": problem.say(state.language())}
    if question.type == "multiple":
        value = _exclusive(question, before or [], value or [])
        limit = question.max_selected
        if limit and len(value) > limit:  # our own limit: Streamlit's max_selections says it in English only
            kept = [v for v in value if v in (before or [])][:limit]
            kept += [v for v in value if v not in kept][: limit - len(kept)]
            refused = _("You can choose up to %(count)s. Remove one to choose another.", state.language())
            return kept, refused % {"count": limit}
    return value, None


def _record(q: Questionnaire, question: Question, key: str) -> None:
    """Put the widget's value into answers, with its note if refused (an earlier note on it goes)."""
    value, refused = _kept(question, widget_value(key), state.answers().get(q.id, {}).get(question.id))
    notes = state.errors()
    notes.pop(key, None)  # answered: the "please answer" note goes
    if refused:
        notes[key] = refused
    if question.type == "multiple":
        set_widget_value(key, value)
    state.set_answer(q.id, question.id, value)


@safe_callback
def _store(q: Questionnaire, question: Question, key: str) -> None:
    _record(q, question, key)


def _exclusive(question: Question, before: list[str], after: list[str]) -> list[str]:
    """A newly chosen "None of these" replaces the other picks; a new other pick replaces "None of these"."""
    alone = {o.id for o in question.options if o.exclusive}
    added = [v for v in after if v not in before]
    if any(v in alone for v in added):
        return [v for v in added if v in alone][:1]
    return [v for v in after if v not in alone] if added else after


def _picks(q: Questionnaire, question: Question) -> list[str]:
    """A ranking's places as chosen on screen, first choice first."""
    places = (widget_value(state.place_key(q.id, question.id, p)) for p in range(1, _places(question) + 1))
    return [p for p in places if p is not None]


def _places(question: Question) -> int:
    return min(question.top or len(question.options), len(PLACES))


def _record_ranking(q: Questionnaire, question: Question) -> None:
    state.errors().pop(state.widget_key(q.id, question.id), None)
    state.set_answer(q.id, question.id, _picks(q, question))


@safe_callback
def _store_ranking(q: Questionnaire, question: Question) -> None:
    _record_ranking(q, question)


def harvest(q: Questionnaire, question: Question) -> None:
    """Bring a drawn question's value on screen into answers, when its change callback has not done so yet.

    A change and a click that arrive together run their callbacks in the order the browser listed the widgets,
    so Next may be judged before the change is stored; and a value shown is a value counted, whatever happened
    to its change on the way. A question that is not drawn, or already holds the value shown, is left alone
    (so its note stays).
    """
    stored = state.answers().get(q.id, {}).get(question.id)
    if question.type == "ranking":
        if widget_drawn(state.place_key(q.id, question.id, 1)) and _picks(q, question) != (stored or []):
            _record_ranking(q, question)
        return
    key = state.widget_key(q.id, question.id)
    if not widget_drawn(key):
        return
    if question.type == "multiple":  # picks of options hidden now are kept in answers, not shown
        visible = {o.id for o in visible_options(question, state.answers().get(q.id, {}))}
        stored = [v for v in stored or [] if v in visible]
    shown = widget_value(key)
    value, _refused = _kept(question, shown, stored)
    # (a multiple choice shown as it would not be kept, "None of these" with others, is put right too)
    if (value != stored and not (value in EMPTY and stored in EMPTY)) or (
        question.type == "multiple" and shown != value
    ):
        _record(q, question, key)


def question_ui(q: Questionnaire, question: Question, given: dict[str, Any], language: str, error: str | None) -> None:
    """Draw one question, pre-filled from the stored answer, with its note (if any) right under it."""
    key = state.widget_key(q.id, question.id)
    stored = given.get(question.id)
    kind = question.type
    if kind == "ranking":
        _ranking_ui(q, question, stored or [], language, error)
        return
    if not widget_drawn(key):
        # Widgets forget their state when not drawn (another step or page); refill them from answers.
        set_widget_value(key, [] if kind == "multiple" and stored is None else stored)
    elif kind != "multiple":  # (a multiple choice is reconciled once its hidden options are left out)
        harvest(q, question)  # a value on screen that answers lack is counted: what is shown is what is counted
    label = translate(question.prompt, language, q.default_language)
    if not question.required:
        label = _("%(prompt)s (optional)", language) % {"prompt": label}
    common = {
        "key": key,
        "help": translate(question.help, language, q.default_language) or None,
        "on_change": _store,
        "args": (q, question, key),
    }
    if kind == "single":
        _single_ui(q, question, given, label, common, language)
    elif kind == "multiple":
        _multiple_ui(q, question, given, label, common, language)
    elif kind == "likert" or (kind == "scale" and few_points(question)):
        points_ui(q, question, label, common, language)
    elif kind in {"scale", "number"}:
        _number_ui(q, question, label, common, language)
    else:
        placeholder = _("Your own words", language) if not question.required else None  # the label says optional
        st.text_area(label, max_chars=question.max_length, placeholder=placeholder, **common)
    if error:
        st.error(error, icon=":material/error:")


def _single_ui(q: Questionnaire, question: Question, given: dict, label: str, common: dict, language: str) -> None:
    key = common["key"]
    options = {o.id: translate(o.label, language, q.default_language) for o in visible_options(question, given)}
    if widget_value(key) not in options and widget_value(key) is not None:
        set_widget_value(key, None)  # the chosen option was hidden by a later change
        state.set_answer(q.id, question.id, None)
    st.radio(label, list(options), index=None, format_func=options.get, **common)


def _multiple_ui(q: Questionnaire, question: Question, given: dict, label: str, common: dict, language: str) -> None:
    key = common["key"]
    options = {o.id: translate(o.label, language, q.default_language) for o in visible_options(question, given)}
    set_widget_value(key, [v for v in widget_value(key) or [] if v in options])
    harvest(q, question)
    limit = question.max_selected
    up_to = _("Choose up to %(count)s", language) % {"count": limit}
    placeholder = up_to if limit and limit < len(options) else _("Choose all that apply", language)
    st.multiselect(
        label,
        list(options),
        format_func=options.get,
        placeholder=placeholder,
        select_all=False,  # "Select all" would choose for the person (and past "up to 3")
        **common,
    )


def _number_ui(q: Questionnaire, question: Question, label: str, common: dict, language: str) -> None:
    step = question.step or 1
    cast = int if float(step).is_integer() and float(question.min).is_integer() else float
    # No min/max on the box: out-of-range numbers get a note under the question (a red box alone says nothing)
    unit = translate(question.unit, language, q.default_language)
    # the unit after the prompt, unless the prompt says it already ("How many hours a month… (hours a month)")
    shown_unit = f" ({unit})" if unit and unit.lower() not in label.lower() else ""
    st.number_input(
        label + shown_unit,
        step=cast(step),
        value=None,
        placeholder=_("%(low)s to %(high)s", language) % {"low": f"{question.min:g}", "high": f"{question.max:g}"},
        **common,
    )


def _ranking_ui(q: Questionnaire, question: Question, stored: list[str], language: str, error: str | None) -> None:
    """A ranking as labelled places (first, second, third choice): the order is always visible, and works by
    touch and keyboard; each option can take one place."""
    options = {o.id: translate(o.label, language, q.default_language) for o in question.options}
    count = _places(question)
    harvest(q, question)  # a place chosen on screen that answers lack is counted
    with st.container(key=state.widget_key(q.id, question.id)):
        st.markdown(
            f"**{escape(translate(question.prompt, language, q.default_language))}**",
            help=translate(question.help, language, q.default_language) or None,
        )
        chosen = {}
        for place in range(1, count + 1):
            key = state.place_key(q.id, question.id, place)
            chosen[place] = fill_widget(key, stored[place - 1] if place <= len(stored) else None)
        for place in range(1, count + 1):
            taken = {v for p, v in chosen.items() if p != place and v is not None}
            st.selectbox(
                _(PLACES[place - 1], language),
                [o for o in options if o not in taken],
                index=None,
                format_func=options.get,
                placeholder=_("Choose…", language),
                key=state.place_key(q.id, question.id, place),
                on_change=_store_ranking,
                args=(q, question),
            )
            _in_full(state.place_key(q.id, question.id, place), options.get(chosen[place]))
        if error:
            st.error(error, icon=":material/error:")


IN_FULL = 30  # characters: a chosen option longer than this can be cut in its box on a phone


def _in_full(key: str, label: str | None) -> None:
    """A long chosen option, again in full under its box: a select box shows one line, cut on a phone. Shown on
    narrow screens only (ui/frame.py) and hidden from screen readers, which read the box's own value."""
    if label and len(label) > IN_FULL:
        with st.container(key=f"chosen-{key}"):
            st.html(f'<p aria-hidden="true">{html.escape(label)}</p>')

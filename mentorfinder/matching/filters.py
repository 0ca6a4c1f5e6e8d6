"""Must-haves (hard filters the person declared) and archetype gates (who a kind of mentor is for)."""

from __future__ import annotations

from dataclasses import dataclass

from mentorfinder.answers.quotes import answer_words, quoted
from mentorfinder.content.archetypes import Archetype, ArchetypeSet, Gate
from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.schema import Questionnaire
from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import a_or_an, either, translate


@dataclass
class Constraint:
    """A must-have taken from an answer: the archetype needs one of `values` for `attribute`."""

    attribute: str
    values: list[str]
    label: str
    source: str  # the answer it came from, in the person's words


@dataclass
class FailedGate:
    """A gate the person's answers do not meet: what they chose, and who the archetype is for instead."""

    gate: Gate
    answer: str  # the person's answer, exactly as chosen, e.g. ‘A few steps ahead — …’


def constraints_from(
    questionnaires: list[Questionnaire], shown: ShownAnswers, language: str = "en"
) -> list[Constraint]:
    """Must-haves declared by the options the person chose on visible questions."""
    found = []
    for q in questionnaires:
        given = shown.answers[q.id]
        for question in q.questions():
            value = given.get(question.id)
            chosen = value if isinstance(value, list) else [value]
            for option in question.options:
                if option.must_have and option.id in chosen and question.type in {"single", "multiple"}:
                    must = option.must_have
                    found.append(
                        Constraint(
                            must.attribute,
                            must.any_of,
                            translate(must.label, language),
                            translate(option.label, language),
                        )
                    )
    return found


def excluded_reason(
    arch: Archetype, aset: ArchetypeSet, constraints: list[Constraint], language: str = "en"
) -> str | None:
    """Why a must-have rules the archetype out, or None when it passes every one."""
    for c in constraints:
        offered = arch.attributes.get(c.attribute)
        if offered is None or set(offered) & set(c.values):
            continue  # archetypes silent on an attribute are not filtered by it
        attr = aset.attributes[c.attribute]
        values = {
            "answer": quoted(c.source, language),
            "need": c.label,
            "a_name": a_or_an(translate(arch.name, language), language),
            "attribute": translate(attr.label, language),
            "values": either([translate(attr.values[v], language) for v in offered], language),
        }
        return (
            _("You chose %(answer)s, so you need a mentor who %(need)s; %(a_name)s %(attribute)s %(values)s.", language)
            % values
        )
    return None


def failed_gates(
    arch: Archetype, questionnaires: list[Questionnaire], shown: ShownAnswers, language: str = "en"
) -> list[FailedGate]:
    """The archetype's gates that the person's visible answers do not meet (an unanswered gate passes)."""
    by_id = {q.id: q for q in questionnaires}
    failed = []
    for gate in arch.gates:
        q = by_id[gate.questionnaire]
        value = shown.answers[q.id].get(gate.question)
        if value in (None, "", []):
            continue  # nothing said either way: the gate cannot speak against the archetype
        chosen = value if isinstance(value, list) else [value]
        if not set(chosen) & set(gate.in_):
            question = next(x for x in q.questions() if x.id == gate.question)
            failed.append(FailedGate(gate, answer_words(q, question, value, language)))
    return failed

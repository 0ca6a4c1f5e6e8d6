"""A programme's CSV files: the roster (one mentor a row, the form `intake.roster` reads back) and the pairs."""

from __future__ import annotations

import csv
import io

from mentorfinder.answers.mentor import Mentor
from mentorfinder.content.mentor_form import CAPACITY_QUESTION
from mentorfinder.content.schema import Questionnaire
from mentorfinder.intake.roster import MULTI_SEPARATOR, roster_columns
from mentorfinder.matching.pairing import Pairing
from mentorfinder.present.export import neutralise_cell

PAIRS_HEADER = ["participant", "mentor", "percent", "reasons"]


def _csv(rows: list[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return out.getvalue()


def roster_csv(mentors: list[Mentor], form: Questionnaire) -> str:
    """The roster as CSV: `intake.roster.parse_roster` reads it back to the same mentors (cells that start like a
    spreadsheet formula are neutralised, as in every CSV the app writes)."""
    rows: list[list[object]] = [roster_columns(form)]
    for m in mentors:
        given = m.answers.get(form.id, {})
        cells = [m.id, m.name, "yes" if m.show_name else "no", m.contact, m.capacity]
        for question in form.questions():
            if question.id == CAPACITY_QUESTION:
                continue
            value = given.get(question.id, "")
            cells.append(MULTI_SEPARATOR.join(value) if isinstance(value, list) else value)
        rows.append(cells)
    return _csv(rows)


def pairs_csv(pairing: Pairing) -> str:
    """participant, mentor (empty where unpaired), percent, reasons: a pair's why lines, or why no one was found."""
    rows: list[list[object]] = [PAIRS_HEADER]
    for p in pairing.pairs:
        rows.append([p.participant, p.mentor, p.match.percent, " ".join(p.match.why)])
    for u in pairing.unpaired:
        rows.append([u.participant, "", "", u.reason])
    return _csv(rows)

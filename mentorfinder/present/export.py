"""The CSV download: dimension scores and ranked matches, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from mentorfinder.evaluate import Result
from mentorfinder.present.chart_rows import groups_in

# OWASP "CSV injection": a spreadsheet treats a cell starting with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

SCORE_HEADER = ["section", "group", "dimension", "label", "raw", "percent"]
MATCH_HEADER = ["section", "rank", "archetype", "name", "percent", "label", "why", "caveats"]


def neutralise_cell(value: object) -> str:
    """Return the cell as text, prefixed with ' when it starts like a formula (OWASP CSV injection).

    Numbers are written by us and never need it, so only text is neutralised: -3.5 stays a number.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:g}"
    cell = "" if value is None else str(value)
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def results_csv(result: Result) -> str:
    """Two tables in one CSV: every dimension score, then every ranked match with why and caveats.

    The first column names the table (`score` or `match`) so a spreadsheet filter separates them.
    Several why/caveat lines share one cell, joined by " | ". The result's text is already in the
    language it was evaluated in. A dimension no answered question scores has empty raw and percent cells.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(SCORE_HEADER)
    groups = groups_in(result.profile)
    ordered = sorted(
        result.profile.values(), key=lambda d: (groups.index(d.group) if d.group in groups else len(groups), d.id)
    )
    for dim in ordered:
        raw, percent = (dim.raw, dim.percent) if dim.items else (None, None)  # not answered is not 0
        writer.writerow([neutralise_cell(v) for v in ("score", dim.group, dim.id, dim.label, raw, percent)])
    writer.writerow([])
    writer.writerow(MATCH_HEADER)
    for rank, match in enumerate(result.shortlist, start=1):
        row = (
            "match",
            rank,
            match.archetype,
            match.name,
            match.percent,
            match.label,
            " | ".join(match.why),
            " | ".join(match.caveats),
        )
        writer.writerow([neutralise_cell(v) for v in row])
    return out.getvalue()

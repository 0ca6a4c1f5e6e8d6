"""The CSV download: its two tables and OWASP CSV-injection neutralising."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.present.export import MATCH_HEADER, SCORE_HEADER, neutralise_cell, results_csv


@pytest.fixture(scope="module")
def result():
    content = load_content()
    return evaluate(content, sample_answers(list(content.questionnaires), 5))


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=1+1", "'=1+1"),
        ("+41 79 123 45 67", "'+41 79 123 45 67"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ('=HYPERLINK("http://x.example","click")', '\'=HYPERLINK("http://x.example","click")'),
        ("Networking", "Networking"),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("", ""),
        (None, ""),
        (42, "42"),
        (66.5, "66.5"),
        (-3.5, "-3.5"),  # a number we wrote ourselves is data, not a formula
    ],
)
def test_neutralise_cell(cell, expected):
    assert neutralise_cell(cell) == expected


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_has_every_score_then_every_match_in_rank_order(result):
    table = rows(results_csv(result))
    assert table[0] == SCORE_HEADER
    scores = [r for r in table if r and r[0] == "score"]
    assert len(scores) == len(result.profile)
    by_id = {r[2]: r for r in scores}
    for dim in result.profile.values():
        assert by_id[dim.id] == ["score", dim.group, dim.id, dim.label, f"{dim.raw:g}", f"{dim.percent:g}"]
    assert [r[1] for r in scores][:1] == ["needs"]  # groups in display order
    header_at = table.index(MATCH_HEADER)
    assert table[header_at - 1] == []
    matches = table[header_at + 1 :]
    assert [r[3] for r in matches] == [m.name for m in result.shortlist]
    assert [r[1] for r in matches] == [str(i) for i in range(1, len(result.shortlist) + 1)]
    first = result.shortlist[0]
    assert matches[0] == [
        "match",
        "1",
        first.archetype,
        first.name,
        f"{first.percent:g}",
        first.label,
        " | ".join(first.why),
        " | ".join(first.caveats),
    ]


def test_csv_neutralises_hostile_text_in_every_text_column(result):
    hostile = replace(
        result,
        shortlist=[
            replace(result.shortlist[0], name="=cmd|' /C calc'!A0", why=["@SUM(1)"], caveats=["-1+2", "fine"]),
            *result.shortlist[1:],
        ],
        profile={
            **result.profile,
            "x": replace(next(iter(result.profile.values())), id="+x", label="\tTabbed", group="\rgrp"),
        },
    )
    text = results_csv(hostile)
    table = rows(text)
    first_match = table[table.index(MATCH_HEADER) + 1]
    assert first_match[3] == "'=cmd|' /C calc'!A0"
    assert first_match[6] == "'@SUM(1)"
    assert first_match[7] == "'-1+2 | fine"
    injected = next(r for r in table if r and r[2] == "'+x")
    assert injected[1] == "'\rgrp" and injected[3] == "'\tTabbed"
    # Nothing a spreadsheet would evaluate is left at the start of any cell.
    for row in table:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell

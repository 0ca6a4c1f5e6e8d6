"""The roster CSV (issue 22): the same mentors as the questionnaire by link, and every bad cell a `PATH:ROW: column`
problem in the coordinator's language, never a traceback."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorfinder.answers.mentor import sample_mentors
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.intake.problems import ContentError
from mentorfinder.intake.roster import parse_roster, roster_columns
from mentorfinder.present.programme import roster_csv
from mentorfinder.scoring.mentor import mentor_kind
from tests.core.test_mentor_side import ANSWERS, ana

HEADER = ",".join(roster_columns(mentor_form()))
# Ana's answers (test_mentor_side) as a row: capacity 2 is her answer to how many mentees
ROW = ("A1,Ana García,yes,ana@example.org,2,guidance;skills;challenges;networking,ask_questions,5,1,monthly,"
       "few_months,yes,couple_of_days,either_way,Civil engineering,senior,own_field,4")  # fmt: skip


def problems(text: str, language: str = "en") -> list[str]:
    with pytest.raises(ContentError) as err:
        parse_roster(text.encode("utf-8"), "roster.csv", mentor_form())
    return [f"{p.path}:{p.line}: {p.message_in(language)}" for p in err.value.problems]


def test_a_roster_row_gives_the_same_mentor_as_the_questionnaire_by_link():
    assert parse_roster(f"{HEADER}\n{ROW}\n".encode(), "roster.csv", mentor_form()) == [ana()]
    assert ANSWERS["mentees"] == 2


def test_the_written_roster_reads_back_to_the_same_mentors():
    mentors = sample_mentors(mentor_form(), 40, seed=9)
    assert parse_roster(roster_csv(mentors, mentor_form()).encode(), "r.csv", mentor_form()) == mentors


def test_every_bad_cell_is_told_by_row_and_column():
    cells = ROW.split(",")
    bad = [
        ",".join(["A2", "", "maybe", "b@example.org", "11", *cells[5:]]),
        ",".join(["A1", "Cy", "no", "c@example.org", "two", "guidance;skils", "blunt", "6", "x", *cells[9:]]),
        ",".join([*cells[:9], "", *cells[10:]]),
        ",".join(["A4", "Di", "no", "d@example.org", "1", "guidance;skills", *cells[6:]]),
        ",".join(cells[:5]),
        ",".join(["A5", "N" * 81, "no", "e@example.org", "1", *cells[5:]]),
    ]
    assert problems("\n".join([HEADER, ROW, *bad]) + "\n") == [
        "roster.csv:3: column 'name': empty — write the mentor's name",
        "roster.csv:3: column 'show_name': 'maybe' is not yes or no",
        "roster.csv:3: column 'capacity': '11' is not a whole number of mentees from 1 to 10",
        "roster.csv:4: column 'id': 'A1' is also the id on row 2 — each mentor needs their own id",
        "roster.csv:4: column 'capacity': 'two' is not a whole number of mentees from 1 to 10",
        "roster.csv:4: column 'mentor.helps_with': 'skils' is not an option — did you mean 'skills'? — choose from "
        "guidance, confidence, advancement, networking, skills, accountability, challenges",
        "roster.csv:4: column 'mentor.advice_style': 'blunt' is not an option — choose one of say_straight, "
        "offer_options, ask_questions",
        "roster.csv:4: column 'mentor.next_steps': 6 is out of range — expected 1 to 5",
        "roster.csv:4: column 'mentor.push': 'x' is not a number",
        "roster.csv:5: column 'id': 'A1' is also the id on row 2 — each mentor needs their own id",
        "roster.csv:5: column 'mentor.how_often': empty — this question needs an answer "
        "(“How often could you talk with each mentee?”)",
        "roster.csv:6: column 'mentor.helps_with': list 4 options in order, separated by ';' — got 2",
        "roster.csv:7: this row has 5 cells, the header has 18 — check for a missing or extra comma",
        "roster.csv:8: column 'name': 81 characters — the limit is 80",
    ]


def test_header_problems_come_first_and_alone():
    header = HEADER.replace("capacity", "capacty").replace(",mentor.push", "") + ",notes,notes"
    assert problems(f"{header}\n{ROW}\n") == [
        "roster.csv:1: unknown column 'capacty' — did you mean 'capacity'?",
        "roster.csv:1: unknown column 'notes'",
        "roster.csv:1: column 'notes' appears twice",
        "roster.csv:1: missing column 'capacity'",
        "roster.csv:1: missing column 'mentor.push'",
    ]


def test_problems_speak_spanish():
    row = ROW.replace("A1,Ana García,yes", "A1,Ana García,quizá")
    assert problems(f"{HEADER}\n{row}\n", "es") == ["roster.csv:2: columna 'show_name': 'quizá' no es yes (sí) ni no"]
    unanswered = ROW.replace(",monthly,", ",,")
    assert problems(f"{HEADER}\n{unanswered}\n", "es") == [
        "roster.csv:2: columna 'mentor.how_often': vacía: esta pregunta necesita una respuesta "
        "(“¿Con qué frecuencia podrías hablar con cada persona?”)"
    ]


def test_a_hidden_answer_is_no_answer_and_blank_lines_are_skipped():
    row = ROW.replace("few_months,yes", "one_or_two_talks,yes")  # one_off_too is hidden after one or two talks
    mentors = parse_roster(f"{HEADER}\n\n{row}\n\n".encode(), "roster.csv", mentor_form())
    assert "one_off_too" not in mentors[0].answers["mentor"]
    assert mentors[0].answers["mentor"]["commitment_length"] == "one_or_two_talks"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "roster.csv:1: the roster is empty — expected a header row and a row per mentor"),
        (HEADER.encode() + b"\n", "roster.csv:1: the roster has a header but no mentors"),
        (b"\xff\xfei\x00d\x00", "roster.csv:1: file is UTF-16 text, not UTF-8 — save it as UTF-8"),
        (b"id,name\n\x80", "roster.csv:2: byte 0x80 is not valid UTF-8 — save the file as UTF-8"),
        (b'id,"name\n', "roster.csv:1: not a readable CSV file: unexpected end of data"),
    ],
)
def test_files_that_are_no_roster_get_one_line(raw, expected):
    with pytest.raises(ContentError) as err:
        parse_roster(raw, "roster.csv", mentor_form())
    assert [str(p) for p in err.value.problems] == [expected]


def test_a_cell_that_looks_like_a_formula_is_written_neutralised():
    mentors = sample_mentors(mentor_form(), 1)
    text = roster_csv([mentors[0].__class__(**{**mentors[0].__dict__, "name": "=HYPERLINK(1)"})], mentor_form())
    assert ",'=HYPERLINK(1)," in text


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**6), count=st.integers(1, 15))
def test_any_sample_roster_reads_back_to_the_same_mentors(seed, count):
    mentors = sample_mentors(mentor_form(), count, seed)
    assert parse_roster(roster_csv(mentors, mentor_form()).encode(), "r.csv", mentor_form()) == mentors
    assert all(sum(mentor_kind(mentor_form(), m).serves.values()) == 8 for m in mentors)  # 3 + 2 + 2 + 1


def test_columns_of_optional_or_conditional_questions_may_be_left_out():
    columns = [c for c in roster_columns(mentor_form()) if c not in ("mentor.field", "mentor.one_off_too")]
    # one or two talks hides "one-off too"; a row whose answers show it would be told the answer is missing
    cells = dict(
        zip(roster_columns(mentor_form()), ROW.replace("few_months", "one_or_two_talks").split(","), strict=True)
    )
    text = ",".join(columns) + "\n" + ",".join(cells[c] for c in columns) + "\n"
    mentor = parse_roster(text.encode(), "roster.csv", mentor_form())[0]
    assert "field" not in mentor.answers["mentor"] and "one_off_too" not in mentor.answers["mentor"]

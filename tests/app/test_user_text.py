"""A person's own text (free-text answers, the name for the PDF, an uploaded file's name) is shown as text in
the app, printed literally in the PDF, and never reaches the CSV.

Covered elsewhere, not repeated here: Greek/Cyrillic/Armenian/Hebrew names, emoji fallback and 500-character
names in the PDF (tests/core/test_report.py), formula neutralising of every CSV text column
(tests/core/test_export.py)."""

import csv
import io
import re

import pytest
from apphelpers import answers_for, download_pdf, pdf_button, seeded, unescape
from pypdf import PdfReader

from mentorfinder.answers.file import dump_answers
from mentorfinder.evaluate import evaluate
from mentorfinder.present.export import FORMULA_STARTS, results_csv
from mentorfinder.report import build_report
from ui import nav, state
from ui.steps import all_steps
from ui.text import escape

HOSTILE = {
    "html": "<script>alert(1)</script><b>bold</b>",
    "markdown": "**bold** [link](http://x) # heading\n- item",
    "latex": "$x^2$ costs $5",
    "rtl": "مرشد يساعدني — מנטור שעוזר לי",
    "emoji": "🚀 growth 👩🏽‍💻 :rocket: ✨",
    "formula": '=HYPERLINK("http://x.example","click")',
}
LONG = "a" + "b" * 9_998 + "z"  # 10,000 characters
FREE_TEXT = ("goals", "goal_in_words")
MARKUP_ELEMENTS = ("markdown", "caption", "error", "warning", "info", "success", "title", "header", "subheader")


def step_of(content, qid, question_id) -> int:
    return next(
        i
        for i, ws in enumerate(all_steps(content))
        if ws.questionnaire.id == qid and any(q.id == question_id for q in ws.step.questions)
    )


def open_free_text_step(at, content):
    answers = answers_for(content, seed=41)
    answers["goals"].pop("goal_in_words", None)
    at.session_state[state.STEP] = step_of(content, *FREE_TEXT)
    return seeded(at, answers, nav.QUESTIONS.script)


def markup_holding(at, value: str) -> list[str]:
    """Every markdown-rendered string on the page that carries (part of) the person's text."""
    probe = value.strip().splitlines()[0][:12]
    found = []
    for kind in MARKUP_ELEMENTS:
        for element in at.get(kind):
            body = str(getattr(element, "value", "") or getattr(element.proto, "body", ""))
            if probe in unescape(body):
                found.append(body)
    return found


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_free_text_is_kept_exactly_and_never_rendered(at, content, kind):
    value = HOSTILE[kind]
    open_free_text_step(at, content)
    at.text_area(key=state.widget_key("goals", "goal_in_words")).input(value).run()
    assert not at.exception
    assert (
        at.text_area(key=state.widget_key("goals", "goal_in_words")).value == value
    )  # the box holds the exact characters
    assert at.session_state[state.ANSWERS]["goals"]["goal_in_words"] == value.strip()
    assert markup_holding(at, value) == []  # it appears in no markdown, caption, alert or heading
    next(b for b in at.button if b.label == "Next").click().run()
    assert not at.exception and not at.error
    assert at.session_state[state.ANSWERS]["goals"]["goal_in_words"] == value.strip()


def test_ten_thousand_characters_stop_at_the_limit_the_box_shows(at, content):
    """Decided experience: the box takes up to 500 characters and shows the count (n/500), so a paste of 10,000
    stops visibly at 500. A client that ignores the limit gets its value cut to 500 by Streamlit itself, so the
    server never holds more; an answers file or link with more is refused with the limit named
    (test_bad_input.py, hope.json)."""
    index = open_free_text_step(at, content).session_state[state.STEP]
    at.text_area(key=state.widget_key("goals", "goal_in_words")).input(
        LONG
    ).run()  # AppTest, like the browser, refuses it
    assert "goal_in_words" not in at.session_state[state.ANSWERS]["goals"]
    at.text_area(key=state.widget_key("goals", "goal_in_words")).set_value(
        LONG
    ).run()  # as a hostile client would send it
    assert not at.exception
    assert at.session_state[state.ANSWERS]["goals"]["goal_in_words"] == LONG[:500]
    next(b for b in at.button if b.label == "Next").click().run()
    assert not at.exception and not at.error
    assert at.session_state[state.STEP] == index + 1


def test_the_text_box_tells_the_browser_the_limit(at, content):
    open_free_text_step(at, content)
    assert at.text_area(key=state.widget_key("goals", "goal_in_words")).proto.max_chars == 500


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_the_pdf_name_is_printed_literally(at, content, kind):
    value = " ".join(HOSTILE[kind].split())  # a one-line name, as the text box gives it
    seeded(at, answers_for(content, seed=42), nav.NEXT_STEPS.script)
    at.text_input(key=state.PDF_NAME).input(value).run()
    assert markup_holding(at, value) == []
    if kind == "emoji":  # no installed font draws these: said before the PDF, never a replacement mark in it
        assert [e.value.split(":")[0] for e in at.error] == ["This name can't go on the PDF as typed"]
        assert "U+1F680" in at.error[0].value  # the rocket, named by code point
        assert pdf_button(at).disabled
        return
    pdf = download_pdf(at)
    reader = PdfReader(io.BytesIO(pdf))
    assert 1 <= len(reader.pages) <= 2
    if kind in {"html", "markdown", "latex", "formula"}:  # plain ASCII prints and extracts exactly
        assert value in " ".join(reader.pages[0].extract_text().split())


def test_free_text_is_printed_literally_in_the_pdf_and_never_reaches_the_csv(content):
    """Free text is not scored; the PDF prints it as typed under "In your own words" (issue 8), the CSV never."""
    answers = answers_for(content, seed=43)
    answers["goals"]["goal_in_words"] = HOSTILE["formula"] + " MARKER-7f3a " + HOSTILE["html"]
    answers["fit"]["trust_needs"] = HOSTILE["latex"] + " MARKER-7f3a"
    pdf = build_report(content, answers, name=HOSTILE["markdown"].splitlines()[0])
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert answers["goals"]["goal_in_words"] in text and answers["fit"]["trust_needs"] in text
    table = results_csv(evaluate(content, answers))
    assert "MARKER-7f3a" not in table
    for row in csv.reader(io.StringIO(table)):
        assert not any(cell.startswith(FORMULA_STARTS) for cell in row), row


def test_a_ten_thousand_character_name_keeps_the_pdf_to_two_pages(content):
    """The name box stops at 80 characters; the core still copes with far more (500 is in test_report.py)."""
    pdf = build_report(content, answers_for(content, seed=44), name=LONG)
    assert 1 <= len(PdfReader(io.BytesIO(pdf)).pages) <= 2


def test_a_long_pasted_name_is_cut_to_the_limit_with_a_note(at, content):
    """The box has no browser limit (a longer paste was dropped whole, silently): the app cuts it and says so."""
    seeded(at, answers_for(content, seed=45), nav.NEXT_STEPS.script)
    assert at.text_input(key=state.PDF_NAME).proto.max_chars == 0
    at.text_input(key=state.PDF_NAME).input("Ada " * 30).run()
    assert not at.exception
    assert "Only the first 80 characters of the name are printed." in [c.value for c in at.caption]
    pdf = download_pdf(at)
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert ("Ada " * 20).strip() in text and ("Ada " * 21).strip() not in text


@pytest.mark.parametrize("kind", ["html", "markdown", "latex", "emoji"])
def test_an_uploaded_file_name_is_shown_as_text(at, content, kind):
    name = " ".join(HOSTILE[kind].split()) + ".json"
    answers = answers_for(content, seed=46)
    at.run()
    at.file_uploader(key=state.UPLOAD).set_value((name, dump_answers(answers).encode(), "application/json")).run()
    assert not at.exception
    assert at.session_state[state.ANSWERS] == answers
    shown = at.success[0].value
    assert unescape(shown).endswith(f"from {name}.")
    assert escape(name) in shown  # every markdown, LaTeX and shortcode character is backslash-escaped
    assert not re.search(r"(?<!\\)[*$<\[]", shown.split(" from ", 1)[1])


@pytest.mark.parametrize("name", ["山田花子", "محمد الأحمد", "דוד כהן", "김민준"])
def test_a_name_in_another_script_goes_on_the_pdf(at, content, name):
    seeded(at, answers_for(content, seed=46), nav.NEXT_STEPS.script)
    at.text_input(key=state.PDF_NAME).input(name).run()
    assert [e.value for e in at.error] == []
    pdf = download_pdf(at)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "\ufffd" not in text
    assert set(name.replace(" ", "")) <= set(text)  # every letter printed (right-to-left words come out reordered)


def test_a_name_no_font_can_print_is_refused_before_the_pdf(at, content):
    seeded(at, answers_for(content, seed=47), nav.NEXT_STEPS.script)
    at.text_input(key=state.PDF_NAME).input("Zoë \ue000").run()
    assert [e.value for e in at.error] == [
        'This name can\'t go on the PDF as typed: the name has characters no installed font can print: U+E000 ("\ue000"). '
        "Please leave those out."
    ]
    assert pdf_button(at).disabled
    assert at.session_state[state.PDF].pdf is None  # no PDF was made


def test_the_refusal_is_said_in_spanish_on_a_spanish_page(at, content):
    at.query_params[state.URL_LANGUAGE] = "es"
    seeded(at, answers_for(content, seed=47), nav.NEXT_STEPS.script)
    at.text_input(key=state.PDF_NAME).input("Zoë \ue000").run()
    assert [e.value for e in at.error] == [
        "Este nombre no puede ir en el PDF tal como está escrito: el nombre tiene caracteres que ninguna fuente "
        'instalada puede imprimir: U+E000 ("\ue000"). Quita esos caracteres.'
    ]


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        (
            "my goal\u202e is this",
            "has a bidirectional control character (U+202E RIGHT-TO-LEFT OVERRIDE) at position 8",
        ),
        ("\u200b\u200b", "is made only of invisible characters (U+200B ZERO WIDTH SPACE)"),
    ],
)
def test_own_words_with_a_bidi_control_or_nothing_visible_are_refused_by_name(at, content, typed, why):
    open_free_text_step(at, content)
    at.text_area(key=state.widget_key("goals", "goal_in_words")).input(typed).run()
    assert not at.exception
    assert "goal_in_words" not in at.session_state[state.ANSWERS]["goals"]  # not kept
    notes = [e.value for e in [*at.error, *at.warning, *at.caption, *at.markdown] if why in unescape(str(e.value))]
    assert notes and unescape(notes[0]).startswith(f"This answer {why}")

"""The PDF summary: content, page count, paper, Unicode names, long names, a real render, the CLI."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import ROOT, load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.present.rules import whole_percent
from mentorfinder.report import build_report, render_report
from mentorfinder.report.fonts.lookup import FALLBACK, safe_text

A4_PT = (595.28, 841.89)
LETTER_PT = (612.0, 792.0)
GREEK = "Αλέξανδρος Παπαδόπουλος"
CYRILLIC = "Анна Владимировна Кузнецова"


@pytest.fixture(scope="module")
def content():
    return load_content()


def answers(content, seed: int = 1):
    return sample_answers(list(content.questionnaires), seed)


def read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def words(reader: PdfReader) -> str:
    """All text, whitespace collapsed (wrapped lines become one space)."""
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_report_holds_name_date_matches_in_rank_order_and_every_dimension(content):
    given = answers(content, 1)
    result = evaluate(content, given)
    pdf = render_report(content, result, name="Maria Keller", today=date(2026, 3, 7))
    text = words(read(pdf))
    assert "Your mentor match report" in text
    assert "Prepared for Maria Keller" in text
    assert "7 March 2026" in text
    for dim in result.profile.values():
        assert dim.label in text, dim.label
    # The match section lists the top archetypes in ranked order, each with its percent and label.
    section = text[text.index("Your top matches") : text.index("Your mentoring network")]
    shown = [m for m in result.shortlist[:3] if m.name in section]
    assert shown == result.shortlist[: len(shown)] and len(shown) >= 1
    positions = [section.index(m.name) for m in shown]
    assert positions == sorted(positions)
    for match in shown:
        assert whole_percent(match.percent) in section
        assert f"{match.label} fit".upper() in section
    for member in result.network:
        assert member.name in text
    for tip in result.tips[:2]:
        assert tip.label in text
    assert "Next steps" in text and "Where to find one" in text and "Questions to ask" in text
    assert "Page 1 of" in text


def test_build_report_equals_render_of_evaluate(content):
    given = answers(content, 2)
    built = words(read(build_report(content, given, name="Sam")))
    rendered = words(read(render_report(content, evaluate(content, given), name="Sam")))
    assert built == rendered  # every word of every page, not one name
    assert evaluate(content, given).shortlist[0].name in built


@pytest.mark.parametrize("paper, size", [("a4", A4_PT), ("letter", LETTER_PT)])
@pytest.mark.parametrize("seed", [0, 1, 2, 3, 7, 11])
def test_one_or_two_pages_on_each_paper(content, paper, size, seed):
    reader = read(build_report(content, answers(content, seed), name="Jo", paper=paper))
    assert 1 <= len(reader.pages) <= 2
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(size, abs=0.5)
    assert f"Page 1 of {len(reader.pages)}" in words(reader)


def test_greek_and_cyrillic_names_print_and_extract_exactly(content):
    name = f"{GREEK} и {CYRILLIC}"
    text = words(read(build_report(content, answers(content), name=name)))
    assert GREEK in text
    assert CYRILLIC in text
    assert "Prepared for Αλέξανδρος" in text


def test_scripts_beyond_the_fast_subset_use_the_full_font(content):
    # Armenian and Hebrew are in DejaVu Sans but not in the fast Latin/Greek/Cyrillic subset.
    text = words(read(build_report(content, answers(content), name="Արամ Խաչատրյան שלום")))
    assert "Արամ Խաչատրյան" in text


def test_emoji_and_private_use_do_not_crash_and_print_the_fallback_glyph(content):
    name = "\ue000\ue001 😀 Zoë 👩‍💻 ✨"  # (CJK prints with Noto: test_report_scripts.py)
    reader = read(build_report(content, answers(content), name=name))
    assert 1 <= len(reader.pages) <= 2
    text = words(reader)
    # Private-use characters and the woman-technologist ZWJ sequence become one U+FFFD each; DejaVu has a
    # monochrome 😀.
    assert f"Prepared for {FALLBACK} 😀 Zoë {FALLBACK} {FALLBACK}" in text


def test_fallback_rule():
    assert safe_text("\ue000\ue001") == FALLBACK
    assert safe_text("a👩‍💻b") == f"a{FALLBACK}b"  # a ZWJ sequence is one fallback, not three
    assert safe_text("x✨️ y👍🏽") == f"x{FALLBACK} y{FALLBACK}"
    assert safe_text("Ann\nSmith\t\x00") == "Ann Smith "
    assert safe_text("Zoë Ελένη Жанна €") == "Zoë Ελένη Жанна €"


@pytest.mark.parametrize("name", ["Долгорукова-" * 42, "Ω" * 500, ("Maximilian " * 46)[:500]])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_500_character_name_keeps_the_layout(content, name, paper):
    assert len(name) >= 500
    reader = read(build_report(content, answers(content), name=name, paper=paper))
    assert 1 <= len(reader.pages) <= 2
    text = words(reader)
    assert "Prepared for " + name[:20] in text
    assert "\u2026" in text  # the name is cut with an ellipsis, not spilled over the page
    assert "Your profile" in text and "Your top matches" in text
    # No text run starts outside the page.
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    starts = []
    page.extract_text(visitor_text=lambda t, cm, tm, font, size: starts.append((tm[4], tm[5])) if t.strip() else None)
    assert starts and all(0 <= x < width and 0 <= y <= height for x, y in starts)


def test_empty_name_and_bad_paper(content):
    text = words(read(build_report(content, answers(content), name="   ")))
    assert "Prepared for" not in text
    with pytest.raises(ValueError, match="paper"):
        build_report(content, answers(content), paper="a3")


def _pgm(data: bytes) -> tuple[int, int, bytes]:
    """Parse a binary PGM (P5): width, height and the grey bytes."""
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos : pos + 1].isspace():
            pos += 1
        if data[pos : pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5" and int(fields[3]) == 255
    width, height = int(fields[1]), int(fields[2])
    pixels = data[pos + 1 : pos + 1 + width * height]
    assert len(pixels) == width * height
    return width, height, pixels


def test_rendered_first_page_is_not_blank(content, tmp_path):
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm (poppler-utils) is required; scripts/test.sh installs it"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(build_report(content, answers(content), name=CYRILLIC))
    subprocess.run([pdftoppm, "-gray", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    width, height, pixels = _pgm(next(tmp_path.glob("page*.pgm")).read_bytes())
    assert (width, height) == (331, 468)  # A4 at 40 dpi
    dark = sum(1 for p in pixels if p < 128) / len(pixels)
    inked = sum(1 for p in pixels if p < 245) / len(pixels)
    assert dark > 0.08  # the navy header band alone is ~10% of the page
    assert inked > 0.2
    mean = sum(pixels) / len(pixels)
    assert sum((p - mean) ** 2 for p in pixels) / len(pixels) > 1000  # real contrast, not a flat grey


def test_cli_report_writes_a_pdf(tmp_path):
    sample = subprocess.run(
        [sys.executable, "-m", "mentorfinder", "sample-answers", "--seed", "4"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(sample.stdout)
    assert json.loads(sample.stdout)["format"] == "mentor-finder-answers"
    out = tmp_path / "out.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentorfinder",
            "report",
            str(answers_file),
            "-o",
            str(out),
            "--name",
            GREEK,
            "--paper",
            "letter",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stderr
    reader = read(out.read_bytes())
    assert 1 <= len(reader.pages) <= 2
    assert float(reader.pages[0].mediabox.width) == pytest.approx(LETTER_PT[0], abs=0.5)
    assert GREEK in words(reader)


def test_shipped_font_and_licence_are_present():
    fonts = Path(ROOT, "mentorfinder", "report", "fonts", "files")
    assert (fonts / "DejaVuSans.ttf").stat().st_size > 500_000
    assert (fonts / "DejaVuSans-Bold.ttf").stat().st_size > 500_000
    assert "Bitstream Vera" in (fonts / "LICENSE-DejaVu.txt").read_text()


GOAL_WORDS = (
    "I want to move from teaching into UX research within a year, ideally in a public-sector team that "
    "builds services people rely on. I'd like help *choosing* a first portfolio project & planning the move."
)
TRUST_WORDS = "Respect that I care for my mother at weekends; <b>no</b> calls after 8pm, please. # Faith matters to me."
CONTRADICTIONS = {
    "availability": {
        "how_often": "weekly",
        "hours_per_month": 0,
        "which_times": ["weekday_mornings", "weekends"],
        "meeting_mode": "only_online",
        "commitment_length": "open_ended",
        "quick_answer": 5,
        "reply_time": "save_for_meetings",
        "quick_questions": 5,
    },
    "communication": {"where_to_meet": "face_to_face", "video_just_as_good": 1},
    "fit": {"trust_needs": TRUST_WORDS, "can_offer": ["new_tools", "my_contacts"], "mostly_receive": 5},
    "goals": {"goal_in_words": GOAL_WORDS},
}


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("seed", [1, 2, 5])
def test_own_words_and_checks_are_printed_literally_within_two_pages(content, paper, seed):
    given = answers(content, seed)
    for qid, values in CONTRADICTIONS.items():
        given[qid].update(values)
    result = evaluate(content, given)
    assert len(result.checks) >= 4  # several checks and long own words: the report must still fit
    reader = read(render_report(content, result, name="Ada", paper=paper))
    assert 1 <= len(reader.pages) <= 2
    text = words(reader)
    assert "In your own words" in text and "Worth a second look" in text
    assert GOAL_WORDS in text and TRUST_WORDS in text
    assert "‘Weekday mornings’ and ‘Weekends’" in text
    assert "You want to talk every week, but you have an hour a month or less." in text
    for check in result.checks:
        assert check.message in text
    assert "Your answers: ‘Every week’ · 0 hours a month" in text

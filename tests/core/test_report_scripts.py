"""Names in any script on the PDF: CJK, Arabic and Hebrew print with Noto, RTL shaped; uncovered names refused.

How the fonts are found on other machines (fontconfig, macOS and Windows folders): test_report_font_lookup.py.
"""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from datetime import date

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import ROOT, load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.report import name_problem, render_report, uncovered_characters
from mentorfinder.report.fonts import scripts, system

DAY = date(2026, 3, 7)
ARTIFACTS = ROOT / "test-artifacts"
# name -> the Noto font its letters print with
NAMES = {
    "山田花子": "NotoSansCJK",  # Japanese
    "王小明": "NotoSansCJK",  # Chinese
    "김민준": "NotoSansCJK",  # Korean
    "محمد الأحمد": "NotoSansArabic",
    "דוד כהן": "NotoSansHebrew",
}
RTL = ("محمد الأحمد", "דוד כהן")


@pytest.fixture(scope="module")
def content():
    return load_content()


@pytest.fixture(scope="module")
def pdfs(content):
    """One PDF per name, each page also rendered to test-artifacts/script-N-P.png to look at."""
    result = evaluate(content, sample_answers(list(content.questionnaires), 1))
    made = {name: render_report(content, result, name=name, today=DAY) for name in NAMES}
    ARTIFACTS.mkdir(exist_ok=True)
    for i, pdf in enumerate(made.values()):
        path = ARTIFACTS / f"script-{i}.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(ARTIFACTS / f"script-{i}")], check=True)
    return made


def runs(pdf: bytes) -> list[list[tuple[str, float, float, str]]]:
    """Per page, each text run: text, x, y, and its font's name without the subset tag."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[str, float, float, str]] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                found.append((text, tm[4], tm[5], str(font["/BaseFont"]).split("+")[-1] if font else ""))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def shown(name: str) -> str:
    """What pypdf extracts: CJK as written; right-to-left words in their visual order (pypdf puts each run's
    letters back in reading order, but not the runs: a space is DejaVu's, so each word is its own run)."""
    return " ".join(reversed(name.split())) if name in RTL else name


@pytest.mark.parametrize("name", NAMES)
def test_the_name_prints_in_the_header_band_and_the_running_header(pdfs, name):
    pdf = pdfs[name]
    first, second = page_texts(pdf)
    assert f"Prepared for {shown(name)} At a glance" in first
    assert second.startswith(f"Mentor Finder · {shown(name)} · 7 March 2026 ")
    assert "\ufffd" not in first + second
    assert len(pdf) < 300_000
    # every letter of the name is drawn with the Noto font, on both pages
    for page in runs(pdf):
        letters = "".join(text for text, _, _, font in page if font.startswith(NAMES[name])).replace(" ", "")
        assert sorted(letters) == sorted(name.replace(" ", ""))


@pytest.mark.parametrize("name", RTL)
def test_right_to_left_names_read_from_the_right(pdfs, name):
    first_word, second_word = name.split()
    for page in runs(pdfs[name]):
        x = {text: x for text, x, _, _ in page}
        assert x[first_word] > x[second_word]  # the first word is the rightmost


def test_arabic_letters_are_joined(pdfs):
    """Shaped Arabic uses each letter's joining form; unshaped text would use the isolated letters."""
    reader = PdfReader(io.BytesIO(pdfs["محمد الأحمد"]))
    font = next(
        f.get_object()
        for f in reader.pages[0]["/Resources"]["/Font"].values()
        if "NotoSansArabic" in f.get_object()["/BaseFont"]
    )
    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    embedded = TTFont(io.BytesIO(descriptor["/FontFile2"].get_data())).getBestCmap()
    # meem initial and medial, hah initial and medial, dal final, lam-alef with hamza (a ligature)
    assert {0xFEE3, 0xFEE4, 0xFEA3, 0xFEA4, 0xFEAA, 0xFEF7} <= set(embedded)
    assert not {0x0645, 0x062D, 0x062F, 0x0644} & set(embedded)  # meem, hah, dal, lam as isolated letters


def test_uncovered_characters_names_what_no_font_prints():
    for name in NAMES:
        assert uncovered_characters(name) == []
    assert uncovered_characters("Zoë Łukasiewicz Nguyễn Søren Ἀλέξ\n\t") == []
    # private use, an emoji no installed font has, an unassigned code point; each once, in order
    assert uncovered_characters("A\ue000 🧿 山田 \u0378\ue000") == ["\ue000", "🧿", "\u0378"]
    assert name_problem("王小明 Zoë") == ""
    assert name_problem("Zoë \u0378") == 'the name has characters no installed font can print: U+0378 ("\u0378")'


def test_without_the_noto_fonts_such_names_are_uncovered_not_printed(content, monkeypatch, tmp_path):
    """No font for CJK anywhere: not at Debian's paths, and none that fontconfig lists (an empty configuration)."""
    (tmp_path / "fonts.conf").write_text("<?xml version='1.0'?>\n<fontconfig></fontconfig>\n")
    monkeypatch.setenv("FONTCONFIG_FILE", str(tmp_path / "fonts.conf"))
    monkeypatch.setenv("MENTORFINDER_FONT_DIRS", "")
    monkeypatch.setattr(scripts, "SYSTEM_DIRS", ("/nonexistent",))
    scripts.installed.cache_clear()
    system.system_faces.cache_clear()
    try:
        assert uncovered_characters("王小明 דוד") == ["王", "小", "明"]  # DejaVu has Hebrew letters
        result = evaluate(content, sample_answers(list(content.questionnaires), 1))
        assert "Prepared for \ufffd At a glance" in page_texts(render_report(content, result, name="王小明"))[0]
    finally:
        monkeypatch.undo()
        scripts.installed.cache_clear()
        system.system_faces.cache_clear()


def test_the_cli_refuses_an_uncovered_name_before_the_pdf(content, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(dump_answers(sample_answers(list(content.questionnaires), 1)))
    out = tmp_path / "out.pdf"
    command = [sys.executable, "-m", "mentorfinder", "report", str(answers), "-o", str(out), "--name"]
    done = subprocess.run([*command, "Zoë \ue000🧿"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr == (
        '--name:1: the name has characters no installed font can print: U+E000 ("\ue000"), U+1F9FF ("🧿")\n'
    )
    assert not out.exists()
    done = subprocess.run([*command, "王小明"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "王小明" in page_texts(out.read_bytes())[0]


# Every text run of two all-Latin reports (text, position, size, font), hashed: made by the code before
# fallback fonts existed, so the English report's text and layout are unchanged by them. A deliberate
# change of the English report’s wording or layout changes these (last: the twelfth round's no_outside_view_wanted,
# seed 1's network losing the Cross-field outsider, its Check-in partner now covering navigating challenges too;
# before it the tenth round's network past a limit on time,
# seed 2's network gaining a Confidence builder "if you can give more time"; before it one heading for the questions to ask, on the page and in the PDF; before it sample answers drawn per question and two new questions; before it issue 18’s true sentences, fit rules
# and less-suited kinds; the two pages were looked at as PNG before the digests were renewed).
LATIN = [
    (1, "Maria Keller", "a4", "370d8047f584737452d7c6c5ed909f3b2b2a6a55fbee4480c88c70aac7a23086"),
    (
        2,
        "Zoë Łukasiewicz-Nguyễn Đặng Søren",
        "letter",
        "8299a8404a96abfe2c493c5a23e5b894d1c907a5e3fea138dbb87297e501b346",
    ),
]


@pytest.mark.parametrize(("seed", "name", "paper", "digest"), LATIN)
def test_an_all_latin_report_is_unchanged(content, seed, name, paper, digest):
    result = evaluate(content, sample_answers(list(content.questionnaires), seed))
    pdf = render_report(content, result, name=name, paper=paper, today=DAY)
    lines = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(
            visitor_text=lambda t, cm, tm, font, size: (
                lines.append(f"{t}|{tm[4]:.2f}|{tm[5]:.2f}|{size:.2f}|{font.get('/BaseFont') if font else ''}")
                if t.strip()
                else None
            )
        )
    assert hashlib.sha256("\n".join(lines).encode()).hexdigest() == digest

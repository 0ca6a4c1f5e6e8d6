"""The report's speed parts: fonts parsed once, measuring draws nothing, wraps reused, threads, imports."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
from datetime import date

import pytest
from fpdf import FPDF
from fpdf.fonts import TTFFont
from pypdf import PdfReader

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import ROOT, load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.report import document, layout, render_report
from mentorfinder.report.fonts import load as fontload
from mentorfinder.report.options import LEVELS, Options

DAY = date(2026, 3, 7)
NAMES = ["Αλέξανδρος Παπαδόπουλος", "Анна Кузнецова", "Maria Keller", "Արամ Խաչատրյան"]  # the last needs the full font


@pytest.fixture(scope="module")
def content():
    return load_content()


def result(content, seed: int):
    return evaluate(content, sample_answers(list(content.questionnaires), seed))


def pages(pdf: bytes) -> list[str]:
    """Each page's text, whitespace collapsed."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def fresh_fonts(monkeypatch):
    """A new process's font state: nothing parsed yet."""
    monkeypatch.setattr(fontload, "_PARSED", {})


@pytest.fixture
def parse_calls(monkeypatch):
    """The fontkey of every TTFFont parsed (fpdf2's add_font and the report's own parse both go through it)."""
    calls: list[str] = []
    real = TTFFont.__init__

    def spy(self, fpdf, path, fontkey, *args, **kwargs):
        calls.append(fontkey)
        real(self, fpdf, path, fontkey, *args, **kwargs)

    monkeypatch.setattr(TTFFont, "__init__", spy)
    return calls


def test_fonts_are_parsed_once_per_process_across_documents(content, fresh_fonts, parse_calls):
    first = render_report(content, result(content, 1), name=NAMES[0], today=DAY)
    second = render_report(content, result(content, 2), name=NAMES[1], paper="letter", today=DAY)
    assert parse_calls == ["dejavu", "dejavuB"]  # the fast subset, regular and bold, for both reports
    assert "Prepared for Αλέξανδρος Παπαδόπουλος" in pages(first)[0]
    assert "Prepared for Анна Кузнецова" in pages(second)[0]
    render_report(content, result(content, 3), name=NAMES[3], today=DAY)
    assert parse_calls == ["dejavu", "dejavuB", "dejavu", "dejavuB"]  # the full fonts, once, when needed


def embedded_fonts(pdf: bytes) -> dict[str, int]:
    """Each embedded font's name and its number of glyphs (the subset written for this document)."""
    from fontTools.ttLib import TTFont

    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            data = descriptor["/FontFile2"].get_data()
            found[str(font.get_object()["/BaseFont"])] = TTFont(io.BytesIO(data))["maxp"].numGlyphs
    return found


def test_each_document_subsets_only_its_own_glyphs(content, fresh_fonts):
    shown = result(content, 1)
    before = embedded_fonts(render_report(content, shown, name="Jo", today=DAY))
    greek = embedded_fonts(render_report(content, shown, name="ΩΨΞΔΛ ΣΦΓ ΠΘ", today=DAY))
    after = embedded_fonts(render_report(content, shown, name="Jo", today=DAY))
    assert after == before  # the Greek report's glyphs did not leak into the next one's subset
    assert greek["/MPDFAA+DejaVuSansBook"] == before["/MPDFAA+DejaVuSansBook"]
    assert greek["/MPDFAA+DejaVuSansBold"] >= before["/MPDFAA+DejaVuSansBold"] + 10  # the name's ten Greek letters


def test_the_measuring_pass_draws_nothing_and_measures_what_is_drawn(content, monkeypatch):
    calls: dict[str, int] = {}
    for name in ("rect", "circle", "line", "cell", "set_fill_color", "set_draw_color", "set_line_width"):
        real = getattr(FPDF, name)

        def spy(self, *args, _real=real, _name=name, **kwargs):
            calls[_name] = calls.get(_name, 0) + 1
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(FPDF, name, spy)
    shown = result(content, 4)
    options = Options("Maria Keller", today=DAY)
    for level in (LEVELS[0], LEVELS[-1]):
        trial = document._draw(content, shown, options, level, {}, measuring=True)
        assert calls == {}  # no shape, colour, line width or text was drawn
        drawn = document._draw(content, shown, options, level, {})
        assert calls["rect"] > 10 and calls["cell"] > 50 and calls["circle"] > 5  # the spies do see drawing
        assert (trial.page_no(), round(trial.get_y(), 6)) == (drawn.page_no(), round(drawn.get_y(), 6))
        calls.clear()


def test_each_text_is_wrapped_once_per_report(content, monkeypatch):
    wrapped: list[tuple] = []
    real = layout.wrap

    def spy(text, width, measure):
        doc = measure.__self__
        wrapped.append((doc.full_font, doc.current_font.fontkey, doc.font_size_pt, width, text))
        return real(text, width, measure)

    monkeypatch.setattr(layout, "wrap", spy)
    pdf = render_report(content, result(content, 5), name=NAMES[0], today=DAY)
    assert len(wrapped) == len(set(wrapped)) > 50  # measuring and drawing documents reuse the report's wraps
    assert "Prepared for Αλέξανδρος Παπαδόπουλος" in pages(pdf)[0]


def test_reports_built_at_once_on_threads_are_each_right(content):
    shown = [result(content, seed) for seed in range(len(NAMES))]
    alone = [pages(render_report(content, r, name=n, today=DAY)) for r, n in zip(shown, NAMES, strict=True)]
    start = threading.Barrier(len(NAMES))
    got: dict[int, list[list[str]]] = {i: [] for i in range(len(NAMES))}

    def build(i: int) -> None:
        start.wait()
        for _ in range(3):
            got[i].append(pages(render_report(content, shown[i], name=NAMES[i], today=DAY)))

    threads = [threading.Thread(target=build, args=(i,)) for i in range(len(NAMES))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for i, name in enumerate(NAMES):
        assert got[i] == [alone[i]] * 3
        assert f"Prepared for {name}" in alone[i][0]
        assert not any(other in " ".join(alone[i]) for other in NAMES if other != name)


def probe(code: str) -> str:
    """What a fresh Python process running `code` prints (the imports a command makes)."""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def run_command(argv: list[str]) -> str:
    return (
        "import sys, contextlib, io; from mentorfinder.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()): code = main({argv!r})\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('fpdf', 'numpy') and '.' not in m))"
    )


def test_match_never_imports_fpdf(content, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(dump_answers(sample_answers(list(content.questionnaires), 2)), encoding="utf-8")
    assert probe(run_command(["match", str(answers)])) == "0 []"
    # report imports fpdf2 but not numpy, which fpdf2 only uses for images
    assert probe(run_command(["report", str(answers), "-o", str(tmp_path / "r.pdf")])) == "0 ['fpdf']"
    assert "Your mentor match report" in pages((tmp_path / "r.pdf").read_bytes())[0]


def test_a_process_that_has_numpy_keeps_it_for_fpdf():
    code = "import numpy; import mentorfinder.report; import fpdf.image_parsing as p; print(p.numpy is numpy)"
    assert probe(code) == "True"
    code = "import mentorfinder.report, numpy; print(numpy.zeros(2).tolist())"  # numpy still imports afterwards
    assert probe(code) == "[0.0, 0.0]"

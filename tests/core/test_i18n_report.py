"""The PDF in Spanish: its headings, labels and archetype names are the Spanish ones."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from mentorfinder.cli import main
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import translate
from mentorfinder.report import render_report

CONTENT = load_content()
ANSWERS = json.loads((Path(__file__).parent / "personas" / "online_single_conversation.json").read_text())["answers"]
SPANISH_HEADINGS = ["De un vistazo", "Tu perfil", "Lo que necesitas de un mentor", "Tus mentores más afines",
                    "Tu red de mentores", "Próximos pasos", "Dónde encontrarlo", "Cómo prepararte",
                    "En tus propias palabras", "Descartados por tus requisitos imprescindibles",
                    # captions in full: a caption too long for its line would be cut short with …
                    "De 0 a 100 según tus respuestas; la marca indica tu inclinación",
                    "% según necesidades, estilo, tiempo y encaje · ✓ por qué · ! avisos"]  # fmt: skip
ENGLISH_HEADINGS = ["At a glance", "Your profile", "Your top matches", "Next steps", "In your own words"]


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_spanish_report_has_spanish_headings_and_archetype_names():
    result = evaluate(CONTENT, ANSWERS, language="es")
    text = _text(render_report(CONTENT, result, language="es", today=date(2026, 3, 7)))
    assert [h for h in SPANISH_HEADINGS if h not in text] == []
    assert [h for h in ENGLISH_HEADINGS if h in text] == []
    names = [translate(CONTENT.archetype(m.archetype).name, "es") for m in result.shortlist[:3]]
    assert names == ["Mentor exprés", "Mirada de otro campo", "Conector"]
    assert [n for n in names if n not in text] == []
    assert "ENCAJE ÓPTIMO" in text  # the top match's fit label, in capitals on its card


def test_report_command_speaks_the_answers_files_language_unless_told(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"format": "mentor-finder-answers", "version": 1, "language": "es",
                                "answers": ANSWERS}), encoding="utf-8")  # fmt: skip
    assert main(["report", str(path), "-o", str(tmp_path / "es.pdf")]) == 0
    assert main(["report", str(path), "--lang", "en", "-o", str(tmp_path / "en.pdf")]) == 0
    spanish, english = _text((tmp_path / "es.pdf").read_bytes()), _text((tmp_path / "en.pdf").read_bytes())
    assert "Próximos pasos" in spanish and "Next steps" not in spanish
    assert "Next steps" in english and "Próximos pasos" not in english


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_spanish_reports_header_date_and_footer_are_spanish():
    result = evaluate(CONTENT, ANSWERS, language="es")
    pages = _pages(render_report(CONTENT, result, name="Ana", language="es", today=date(2026, 3, 7)))
    assert len(pages) == 2
    first, second = pages
    assert "MENTOR FINDER · RESUMEN DE RESULTADOS" in first and "7 de marzo de 2026" in first
    assert "Tu informe de mentores" in first and "Preparado para Ana" in first
    assert "Mentor Finder · tipos de mentor que buscar, según tus propias respuestas Página 1 de 2" in first
    assert "Mentor Finder · Ana · 7 de marzo de 2026" in second  # the running title of page two
    assert "Página 2 de 2" in second
    english = ("RESULT SUMMARY", "March", "Prepared for", "Your mentor match report", "Page 1 of", "Page 2 of")
    assert [w for w in english if w in first + second] == []


def test_the_english_reports_header_date_and_footer_read_as_before():
    result = evaluate(CONTENT, ANSWERS)
    first, second = _pages(render_report(CONTENT, result, name="Ana", today=date(2026, 3, 7)))
    assert "MENTOR FINDER · RESULT SUMMARY" in first and "7 March 2026" in first and "Prepared for Ana" in first
    assert "Mentor Finder · kinds of mentor to look for, from your own answers Page 1 of 2" in first
    assert "Mentor Finder · Ana · 7 March 2026" in second and "Page 2 of 2" in second

"""The catalogue: every sentence the core and the app (ui/, views/) mark has its Spanish, with the same
placeholders and plural forms, and the app shows no words it has not marked."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from mentorfinder.i18n.catalogue import _, ngettext, po_path, source_messages, translator
from mentorfinder.present.rules import about_equal_rule

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def _catalog(language: str):
    with po_path(language).open("rb") as po:
        return read_po(po, locale=language)


def _missing(catalog, messages) -> list[str]:
    """'file:line: msgid' for each message with no (or a blank) translation."""
    found = []
    for message, places in messages.items():
        entry = catalog.get(message)
        strings = [] if entry is None else list(entry.string) if entry.pluralizable else [entry.string]
        if not strings or not all(s.strip() for s in strings):
            file, line = places[0]
            found.append(f"{file}:{line}: {message!r}")
    return found


ROOT = Path(__file__).parents[2]


def test_every_marked_sentence_has_its_spanish():
    messages = source_messages()
    assert len(messages) >= 250  # the extractor really walked mentorfinder/, ui/ and views/ (a floor, not the count)
    assert _missing(_catalog("es"), messages) == []


def test_the_app_pages_and_helpers_are_extracted_with_their_places():
    places = {file for found in source_messages().values() for file, _line in found}
    assert {"ui/steps.py", "ui/widgets.py", "ui/frame.py", "ui/nav.py", "ui/workshop_room.py"} <= places
    assert {"views/welcome.py", "views/questions.py", "views/privacy.py", "views/next_steps.py"} <= places
    lines = (ROOT / "ui" / "steps.py").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if '"Please answer: %(prompt)s"' in text)
    assert source_messages()["Please answer: %(prompt)s"] == [("ui/steps.py", line)]


def test_a_new_app_sentence_without_spanish_is_named_with_its_file_and_line(tmp_path):
    root = tmp_path / "ui"
    root.mkdir()
    (root / "new.py").write_text(
        'import streamlit as st\n\nfrom mentorfinder.i18n.catalogue import _\n\nst.button(_("Press me today", "es"))\n',
        encoding="utf-8",
    )
    assert _missing(_catalog("es"), source_messages(root)) == ["ui/new.py:5: 'Press me today'"]


# Streamlit calls whose first argument is words a person reads: each must be marked, never a bare literal
SHOWN = {"title", "header", "subheader", "write", "markdown", "caption", "info", "warning", "error", "success",
         "button", "toggle", "selectbox", "radio", "multiselect", "text_input", "text_area", "number_input",
         "slider", "file_uploader", "download_button", "link_button", "page_link", "expander", "spinner",
         "metric", "form_submit_button", "progress"}  # fmt: skip
BRAND = {"Mentor Finder"}  # the product's name reads the same in every language


def _words(arg: ast.expr) -> str:
    """The literal text of a string or f-string argument (an f-string's own text, not what it fills in)."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr):
        return "".join(part.value for part in arg.values if isinstance(part, ast.Constant))
    return ""


def _bare_words(path: Path, root: Path = ROOT) -> list[str]:
    """'file:line: text' for each shown call in `path` given a string or f-string with unmarked words."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SHOWN):
            continue
        if isinstance(node.func.value, ast.Name) and node.func.value.id == "log":  # the server's log, not a page
            continue
        for arg in [*node.args[:1], *(k.value for k in node.keywords if k.arg in {"label", "text", "help"})]:
            words = _words(arg)
            if re.search("[A-Za-z]{2}", words) and words not in BRAND:
                found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(arg)[:60]}")
    return found


def test_the_app_shows_no_unmarked_words():
    files = sorted((ROOT / "ui").glob("*.py")) + sorted((ROOT / "views").glob("*.py"))
    assert len(files) > 25
    assert [line for path in files for line in _bare_words(path)] == []


def test_an_unmarked_button_label_is_named_with_its_file_and_line(tmp_path):
    page = tmp_path / "page.py"
    page.write_text('import streamlit as st\n\nst.title("Mentor Finder")\nst.button(f"Go {1}")\n', encoding="utf-8")
    assert _bare_words(page, tmp_path) == ["page.py:4: f'Go {1}'"]


def test_a_new_sentence_without_spanish_is_named_with_its_file_and_line(tmp_path):
    (tmp_path / "new.py").write_text('from .i18n import _\n\n\nSAID = _("A sentence added today")\n', encoding="utf-8")
    messages = {m: [(f"mentorfinder/{f.split('/')[-1]}", line) for f, line in places]
                for m, places in source_messages(tmp_path).items()}  # fmt: skip
    assert _missing(_catalog("es"), messages) == ["mentorfinder/new.py:4: 'A sentence added today'"]


def test_the_catalogue_holds_only_what_the_code_uses():
    used = set(source_messages())
    held = {m.id for m in _catalog("es") if m.id}
    assert held == used


def test_every_translation_keeps_its_placeholders():
    wrong = []
    for entry in _catalog("es"):
        if not entry.id:
            continue
        sources = entry.id if entry.pluralizable else (entry.id,)
        strings = entry.string if entry.pluralizable else (entry.string,)
        expected = sorted(set(PLACEHOLDER.findall(sources[0])))
        for text in (*sources, *strings):
            if sorted(set(PLACEHOLDER.findall(text))) != expected:
                wrong.append((sources[0], text))
    assert wrong == []


def test_babel_finds_no_format_errors_in_the_catalogue():
    catalog = _catalog("es")
    errors = [(entry.id, [str(e) for e in errs]) for entry, errs in catalog.check() if errs]
    assert errors == []


def test_plural_forms_follow_each_language():
    singular, plural = (
        "Scores within %(points)s point are about equal.",
        "Scores within %(points)s points are about equal.",
    )
    assert ngettext(singular, plural, 1, "es") % {"points": 1} == (
        "Las puntuaciones a menos de 1 punto de distancia son casi iguales."
    )
    assert ngettext(singular, plural, 3, "es") % {"points": 3} == (
        "Las puntuaciones a menos de 3 puntos de distancia son casi iguales."
    )
    assert ngettext(singular, plural, 1, "en") % {"points": 1} == "Scores within 1 point are about equal."
    assert about_equal_rule("en") == (
        "Scores within 3 points are about equal. When scores are equal, the kind that serves your top needs more "
        "comes first."
    )
    assert about_equal_rule("es") == (
        "Las puntuaciones a menos de 3 puntos de distancia son casi iguales. Cuando las puntuaciones son iguales, "
        "va primero el tipo que más atiende tus necesidades principales."
    )


@pytest.mark.parametrize("code", ["es", "es-419", "es_MX"])
def test_spanish_and_its_regional_codes_read_the_spanish_catalogue(code):
    assert _("Next steps", code) == "Próximos pasos"


def test_a_language_without_a_catalogue_speaks_english_and_catalogues_are_read_once():
    assert _("Next steps", "fr") == "Next steps"
    assert _("Next steps") == "Next steps"
    assert translator("es") is translator("es")

"""The core's catalogue: every marked sentence has its Spanish, with the same placeholders and plural forms."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from mentorfinder.i18n import _, ngettext, po_path, source_messages, translator
from mentorfinder.rules import about_equal_rule

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


def test_every_marked_sentence_has_its_spanish():
    messages = source_messages()
    assert len(messages) >= 90  # the extractor really walked mentorfinder/ (a sanity floor, not the count)
    assert _missing(_catalog("es"), messages) == []


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

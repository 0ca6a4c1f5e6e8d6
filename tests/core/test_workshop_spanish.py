"""Workshop mode in Spanish: the store's sentences are said in the reader's language (English stays what logs and
the CLI print), and the room's PDF and CSV speak Spanish while the CSV's data names stay the same in every language."""

import csv
import io

import pytest
from pypdf import PdfReader
from test_workshop_export import PEOPLE, TITLE, room

from mentorfinder.report import name_problem
from mentorfinder.workshop import BadInput, SharedResult, WorkshopClosed, WorkshopExpired, WorkshopNotFound, WrongKey


def test_every_store_sentence_has_its_spanish_and_english_is_unchanged(workshop_store, clock):
    new = workshop_store.create("Sala 4", days=1)
    said = {}
    for name, kind, action in [
        ("not a code", WorkshopNotFound, lambda: workshop_store.join("hola")),
        ("unknown", WorkshopNotFound, lambda: workshop_store.info("KKKK-KKKK")),
        ("wrong key", WrongKey, lambda: workshop_store.lock(new.code, "not-the-key")),
        ("bad title", BadInput, lambda: workshop_store.create("   ")),
        ("bad days", BadInput, lambda: workshop_store.create("Sala 5", days=0)),
    ]:
        with pytest.raises(kind) as err:
            action()
        said[name] = (str(err.value), err.value.say("es"))
    workshop_store.lock(new.code, new.key)
    with pytest.raises(WorkshopClosed) as err:
        workshop_store.join(new.code)
    said["closed"] = (str(err.value), err.value.say("es"))
    workshop_store.reopen(new.code, new.key)
    clock.advance(days=1)
    with pytest.raises(WorkshopExpired) as err:
        workshop_store.join(new.code)
    said["expired"] = (str(err.value), err.value.say("es"))
    code = new.code
    assert said == {
        "not a code": (
            "A workshop code has 8 letters and digits, like K7QX-M4RT. Check it and try again.",
            "Un código de taller tiene 8 letras y cifras, como K7QX-M4RT. Revísalo y vuelve a intentarlo.",
        ),
        "unknown": (
            "There is no workshop with the code KKKK-KKKK. It may have ended and been deleted; "
            "check the code with your facilitator.",
            "No hay ningún taller con el código KKKK-KKKK. Puede que haya terminado y se haya borrado; "
            "confirma el código con quien facilita el taller.",
        ),
        "wrong key": (
            f"That facilitator key does not belong to workshop {code}.",
            f"Esa clave de facilitación no corresponde al taller {code}.",
        ),
        "bad title": (
            "A workshop needs a title of 1 to 120 characters.",
            "Un taller necesita un título de 1 a 120 caracteres.",
        ),
        "bad days": ("A workshop lasts 1 to 90 days.", "Un taller dura de 1 a 90 días."),
        "closed": (
            f"Workshop {code} is closed: the facilitator is not taking new participants or results at the moment.",
            f"El taller {code} está cerrado: quien lo facilita no acepta nuevos participantes ni resultados por ahora.",
        ),
        "expired": (
            f"Workshop {code} ended on 3 March 2026, 09:30 UTC; its results are being deleted.",
            f"El taller {code} terminó el 3 de marzo de 2026, 09:30 UTC; sus resultados se están borrando.",
        ),
    }


def test_a_sentence_without_values_keeps_a_percent_sign_as_it_is(workshop_store):
    code = workshop_store.create("Sala").code
    with pytest.raises(BadInput) as err:  # a quoted id with '%' in it is not a placeholder
        workshop_store.share(code, workshop_store.join(code), SharedResult({}, ["50%(off)s"], []))
    expected = "Each archetype id is 1 to 64 letters, digits, dots, dashes or underscores, not '50%(off)s'."
    assert err.value.say("es") == str(err.value) == expected


def test_the_room_pdf_in_spanish(workshop_store, shipped):
    new, _ = room(workshop_store)
    pdf = workshop_store.aggregate_pdf(new.code, new.key, shipped, "es")
    lines = PdfReader(io.BytesIO(pdf)).pages[0].extract_text().splitlines()
    assert lines[:3] == [
        TITLE,
        f"Taller {new.code} · 2 de marzo de 2026 · abierto",
        "Se unieron 7 · terminaron 6 · compartieron 6",
    ]
    for expected in ("Tipo de mentor que más veces sale en primer lugar", "Más veces entre los tres primeros", "Patrocinador: 4",
                     "Conector: 6", "Qué necesita el grupo (personas en cada tercio)",
                     "Orientación personalizada: bajo 3 · medio 0 · alto 3", "Franqueza (pistas y margen para encontrar tu propio camino ↔ consejos claros y directos): bajo 3 · medio 3 · alto 0",
                     "Red de mentores típica", "Conector + Patrocinador"):  # fmt: skip
        assert expected in lines


def test_the_room_csv_in_spanish_keeps_its_data_names(workshop_store, shipped):
    new, _ = room(workshop_store, shared=2)
    rows = list(csv.reader(io.StringIO(workshop_store.aggregate_csv(new.code, new.key, shipped, "es"))))
    assert rows[0] == ["section", "id", "name", "value", "low", "middle", "high"]
    assert rows[-1] == [
        "breakdown",
        "hidden",
        "Los resultados del grupo aparecen cuando al menos 3 participantes hayan compartido el suyo.",
    ]
    new, _ = room(workshop_store, shared=len(PEOPLE))
    rows = list(csv.reader(io.StringIO(workshop_store.aggregate_csv(new.code, new.key, shipped, "es"))))
    assert ["top_archetype", "sponsor", "Patrocinador", "4"] in rows


def test_an_unprintable_name_is_refused_in_the_readers_language():
    assert name_problem("Zoë \u0378", "es") == (
        'el nombre tiene caracteres que ninguna fuente instalada puede imprimir: U+0378 ("\u0378")'
    )
    assert name_problem("Zoë \u0378") == 'the name has characters no installed font can print: U+0378 ("\u0378")'


def test_every_style_and_time_line_says_its_two_ends_whole_in_the_questionnaires_order(workshop_store, shipped):
    groups = {
        d.id: d.group for q in shipped.questionnaires for d in q.dimensions if d.group in ("style", "availability")
    }
    new = workshop_store.create("Sala 4")
    for n in range(30):  # ten people in each third of every scale: two-digit counts, the widest lines
        dims = {d: (10.0, 50.0, 90.0)[n % 3] for d in groups}
        workshop_store.share(new.code, workshop_store.join(new.code), SharedResult(dims, ["sponsor"], [], groups))
    pdf = PdfReader(io.BytesIO(workshop_store.aggregate_pdf(new.code, new.key, shipped, "es")))
    assert len(pdf.pages) == 1
    lines = pdf.pages[0].extract_text().splitlines()
    start = lines.index("Cómo le gusta trabajar al grupo (personas en cada tercio)") + 1
    counts = ": bajo 10 · medio 10 · alto 10"
    assert lines[start : start + 8] == [
        "Franqueza (pistas y margen para encontrar tu propio camino ↔ consejos claros y directos)" + counts,
        "Estructura (charlas abiertas y relajadas ↔ charlas con un plan y próximos pasos claros)" + counts,
        "Exigencia (palabras de ánimo y apoyo ↔ mucha exigencia)" + counts,
        "Reunirse en persona (reuniones en línea ↔ reuniones en persona)" + counts,
        "Conversación en vivo (mensajes escritos ↔ conversaciones en vivo)" + counts,
        "Frecuencia (charlas solo de vez en cuando ↔ charlas cada semana o cada dos)" + counts,
        "Duración (una charla o unas pocas semanas ↔ una relación de un año o más)" + counts,
        "Respuestas rápidas (respuestas sin prisa ↔ respuestas rápidas entre charlas)" + counts,
    ]

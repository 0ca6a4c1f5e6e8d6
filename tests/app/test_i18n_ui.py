"""The app in Spanish: `?lang=es` and the sidebar's choice put every page, button and note in Spanish, keep
every answer and the step, and write the language into the address; the PDF prepared there is Spanish too."""

import io
import json
from dataclasses import replace
from pathlib import Path

from apphelpers import APP, answers_for, button, card_names, download_pdf, markdown_text, open_step, seeded, unescape
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import encode_answers
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import translate
from mentorfinder.present.chart_rows import group_rows
from mentorfinder.present.rules import about_equal_rule
from mentorfinder.present.summary import profile_summary
from ui import nav, state
from ui.figures import pole_chart

PERSONA = Path(__file__).parents[1] / "core" / "personas" / "online_single_conversation.json"
ANSWERS = json.loads(PERSONA.read_text(encoding="utf-8"))["answers"]


def spanish(at):
    """The app as a person opening `?lang=es` sees it."""
    at.query_params[state.URL_LANGUAGE] = "es"
    return at


def test_the_welcome_page_in_spanish(at):
    spanish(at).run()
    assert not at.exception
    assert at.title[0].value == "Mentor Finder"
    assert at.markdown[0].value.startswith("Responde unas preguntas breves sobre lo que quieres de un mentor")
    assert at.info[0].value.startswith("Nada de lo que escribes se guarda en un servidor")
    assert [b.label for b in at.button if b.label in {"Empezar", "Empezar de nuevo"}] == ["Empezar", "Empezar de nuevo"]
    assert at.sidebar.toggle[0].label == "Modo proyector"
    choice = at.sidebar.selectbox(key=state.LANGUAGE_CHOICE)
    assert (choice.label, choice.value, choice.options) == ("Idioma", "es", ["English", "Español"])
    assert at.header[0].value == "Volver a una sesión guardada"
    assert [b.label for b in at.button if b.label in {"Start", "Start over"}] == []


def test_a_questions_step_in_spanish_with_its_note(at, content):
    spanish(at)
    open_step(at, 0)
    goals = content.questionnaires[0]
    stage = goals.steps[0].questions[0]
    assert at.get("progress")[0].proto.text == "Paso 1 de 9 · Lo que buscas en un mentor"
    assert at.header[0].value == "Dónde estás ahora"
    radio = at.radio(key=state.widget_key("goals", "stage"))
    assert radio.label == "¿Qué describe mejor el momento de tu carrera?"
    assert radio.options[:2] == [
        "Estoy estudiando o a punto de empezar mi primer trabajo",
        "Al principio de mi carrera (más o menos los tres primeros años)",
    ]
    assert radio.options == [translate(o.label, "es") for o in stage.options]
    assert (at.button[0].label, at.button[1].label) == ("Atrás", "Siguiente")
    at.radio(key=state.widget_key("goals", "workplace")).set_value("staying").run()
    button(at, "Siguiente").click().run()
    assert [e.value for e in at.error] == ["Responde, por favor: ¿Qué describe mejor el momento de tu carrera?"]
    assert at.warning[0].value == "Una pregunta de este paso aún necesita respuesta: mira la nota de arriba."


def test_the_profile_in_spanish(at, content):
    seeded(spanish(at), ANSWERS, nav.PROFILE.script)
    result = evaluate(content, ANSWERS, language="es")
    assert at.title[0].value == "Tu perfil"
    shown = markdown_text(at)
    assert "Ahora mismo buscas un mentor sobre todo para orientación personalizada" in shown
    assert [s for s in profile_summary(result.profile, "es") if s not in shown] == []
    assert [e.label for e in at.expander][0] == "Lo que necesitas de un mentor en una tabla"
    assert "Ver tus mentores afines" in [b.label for b in at.button]


def test_the_matches_in_spanish(at, content):
    seeded(spanish(at), ANSWERS, nav.MATCHES.script)
    assert at.title[0].value == "Tus mentores afines"
    assert card_names(at)[:3] == ["Mentor exprés", "Mirada de otro campo", "Conector"]
    shown = markdown_text(at)
    assert "Por qué encaja contigo" in shown
    assert (
        "Al ordenar la ayuda que más quieres, pusiste «Consejos adaptados a mis metas y mi situación» primero, "
        "y “Mentor exprés” ayuda mucho con eso." in shown
    )
    assert "Encaje óptimo" in shown  # the top card's fit label
    assert "Tu red de mentores" in [h.value for h in at.header]
    rule = "Abajo está la misma clasificación, con los motivos. " + about_equal_rule("es")
    assert rule in [unescape(c.value) for c in at.caption]
    assert at.expander[0].label == "¿Y si…? Cambia cuánto cuenta cada parte"
    assert "Más sobre “Mentor exprés”: dónde encontrarlo, qué preguntar" in [e.label for e in at.expander]


def test_a_network_member_covering_two_needs_lists_them_with_y(at):
    nurse = json.loads((PERSONA.parent / "nurse_to_health_tech.json").read_text(encoding="utf-8"))["answers"]
    seeded(spanish(at), nurse, nav.MATCHES.script)
    # was "— para orientación personalizada, contactos" (a list without its "y")
    assert "Guía para el cambio de carrera — para orientación personalizada y contactos" in markdown_text(at)


def test_next_steps_in_spanish_and_its_pdf(at):
    seeded(spanish(at), ANSWERS, nav.NEXT_STEPS.script)
    assert at.title[0].value == "Próximos pasos"
    headers = [h.value for h in at.header]
    assert headers[:2] == ["Cómo aprovechar a un mentor", "Encontrar tus primeros mentores"]
    assert "Descargas" in headers
    at.text_input(key=state.PDF_NAME).input("Ana").run()
    reader = PdfReader(io.BytesIO(download_pdf(at, "Descargar PDF")))
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(pages) == 2
    assert "Tu informe de mentores" in pages[0] and "Preparado para Ana" in pages[0]
    assert "MENTOR FINDER · RESUMEN DE RESULTADOS" in pages[0]
    assert "Tus mentores más afines" in " ".join(pages) and "Próximos pasos" in " ".join(pages)
    assert "Página 1 de 2" in pages[0] and "Página 2 de 2" in pages[1]
    assert "Mentor Finder · tipos de mentor que buscar, según tus propias respuestas" in pages[0]
    everything = " ".join(pages)
    assert [w for w in ("Page 1 of", "Prepared for", "RESULT SUMMARY", "January", "December") if w in everything] == []


def test_the_workshop_page_in_spanish(at):
    spanish(at).run()
    at.switch_page(nav.WORKSHOP.script).run()
    assert not at.exception
    assert at.title[0].value == "Organizar un taller"
    assert at.text_input[0].label == "Título del taller"
    assert at.number_input[0].label == "Eliminar todo después de (días)"
    assert "Crear el taller" in [b.label for b in at.button]


def test_switching_language_keeps_every_answer_and_the_step(at, content):
    answers = answers_for(content, seed=21)
    open_step(at, 3, answers)
    english = at.get("progress")[0].proto.text
    assert english.startswith("Step 4 of 9 · ")
    at.sidebar.selectbox(key=state.LANGUAGE_CHOICE).set_value("es").run()
    assert not at.exception
    assert at.session_state[state.ANSWERS] == answers and at.session_state[state.STEP] == 3
    assert at.get("progress")[0].proto.text.startswith("Paso 4 de 9 · ")
    assert (at.button[0].label, at.button[1].label) == ("Atrás", "Siguiente")
    assert at.query_params[state.URL_LANGUAGE] in ("es", ["es"])
    at.sidebar.selectbox(key=state.LANGUAGE_CHOICE).set_value("en").run()
    assert at.session_state[state.ANSWERS] == answers and at.session_state[state.STEP] == 3
    assert at.get("progress")[0].proto.text == english
    assert state.URL_LANGUAGE not in at.query_params  # English writes no `lang`: its addresses stay as they were


def test_an_address_in_spanish_is_restored_and_regional_or_unknown_codes_are_read_sensibly(content):
    answers = answers_for(content, seed=22)
    for asked, spoken in (("es", "es"), ("es-419", "es"), ("es_MX", "es"), ("fr", "en"), ("", "en")):
        fresh = AppTest.from_file(APP, default_timeout=30)
        fresh.query_params[state.URL_ANSWERS] = encode_answers(answers)
        fresh.query_params[state.URL_LANGUAGE] = asked
        fresh.run()
        assert not fresh.exception
        assert (asked, fresh.session_state[state.LANGUAGE]) == (asked, spoken)
        assert fresh.session_state[state.ANSWERS] == answers


def test_an_answers_file_in_another_language_opens_in_the_language_on_screen(at, content):
    answers = answers_for(content, seed=23)
    at.run()
    at.file_uploader(key=state.UPLOAD).set_value(
        ("mis-respuestas.json", dump_answers(answers, "es").encode(), "application/json")
    ).run()
    assert not at.exception
    assert at.session_state[state.ANSWERS] == answers
    assert at.session_state[state.LANGUAGE] == "en"
    count = sum(len(given) for given in answers.values())
    assert at.success[0].value == f"Opened {count} answers from mis\\-respuestas\\.json."


def test_a_bad_link_is_said_in_spanish(at, content):
    answers = answers_for(content, seed=24)
    answers["goals"]["stage"] = "astronaut"
    spanish(at).query_params[state.URL_ANSWERS] = encode_answers(answers)
    at.run()
    assert at.warning[0].value == (
        "No se pudieron leer las respuestas de este enlace, así que el cuestionario empieza desde cero."
    )


def test_the_steps_notes_are_said_again_in_the_new_language(at):
    open_step(at, 0)
    button(at, "Next").click().run()
    assert [e.value for e in at.error] == [
        "Please answer: Which best describes where you are in your career?",
        "Please answer: Where do you work at the moment?",
    ]
    at.sidebar.selectbox(key=state.LANGUAGE_CHOICE).set_value("es").run()
    assert [e.value for e in at.error] == [
        "Responde, por favor: ¿Qué describe mejor el momento de tu carrera?",
        "Responde, por favor: ¿Dónde trabajas en este momento?",
    ]
    assert at.warning[0].value == "2 preguntas de este paso aún necesitan respuesta: mira las notas de arriba."
    assert at.session_state[state.STEP] == 0


def test_a_pole_phrase_of_four_lines_in_spanish_gets_the_room_it_needs(content):
    """A pole phrase that wraps to four lines on a phone (once «una relación en la que sobre todo recibes ayuda»,
    now shorter) makes its chart's rows grow; the shipped Spanish phrases keep to three lines."""
    result = {language: evaluate(content, ANSWERS, language=language) for language in ("en", "es")}
    rows = {language: group_rows(result[language].profile, "fit") for language in ("en", "es")}
    plain = {language: pole_chart(rows[language], "#000", "t", False, language) for language in ("en", "es")}
    assert plain["en"].layout.height == 120 * len(rows["en"]) + 70  # English phrases keep to three lines, as before
    assert plain["es"].layout.height == 120 * len(rows["es"]) + 70  # and so does the shipped Spanish now
    long = [rows["es"][0], *(replace(r, low="una relación en la que sobre todo recibes ayuda") for r in rows["es"][1:])]
    figure = pole_chart(long, "#000", "t", False, "es")
    assert figure.layout.height == (120 + 18) * len(long) + 70
    assert figure.layout.margin.b == 60 + 18
    texts = [a.text for a in figure.layout.annotations]
    assert "una relación en<br>la que sobre<br>todo recibes<br>ayuda" in texts

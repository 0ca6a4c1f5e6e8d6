"""The Spanish a native careers adviser would write: sentences made of pieces agree, join and quote as Spanish does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from babel.messages.pofile import read_po

from mentorfinder.answers.quotes import answer_words
from mentorfinder.content.load import DATA_DIR, QUESTIONNAIRES_DIR, load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.catalogue import po_path
from mentorfinder.i18n.words import either, euphonic, joined
from mentorfinder.present.rules import whole_percent
from mentorfinder.present.summary import profile_summary

PERSONAS = Path(__file__).parent / "personas"
CONTENT = load_content()
NBSP = "\u00a0"


def _lines(persona: str, language: str = "es") -> list[str]:
    answers = json.loads((PERSONAS / f"{persona}.json").read_text(encoding="utf-8"))["answers"]
    result = evaluate(CONTENT, answers, language=language)
    return [line for m in result.shortlist for line in m.why + m.caveats] + profile_summary(result.profile, language)


def _spanish_texts() -> list[str]:
    """Every Spanish text a person can see: the catalogue's and the content's."""
    catalogue = read_po(po_path("es").open("rb"), locale="es")
    texts = [s for m in catalogue if m.id for s in (m.string if isinstance(m.string, tuple) else (m.string,))]

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("es"), str):
                texts.append(node["es"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in [*QUESTIONNAIRES_DIR.rglob("*.yaml"), *DATA_DIR.glob("*.yaml")]:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts


def test_a_need_follows_its_place_so_a_plural_label_never_takes_a_singular_verb():
    # was "Contactos es tu segunda necesidad, …" (a plural noun, no article, a singular verb)
    assert "Tu segunda necesidad es contactos, y “Mirada de otro campo” ayuda con eso." in _lines("entrepreneur")
    assert "Networking is your second need, and a Connector helps a lot with that." in _lines("entrepreneur", "en")


def test_the_need_that_matters_least_is_in_lower_case_inside_its_sentence():
    # was "Lo que menos te importa en este momento: Superar dificultades." (a capital after a colon)
    assert "Lo que menos te importa en este momento es confianza." in _lines("almost_no_time")
    assert "Confidence matters least to you at the moment." in _lines("almost_no_time", "en")


def test_y_becomes_e_before_an_i_sound_and_o_becomes_u_before_an_o_sound():
    assert joined(["confianza", "iniciativa"], "es") == "confianza e iniciativa"
    assert joined(["miedo", "hijos"], "es") == "miedo e hijos"
    assert joined(["agua", "hielo"], "es") == "agua y hielo"  # 'hie' is a /je/ sound, not /i/
    assert either(["siete", "ocho"], "es") == "siete u ocho"
    assert either(["«Uno»", "«Otro»"], "es") == "«Uno» u «Otro»"
    assert joined(["confidence", "initiative"]) == "confidence and initiative"
    assert euphonic("the and it or other", "en") == "the and it or other"
    # a sentence made of pieces: the kind's name follows "y"
    assert (
        "Al ordenar la ayuda que más quieres, pusiste «Ganar confianza y ver mis fortalezas» en segundo lugar, "
        "e “Impulsor de confianza” ayuda mucho con eso." in _lines("first_gen_student")
    )


def test_a_ranked_answer_says_its_place_as_spanish_does():
    # was "«…» segundo" (an ordinal adjective with nothing to agree with) and "En cuanto a …, pusiste"
    goals = next(q for q in CONTENT.questionnaires if q.id == "goals")
    question = next(q for step in goals.steps for q in step.questions if q.id == "needs_rank")
    said = answer_words(goals, question, ["guidance", "networking", "skills"], "es")
    assert said == (
        "«Consejos adaptados a mis metas y mi situación» primero, «Conocer a las personas adecuadas y ampliar "
        "mi red» en segundo lugar y «Aprender habilidades nuevas o mejorar las que tengo» en tercer lugar"
    )


def test_what_a_kind_usually_offers_is_said_with_haber_and_the_persons_lean_with_inclinarse_por():
    # was "“Mirada de otro campo” suele implicar alguien …; tú prefieres alguien …" (a person as a bare object)
    assert (
        "Con “Mirada de otro campo” suele haber alguien con otra trayectoria; tú te inclinas por alguien de tu "
        "mismo ámbito de trabajo." in _lines("almost_no_time")
    )
    # was "te emparejamos para charlas …" ("matched you on" is what we matched on, not what for)
    assert (
        "Con “Compañero de seguimiento” suele haber charlas cada semana o cada dos; te emparejamos pensando en "
        "charlas solo de vez en cuando." in _lines("contradictory_answers")
    )


def test_pole_words_are_noun_phrases_that_read_after_prefieres_and_suele_haber():
    # was "… y que te exijan mucho" (a clause joined to noun phrases)
    assert "En la conversación prefieres consejos claros y directos y mucha exigencia." in _lines(
        "plateaued_wants_push"
    )
    # was "suele implicar un año o más juntos"
    assert any("suele haber una relación de un año o más" in line for line in _lines("almost_no_time"))


def test_a_percent_has_a_space_before_its_sign_in_spanish():
    assert whole_percent(62.5, "es") == f"63{NBSP}%"
    assert whole_percent(62.5) == "63%"


def test_no_spanish_text_uses_vosotros_regional_words_or_a_second_term_for_the_mentor():
    texts = _spanish_texts()
    banned = {
        "vosotros": r"\b(vuestr[oa]s?|reuníos|acordad|fijad|decid|sabréis|vais)\b",
        "'qué tan' (Latin America only)": r"\b[Qq]ué tan\b",
        "'entre medias' (Spain, colloquial)": r"\bentre medias\b",
        "'video' (say videollamada)": r"\bvideo\b",
        "'agendar' (Latin America only)": r"\bagendar\b",
        "'persona mentora' (the role is «mentor»)": r"\b[Pp]ersonas? mentoras?\b",
        "'cuáles tres' (say 'qué tres')": r"\bcuáles (tres|cuatro)\b",
        "'coincidencias' (the matches are «mentores afines»)": r"\bcoincidencias\b",
        "'te emparejamos para' (we matched on it: 'pensando en')": r"\b[Tt]e emparejamos para\b",
        "'retroalimentación' (the glossary says 'comentarios')": r"\bretroalimentación\b",
        "'dirigir' a workshop (the glossary says 'facilitar', 'organizar')": r"quien (lo )?dirige|Dirigir un taller|diriges",
        "'emparejamiento' (a programme's pairing is 'asignación')": r"\bemparejamiento\b",
    }
    found = {why: [t for t in texts if re.search(rule, t)] for why, rule in banned.items()}
    assert {why: hits for why, hits in found.items() if hits} == {}

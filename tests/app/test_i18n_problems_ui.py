"""A bad answers file opened on a Spanish page lists its problems in Spanish, under the Spanish lead sentence;
switching the language says the same problems again in the language chosen, and the answers stay untouched."""

import json

from apphelpers import answers_for, unescape

from mentorfinder.answers.file import FORMAT
from ui import state

REFUSED_ES = (
    "No se pudo abrir ese archivo, así que tus respuestas actuales no han cambiado. Qué está mal:"
)  # fmt: skip
REFUSED_EN = "That file could not be opened, so your current answers are unchanged. What is wrong:"


def bad_file() -> bytes:
    """An answers file with a misspelt option and too many picks, as the app writes files (two-space indent)."""
    answers = {"goals": {"stage": "studyng"}, "fit": {"can_offer": ["new_tools", "fresh_view", "project_help", "x"]}}
    return json.dumps({"format": FORMAT, "version": 1, "language": "es", "answers": answers}, indent=2).encode()


def shown(at) -> tuple[str, list[str]]:
    """The error's lead sentence and its list of problems, as a person reads them."""
    head, _, body = unescape(at.error[0].value).partition("\n\n")
    return head, body.splitlines()


def test_a_bad_file_on_a_spanish_page_lists_its_problems_in_spanish(at, content):
    before = answers_for(content, seed=31)
    at.session_state[state.ANSWERS] = before
    at.query_params[state.URL_LANGUAGE] = "es"
    at.run()
    at.file_uploader(key=state.UPLOAD).set_value(("mis respuestas.json", bad_file(), "application/json")).run()
    assert not at.exception
    assert shown(at) == (
        REFUSED_ES,
        [
            "- Línea 7 de mis respuestas.json: goals.stage: 'studyng' no es una de las opciones — ¿quisiste decir "
            "'studying'? — elige una de estas: studying, early, established, leading, changing, returning",
            "- Línea 10 de mis respuestas.json: fit.can_offer: 'x' no es una de las opciones — elige entre "
            "new_tools, fresh_view, project_help, my_contacts, nothing_yet",
        ],
    )
    assert at.session_state[state.ANSWERS] == before
    at.sidebar.selectbox(key=state.LANGUAGE_CHOICE).set_value("en").run()
    assert shown(at) == (
        REFUSED_EN,
        [
            "- Line 7 of mis respuestas.json: goals.stage: 'studyng' is not an option — did you mean 'studying'? — "
            "choose one of studying, early, established, leading, changing, returning",
            "- Line 10 of mis respuestas.json: fit.can_offer: 'x' is not an option — choose from "
            "new_tools, fresh_view, project_help, my_contacts, nothing_yet",
        ],
    )
    assert at.session_state[state.ANSWERS] == before


def test_a_file_too_big_and_a_binary_file_on_a_spanish_page(at):
    at.query_params[state.URL_LANGUAGE] = "es"
    at.run()
    big = b'{"format": "mentor-finder-answers", "pad": "' + b"x" * 300_000 + b'"}'
    at.file_uploader(key=state.UPLOAD).set_value(("grande.json", big, "application/json")).run()
    assert shown(at) == (
        REFUSED_ES,
        ["- Línea 1 de grande.json: el archivo ocupa 300.046 bytes; el límite es 262.144 — divídelo o recórtalo"],
    )
    photo = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    at.file_uploader(key=state.UPLOAD).set_value(("foto.json", photo, "application/json")).run()
    assert shown(at) == (
        REFUSED_ES,
        ["- Línea 3 de foto.json: el archivo es binario (contiene bytes NUL), no es texto — guárdalo como texto UTF-8"],
    )

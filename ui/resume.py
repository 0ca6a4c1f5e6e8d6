"""Re-open a saved answers file: checked in full, and a bad file leaves the current answers untouched."""

from __future__ import annotations

import json

import streamlit as st

from mentorfinder.answers.file import parse_answers
from mentorfinder.content.load import Content
from mentorfinder.i18n.catalogue import _, ngettext
from mentorfinder.intake.problems import ContentError, one_line

from . import state, state_page, steps
from .boundary import safe_callback
from .text import escape

# Our own constant script, given the words below as JSON: Streamlit marks the drop zone role="presentation" yet gives
# it a label and tabindex (a conflict the accessibility audit reports), and says "Upload" and "1MB per file • JSON"
# in English whatever the page's language, with no option to change them. One observer, installed once, puts both
# right whenever Streamlit draws the box; a language switch only changes the words it writes.
DROPZONE_FIX = """<script>
(() => {
  window.__uploadWords = %s;
  if (window.__dropzoneFix) return;
  window.__dropzoneFix = true;
  const put = (element, text) => { if (element && text && element.textContent !== text) element.textContent = text; };
  const fix = () => document.querySelectorAll('[data-testid="stFileUploaderDropzone"]').forEach(zone => {
    if (zone.getAttribute("role") === "presentation") zone.removeAttribute("role");
    const words = window.__uploadWords || {};
    put(zone.querySelector('button [data-testid="stMarkdownContainer"] p'), words.button);
    put(zone.querySelector('[data-testid="stFileUploaderDropzoneInstructions"] span'), words.limit);
  });
  fix();
  new MutationObserver(fix).observe(document.body, {subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: ["role"]});
})();
</script>"""
UPLOAD = _("Upload file")
LIMIT = _("%(size)s MB per file • %(types)s")


def dropzone_fix(language: str, types: str = "JSON") -> str:
    """The drop zone's script with its words in `language` (ours, from the catalogue; JSON keeps them inert).
    `types`: the file types the page's one upload box takes ("CSV" for a programme's roster)."""
    size = st.get_option("server.maxUploadSize")
    words = {"button": _(UPLOAD, language), "limit": _(LIMIT, language) % {"size": size, "types": types}}
    return DROPZONE_FIX % json.dumps(words).replace("</", "<\\/")


@safe_callback
def _opened(content: Content) -> None:
    upload = state_page.upload()
    if upload is None:
        return
    try:
        parsed = parse_answers(upload.getvalue(), upload.name, list(content.questionnaires))
    except ContentError as err:
        # the core already stops after MAX_PROBLEMS lines, so a file of thousands of bad ids stays readable
        state_page.set_outcome("problems", err.problems)
        return
    state.replace_answers(parsed.answers, 0)
    # land where the person left off: the first unfinished step, or (complete) the result
    state.set_step(steps.first_incomplete(content) or 0)
    count = sum(len(given) for given in parsed.answers.values())
    # the file's own language is not taken: the page stays in the language the person chose
    opened = ngettext(
        "Opened %(count)s answer from %(file)s.", "Opened %(count)s answers from %(file)s.", count, state.language()
    )
    state_page.set_outcome("ok", opened % {"count": count, "file": escape(one_line(upload.name))})  # text


def resume_ui(content: Content) -> None:
    """The upload box and the outcome of the last upload."""
    spoken = state.language()
    st.header(_("Come back to a saved session", spoken), anchor=False)  # h2 under the page's h1
    st.file_uploader(
        _("Open an answers file (.json) you downloaded earlier", spoken),
        type=["json"],
        key=state.UPLOAD,
        on_change=_opened,
        args=(content,),
    )
    # its words in the page's language: dropzone_fix's script, sent by the frame in the sidebar's last element
    outcome = state_page.outcome()
    if not outcome:
        return
    kind, detail = outcome
    if kind == "ok":
        st.success(detail, icon=":material/check_circle:")
        return
    # one_line: a message quoting a hostile id (a newline, a lone surrogate) stays one safe line of the list;
    # each message is said in the language on screen now, so switching the language says the problems again
    where = _("Line %(line)s of %(path)s: %(message)s", spoken)
    lines = "\n".join(
        "- "
        + where % {"line": p.line, "path": escape(one_line(p.path)), "message": escape(one_line(p.message_in(spoken)))}
        for p in detail
    )
    # wrapped words, not a monospace block that runs off a phone screen
    wrong = _("That file could not be opened, so your current answers are unchanged. What is wrong:", spoken)
    st.error(wrong + "\n\n" + lines)

"""Downloads: the PDF summary (built only on request), the answers file and the scores CSV."""

from __future__ import annotations

import streamlit as st

from mentorfinder.answers import dump_answers
from mentorfinder.content import Content
from mentorfinder.export import results_csv
from mentorfinder.i18n import _
from mentorfinder.result import Result
from mentorfinder.safetext import MAX_NAME, clean

from . import state
from .memo import inputs_key, remember
from .results import result_inputs

PAPERS = {"a4": _("A4"), "letter": _("US Letter")}


def _unprintable(name: str, language: str) -> str:
    """Why the name can't be printed ('' when it can): plain ASCII always prints, so only other names load the
    report's font checks (fpdf2 and the fonts load only when needed)."""
    if name.isascii():
        return ""
    from mentorfinder.report.scripts import name_problem

    return name_problem(name, language)


def downloads_ui(content: Content, result: Result) -> None:
    """The Downloads section."""
    inputs = result_inputs(content, result.weights)
    spoken = inputs["language"]
    st.header(_("Downloads", spoken), anchor=False)
    # No max_chars: the browser would drop a longer paste whole and say nothing. Cut here, and say so.
    # persist_state: the name is still there after a visit to another page, so the next PDF has it too.
    typed = clean(
        st.text_input(_("Your name for the PDF (optional)", spoken), key=state.PDF_NAME, persist_state="session")
    ).strip()
    name = typed[:MAX_NAME].strip()
    if len(typed) > MAX_NAME:
        st.caption(_("Only the first %(count)s characters of the name are printed.", spoken) % {"count": MAX_NAME})
    refused = _unprintable(name, spoken)
    if refused:
        # said before the PDF is made: never a replacement mark in place of part of a person's name
        refusal = _("This name can't go on the PDF as typed: %(why)s. Please leave those out.", spoken)
        st.error(refusal % {"why": refused}, icon=":material/error:")
    paper = st.radio(
        _("Paper size", spoken),
        list(PAPERS),
        format_func=lambda paper: _(PAPERS[paper], spoken),
        horizontal=True,
        key=state.PDF_PAPER,
        persist_state="session",
    )
    signature = inputs_key(name=name, paper=paper, **inputs)
    prepared = st.session_state.get(state.PDF)
    if st.button(_("Prepare PDF", spoken), icon=":material/picture_as_pdf:", disabled=bool(refused)):
        from mentorfinder.report import render_report  # fpdf2 and the fonts load only when a PDF is asked for

        with st.spinner(_("Preparing your PDF…", spoken)):
            # the result on screen, with the person's own what-if weights, as the CSV has it too
            data = render_report(content, result, name=name, language=spoken, paper=paper)
        prepared = (signature, data)
        st.session_state[state.PDF] = prepared
    if prepared and prepared[0] == signature:
        st.download_button(
            _("Download PDF", spoken),
            prepared[1],
            "mentor-finder-summary.pdf",
            "application/pdf",
            type="primary",
            icon=":material/download:",
        )
    st.download_button(
        _("Download answers (JSON, to come back later)", spoken),
        dump_answers(inputs["answers"], spoken),
        "mentor-finder-answers.json",
        "application/json",
        icon=":material/save:",
    )
    csv = remember("csv", lambda: results_csv(result), **inputs)
    st.download_button(
        _("Download scores (CSV)", spoken), csv, "mentor-finder-scores.csv", "text/csv", icon=":material/table:"
    )

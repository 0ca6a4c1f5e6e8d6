"""Downloads: the PDF summary (built only on request), the answers file and the scores CSV."""

from __future__ import annotations

import hashlib
import json

import streamlit as st

from mentorfinder.answers import dump_answers
from mentorfinder.content import Content
from mentorfinder.export import results_csv
from mentorfinder.result import Result
from mentorfinder.safetext import MAX_NAME, clean

from . import state
from .memo import remember

PDF = "prepared_pdf"  # (signature, bytes): the PDF made for exactly these inputs
PAPERS = {"a4": "A4", "letter": "US Letter"}


def _signature(answers: dict, weights: dict, name: str, paper: str, language: str) -> str:
    blob = json.dumps([answers, weights, name, paper, language], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def downloads_ui(content: Content, result: Result) -> None:
    """The Downloads section."""
    st.subheader("Downloads", anchor=False)
    language = st.session_state.get(state.LANGUAGE, "en")
    answers = state.shown_answers(content)
    # No max_chars: the browser would drop a longer paste whole and say nothing. Cut here, and say so.
    typed = clean(st.text_input("Your name for the PDF (optional)", key="pdf_name")).strip()
    name = typed[:MAX_NAME].strip()
    if len(typed) > MAX_NAME:
        st.caption(f"Only the first {MAX_NAME} characters of the name are printed.")
    paper = st.radio("Paper size", list(PAPERS), format_func=PAPERS.get, horizontal=True, key="pdf_paper")
    signature = _signature(answers, result.weights, name, paper, language)
    prepared = st.session_state.get(PDF)
    if st.button("Prepare PDF", icon=":material/picture_as_pdf:"):
        from mentorfinder.report import render_report  # fpdf2 and the fonts load only when a PDF is asked for

        with st.spinner("Preparing your PDF…"):
            # the result on screen, with the person's own what-if weights, as the CSV has it too
            data = render_report(content, result, name=name, language=language, paper=paper)
        prepared = (signature, data)
        st.session_state[PDF] = prepared
    if prepared and prepared[0] == signature:
        st.download_button(
            "Download PDF",
            prepared[1],
            "mentor-finder-summary.pdf",
            "application/pdf",
            type="primary",
            icon=":material/download:",
        )
    st.download_button(
        "Download answers (JSON, to come back later)",
        dump_answers(answers, language),
        "mentor-finder-answers.json",
        "application/json",
        icon=":material/save:",
    )
    key = (json.dumps(answers, sort_keys=True), tuple(sorted(result.weights.items())), language)
    csv = remember("csv", key, lambda: results_csv(result))
    st.download_button("Download scores (CSV)", csv, "mentor-finder-scores.csv", "text/csv", icon=":material/table:")

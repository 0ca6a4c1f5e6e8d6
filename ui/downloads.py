"""Downloads: the PDF summary (made by the one click that downloads it), the answers file and the scores CSV."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import streamlit as st

from mentorfinder.answers.file import dump_answers
from mentorfinder.content.load import Content
from mentorfinder.evaluate import Result
from mentorfinder.i18n.catalogue import _
from mentorfinder.intake.safetext import MAX_NAME, clean
from mentorfinder.present.export import results_csv

from . import state, state_page
from .boundary import answers_offered, guarded_fragment
from .memo import inputs_key, remember
from .pdf_order import PdfOrder
from .results import result_for, result_inputs

log = logging.getLogger("mentorfinder.app")
PAPERS = {"a4": _("A4"), "letter": _("US Letter")}
LOOKED_UP = 5  # seconds a click's run waits for the server to look the click's file request up (normally ms)
PDF_FILE, PDF_TYPE = "mentor-finder-summary.pdf", "application/pdf"
KEPT = _("The PDF just made, kept for its download")  # a hidden button's label (ui/frame.py hides it)


@dataclass(frozen=True)
class PdfRequest:
    """One PDF's inputs: the name as printed, the paper and language, and a signature of everything it shows."""

    name: str
    paper: str
    language: str
    signature: str  # the name, paper, answers, weights and language: the same PDF exactly when it is the same
    refused: str  # why the name can't be printed ('' when it can)
    cut: bool  # the name typed was longer than the PDF prints
    choices: tuple[str, str | None] = ("", None)  # the name and paper as their widgets held them (pdf_choices)


def pdf_request(content: Content, result: Result, typed: str, paper: str | None) -> PdfRequest:
    """What the PDF of `result` would be made of, with the name as typed (cleaned and cut to MAX_NAME)."""
    inputs, choices = result_inputs(content, result.weights), (typed, paper)
    typed = clean(typed).strip()
    name, paper = typed[:MAX_NAME].strip(), paper or next(iter(PAPERS))
    signature = inputs_key(name=name, paper=paper, **inputs)
    refused = _unprintable(name, inputs["language"])
    return PdfRequest(name, paper, inputs["language"], signature, refused, len(typed) > MAX_NAME, choices)


def _current(content: Content, result: Result, made: PdfRequest | None = None) -> PdfRequest:
    """This run's PDF request: `made` (by the name's part, earlier in the page's run) while it is current. A part
    rerun alone gets the page's last run's arguments, so a request with a name since changed; only the name and paper
    change outside a page run (answers, weights, language do not), so those and the language are compared."""
    choices = state_page.pdf_choices()
    if made is not None and made.choices == choices and made.language == state.language():
        return made
    return pdf_request(content, result, *choices)


def _unprintable(name: str, language: str) -> str:
    """Why the name can't be printed ('' when it can): plain ASCII always prints, so only other names load the
    report's font checks (fpdf2 and the fonts load only when needed)."""
    if name.isascii():
        return ""
    from mentorfinder.report.fonts.scripts import name_problem

    return name_problem(name, language)


def _make_pdf(content: Content) -> None:
    """The Download PDF click's callback: make the PDF of exactly what the person has now, or say why not."""
    order, signature = state_page.pdf_order(PdfOrder), ""
    clicked = order.drawn()  # the button clicked was drawn after the clicks answered so far
    try:
        # the result on screen, with the person's own what-if weights, as the CSV has it too
        result = result_for(content)
        request = pdf_request(content, result, *state_page.pdf_choices())
        signature = request.signature
        if request.refused:  # typed and clicked at once: the run this click starts says why
            order.made(signature, None)
        elif order.pdf is not None and order.signature == signature:
            order.made(signature, order.pdf)  # the same PDF again: nothing to make
        else:
            from mentorfinder.report import render_report  # fpdf2 and the fonts load only when a PDF is asked for

            pdf = render_report(content, result, name=request.name, language=request.language, paper=request.paper)
            order.made(signature, pdf)
    except Exception:  # noqa: BLE001 - said next to the button; the waiting download is refused, never left hanging
        log.exception("the PDF could not be made; the person saw a message")
        order.made(signature, None, failed=True)
    # Only then may the button be drawn again: until its part of the page draws it again, Streamlit keeps the file
    # id the browser asked for (a part's rerun, unlike the page's, lets go of nothing at its start).
    order.wait_looked_up(clicked, LOOKED_UP)


def downloads_ui(content: Content, result: Result) -> None:
    """The Downloads section: the PDF's name and paper, its button, the answers file and the scores CSV.

    The PDF's choices and its button are each a part of the page of their own (st.fragment): confirming a name or
    choosing a paper reruns the choices alone, and a click reruns the button alone. A rerun of the page would let
    go of the file id of the button the browser clicked, and a request for it looked up after any run had ended got
    nothing (Streamlit refused the download: a second race, once in 30 walks at 30 people).
    """
    inputs = result_inputs(content, result.weights)
    spoken = inputs["language"]
    st.header(_("Downloads", spoken), anchor=False)
    made = _pdf_choices(content, result)  # its PdfRequest (None if it failed): the button's too in this run
    _pdf_button(content, result, made)
    st.download_button(
        _("Download answers (JSON, to come back later)", spoken),
        remember("answers_file", lambda: dump_answers(inputs["answers"], spoken), **inputs),
        "mentor-finder-answers.json",
        "application/json",
        icon=":material/save:",
    )
    answers_offered()  # an apology in the PDF's parts above need not offer a second answers file
    csv = remember("csv", lambda: results_csv(result), **inputs)
    st.download_button(
        _("Download scores (CSV)", spoken), csv, "mentor-finder-scores.csv", "text/csv", icon=":material/table:"
    )


@guarded_fragment(answers_beside=True)
def _pdf_choices(content: Content, result: Result) -> PdfRequest:
    """The name for the PDF and the paper, with what is said about the name right under it; the PDF's request."""
    spoken = state.language()
    # No max_chars: the browser would drop a longer paste whole and say nothing. Cut here, and say so.
    # persist_state: the name is still there after a visit to another page, so the next PDF has it too.
    st.text_input(_("Your name for the PDF (optional)", spoken), key=state.PDF_NAME, persist_state="session")
    # what is said about the name goes right under it: its checks do not depend on the paper (drawn below)
    request = _current(content, result)
    if request.cut:
        st.caption(_("Only the first %(count)s characters of the name are printed.", spoken) % {"count": MAX_NAME})
    if request.refused:
        # said before the PDF is made: never a replacement mark in place of part of a person's name
        refusal = _("This name can't go on the PDF as typed: %(why)s. Please leave those out.", spoken)
        st.error(refusal % {"why": request.refused}, icon=":material/error:")
    st.radio(
        _("Paper size", spoken),
        list(PAPERS),
        format_func=lambda paper: _(PAPERS[paper], spoken),
        horizontal=True,
        key=state.PDF_PAPER,
        persist_state="session",
    )
    order = state_page.pdf_order(PdfOrder)
    if bool(request.refused) != order.refused_drawn:  # the button is to be enabled or disabled: the page reruns
        order.refused_drawn = bool(request.refused)
        st.rerun()
    return request


@guarded_fragment(answers_beside=True)
def _pdf_button(content: Content, result: Result, made: PdfRequest | None) -> None:
    """Download PDF: one click, the PDF made by its callback for exactly these inputs and served by its data
    callable (PdfOrder). Only registering the callable happens on every run; the PDF is made on a click only.
    `made`: the request the name's part made in the page's run (ui/downloads._current says when it is current)."""
    spoken = state.language()
    request = _current(content, result, made)
    order = state_page.pdf_order(PdfOrder)
    order.refused_drawn = bool(request.refused)
    if order.take_failure():
        st.error(_("Sorry — the PDF could not be made. Your answers are kept. Please try again.", spoken))
    st.download_button(
        _("Download PDF", spoken),
        order.download(),
        PDF_FILE,
        PDF_TYPE,
        on_click=_make_pdf,
        args=(content,),
        type="primary",
        icon=":material/download:",
        disabled=bool(request.refused),
    )
    _keep_until_fetched(order, request.signature, spoken)


def _keep_until_fetched(order: PdfOrder, signature: str, spoken: str) -> None:
    """Keep the last click's PDF stored for this session while its inputs are the ones on the page.

    Streamlit stores the file a deferred download returns referenced by no session: the end of the click's own
    run marks it, and the end of the next run of any session deletes it. In a busy room the browser's fetch of it
    then found it gone (a 404: one walk in 60 at 30 people). A static download of the same bytes, name and type
    has the same file id, so this hidden one keeps that very file until a run no longer draws it.
    """
    if order.pdf is None or order.signature != signature:
        return
    with st.container(key="pdf-kept"):
        st.download_button(_(KEPT, spoken), order.pdf, PDF_FILE, PDF_TYPE, on_click="ignore")

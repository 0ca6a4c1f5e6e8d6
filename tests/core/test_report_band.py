"""Page 1 of the PDF ends near its footer: a two-pole chart that does not fit whole is split between its rows
(the rest under the same heading on page 2), instead of leaving a blank band of 30 mm and more."""

import io

import pytest
from pypdf import PdfReader

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.report import build_report

MM = 72 / 25.4
CONTENT_BOTTOM = 27.0  # mm from the page's foot: the margin and the footer line (report/layout.py)
MOST_BLANK = 22.0  # mm: the first match card with its heading (kept whole) needs about this much


def blank_band(pdf: bytes) -> float:
    """Millimetres between page 1's lowest line of content and where content must stop."""
    heights = []

    def seen(text, cm, tm, _font, _size):
        if text.strip():
            heights.append(tm[5] * cm[3] + cm[5])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=seen)
    return min(y for y in heights if y > (CONTENT_BOTTOM + 1) * MM) / MM - CONTENT_BOTTOM


@pytest.mark.parametrize("seed", [3, 5, 9])  # each left 31 mm blank when "Who fits you" moved to page 2 whole
def test_page_one_has_no_wide_blank_band(seed):
    content = load_content()
    pdf = build_report(content, sample_answers(list(content.questionnaires), seed=seed), name="Ada")
    assert blank_band(pdf) <= MOST_BLANK
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2

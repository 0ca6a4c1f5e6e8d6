"""The PDF's bar charts: every percent fits the space beside its bar, in each language (it once ran into the bar)."""

from __future__ import annotations

import pytest

from mentorfinder.present.chart_rows import ChartRow
from mentorfinder.report import charts
from mentorfinder.report.layout import Doc

ROWS = [ChartRow("a", "Compromiso", 100.0, "", ""), ChartRow("b", "Iniciativa", 50.0, "", "")]


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_percent_is_drawn_right_of_its_bar_and_inside_the_chart(language, monkeypatch):
    doc = Doc()
    doc.language = language
    doc.add_page()
    drawn: list[tuple[float, float, str]] = []  # (left edge of the text, right edge, text) of each percent
    tracks: list[float] = []  # right edge of each bar's track
    cell, rect = Doc.cell, Doc.rect

    def spy_cell(self, w=None, h=None, text="", *args, align="L", **kwargs):
        if text.rstrip().endswith("%"):
            width = self.get_string_width(text)
            left = self.get_x() + w - width if align == "R" else self.get_x()
            drawn.append((left, left + width, text))
        return cell(self, w, h, text, *args, align=align, **kwargs)

    def spy_rect(self, x, y, w, h, *args, **kwargs):
        tracks.append(x + w)
        return rect(self, x, y, w, h, *args, **kwargs)

    monkeypatch.setattr(Doc, "cell", spy_cell)
    monkeypatch.setattr(Doc, "rect", spy_rect)
    x, width = 105.0, 90.0
    charts.bars(doc, x, 40.0, width, ROWS, "readiness")
    assert [text for _, _, text in drawn] == (["100%", "50%"] if language == "en" else ["100\u00a0%", "50\u00a0%"])
    track_end = max(tracks)
    for left, right, text in drawn:
        assert left >= track_end + 0.5, (text, left, track_end)  # a gap between the bar and its number
        assert right <= x + width + 0.01, (text, right)  # and the number inside the chart's width

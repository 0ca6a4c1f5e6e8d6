"""Result -> PDF: the report as a package, one module per section (see docs/report.md for the map)."""

from mentorfinder.report.document import build_report, render_report
from mentorfinder.report.fonts.scripts import name_problem, uncovered_characters

__all__ = ["build_report", "name_problem", "render_report", "uncovered_characters"]

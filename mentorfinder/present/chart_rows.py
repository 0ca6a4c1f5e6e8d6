"""The numbers behind every profile chart, shared by the on-screen Plotly charts and the PDF's drawn charts."""

from __future__ import annotations

from dataclasses import dataclass

from mentorfinder.i18n.catalogue import _
from mentorfinder.present.rules import BIPOLAR_GROUPS, GROUP_ORDER, whole_percent
from mentorfinder.scoring.profile import Profile


@dataclass(frozen=True)
class ChartRow:
    """One bar: a dimension's label, its percent and, for two-pole dimensions, the pole words."""

    id: str
    label: str
    percent: float
    low: str
    high: str
    answered: bool = True  # False: no answered question scores it, so `percent` means nothing


def percent_text(row: ChartRow, suffix: str = "%", language: str = "en") -> str:
    """'63%' rounded half up (62.5 -> 63, as people round, not to even), or 'not answered'."""
    if not row.answered:
        return _("not answered", language)
    return whole_percent(row.percent, language) if suffix else whole_percent(row.percent).removesuffix("%")


def groups_in(profile: Profile) -> list[str]:
    """Groups present in the profile, in display order (unknown groups after the known ones)."""
    present = {d.group for d in profile.values()}  # "" is a group too: another instrument's plain scales
    return [g for g in GROUP_ORDER if g in present] + sorted(present - set(GROUP_ORDER))


def group_rows(profile: Profile, group: str) -> list[ChartRow]:
    """The group's dimensions as answered (before any contradiction rule: the charts show the answers); needs are
    sorted highest first, two-pole groups keep their declared order."""
    answered = [d.unresolved or d for d in profile.values() if d.group == group]
    rows = [ChartRow(d.id, d.label, d.percent, d.low, d.high, d.items > 0) for d in answered]
    if group not in BIPOLAR_GROUPS:
        rows.sort(key=lambda r: (not r.answered, -r.percent, r.label))
    return rows

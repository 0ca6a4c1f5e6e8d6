"""A short plain-language summary of a profile, generated from the scores."""

from __future__ import annotations

from .chart_rows import group_rows
from .explain import pole
from .rules import LEAN
from .scoring import Profile

SENTENCES = (
    ("style", "In conversation you prefer", "You have no strong preference in communication style: you are flexible."),
    ("availability", "For time, you are looking for", "You are flexible about how often and how long you meet."),
    ("fit", "You would feel most at home with", "You are open to mentors from many backgrounds and levels."),
)


def profile_summary(profile: Profile) -> list[str]:
    """Three to five sentences: top needs, clearest style preferences, rhythm and fit."""
    sentences = []
    needs = group_rows(profile, "needs")
    wanted = [r for r in needs if r.percent > 0]
    if wanted:
        top = [r.label.lower() for r in wanted[:3]]
        listed = top[0] if len(top) == 1 else ", ".join(top[:-1]) + " and " + top[-1]
        sentences.append(f"Right now you most want a mentor for {listed}.")
    if len(needs) > 1 and needs[-1].percent < 40:
        sentences.append(f"{needs[-1].label} matters least to you at the moment.")
    for group, lead, flexible in SENTENCES:
        leaning = sorted(
            (r for r in group_rows(profile, group) if abs(r.percent - 50) >= LEAN), key=lambda r: -abs(r.percent - 50)
        )
        if leaning:
            words = [pole(profile[r.id], r.percent) for r in leaning[:2]]
            sentences.append(f"{lead} {' and '.join(words)}.")
        elif group_rows(profile, group):
            sentences.append(flexible)
    return sentences

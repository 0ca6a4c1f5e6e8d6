"""A short plain-language summary of a profile, generated from the scores."""

from __future__ import annotations

from .chart_rows import group_rows
from .explain import pole
from .i18n import _
from .rules import LEAN
from .scoring import Profile
from .words import joined


def _sentences(language: str) -> tuple[tuple[str, str, str], ...]:
    """(group, the sentence naming its clearest leans, the sentence for no clear lean), whole sentences each."""
    return (
        ("style", _("In conversation you prefer %(words)s.", language),
         _("You have no strong preference in communication style: you are flexible.", language)),
        ("availability", _("For time, you are looking for %(words)s.", language),
         _("You are flexible about how often and how long you meet.", language)),
        ("fit", _("You would feel most at home with %(words)s.", language),
         _("You are open to mentors from many backgrounds and levels.", language)),
    )  # fmt: skip


def profile_summary(profile: Profile, language: str = "en") -> list[str]:
    """Three to five sentences: top needs, clearest style preferences, rhythm and fit."""
    sentences = []
    needs = group_rows(profile, "needs")
    wanted = [r for r in needs if r.percent > 0]
    if wanted:
        listed = joined([r.label.lower() for r in wanted[:3]], language)
        sentences.append(_("Right now you most want a mentor for %(needs)s.", language) % {"needs": listed})
    if len(needs) > 1 and needs[-1].percent < 40:
        sentences.append(_("%(need)s matters least to you at the moment.", language) % {"need": needs[-1].label})
    for group, leaning_sentence, flexible in _sentences(language):
        leaning = sorted(
            (r for r in group_rows(profile, group) if abs(r.percent - 50) >= LEAN), key=lambda r: -abs(r.percent - 50)
        )
        if leaning:
            words = [pole(profile[r.id], r.percent, language) for r in leaning[:2]]
            sentences.append(leaning_sentence % {"words": joined(words, language)})
        elif group_rows(profile, group):
            sentences.append(flexible)
    return sentences

"""A short plain-language summary of a profile, true to the answers as given (the screen's and the PDF's)."""

from __future__ import annotations

from mentorfinder.i18n.catalogue import _
from mentorfinder.i18n.words import capitalised, joined, lowered
from mentorfinder.matching.model import ranked_needs
from mentorfinder.matching.sentence import (
    Flexible,
    Lean,
    Matched,
    Needs,
    Quote,
    Sentence,
    as_answered,
    end_of,
    pole_words,
    stated_end,
)
from mentorfinder.present.rules import LEAN, POLE_EDGE
from mentorfinder.scoring.profile import DimensionScore, Profile


def _sentences(language: str) -> tuple[tuple[str, str, str], ...]:
    """(group, the sentence naming its clearest leans, the sentence for no lean at all), whole sentences each."""
    return (
        ("style", _("In conversation you prefer %(words)s.", language),
         _("You have no strong preference in communication style: you are flexible.", language)),
        ("availability", _("For time, you are looking for %(words)s.", language),
         _("You are flexible about how often and how long you meet.", language)),
        ("fit", _("You would feel most at home with %(words)s.", language),
         _("You are open to mentors from many backgrounds and levels.", language)),
    )  # fmt: skip


def _needs(profile: Profile, language: str) -> list[Sentence]:
    """The top needs in the person's own order, and the least one when it matters little."""
    needs = ranked_needs({d.id: as_answered(d) for d in profile.values()})
    sentences, wanted = [], [d for d in needs if d.percent > 0 and d.items][:3]
    if wanted:
        listed = joined([d.label.lower() for d in wanted], language)
        text = _("Right now you most want a mentor for %(needs)s.", language) % {"needs": listed}
        sentences.append(Sentence(text, (Needs(tuple(d.id for d in wanted), tuple(range(len(wanted)))),)))
    if len(needs) > 1 and needs[-1].percent < 40:
        # the need in lower case and the sentence capitalised, so each language may put the need where it reads
        least = {"need": lowered(needs[-1].label)}
        text = capitalised(_("%(need)s matters least to you at the moment.", language) % least)
        sentences.append(Sentence(text, (Needs((needs[-1].id,), (-1,)),)))
    return sentences


def _resolved(dim: DimensionScore, language: str) -> Sentence | None:
    """A score a contradiction rule set, told as what it is: the lean as answered, and what we matched on."""
    end = end_of(dim.percent, POLE_EDGE)
    deciding = next((e for e in dim.evidence if e.answer), None)
    if end is None or deciding is None:
        return None  # the rule's own message (shown with the summary) says it
    values = {"matched": pole_words(dim, end, language), "answer": deciding.answer}
    claims = [Matched(dim.id, end, dim.resolved_by), Quote(deciding.questionnaire, deciding.question, deciding.answer)]
    answered = stated_end(dim, LEAN)
    if answered and answered != end:
        values["raw"] = pole_words(dim, answered, language)
        text = _("You lean towards %(raw)s, but we matched you on %(matched)s, because of your answer %(answer)s.",
                 language)  # fmt: skip
        claims.append(Lean(dim.id, answered))
    else:
        text = _("We matched you on %(matched)s, because of your answer %(answer)s.", language)
    return Sentence(text % values, claims)


def _flexible(dims: list[DimensionScore]) -> bool:
    """No answer in the group leans: each sits between its range's outer quarters (and some were answered)."""
    evidence = [e for d in dims for e in as_answered(d).evidence]
    return bool(evidence) and all(0.25 < e.share < 0.75 for e in evidence)


def profile_summary(profile: Profile, language: str = "en") -> list[Sentence]:
    """Up to five sentences: top needs, least need, then one for each of style, time and fit as answered.

    A lean is named only where every answer on it agrees (docs/matching.md, section 5). A score a contradiction
    rule changed is never told as the person's preference: where its group has no other lean, the sentence says
    what we matched on and why; the rule's own message (shown with the summary) says it in any case.
    """
    sentences = _needs(profile, language)
    for group, leaning_sentence, flexible in _sentences(language):
        dims = [d for d in profile.values() if d.group == group]
        stated = [(d, stated_end(d, LEAN)) for d in dims if d.unresolved is None]
        leaning = sorted(((d, end) for d, end in stated if end), key=lambda p: -abs(p[0].percent - 50))[:2]
        if leaning:
            words = joined([pole_words(d, end, language) for d, end in leaning], language)
            sentences.append(Sentence(leaning_sentence % {"words": words}, [Lean(d.id, end) for d, end in leaning]))
            continue  # one sentence a group: the summary stays short (the PDF's glance holds five lines)
        resolved = [s for d in dims if d.unresolved is not None and (s := _resolved(d, language))]
        if resolved:  # else the rule's own message, shown just below, tells it
            sentences.append(resolved[0])
        elif _flexible(dims):
            sentences.append(Sentence(flexible, (Flexible(group),)))
    return sentences

"""Calibration figures over many random answer sets: who comes first, how spread the scores are, network health."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.archetypes import SERVES_WELL, Archetype
from mentorfinder.content.load import Content
from mentorfinder.evaluate import Result, evaluate
from mentorfinder.matching.model import worth_considering
from mentorfinder.matching.network import top_needs
from mentorfinder.matching.network_search import passengers
from mentorfinder.scoring.stability import nudged


@dataclass
class Calibration:
    """What `measure` found over `sets` random answer sets (shares are 0..1)."""

    sets: int
    first_share: dict[str, float]
    top3_share: dict[str, float]
    median_gap_1_3: float  # #1 minus #3 in the order shown (every kind no fit rule lowers first)
    labels_all: dict[str, float]
    labels_first: dict[str, float]
    exact_tie_rate: float  # sets with two of the top four on the same percent
    about_equal_rate: float  # sets where #2 is told as "about equal" to #1
    untold_tie_rate: float  # sets with two of the top four on the same percent and the lower not told "about equal"
    network_redundant_rate: float  # sets whose network has a member that adds no coverage
    network_empty_rate: float
    first_in_network_rate: float  # of sets whose #1 serves a top need well: how often #1 is in the network
    network_sizes: dict[int, float] = field(default_factory=dict)
    stable_first_rate: float = 0.0  # the #1 unchanged when 30% of the scale answers move one point
    check_rate: float = 0.0  # sets where some contradiction check fires
    check_rates: dict[str, float] = field(default_factory=dict)  # by check id
    first_by_need: dict[tuple[str, str], int] = field(default_factory=dict)  # (#1 archetype, top need): sets
    median_gap_shown: float = 0.0  # #1 minus #3 among the top matches shown (not less suited), where there are three
    three_shown_rate: float = 0.0  # sets with at least three top matches shown

    @property
    def uniform_share(self) -> float:
        """The share each archetype would have if none were favoured."""
        return 1 / len(self.first_share) if self.first_share else 0.0


def redundant_member(result: Result, by_id: dict[str, Archetype], needs: list[str]) -> bool:
    """True when removing some network member leaves the coverage of the top needs unchanged. A kind named past the
    person's limit on time is not counted: it is there only if they can give more, and the team within the limit
    must stand without it."""
    team = tuple(by_id[m.archetype] for m in result.network if not m.beyond_limit)
    return len(team) >= 2 and bool(passengers(result.profile, team, needs))


def measure(content: Content, seeds: Iterable[int], progress: Callable[[int], None] | None = None) -> Calibration:
    """Evaluate a random answer set per seed and gather the calibration figures."""
    ids = [a.id for a in content.archetypes.archetypes]
    first, top3, labels_all, labels_first, sizes = Counter(), Counter(), Counter(), Counter(), Counter()
    shown_gaps: list[float] = []
    gaps, ties, untold, about, redundant, empty, n = [], 0, 0, 0, 0, 0, 0
    first_serves, first_in, stable, any_check, checks, by_need = 0, 0, 0, 0, Counter(), Counter()
    by_id = {a.id: a for a in content.archetypes.archetypes}
    questionnaires = list(content.questionnaires)
    for i, seed in enumerate(seeds):
        answers = sample_answers(questionnaires, seed)
        result = evaluate(content, answers, explain=False)  # the figures read no why or caveat: left unworded
        shortlist = result.shortlist
        moved = evaluate(content, nudged(questionnaires, answers, seed), explain=False)
        stable += bool(shortlist) and moved.shortlist[0].archetype == shortlist[0].archetype
        any_check += bool(result.checks)
        checks.update({c.id for c in result.checks})
        n += 1
        if shortlist:
            first[shortlist[0].archetype] += 1
            labels_first[shortlist[0].label] += 1
        top3.update(m.archetype for m in shortlist[:3])
        labels_all.update(m.label for m in shortlist)
        if len(shortlist) >= 3:
            gaps.append(shortlist[0].percent - shortlist[2].percent)
        if len(shown := worth_considering(shortlist)) >= 3:
            shown_gaps.append(shown[0].percent - shown[2].percent)
        top4 = [m.percent for m in shortlist[:4]]
        ties += len(set(top4)) < len(top4)
        untold += any(  # a lowered kind after an equal unlowered one is ordered by its fit rule, not by chance
            a.percent == b.percent and not b.about_equal and bool(a.lowered_by) == bool(b.lowered_by)
            for a, b in zip(shortlist[:4], shortlist[1:4], strict=False)
        )
        about += len(shortlist) >= 2 and shortlist[1].about_equal
        needs = top_needs(result.profile)
        if shortlist:
            by_need[shortlist[0].archetype, needs[0]] += 1
        redundant += redundant_member(result, by_id, needs)
        empty += not result.network
        if shortlist and any(by_id[shortlist[0].archetype].serves.get(n_, 0) >= SERVES_WELL for n_ in needs):
            first_serves += 1
            first_in += shortlist[0].archetype in {m.archetype for m in result.network}
        sizes[len(result.network)] += 1
        if progress:
            progress(i + 1)
    total_labels = sum(labels_all.values()) or 1
    return Calibration(
        sets=n,
        first_share={a: first[a] / n for a in ids},
        top3_share={a: top3[a] / n for a in ids},
        median_gap_1_3=statistics.median(gaps) if gaps else 0.0,
        labels_all={k: v / total_labels for k, v in sorted(labels_all.items())},
        labels_first={k: v / n for k, v in sorted(labels_first.items())},
        exact_tie_rate=ties / n,
        about_equal_rate=about / n,
        untold_tie_rate=untold / n,
        network_redundant_rate=redundant / n,
        network_empty_rate=empty / n,
        first_in_network_rate=first_in / first_serves if first_serves else 0.0,
        network_sizes={k: v / n for k, v in sorted(sizes.items())},
        stable_first_rate=stable / n,
        check_rate=any_check / n,
        check_rates={k: v / n for k, v in checks.most_common()},
        first_by_need=dict(by_need),
        median_gap_shown=statistics.median(shown_gaps) if shown_gaps else 0.0,
        three_shown_rate=len(shown_gaps) / n if n else 0.0,
    )

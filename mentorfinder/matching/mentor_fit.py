"""Every participant against every mentor at once: the fit matrix and the must-have mask, by the model's own rules.

The same numbers `model.components_of` and `model.weighted_percent` give one pair at a time (docs/matching.md §3-4),
computed as arrays so 1,000 participants by 300 mentors take milliseconds; tests hold the two to within 0.1.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from mentorfinder.content.archetypes import NEEDS_GROUP, STRENGTH_MAX, Archetype
from mentorfinder.matching.model import CONFLICT_WEIGHT, TARGET_CAP
from mentorfinder.matching.shortlist import Constraint
from mentorfinder.scoring.profile import Profile


@dataclass
class FitMatrix:
    """percent[p, m]: participant p's match with mentor m, unrounded; needs[p, m] its needs component (the
    tie-break); allowed[p, m]: no must-have of p rules m out; shown: the percents as told, to 0.1 (one rounding for
    the shortlist, the featured spread and the pairing alike)."""

    percent: np.ndarray
    needs: np.ndarray
    allowed: np.ndarray

    @cached_property
    def shown(self) -> np.ndarray:
        """The percents to 0.1, as every surface tells them and the solver weighs them (rounded once)."""
        return np.round(self.percent, 1)


def fit_matrix(
    profiles: list[Profile], constraints: list[list[Constraint]], kinds: list[Archetype], weights: dict[str, float]
) -> FitMatrix:
    """The fit of every participant (their resolved profile and must-haves) with every mentor kind."""
    if not profiles or not kinds:
        empty = np.zeros((len(profiles), len(kinds)))
        return FitMatrix(empty, empty.copy(), np.ones(empty.shape, dtype=bool))
    first = profiles[0]
    need_ids = [d for d, s in first.items() if s.group == NEEDS_GROUP]
    share = np.array([[p[d].percent for d in need_ids] for p in profiles], dtype=float)
    serves = np.array([[k.serves.get(d, 0) for d in need_ids] for k in kinds], dtype=float)
    totals = share.sum(axis=1, keepdims=True)
    needs = np.divide(share @ serves.T, totals, out=np.zeros((len(profiles), len(kinds))), where=totals > 0)
    needs *= 100 / STRENGTH_MAX
    components = {NEEDS_GROUP: (needs, np.ones(needs.shape, dtype=bool))}
    for group in weights:
        if group != NEEDS_GROUP:
            components[group] = _closeness(profiles, kinds, [d for d, s in first.items() if s.group == group])
    used = [(g, w) for g, w in weights.items() if w > 0 and g in components]
    total = sum(np.where(components[g][1], w, 0.0) for g, w in used)
    summed = sum(np.where(components[g][1], components[g][0] * w, 0.0) for g, w in used)
    percent = np.divide(summed, total, out=np.zeros(needs.shape), where=total > 0)
    return FitMatrix(percent, needs, allowed_mask(constraints, kinds))


def _closeness(profiles: list[Profile], kinds: list[Archetype], dims: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """One group's closeness component (model.closeness_score) and where it exists (both sides have a dimension)."""
    shape = (len(profiles), len(kinds))
    if not dims:
        return np.zeros(shape), np.zeros(shape, dtype=bool)
    lean = np.array([[(p[d].percent - 50) / 50 for d in dims] for p in profiles]).clip(-1, 1)
    answered = np.array([[bool(p[d].items) for d in dims] for p in profiles], dtype=float)
    target = np.array([[(k.targets.get(d, 50.0) - 50) / TARGET_CAP for d in dims] for k in kinds]).clip(-1, 1)
    has = np.array([[d in k.targets for d in dims] for k in kinds], dtype=float)
    agree = lean[:, None, :] * target[None, :, :]
    counted = np.where(agree >= 0, agree, CONFLICT_WEIGHT * agree)
    both = answered[:, None, :] * has[None, :, :]
    count = both.sum(axis=2)
    mean = np.divide((counted * both).sum(axis=2), count, out=np.zeros(shape), where=count > 0)
    return np.maximum(0.0, 50 + 50 * mean), count > 0


def allowed_mask(constraints: list[list[Constraint]], kinds: list[Archetype]) -> np.ndarray:
    """allowed[p, m]: every must-have of participant p is met by mentor m (filters.excluded_reason's rule: a
    mentor silent on an attribute passes it). Computed once per distinct must-have set."""
    mask = np.ones((len(constraints), len(kinds)), dtype=bool)
    seen: dict[tuple, np.ndarray] = {}
    for p, wanted in enumerate(constraints):
        if not wanted:
            continue
        key = tuple((c.attribute, tuple(c.values)) for c in wanted)
        if key not in seen:
            seen[key] = np.array([all(_meets(k, c) for c in wanted) for k in kinds], dtype=bool)
        mask[p] = seen[key]
    return mask


def _meets(kind: Archetype, c: Constraint) -> bool:
    offered = kind.attributes.get(c.attribute)
    return offered is None or bool(set(offered) & set(c.values))

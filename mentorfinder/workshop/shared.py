"""What a participant shares (SharedResult), and what of it is stored (StoredShare): thirds, top three, network."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from mentorfinder.matching.model import top_matches

from .errors import BadInput

MAX_TOP = 3
THIRDS = 3  # a percent is stored (and ever shown) only as its third of the scale: low, middle, high
SHOWN_GROUPS = ("needs", "style", "availability")  # the only dimensions the room's picture uses, so the only stored
MAX_NETWORK = 6  # a network has 2-3 members; room to spare without taking arbitrary lists
MAX_DIMENSIONS = 200
_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")


@dataclass(frozen=True)
class SharedResult:
    """Exactly what a participant shares; nothing else is ever stored about them.

    `groups` says which group each dimension belongs to ("needs", "style", "availability", ...): a fact
    about the questionnaire, not the person, stored so the breakdown needs no content to tell needs
    from styles.
    """

    dimensions: dict[str, float]  # dimension id -> percent (0..100), only scored dimensions
    top3: list[str]  # archetype ids, best first (up to 3)
    network: list[str]  # archetype ids of the network
    groups: dict[str, str] = field(default_factory=dict)  # dimension id -> its group

    @classmethod
    def from_result(cls, result: Any) -> SharedResult:
        """The shareable part of a mentorfinder.evaluate.Result: scored dimensions, top three, network."""
        scored = [d for d in result.profile.values() if d.items]  # an unanswered dimension is not a 0
        return cls(
            dimensions={d.id: float(d.percent) for d in scored},
            # the first choices the person was shown: less-suited kinds only when nothing else is left
            top3=[m.archetype for m in top_matches(result.shortlist)[:MAX_TOP]],
            network=[n.archetype for n in result.network],
            groups={d.id: d.group for d in scored if d.group},
        )

    def to_json(self) -> dict[str, Any]:
        """The stored form (plain JSON types)."""
        return {
            "dimensions": dict(self.dimensions),
            "top3": list(self.top3),
            "network": list(self.network),
            "groups": dict(self.groups),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SharedResult:
        """Back from the stored form."""
        return cls(
            dimensions={k: float(v) for k, v in data.get("dimensions", {}).items()},
            top3=list(data.get("top3", [])),
            network=list(data.get("network", [])),
            groups=dict(data.get("groups", {})),
        )


def third(percent: float) -> int:
    """The third of 0..100 a percent is in: 0 up to 33.3, 1 up to 66.6, else 2. In tenths, as integers, so a
    boundary never depends on floating point (percents are kept to one decimal)."""
    return min(THIRDS - 1, round(percent * 10) * THIRDS // 1000)


@dataclass(frozen=True)
class StoredShare:
    """What the store keeps of a share: each shown dimension's third, the top three and the network. Nothing finer:
    what is not stored cannot be read from the database file nor worked out from the room's picture."""

    thirds: dict[str, int]  # dimension id (needs, style, availability only) -> 0 low, 1 middle, 2 high
    groups: dict[str, str]  # dimension id -> its group
    top3: list[str]
    network: list[str]

    def to_json(self) -> dict[str, Any]:
        """The stored form (plain JSON types)."""
        return {
            "thirds": dict(self.thirds),
            "groups": dict(self.groups),
            "top3": list(self.top3),
            "network": list(self.network),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredShare:
        """Back from the stored form."""
        return cls(
            thirds={k: int(v) for k, v in data.get("thirds", {}).items()},
            groups=dict(data.get("groups", {})),
            top3=list(data.get("top3", [])),
            network=list(data.get("network", [])),
        )


def stored(result: object) -> StoredShare:
    """What the store keeps of a share: checked, then each needs/style/availability percent as its third."""
    share = checked(result)
    kept = {d: g for d, g in share.groups.items() if g in SHOWN_GROUPS}
    return StoredShare({d: third(share.dimensions[d]) for d in kept}, kept, share.top3, share.network)


def checked(result: object) -> SharedResult:
    """The result as it will be stored, or BadInput saying what is wrong with it."""
    if not isinstance(result, SharedResult):
        raise BadInput("Only a SharedResult can be shared.")
    dims, groups = result.dimensions, result.groups
    if not isinstance(dims, dict) or not isinstance(groups, dict) or len(dims) > MAX_DIMENSIONS:
        raise BadInput(f"A shared result has at most {MAX_DIMENSIONS} dimensions, given as a dict.")
    for dim, percent in dims.items():
        _check_id(dim, "dimension")
        if isinstance(percent, bool) or not isinstance(percent, int | float) or not math.isfinite(percent):
            raise BadInput(f"The percent of dimension {dim} is not a number.")
        if not 0 <= percent <= 100:
            raise BadInput(f"The percent of dimension {dim} is {percent}, outside 0 to 100.")
    for dim, group in groups.items():
        if dim not in dims:
            raise BadInput(f"The group of dimension {dim} is given, but the dimension is not.")
        _check_id(group, "group")
    _check_ids(result.top3, MAX_TOP, "top three")
    _check_ids(result.network, MAX_NETWORK, "network")
    return SharedResult(
        {k: round(float(v), 1) for k, v in dims.items()}, list(result.top3), list(result.network), dict(groups)
    )


def _check_ids(ids: object, most: int, what: str) -> None:
    if not isinstance(ids, list | tuple) or len(ids) > most:
        raise BadInput(f"The {what} is a list of at most {most} archetype ids.")
    for ident in ids:
        _check_id(ident, "archetype")
    if len(set(ids)) != len(ids):
        raise BadInput(f"The {what} names an archetype twice.")


def _check_id(ident: object, what: str) -> None:
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise BadInput(f"Each {what} id is 1 to 64 letters, digits, dots, dashes or underscores, not {ident!r:.80}.")

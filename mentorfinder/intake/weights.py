"""The --weights flag: 'needs=50,style=20' read into known, finite, non-negative group weights."""

from __future__ import annotations

from mentorfinder.intake.problems import ContentError, Problem
from mentorfinder.intake.safetext import number_problem, shown
from mentorfinder.matching.model import DEFAULT_WEIGHTS


def parse_weights(spec: str) -> dict[str, float] | None:
    """'needs=50,style=20' -> {'needs': 50.0, 'style': 20.0}; '' -> None (use the defaults).

    Names must be the known groups, each once; values finite, 0 or more, and within the number bound.
    """
    if not spec:
        return None
    weights: dict[str, float] = {}
    for part in spec.split(","):
        name, _, value = (piece.strip() for piece in part.partition("="))
        if name not in DEFAULT_WEIGHTS:
            raise _weights_error(f"unknown weight {shown(repr(name))} — use {', '.join(DEFAULT_WEIGHTS)}")
        if name in weights:
            raise _weights_error(f"weight '{name}' is given twice — give each once")
        if len(value) > 40:  # float() of a million digits is slow, and no weight needs more than a few
            raise _weights_error(f"weight for '{name}' is {len(value):,} characters long — write a number such as 50")
        try:
            weights[name] = float(value)
        except ValueError:
            raise _weights_error(f"{shown(repr(part))[:60]} is not NAME=NUMBER, e.g. needs=50") from None
        if problem := number_problem(weights[name]):
            raise _weights_error(f"weight for '{name}': {problem}")
        if weights[name] < 0:
            raise _weights_error(f"weight for '{name}' must not be negative")
    return weights


def _weights_error(message: str) -> ContentError:
    return ContentError([Problem("--weights", 1, message)])

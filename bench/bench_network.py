"""Benchmark: the mentoring network search beside trying every team (the reference in the tests), by archetype count.

Run: python -m bench.bench_network [--sizes 15,150,1000] [--seeds 5] [--exhaustive-up-to 150]
For each size and seeded answer set: the shipped archetypes at 15, above that copies of them with serves and
typical ways perturbed and their match percents scored again, ranked best first as the shortlist ranks them.
Prints the median and max milliseconds of the search and of the exhaustive reference (skipped, with an estimate
from its count of teams, above --exhaustive-up-to), and whether both picked the same team. Target: 1,000
archetypes under 100 ms. Figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from math import comb

from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.archetypes import SERVES_WELL
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.matching.model import DEFAULT_WEIGHTS, components_of, weighted_percent
from mentorfinder.matching.network import build_network, top_needs
from tests.core.test_network_search import exhaustive_network  # the search as it was: the reference


def ranked_archetypes(content, profile, size: int, rng: random.Random) -> list:
    """`size` archetypes ranked best first: the shipped ones, then perturbed copies of them, each scored."""
    shipped = content.archetypes.archetypes
    archetypes = list(shipped)
    while len(archetypes) < size:
        base = rng.choice(shipped)
        serves = {n: min(3, max(0, s + rng.choice((-1, 0, 0, 1)))) for n, s in base.serves.items()}
        targets = {d: min(100.0, max(0.0, t + rng.uniform(-15, 15))) for d, t in base.targets.items()}
        copy_id = f"{base.id}_{len(archetypes)}"
        archetypes.append(base.model_copy(update={"id": copy_id, "serves": serves, "targets": targets}))
    scored = [
        (a, a.name, weighted_percent(components_of(profile, a, DEFAULT_WEIGHTS), DEFAULT_WEIGHTS, False))
        for a in archetypes
    ]
    return sorted(scored, key=lambda r: (-r[2], r[0].id))


def timed(fn) -> tuple[float, object]:
    """Milliseconds of one call, and what it returned."""
    start = time.perf_counter()
    out = fn()
    return (time.perf_counter() - start) * 1000, out


def teams(profile, ranked) -> int:
    """How many teams of one to three the exhaustive search tries (useful archetypes only)."""
    needs = top_needs(profile)
    useful = sum(any(a.serves.get(n, 0) >= SERVES_WELL for n in needs) for a, _, _ in ranked)
    return sum(comb(useful, k) for k in (1, 2, 3))


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):9.2f} ms  max {max(times):9.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="15,150,1000", help="archetype counts, comma-separated")
    parser.add_argument("--seeds", type=int, default=5, help="seeded answer sets (and perturbations) per size")
    parser.add_argument("--exhaustive-up-to", type=int, default=150, help="largest size the reference runs at")
    args = parser.parse_args()
    content = load_content()
    questionnaires = list(content.questionnaires)
    per_team_ms: list[float] = []  # the reference's cost per team tried, for the estimates above the cut-off
    print(f"{args.seeds} seeded runs per size (answer sets 0..{args.seeds - 1})")
    for size in (int(s) for s in args.sizes.split(",")):
        search, exhaustive, estimates, same = [], [], [], True
        for seed in range(args.seeds):
            profile = evaluate(content, sample_answers(questionnaires, seed)).profile
            ranked = ranked_archetypes(content, profile, size, random.Random(seed))
            ms, network = timed(lambda: build_network(profile, ranked))  # noqa: B023  (called at once)
            search.append(ms)
            if size <= args.exhaustive_up_to:
                ms, reference = timed(lambda: exhaustive_network(profile, ranked))  # noqa: B023
                exhaustive.append(ms)
                per_team_ms.append(ms / teams(profile, ranked))
                same = same and network == reference
            elif per_team_ms:
                estimates.append(statistics.median(per_team_ms) * teams(profile, ranked) / 1000)
        print(f"{size:>5} archetypes  search:     {summary(search)}")
        if exhaustive:
            print(f"{'':>18}exhaustive: {summary(exhaustive)}  same team every run: {'yes' if same else 'NO'}")
        else:
            estimate = f"est. {statistics.median(estimates):,.0f} s" if estimates else "no estimate"
            print(f"{'':>18}exhaustive: skipped ({estimate} a run)")


if __name__ == "__main__":
    main()

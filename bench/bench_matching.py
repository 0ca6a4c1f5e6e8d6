"""Benchmark: how calibrated the matching is over many seeded random answer sets.

Run: python bench/bench_matching.py [--sets 10000] [--start 0]
Prints, per archetype, the share of sets it is ranked first (target: none above twice the uniform
share) and in the top three; the median gap between #1 and #3; the label distribution; the exact-tie
and "about equal" rates; network redundancy and empty-network rates. Figures only; no assertions.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorfinder.calibration import measure  # noqa: E402
from mentorfinder.content import load_content  # noqa: E402
from mentorfinder.schema import translate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=10_000)
    parser.add_argument("--start", type=int, default=0, help="first seed")
    args = parser.parse_args()
    content = load_content()
    started = time.perf_counter()

    def progress(done: int) -> None:
        if done % 1000 == 0 or done == args.sets:
            print(f"  {done:>6} / {args.sets} sets  ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    cal = measure(content, range(args.start, args.start + args.sets), progress)
    uniform = cal.uniform_share
    names = {a.id: translate(a.name) for a in content.archetypes.archetypes}
    print(f"{cal.sets} random answer sets (seeds {args.start}..{args.start + args.sets - 1})")
    print(f"uniform share {uniform:.1%}; target: no archetype first in more than {2 * uniform:.1%}")
    print(f"{'archetype':<28} {'first':>7} {'top 3':>7}")
    for arch, share in sorted(cal.first_share.items(), key=lambda kv: -kv[1]):
        flag = "  <-- over target" if share > 2 * uniform else ""
        print(f"{names[arch]:<28} {share:>7.1%} {cal.top3_share[arch]:>7.1%}{flag}")
    print(
        f"highest first share: {max(cal.first_share.values()):.1%} ({max(cal.first_share.values()) / uniform:.2f}x uniform)"
    )
    print(f"median gap #1-#3: {cal.median_gap_1_3:.1f} points")
    print("labels, all matches: " + ", ".join(f"{k} {v:.1%}" for k, v in cal.labels_all.items()))
    print("labels, #1 only:     " + ", ".join(f"{k} {v:.1%}" for k, v in cal.labels_first.items()))
    print(f"exact ties within the top four: {cal.exact_tie_rate:.1%}")
    print(f"exact ties not told as about equal: {cal.untold_tie_rate:.1%}")
    print(f"#2 told as about equal to #1: {cal.about_equal_rate:.1%}")
    print(f"network with a member adding no coverage: {cal.network_redundant_rate:.2%}")
    print(f"empty network: {cal.network_empty_rate:.2%}")
    print(f"#1 in the network (when it serves a top need well): {cal.first_in_network_rate:.1%}")
    print("network sizes: " + ", ".join(f"{k}: {v:.1%}" for k, v in cal.network_sizes.items()))
    print(f"time: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()

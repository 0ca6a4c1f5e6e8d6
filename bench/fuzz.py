"""Soak: the property-based hostile-input checks of tests/core/test_fuzz.py, with many more examples and a
fresh seed each run (CI runs a fixed seed and a bounded count).

Run: python -m bench.fuzz [--examples 5000] [--seed N]
Prints, per kind of input: examples tried, accepted and refused, the slowest example and examples per second.
Any broken contract stops the run with Hypothesis's minimal example.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

from tests.core.fuzzing import (
    FIXTURES,
    answers_files,
    check_answers_file,
    check_command_line,
    check_link,
    check_questionnaire,
    every_type,
    links,
    questionnaires,
)


class Tally:
    """Outcomes and timings of one property's examples."""

    def __init__(self, name: str):
        self.name, self.outcomes, self.slowest = name, Counter(), 0.0

    def run(self, check, *args) -> None:
        """Time one example and count its outcome."""
        began = time.perf_counter()
        outcome = check(*args)
        self.slowest = max(self.slowest, time.perf_counter() - began)
        self.outcomes[outcome] += 1

    def line(self, elapsed: float) -> str:
        """One row of the printed table."""
        total = sum(self.outcomes.values())
        return (
            f"{self.name:<14} {total:>7,} {self.outcomes['accepted']:>9,} {self.outcomes['refused']:>8,} "
            f"{self.slowest * 1000:>10.1f} {total / elapsed:>8.0f}/s"
        )


def main_bench() -> None:
    """Run every property and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=random.randrange(2**32))
    args = parser.parse_args()
    soak = settings(max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    questionnaire = every_type()
    work = Path(tempfile.mkdtemp(prefix="fuzz-"))
    (work / "q").mkdir()
    (work / "q" / "every_type.yaml").write_text((FIXTURES / "every_type.yaml").read_text())
    tallies = {name: Tally(name) for name in ("answers files", "links", "command line", "YAML content")}

    properties = {
        "answers files": given(raw=answers_files())(
            lambda raw: tallies["answers files"].run(check_answers_file, raw, questionnaire)
        ),
        "links": given(value=links())(lambda value: tallies["links"].run(check_link, value, questionnaire)),
        "command line": given(raw=answers_files())(
            lambda raw: tallies["command line"].run(check_command_line, raw, work / "fuzz.json", work / "q")
        ),
        "YAML content": given(text=questionnaires())(
            lambda text: tallies["YAML content"].run(check_questionnaire, text, work / "q.yaml")
        ),
    }
    print(f"seed {args.seed}, up to {args.examples:,} examples per kind of input")
    print(f"{'input':<14} {'examples':>7} {'accepted':>9} {'refused':>8} {'slowest ms':>10} {'rate':>10}")
    for name, prop in properties.items():
        began = time.perf_counter()
        seed(args.seed)(soak(prop))()
        print(tallies[name].line(time.perf_counter() - began), flush=True)
    print("no contract broken: every refusal was one PATH:LINE: message per line, exit 1, no traceback")


if __name__ == "__main__":
    main_bench()

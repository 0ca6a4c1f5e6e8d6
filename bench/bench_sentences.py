"""Benchmark: every generated sentence audited against the raw answers (issue 18's "sentences failing the audit").

Run: python -m bench.bench_sentences [--sets 1000] [--start 0]
Audits the summary, why, caveats and briefs of every match, exclusions, contradiction messages and the network,
for every persona below tests/core/personas/ and for --sets seeded random answer sets, in English and Spanish,
with tests/core/test_sentence_audit.py's audit. Prints the sentences and claims checked, the failures (the first
few of them) and the time. Figures only; no assertions.
"""

from __future__ import annotations

import argparse
import json
import time

from mentorfinder.evaluate import evaluate
from tests.core.test_sentence_audit import CONTENT, PERSONAS, Audit, base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=1000)
    parser.add_argument("--start", type=int, default=0, help="first seed")
    args = parser.parse_args()
    people = [(path.stem, json.loads(path.read_text("utf-8"))["answers"]) for path in PERSONAS]
    people += [(f"seed {seed}", base(seed)) for seed in range(args.start, args.start + args.sets)]
    for language in ("en", "es"):
        started = time.perf_counter()
        sentences = claims = 0
        failing: list[tuple[str, str]] = []
        for who, answers in people:
            audit = Audit(answers, language)
            failing += [(who, problem) for problem in audit.result(evaluate(CONTENT, answers, language=language))]
            sentences, claims = sentences + audit.sentences, claims + audit.claims
        seconds = time.perf_counter() - started
        print(f"{language}: {len(PERSONAS)} personas and {args.sets} random sets; {sentences} sentences with "
              f"{claims} claims audited; {len(failing)} failing; {seconds:.1f} s")  # fmt: skip
        for who, problem in failing[:5]:
            print(f"  {who}: {problem}")


if __name__ == "__main__":
    main()

"""Benchmark: how well the matching judges people, over the adviser personas and many seeded random answer sets.

Run: python -m bench.bench_matching [--sets 10000] [--start 0]
Prints the persona suite's and the blind panel's pass rates (tuning half and held-back half, with the failures
a second adviser disputed), then, per archetype, the share of random sets it is ranked first (target: none above
twice the uniform share) and in the top three; the median gap between #1 and #3; the label distribution; the
exact-tie and "about equal" rates; how often the #1 holds when 30% of the scale answers move one point; how
often a check fires; network figures. Issue 18's targets are printed beside the figures. No assertions.
"""

from __future__ import annotations

import argparse
import sys
import time

import yaml

from bench import ROOT
from mentorfinder.answers.file import parse_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import translate
from mentorfinder.matching.calibration import measure
from mentorfinder.matching.expectations import disputed, judged, top_three, top_three_unmet


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

    personas_report(content)
    independent_report(content)
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
    print(f"median gap #1-#3: {cal.median_gap_1_3:.1f} points (target >= 8), in the order shown")
    print(
        f"  among the top matches shown (not less suited): {cal.median_gap_shown:.1f} points, "
        f"in the {cal.three_shown_rate:.1%} of sets that show three"
    )
    print("labels, all matches: " + ", ".join(f"{k} {v:.1%}" for k, v in cal.labels_all.items()))
    print("labels, #1 only:     " + ", ".join(f"{k} {v:.1%}" for k, v in cal.labels_first.items()))
    print(f"exact ties within the top four: {cal.exact_tie_rate:.1%}")
    print(f"exact ties not told as about equal: {cal.untold_tie_rate:.1%}")
    print(f"#2 told as about equal to #1 (within 3 points): {cal.about_equal_rate:.1%} (target <= 30%)")
    print(f"network with a member adding no coverage: {cal.network_redundant_rate:.2%}")
    print(f"empty network: {cal.network_empty_rate:.2%}")
    print(f"#1 in the network (when it serves a top need well): {cal.first_in_network_rate:.1%}")
    print(f"#1 unchanged when 30% of scale answers move one point: {cal.stable_first_rate:.1%} (target >= 85%)")
    rule, top = max(cal.check_rates.items(), key=lambda kv: kv[1], default=("-", 0.0))
    print(f"a check fires: {cal.check_rate:.1%} (target <= 35%); most often {rule} {top:.1%} (target <= 12%)")
    print("network sizes: " + ", ".join(f"{k}: {v:.1%}" for k, v in cal.network_sizes.items()))
    print(f"time: {time.perf_counter() - started:.1f} s")


def personas_report(content) -> None:
    """Pass rates of the persona suite and of the panel's halves (a persona passes when every expectation is met)."""
    personas = ROOT / "tests" / "core" / "personas"

    def read(folder: str) -> list[dict]:
        return yaml.safe_load((personas / folder / "panel.yaml").read_text(encoding="utf-8"))["personas"]

    suite = yaml.safe_load((personas / "personas.yaml").read_text(encoding="utf-8"))["personas"]
    panel = read("panel")
    groups = [
        ("persona suite (tuned on)", personas, suite),
        ("panel, tuning half", personas / "panel", [p for p in panel if p["half"] == "tuning"]),
        (
            "panel, held-back half (first measured 24/33; tuned on since)",
            personas / "panel",
            [p for p in panel if p["half"] == "held_back"],
        ),
    ] + [
        (title, personas / folder, read(folder))
        for folder, title in (
            ("panel2", "second panel (first measured 36/42; tuned on since)"),
            ("panel3", "third panel (first measured 29/40 at 400992f; tuned on since)"),
            ("panel4", "fourth panel (first measured 27/40 at 7a5a856; tuned on since)"),
            ("panel5", "fifth panel (first measured 34/40 at 981471b; tuned on since)"),
            ("panel6", "sixth panel (first measured 30/40 at 9269cc7; tuned on since)"),
            ("panel7", "seventh panel (first measured 34/40 at 1407ceb; tuned on since)"),
            ("panel8", "eighth panel (33/40 at e71e2f5; measured once after the eighth round: 35/40; tuned on since)"),
            ("panel9", "ninth panel (33/40 at e71e2f5; measured once after the eighth round: 37/40; tuned on since)"),
            ("panel10", "tenth panel (written after the eighth round; measured once: 37/40; tuned on since)"),
            ("panel11", "eleventh panel (measured once at 0ed6947: 34/40; tuned on since)"),
            (
                "panel12",
                "twelfth panel, 60 random answer sets (44/60 before the ninth round, 43 after; tuned on since)",
            ),
            ("panel13", "thirteenth panel (34/40 before the ninth round, 35 after; tuned on since)"),
            ("panel14", "fourteenth panel, 60 random sets (34/60 before the tenth round, 40 after; tuned on since)"),
            ("panel15", "fifteenth panel, 60 random sets (47/60 before the eleventh round, 47 after; tuned on since)"),
            ("panel16", "sixteenth panel, 60 random sets (40/60 before the twelfth round, 41 after; tuned on since)"),
            (
                "panel17",
                "seventeenth panel, 60 random sets (40/60 before the thirteenth round, 42 after the fourteenth)",
            ),
        )
    ]
    for title, folder, group in groups:
        results = judged(content, folder, group)
        failing = [(p, f) for p, f in results if f]
        argued = sum(disputed(p, f) for p, f in failing)
        print(f"{title}: {len(results) - len(failing)}/{len(results)} with every expectation met", end="")
        print(
            f" ({(len(results) - len(failing)) / len(results):.0%}); of the failures, {argued} disputed by the reviewer"
        )
        for p, f in failing:
            print(f"  {p['id']}: " + "; ".join(f"{key}: {detail}" for key, detail in f))


def independent_report(content) -> None:
    """Beside the model, how often another independent adviser's own top three (the panel's independent_top3.yaml)
    meets the panel's expectations on the top three, and how often each one's first kind is the panel adviser's."""
    personas = ROOT / "tests" / "core" / "personas"
    for own in sorted(personas.glob("panel*/independent_top3.yaml")):
        panel = {
            p["id"]: p for p in yaml.safe_load((own.parent / "panel.yaml").read_text(encoding="utf-8"))["personas"]
        }
        people = yaml.safe_load(own.read_text(encoding="utf-8"))["people"]
        met = {"advisers": 0, "model": 0}
        first = {"advisers": 0, "model": 0}
        for person in people:
            expect, chosen = panel[person["id"]]["expect"], panel[person["id"]]["first_choice"]
            path = own.parent / f"{person['id']}.json"
            answers = parse_answers(path.read_bytes(), str(path), list(content.questionnaires)).answers
            for who, top3 in (
                ("advisers", person["top3"]),
                ("model", top_three(evaluate(content, answers, explain=False))),
            ):
                met[who] += not top_three_unmet(expect, top3)
                first[who] += top3[:1] == [chosen]
        n = len(people)
        print(
            f"{own.parent.name}, its top-three expectations met: by another adviser's own top three {met['advisers']}/{n}, "
            f"by the model's {met['model']}/{n}; first kind the panel adviser's first choice: "
            f"{first['advisers']}/{n} and {first['model']}/{n}"
        )


if __name__ == "__main__":
    main()

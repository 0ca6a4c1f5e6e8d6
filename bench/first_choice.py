"""Diagnostic: how often the model's #1 is an adviser's first choice on the random panels, and why it differs.

Run: python -m bench.first_choice [--panels panel12,panel14,panel15,panel16,panel17] [--people]
For each panel (random answer sets read as people; each persona has the first adviser's `first_choice` and the
reviewer's `reviewer_first_choice`, and a panel may have independent_top3.yaml, another adviser's own top three),
prints how often the model's #1 (the first kind the person is given) is the adviser's first choice, and how often
it is any of the first choices (adviser, reviewer, independent adviser's #1); the firsts by kind (model against
adviser); and, for each confusion (model's kind, adviser's kind), the people, the mean component gap between the
two kinds (model's minus adviser's, in points), how often the adviser's kind was gated or lowered (and by which fit
rules), and where it ranked. Figures only; read-only; no assertions.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

import yaml

from bench import ROOT
from mentorfinder.answers.file import parse_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.matching.expectations import top_three

PERSONAS = ROOT / "tests" / "core" / "personas"
# The random panels tuned on. A panel held back from a round goes in HELD_BACK until it has been measured after the
# round, and is never read here meanwhile (the seventeenth was, until the fourteenth round).
DEFAULT = ["panel12", "panel14", "panel15", "panel16", "panel17"]
HELD_BACK: set[str] = set()
COMPONENTS = ["needs", "style", "availability", "fit"]


def independent_firsts(folder: str) -> dict[str, str]:
    """Each person's first kind from another adviser's own top three, where the panel has one."""
    path = PERSONAS / folder / "independent_top3.yaml"
    if not path.exists():
        return {}
    return {p["id"]: p["top3"][0] for p in yaml.safe_load(path.read_text(encoding="utf-8"))["people"]}


def rows(content, folder: str) -> list[dict]:
    """Per person: the model's #1, the three first choices and the result."""
    found = []
    other = independent_firsts(folder)
    for persona in yaml.safe_load((PERSONAS / folder / "panel.yaml").read_text(encoding="utf-8"))["personas"]:
        path = PERSONAS / folder / f"{persona['id']}.json"
        answers = parse_answers(path.read_bytes(), str(path), list(content.questionnaires)).answers
        result = evaluate(content, answers)
        firsts = {persona["first_choice"], persona["reviewer_first_choice"]}
        if persona["id"] in other:
            firsts.add(other[persona["id"]])
        found.append(
            {
                "folder": folder,
                "id": persona["id"],
                "model": top_three(result)[0],
                "adviser": persona["first_choice"],
                "firsts": firsts,
                "result": result,
            }
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--panels", default=",".join(DEFAULT), help="comma-separated folders (never one held back)")
    parser.add_argument("--people", action="store_true", help="list the people in each confusion")
    args = parser.parse_args()
    folders = [f for f in args.panels.split(",") if f and f not in HELD_BACK]
    content = load_content()
    everyone = []
    for folder in folders:
        people = rows(content, folder)
        everyone += people
        exact = sum(p["model"] == p["adviser"] for p in people)
        any_first = sum(p["model"] in p["firsts"] for p in people)
        print(
            f"{folder}: model #1 == adviser's first {exact}/{len(people)}; in any first choice {any_first}/{len(people)}"
        )
    exact = sum(p["model"] == p["adviser"] for p in everyone)
    any_first = sum(p["model"] in p["firsts"] for p in everyone)
    print(f"all: model #1 == adviser's first {exact}/{len(everyone)}; in any first choice {any_first}/{len(everyone)}")
    model_firsts, adviser_firsts = Counter(p["model"] for p in everyone), Counter(p["adviser"] for p in everyone)
    print("\nfirsts by kind (model vs adviser):")
    for kind in sorted(set(model_firsts) | set(adviser_firsts), key=lambda k: -model_firsts[k]):
        print(f"  {kind:24} {model_firsts[kind]:3} vs {adviser_firsts[kind]:3}")
    confusions: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in everyone:
        if p["model"] != p["adviser"]:
            confusions[(p["model"], p["adviser"])].append(p)
    print("\nconfusions (model, adviser): people; mean gap model - adviser per component; adviser's kind gated/lowered")
    for (model, adviser), people in sorted(confusions.items(), key=lambda kv: -len(kv[1])):
        gaps, lowered, gated, ranks = Counter(), Counter(), 0, []
        for p in people:
            by_id = {m.archetype: (i, m) for i, m in enumerate(p["result"].shortlist)}
            if adviser not in by_id:
                ranks.append("excluded")
                continue
            rank, theirs = by_id[adviser]
            ours = by_id[model][1]
            ranks.append(str(rank + 1))
            for c in COMPONENTS:
                gaps[c] += ours.components.get(c, 0) - theirs.components.get(c, 0)
            gaps["percent"] += ours.percent - theirs.percent
            gated += theirs.gated
            lowered.update(theirs.lowered_by)
        n = len(people)
        gap = ", ".join(f"{c} {gaps[c] / n:+.1f}" for c in [*COMPONENTS, "percent"])
        print(f"  ({model}, {adviser}) {n}: {gap}; gated {gated}; lowered {dict(lowered)}; ranks {' '.join(ranks)}")
        if args.people:
            print(f"      {', '.join(p['folder'] + '/' + p['id'] for p in people)}")


if __name__ == "__main__":
    main()

"""Unrelated instruments score correctly with no code change: the documented example, a 50-item
five-scale inventory with reverse keying, and a 0–4 interest inventory with six scales."""

import re
from pathlib import Path

import yaml

from mentorfinder.content.conditions import ShownAnswers
from mentorfinder.content.questionnaire import load_questionnaire
from mentorfinder.scoring.profile import profile_json, score


def raw_percent(profile: dict) -> dict:
    """The raw and percent of each dimension in the `score` contract (min, max and counts are tested apart)."""
    return {d: {"raw": v["raw"], "percent": v["percent"]} for d, v in profile.items()}


ROOT = Path(__file__).resolve().parents[2]


def test_documented_example_scores_as_documented(tmp_path):
    doc = (ROOT / "docs" / "questionnaire-format.md").read_text()
    example = re.search(r"```yaml\n(id: mini_inventory.*?)```", doc, re.S).group(1)
    (tmp_path / "inv.yaml").write_text(example)
    q = load_questionnaire(tmp_path / "inv.yaml")
    answers = {"mini_inventory": {"e1": 4, "e2": 2, "c1": 5, "c2": 1, "works": "alone", "team_size": 9}}
    # team_size is hidden (works = alone) and unscored anyway; the doc states 75% and 100%
    assert raw_percent(profile_json(score([q], ShownAnswers.of([q], answers)))) == {
        "extraversion": {"raw": 8.0, "percent": 75.0},
        "conscientiousness": {"raw": 5.0, "percent": 100.0},
    }


def _write(tmp_path, doc) -> Path:
    path = tmp_path / f"{doc['id']}.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def test_fifty_item_inventory_with_reverse_keyed_items(tmp_path):
    scales = ["o", "c", "e", "a", "n"]
    items = []
    for i in range(50):  # item i belongs to scale i % 5; every odd item is reverse keyed
        items.append({"id": f"i{i}", "type": "likert", "scale": "agree", "prompt": f"Item {i}",
                      "key": "-" if i % 2 else "+", "scores": {scales[i % 5]: 1}})  # fmt: skip
    doc = {"id": "big5", "title": "Inventory", "version": 1,
           "dimensions": [{"id": s, "label": s.upper()} for s in scales],
           "scales": {"agree": {"min": 1, "max": 5}},
           "steps": [{"id": "all", "title": "All", "questions": items}]}  # fmt: skip
    q = load_questionnaire(_write(tmp_path, doc))
    answers = {"big5": {f"i{i}": 5 for i in range(50)}}
    # each scale has 10 items, 5 keyed + (score 5) and 5 keyed - (score 6 - 5 = 1): raw 30 of 10..50 -> 50%
    assert raw_percent(profile_json(score([q], ShownAnswers.of([q], answers)))) == {
        s: {"raw": 30.0, "percent": 50.0} for s in scales
    }
    answers = {"big5": {f"i{i}": 1 if i % 2 else 5 for i in range(50)}}
    # all answered in the keyed direction: raw 50 -> 100%
    assert raw_percent(profile_json(score([q], ShownAnswers.of([q], answers)))) == {
        s: {"raw": 50.0, "percent": 100.0} for s in scales
    }


def test_interest_inventory_zero_to_four(tmp_path):
    scales = ["r", "i", "a", "s", "e", "c"]
    items = [{"id": f"{s}{n}", "type": "likert", "scale": "zero4", "prompt": f"{s} {n}", "scores": {s: 1}}
             for s in scales for n in range(3)]  # fmt: skip
    doc = {"id": "riasec", "title": "Interests", "version": 1,
           "dimensions": [{"id": s, "label": s.upper()} for s in scales],
           "scales": {"zero4": {"min": 0, "max": 4}},
           "steps": [{"id": "all", "title": "All", "questions": items}]}  # fmt: skip
    q = load_questionnaire(_write(tmp_path, doc))
    answers = {"riasec": {f"{s}{n}": (k + n) % 5 for k, s in enumerate(scales) for n in range(3)}}
    # r: 0+1+2 = 3, i: 1+2+3 = 6, a: 2+3+4 = 9, s: 3+4+0 = 7, e: 4+0+1 = 5, c: 0+1+2 = 3; range 0..12
    assert raw_percent(profile_json(score([q], ShownAnswers.of([q], answers)))) == {
        "r": {"raw": 3.0, "percent": 25.0},
        "i": {"raw": 6.0, "percent": 50.0},
        "a": {"raw": 9.0, "percent": 75.0},
        "s": {"raw": 7.0, "percent": 58.3},
        "e": {"raw": 5.0, "percent": 41.7},
        "c": {"raw": 3.0, "percent": 25.0},
    }

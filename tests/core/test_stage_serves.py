"""The Career-change guide serves more of what a move takes for the people making one (issue 18, fourteenth round):
the person's stage adds no need points (docs/matching.md, 1) but, where the guide's stage term holds, counts in what
the guide serves (data/archetypes.yaml `serves_at_stage`)."""

import copy
import json
from pathlib import Path

from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate

CONTENT = load_content()
NURSE = json.loads((Path(__file__).parent / "personas" / "nurse_to_health_tech.json").read_text(encoding="utf-8"))


def guide_at(stage):
    answers = copy.deepcopy(NURSE["answers"])
    answers["goals"]["stage"] = stage
    result = evaluate(CONTENT, answers, explain=False)
    return result, next(m for m in result.shortlist if m.archetype == "transition_guide")


# The nurse's needs (percent): guidance 100, confidence 5.3, advancement 5.3, networking 73.7, skills 47.4, staying on
# track 5.3, challenges 2.6 (sum 239.6). The guide's table row: guidance 3, confidence 1, networking 3, skills 1,
# challenges 1.


def test_for_a_changer_the_guide_serves_confidence_and_skills_at_two():
    result, guide = guide_at("changing")
    assert [result.profile[n].percent for n in ("guidance", "networking", "skills")] == [100.0, 73.7, 47.4]
    # (100×3 + 5.3×2 + 73.7×3 + 47.4×2 + 2.6×1) / 3 / 239.6 × 100 = 87.5 (80.2 with the table row alone)
    assert guide.components["needs"] == 87.5


def test_for_a_returner_the_guide_serves_confidence_at_two_and_skills_as_the_table_says():
    _, guide = guide_at("returning")
    # (100×3 + 5.3×2 + 73.7×3 + 47.4×1 + 2.6×1) / 3 / 239.6 × 100 = 80.9
    assert guide.components["needs"] == 80.9


def test_near_miss_anyone_else_is_scored_on_the_table_row():
    _, guide = guide_at("established")
    # (100×3 + 5.3×1 + 73.7×3 + 47.4×1 + 2.6×1) / 3 / 239.6 × 100 = 80.2, and the gate cuts the percent
    assert guide.components["needs"] == 80.2
    assert guide.gated

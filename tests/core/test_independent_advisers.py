"""Independent advisers' own top three for two random panels (issue 18): the bar the 90% target sets, read blind."""

from pathlib import Path

import pytest
import yaml

from mentorfinder.content.load import load_content
from mentorfinder.matching.expectations import top_three_unmet

PERSONAS = Path(__file__).parent / "personas"
CONTENT = load_content()
KINDS = {a.id for a in CONTENT.archetypes.archetypes}
# folder: the three advisers who read it a second time (none of them wrote or reviewed its expectations)
READ_AGAIN = {"panel15": ["by", "bz", "ca"], "panel16": ["bv", "bw", "bx"]}


def read(folder: str) -> tuple[dict, list[dict]]:
    """The panel's people by id, and the independent advisers' top threes."""
    panel = yaml.safe_load((PERSONAS / folder / "panel.yaml").read_text(encoding="utf-8"))["personas"]
    own = yaml.safe_load((PERSONAS / folder / "independent_top3.yaml").read_text(encoding="utf-8"))
    assert own["advisers"] == READ_AGAIN[folder]
    return {p["id"]: p for p in panel}, own["people"]


@pytest.mark.parametrize("folder", sorted(READ_AGAIN))
def test_every_person_has_three_kinds_from_an_adviser_who_did_not_write_their_expectations(folder):
    panel, people = read(folder)
    assert sorted(q["id"] for q in people) == sorted(panel)
    assert sorted(sum(q["adviser"] == a for q in people) for a in READ_AGAIN[folder]) == [20, 20, 20]
    for q in people:
        assert q["adviser"] not in {panel[q["id"]]["adviser"], panel[q["id"]]["reviewer"]}
        assert len(set(q["top3"])) == 3 and set(q["top3"]) <= KINDS, q
        assert q["why"].strip(), q


def test_another_advisers_own_top_three_meets_the_panels_expectations_for_most_people():
    # 115 of 120 when they were written (60 of 60 and 55 of 60): an adviser reading blind meets another's
    # expectations 96% of the time, so the 90% the issue asks of the model is a bar advisers clear.
    met = 0
    for folder in READ_AGAIN:
        panel, people = read(folder)
        met += sum(not top_three_unmet(panel[q["id"]]["expect"], q["top3"]) for q in people)
    assert met == 115

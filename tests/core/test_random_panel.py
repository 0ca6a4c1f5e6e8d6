"""The twelfth blind panel (issue 18): 60 random answer sets read as people by advisers, held back from the rules."""

from pathlib import Path

import yaml

from mentorfinder.answers.file import parse_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.matching.expectations import judged
from tests.core.test_panel import assert_well_formed_and_complete

FOLDER = Path(__file__).parent / "personas" / "panel12"
PANEL = yaml.safe_load((FOLDER / "panel.yaml").read_text(encoding="utf-8"))["personas"]
CONTENT = load_content()
SEEDS = range(90001, 90061)  # outside the calibration's 0-9,999 and every test's seed range
# Measured once after the ninth round of fit rules, which was made without these files (43 of 60; 44 at the model
# before the round), then tuned on in the tenth round (52 of 60 after it): a floor, so a change that loses an
# adviser's signature here is seen.
FLOOR = 52


def test_every_answers_file_is_the_random_set_its_name_gives():
    # the advisers were given draws, not people someone made up to fit the model
    assert sorted(p["id"] for p in PANEL) == [f"rand_{seed}" for seed in SEEDS]
    questionnaires = list(CONTENT.questionnaires)
    for seed in SEEDS:
        path = FOLDER / f"rand_{seed}.json"
        parsed = parse_answers(path.read_bytes(), str(path), questionnaires)
        assert parsed.answers == sample_answers(questionnaires, seed), seed


def test_three_advisers_each_read_twenty_and_each_was_reviewed_by_another():
    assert {(p["adviser"], p["reviewer"]) for p in PANEL} == {("at", "aw"), ("au", "ay"), ("av", "ax")}
    assert sorted(sum(p["adviser"] == a for p in PANEL) for a in ("at", "au", "av")) == [20, 20, 20]
    assert {p["half"] for p in PANEL} == {"held_back"}
    assert_well_formed_and_complete(FOLDER, PANEL)


def test_each_first_choice_is_a_kind_its_adviser_accepts():
    kinds = {a.id for a in CONTENT.archetypes.archetypes}
    for persona in PANEL:
        assert persona["first_choice"] in persona["expect"]["top3_allowed"], persona["id"]
        assert persona["reviewer_first_choice"] in kinds, persona["id"]


def test_the_panel_signs_at_least_what_it_signed_when_measured():
    results = judged(CONTENT, FOLDER, PANEL)
    failing = {p["id"]: [f"{key}: {detail}" for key, detail in failures] for p, failures in results if failures}
    assert len(results) - len(failing) >= FLOOR, failing

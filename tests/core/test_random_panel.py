"""The random blind panels (issue 18): random answer sets read as people by advisers, each held back from a round."""

from pathlib import Path

import pytest
import yaml

from mentorfinder.answers.file import parse_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.matching.expectations import judged
from tests.core.test_panel import assert_well_formed_and_complete

PERSONAS = Path(__file__).parent / "personas"
CONTENT = load_content()
# folder: (seeds, outside the calibration's 0-9,999 and every test's seed range; advisers and their reviewers; floor)
# The twelfth was measured once after the ninth round of fit rules, which was made without it (43 of 60; 44 at the
# model before the round), and tuned on in the tenth (52). The fourteenth was written during the tenth round, held
# back from it, and measured once before it (34 of 60, at 2457e3a's model) and once after it (40); tuned on in the
# eleventh round (43).
# The fifteenth was written during the eleventh round, held back from it, and measured once before it (47 of 60, at
# e40cfb1's model, after the tenth round) and once after it (47 again). The twelfth round's rules tuned on all
# fifteen (53, 48, 48; 53, 49, 49 by the judge below).
# The sixteenth was written during the twelfth round, held back from it, and measured once before it (40 of 60 at
# a27a291's model; 39 by the judge before it read an all-less-suited result's first three as its top three) and once
# after it (41; 40 by the earlier judge). The seventeenth, held back from the twelfth, thirteenth and fourteenth
# rounds, was measured once before the thirteenth (40 of 60, after the twelfth) and once after the fourteenth (42; the
# thirteenth changed nothing).
# A floor is what the panel signs now, so a lost signature is seen (the fourteenth and fifteenth each gained one
# when the judge began to read an all-less-suited result's first three: 43 -> 44, 47 -> 48). The fourteenth round
# (no rhythm for a one-off kind within one or two talks) gained one on each: rand_90140 and rand_90218, 49 -> 50.
RANDOM = {
    "panel12": (range(90001, 90061), {("at", "aw"), ("au", "ay"), ("av", "ax")}, 53),
    "panel14": (range(90101, 90161), {("bd", "bg"), ("be", "bh"), ("bf", "bi")}, 50),
    "panel15": (range(90201, 90261), {("bj", "bm"), ("bk", "bn"), ("bl", "bo")}, 50),
    "panel16": (range(90301, 90361), {("bp", "bs"), ("bq", "bt"), ("br", "bu")}, 41),
    "panel17": (range(90401, 90461), {("cb", "ce"), ("cc", "cf"), ("cd", "cg")}, 42),
}


def panel_of(folder: str) -> list[dict]:
    """The panel's people, as its advisers wrote them."""
    return yaml.safe_load((PERSONAS / folder / "panel.yaml").read_text(encoding="utf-8"))["personas"]


@pytest.mark.parametrize("folder", sorted(RANDOM))
def test_every_answers_file_is_the_random_set_its_name_gives(folder):
    # the advisers were given draws, not people someone made up to fit the model
    seeds, _, _ = RANDOM[folder]
    assert sorted(p["id"] for p in panel_of(folder)) == [f"rand_{seed}" for seed in seeds]
    questionnaires = list(CONTENT.questionnaires)
    for seed in seeds:
        path = PERSONAS / folder / f"rand_{seed}.json"
        parsed = parse_answers(path.read_bytes(), str(path), questionnaires)
        assert parsed.answers == sample_answers(questionnaires, seed), seed


@pytest.mark.parametrize("folder", sorted(RANDOM))
def test_three_advisers_each_read_twenty_and_each_was_reviewed_by_another(folder):
    _, pairs, _ = RANDOM[folder]
    panel = panel_of(folder)
    assert {(p["adviser"], p["reviewer"]) for p in panel} == pairs
    assert sorted(sum(p["adviser"] == a for p in panel) for a, _ in pairs) == [20, 20, 20]
    assert {p["half"] for p in panel} == {"held_back"}
    assert_well_formed_and_complete(PERSONAS / folder, panel)


@pytest.mark.parametrize("folder", sorted(RANDOM))
def test_each_first_choice_is_a_kind_its_adviser_accepts(folder):
    kinds = {a.id for a in CONTENT.archetypes.archetypes}
    for persona in panel_of(folder):
        assert persona["first_choice"] in persona["expect"]["top3_allowed"], persona["id"]
        assert persona["reviewer_first_choice"] in kinds, persona["id"]


@pytest.mark.parametrize("folder", sorted(RANDOM))
def test_the_panel_signs_at_least_what_it_signed_when_measured(folder):
    _, _, floor = RANDOM[folder]
    results = judged(CONTENT, PERSONAS / folder, panel_of(folder))
    failing = {p["id"]: [f"{key}: {detail}" for key, detail in failures] for p, failures in results if failures}
    assert len(results) - len(failing) >= floor, failing

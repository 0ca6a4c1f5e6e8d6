"""The judge of an adviser's expectations reads the top three the person is given, even when no kind fits well."""

from pathlib import Path

import pytest

from mentorfinder.answers.file import parse_answers
from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate
from mentorfinder.matching.expectations import top_three, unmet
from mentorfinder.matching.model import LESS_SUITED

CONTENT = load_content()
# A random answer set (seed 90227) who can give only one or two talks, online: the four kinds left all score under the
# last label, so every match is "less suited". The PDF, next steps and a workshop share still put the first three
# first (model.top_matches), and that is the recommendation an adviser reads. Since the fourteenth round the Flash
# mentor is not scored on a rhythm within one or two talks, so it comes first (32.7), then the Connector (29.5) and the
# outsider (26.9).
ANSWERS = Path(__file__).parent / "personas" / "panel15" / "rand_90227.json"


@pytest.fixture(scope="module")
def result():
    answers = parse_answers(ANSWERS.read_bytes(), str(ANSWERS), list(CONTENT.questionnaires)).answers
    return evaluate(CONTENT, answers)


def test_when_every_match_is_less_suited_the_top_three_are_the_first_three_given(result):
    assert {m.label for m in result.shortlist} == {LESS_SUITED}
    assert top_three(result) == ["flash_mentor", "connector", "cross_field_outsider"]


def test_an_insisted_kind_among_those_three_is_met(result):
    expect = {"top3_includes": ["flash_mentor"], "top3_allowed": ["connector", "flash_mentor", "cross_field_outsider"]}
    expect |= {"not_top3": ["sponsor"], "network_covers": []}
    assert unmet(expect, result) == []
    expect["top3_includes"] = ["accountability_partner"]
    assert unmet(expect, result) == [("top3_includes", "none of ['accountability_partner'] is in the top three")]

"""A kind of mentor for one focused conversation has no rhythm: for someone who can give only one or two talks, how
often they would like to talk and how fast they want replies between talks do not count against it (issue 18)."""

import copy
import json
from pathlib import Path

from mentorfinder.content.load import load_content
from mentorfinder.evaluate import evaluate

CONTENT = load_content()
PERSONA = Path(__file__).parent / "personas" / "online_single_conversation.json"
BASE = json.loads(PERSONA.read_text(encoding="utf-8"))["answers"]


def availability_of(result, kind):
    return next(m for m in result.shortlist if m.archetype == kind).components["availability"]


def with_time(**time):
    answers = copy.deepcopy(BASE)
    answers["availability"].update(time)
    return evaluate(CONTENT, answers, explain=False)


# Only one or two talks, yet every week, ten hours a month and same-day replies: frequency 100%, horizon 0%
# (one_or_two_talks 0 of 4; quick_answer 5, reverse-keyed, 0), responsiveness 100%.
ONE_OR_TWO_WEEKLY = {
    "how_often": "weekly",
    "hours_per_month": 10,
    "commitment_length": "one_or_two_talks",
    "quick_answer": 5,
    "reply_time": "same_day",
    "quick_questions": 5,
}


def test_a_flash_mentor_is_scored_on_the_one_or_two_talks_not_on_a_rhythm_it_has_no_room_for():
    result = with_time(**ONE_OR_TWO_WEEKLY)
    assert [result.profile[d].percent for d in ("frequency", "horizon", "responsiveness")] == [100.0, 0.0, 100.0]
    # before: frequency 1 × (0 − 50)/30 capped −1, counted twice: −2; responsiveness 1 × (10 − 50)/30 → −1: −2;
    # horizon −1 × −1 = 1; 50 + 50 × (−2 − 2 + 1)/3 = −0, floored at 0. Now horizon alone: 50 + 50 × 1 = 100.
    assert availability_of(result, "flash_mentor") == 100.0


def test_kinds_that_can_work_over_time_keep_their_rhythm():
    result = with_time(**ONE_OR_TWO_WEEKLY)
    # the Connector (one-off, short or ongoing): frequency 1 × (15 − 50)/30 → −1, twice: −2; horizon −1 × −0.5 =
    # 0.5 (target 35); responsiveness 1 × (55 − 50)/30 = 1/6; 50 + 50 × (−2 + 0.5 + 1/6)/3 = 27.78
    assert availability_of(result, "connector") == 27.8
    # the Cross-field outsider (one-off or short): −2; 0.5; 1 × (35 − 50)/30 = −0.5, twice: −1;
    # 50 + 50 × (−2 + 0.5 − 1)/3 = 8.33
    assert availability_of(result, "cross_field_outsider") == 8.3


def test_near_miss_a_few_weeks_keeps_the_rhythm_for_the_flash_mentor_too():
    # "A few weeks" is no must-have (the Flash mentor stays on the list), so how often still counts:
    # frequency −2, responsiveness −2, horizon: commitment 1 of 4 → 25% and quick_answer 0% → 12.5%, lean −0.75,
    # × −1 = 0.75; 50 + 50 × (−2 − 2 + 0.75)/3 = −4.2, floored at 0
    result = with_time(**{**ONE_OR_TWO_WEEKLY, "commitment_length": "few_weeks"})
    assert result.profile["horizon"].percent == 12.5
    assert availability_of(result, "flash_mentor") == 0.0

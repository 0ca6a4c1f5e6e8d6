"""Workshop mode's results: finishing, sharing exactly the SharedResult, sharing again, withdrawing, the breakdown."""

import json
import os
import sqlite3
from collections import Counter

import test_workshop
from apphelpers import answers_for, button, markdown_text, open_whatif, seeded
from test_workshop import facilitator_page

from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import translate
from mentorfinder.workshop import MIN_SHARED, SMALL_CELL, SharedResult, StoredShare
from mentorfinder.workshop.shared import stored
from ui import nav, state
from ui.workshop_charts import dimension_labels

store = test_workshop.store  # the fixture: a fresh SQLite file for the app and the test
SHARE, AGAIN, WITHDRAW = (
    "Share my anonymous result with the group",
    "Share again with my current result",
    "Withdraw my result",
)


def stored_results():
    """What the test's database holds for participants: {participant id: shared JSON or None}."""
    with sqlite3.connect(os.environ["MENTORFINDER_WORKSHOP_DB"]) as db:
        rows = db.execute("SELECT id, result FROM participants").fetchall()
    return {pid: (json.loads(result) if result else None) for pid, result in rows}


def rounded(shared):
    """What the store keeps of a share: the thirds of its needs, style and time, its top three and network."""
    return stored(shared)


def in_workshop(at, store_, answers, page=nav.MATCHES.script):
    """A participant of a new workshop with these answers, on a results page."""
    new = store_.create("Room 4")
    participant = store_.join(new.code)
    at.session_state[state.WORKSHOP] = (new.code, participant)
    seeded(at, answers, page)
    return new, participant


def test_sharing_stores_exactly_the_shared_result_of_the_answers(at, store, content):
    answers = answers_for(content, seed=3)
    new, participant = in_workshop(at, store, answers)
    assert store.group(new.code, new.key).finished == 1  # reaching the results marks them finished
    assert stored_results() == {participant: None}
    button(at, SHARE).click().run()
    expected = rounded(SharedResult.from_result(evaluate(content, answers)))
    assert StoredShare.from_json(stored_results()[participant]) == expected
    assert at.success[-1].value == "Shared: the group's picture includes your anonymous result."
    group = store.group(new.code, new.key)
    assert (group.joined, group.finished, group.shared) == (1, 1, 1)


def test_sharing_twice_keeps_one_row_with_the_newer_result(at, store, content):
    answers = answers_for(content, seed=3)
    new, participant = in_workshop(at, store, answers)
    button(at, SHARE).click().run()
    open_whatif(at)
    at.slider(key=state.weight_key("needs")).set_value(0).run()  # the ranking on the page changes
    assert at.warning[-1].value == "Your result has changed since you shared it. Share again to update it."
    button(at, AGAIN).click().run()
    weights = at.session_state[state.WEIGHTS]
    expected = rounded(SharedResult.from_result(evaluate(content, answers, weights)))
    held = stored_results()
    assert list(held) == [participant] and StoredShare.from_json(held[participant]) == expected
    assert store.group(new.code, new.key).shared == 1


def test_withdrawing_removes_the_shared_result(at, store, content):
    new, participant = in_workshop(at, store, answers_for(content, seed=3))
    button(at, SHARE).click().run()
    button(at, WITHDRAW).click().run()
    assert stored_results() == {participant: None}
    assert store.group(new.code, new.key).shared == 0
    assert at.info[-1].value == "Withdrawn: nothing of yours is in the group's picture now."
    assert button(at, SHARE)  # sharing is offered again


def test_alone_there_is_no_share_section(at, content):
    seeded(at, answers_for(content, seed=3), nav.MATCHES.script)
    assert "Share with your workshop" not in [h.value for h in at.header]
    assert not [b for b in at.button if b.label == SHARE]


def chart_data(at, index):
    """The first trace of the page's index-th Plotly chart: (x, y)."""
    trace = json.loads(at.get("plotly_chart")[index].proto.spec)["data"][0]
    return trace["x"], trace["y"]


def test_the_breakdown_appears_only_from_three_shared(at, store, content):
    new = store.create("Room 4")
    results = [SharedResult.from_result(evaluate(content, answers_for(content, seed=s))) for s in (11, 12, 13)]
    for shared in results[: MIN_SHARED - 1]:
        store.share(new.code, store.join(new.code), shared)
    facilitator_page(at, new.code, new.key)
    assert [m.value for m in at.metric] == ["2", "2", "2"]  # sharing counts as finishing
    assert not at.get("plotly_chart")
    waiting = [h.proto.body for h in at.get("html") if h.proto.body.startswith('<p class="ws-wait"')]
    assert waiting == ['<p class="ws-wait">Results appear when 3 people have shared (2 so far).</p>']

    store.share(new.code, store.join(new.code), results[-1])
    at.run()
    assert [m.value for m in at.metric] == ["3", "3", "3"]
    assert len(at.get("plotly_chart")) == 3
    firsts = Counter(r.top3[0] for r in results)
    names = {a.id: translate(a.name) for a in content.archetypes.archetypes}
    x, y = chart_data(at, 0)
    assert dict(zip([name.replace("<br>", " ") for name in y], x, strict=True)) == {
        names[a]: n for a, n in firsts.items() if n >= SMALL_CELL
    }
    stacks = json.loads(at.get("plotly_chart")[1].proto.spec)["data"]
    labels = {d.id: translate(d.label) for q in content.questionnaires for d in q.dimensions}
    picture = store.group(new.code, new.key).breakdown
    for need, counts in picture.needs.items():  # each third's bar holds that third's count of people
        row = stacks[0]["y"].index(labels[need])
        assert [trace["x"][row] for trace in stacks] == list(counts)
    assert set(picture.needs) | set(picture.spread) | set(picture.withheld) == {
        d for d, (_label, group) in dimension_labels(content).items() if group in ("needs", "style", "availability")
    }
    at.toggle(key=state.TYPICAL).set_value(True).run()
    typical = [names[a] for a in store.group(new.code, new.key).breakdown.typical_network]
    assert "\n".join(f"- {n}" for n in typical) in markdown_text(at)


def test_a_room_back_below_three_then_up_again_says_the_picture_comes_with_the_next_changes(at, store, content):
    new = store.create("Room 4")
    results = [SharedResult.from_result(evaluate(content, answers_for(content, seed=s))) for s in (11, 12, 13)]
    people = [store.join(new.code) for _ in results]
    for person, result in zip(people, results, strict=True):
        store.share(new.code, person, result)
    store.withdraw(new.code, people[2])
    assert store.group(new.code, new.key).breakdown is None  # three people changed, two shares left: no picture
    store.share(new.code, people[2], results[2])  # three shares again, but one person's change alone
    facilitator_page(at, new.code, new.key)
    assert [m.value for m in at.metric] == ["3", "3", "3"]
    waiting = [h.proto.body for h in at.get("html") if h.proto.body.startswith('<p class="ws-wait"')]
    # not "when 3 people have shared (3 so far)": the picture is made once 3 people have changed their share
    assert waiting == [
        '<p class="ws-wait">3 people have shared. The group&#x27;s picture appears once 3 people have shared, '
        "shared again or withdrawn since it was last made.</p>"
    ]


def test_after_a_reload_a_shared_result_can_still_be_withdrawn(store, content):
    # found by the travel walks (issue 20): whether this person had shared lived only in the session, so after a
    # reload or in a new tab the page offered the first share again and no Withdraw, while the store held the share
    from apphelpers import APP
    from streamlit.testing.v1 import AppTest

    answers = answers_for(content, seed=3)
    before = AppTest.from_file(APP, default_timeout=30)
    new, participant = in_workshop(before, store, answers)
    button(before, SHARE).click().run()
    after = AppTest.from_file(APP, default_timeout=30)  # the reload: a new session, the same participant
    after.session_state[state.WORKSHOP] = (new.code, participant)
    seeded(after, answers, nav.MATCHES.script)
    labels = [b.label for b in after.button]
    assert WITHDRAW in labels and SHARE not in labels and AGAIN in labels
    assert after.success[-1].value == "Shared: the group's picture includes your anonymous result."
    button(after, WITHDRAW).click().run()
    assert stored_results() == {participant: None}

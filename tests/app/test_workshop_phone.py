"""A participant's workshop on a phone: Share where it can be found (under the first three matches, not after every
card), Withdraw offered only once something is shared, a true sentence about who sees the totals, and Start above
the workshop box on the welcome page."""

from apphelpers import answers_for, button, markdown_text
from test_workshop_share import SHARE, WITHDRAW, in_workshop, store  # noqa: F401 - `store` is a fixture

from ui import state
from ui.results import CARDS


def walk(node):
    """Every element under `node`, in the order the page draws them."""
    for child in getattr(node, "children", {}).values():
        yield child
        yield from walk(child)


def test_share_sits_under_the_first_matches_and_withdraw_only_after_sharing(at, store, content):  # noqa: F811
    in_workshop(at, store, answers_for(content, seed=3))
    order = [getattr(e, "label", None) or getattr(e, "value", None) for e in walk(at.main)]
    share = order.index(SHARE)
    expanders = [(i, e.label) for i, e in enumerate(walk(at.main)) if getattr(e, "type", "") == "expander"]
    full = [i for i, label in expanders if label.startswith("More about")]  # one in each full card
    rows = [i for i, label in expanders if i > full[-1]]  # every other match, one row each
    assert len(full) == CARDS and rows
    assert full[-1] < share < rows[0]  # after the third full card, before the rest of the list
    assert WITHDRAW not in [b.label for b in at.button]  # nothing shared yet: nothing to withdraw
    button(at, SHARE).click().run()
    assert WITHDRAW in [b.label for b in at.button]


def test_the_sentence_about_who_sees_the_totals_is_true(at, store, content):  # noqa: F811
    in_workshop(at, store, answers_for(content, seed=3))
    said = markdown_text(at)
    assert "Only the facilitator sees the group's totals" not in said
    assert "The group's counts are shown to the whole room on the projector, only once at least 3" in said


def test_start_comes_before_the_workshop_box_on_welcome(at, store):  # noqa: F811
    new = store.create("Room 4")
    at.query_params[state.URL_JOIN] = new.code
    at.run()
    labels = [getattr(e, "label", None) for e in walk(at.main)]
    assert labels.index("Start") < labels.index("Leave the workshop")

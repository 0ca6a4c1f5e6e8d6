"""Profile, matches and next steps, each opened mid-flow with complete answers: assert on what is shown."""

import itertools
import math

from apphelpers import answers_for, card_names, download_pdf, markdown_text, open_whatif, seeded, unescape

from mentorfinder.evaluate import evaluate
from mentorfinder.i18n.words import translate
from mentorfinder.matching.model import DEFAULT_WEIGHTS, LESS_SUITED
from mentorfinder.present.rules import whole_percent
from mentorfinder.present.summary import profile_summary
from ui import nav, state


def test_profile_shows_summary_charts_and_a_table_for_each(at, content):
    answers = answers_for(content, seed=4)
    seeded(at, answers, nav.PROFILE.script)
    result = evaluate(content, answers)
    assert at.title[0].value == "Your profile"
    shown = markdown_text(at)
    for sentence in profile_summary(result.profile):
        assert sentence in shown
    charts = at.get("plotly_chart")
    expanders = [e.label for e in at.expander]
    assert len(charts) == 5 and len([e for e in expanders if e.endswith(" as a table")]) == 5
    assert "What you need from a mentor as a table" in expanders
    for need in (d for d in result.profile.values() if d.group == "needs"):
        # the table alternative, row by row, rounded half up as people do (10.5 -> 11, where :.0f gives 10)
        assert f"| {need.label} | {math.floor(need.percent + 0.5)}% |" in shown


def test_matches_ranks_exactly_as_the_core(at, content):
    answers = answers_for(content, seed=5)
    seeded(at, answers, nav.MATCHES.script)
    expected = [m.name for m in evaluate(content, answers).shortlist]
    assert card_names(at) == expected[:3]  # full cards; the rest are rows (tests/app/test_matches_page.py)
    top = evaluate(content, answers).shortlist[0]
    assert f"{whole_percent(top.percent)} · " in markdown_text(at)
    for line in top.why:
        assert line in markdown_text(at)


def test_what_if_sliders_rerank_at_once(at, content):
    answers = answers_for(content, seed=6)
    seeded(at, answers, nav.MATCHES.script)
    open_whatif(at)
    at.slider(key=state.weight_key("needs")).set_value(0).run()
    at.slider(key=state.weight_key("style")).set_value(100).run()
    weights = dict(DEFAULT_WEIGHTS, needs=0.0, style=100.0)
    assert card_names(at) == [m.name for m in evaluate(content, answers, weights).shortlist][:3]
    assert at.session_state[state.WEIGHTS] == weights
    next(b for b in at.button if b.label == "Back to the standard weights").click().run()
    assert card_names(at) == [m.name for m in evaluate(content, answers).shortlist][:3]


def test_must_have_excludes_with_the_reason_shown(at, content):
    answers = answers_for(content, seed=7, availability={"meeting_mode": "only_online"})
    seeded(at, answers, nav.MATCHES.script)
    result = evaluate(content, answers)
    assert result.excluded, "only-online should rule out an in-person archetype"
    shown = markdown_text(at)
    for excluded in result.excluded:
        assert f"{excluded.name}: {excluded.reason}" in shown
        assert excluded.name not in card_names(at)


def test_network_and_detail_view(at, content):
    answers = answers_for(content, seed=8)
    seeded(at, answers, nav.MATCHES.script)
    result = evaluate(content, answers)
    shown = markdown_text(at)
    for member in result.network:
        assert member.name in shown
    top = next(a for a in content.archetypes.archetypes if a.id == result.shortlist[0].archetype)
    more = f"More about {result.shortlist[0].name}: where to find one, what to ask"
    assert more in [unescape(e.label) for e in at.expander]
    where = translate(top.where_to_find[0])
    assert where not in shown  # closed: its detail is not sent (ui/results.on_demand)
    at.session_state[f"more-{top.id}"] = True  # the person opens it: the page reruns and draws the detail in it
    at.run()
    box = next(e for e in at.expander if unescape(e.label) == more)
    assert where in unescape("\n".join(m.value for m in box.markdown))


def test_the_rows_detail_is_drawn_only_while_its_expander_is_open(at, content):
    """Every other match's reasons and detail (about 20,000 characters) were sent collapsed on every rerun."""
    answers = answers_for(content, seed=1)
    seeded(at, answers, nav.MATCHES.script)
    rows = evaluate(content, answers).shortlist[3:]
    first_part = list(itertools.takewhile(lambda m: (m.label == LESS_SUITED) == (rows[0].label == LESS_SUITED), rows))
    assert "Typical style:" not in markdown_text(at)  # no card's or row's detail sent while closed
    at.session_state["rows-4"] = True  # the person opens the first rows' detail
    at.run()
    why = "Why, what to watch for and where to find each of these"
    box = next(e for e in at.expander if e.label == why)
    shown = unescape(box.markdown[0].value)
    assert shown.startswith(f"**4. {rows[0].name} — ")
    assert shown.count("Typical style:") == len(first_part)
    assert markdown_text(at).count("Typical style:") == len(first_part)  # the other expanders stay closed


def test_next_steps_shows_personal_tips_and_downloads(at, content):
    answers = answers_for(content, seed=9)
    seeded(at, answers, nav.NEXT_STEPS.script)
    result = evaluate(content, answers)
    shown = markdown_text(at)
    assert result.tips
    for tip in result.tips:
        assert tip.text in shown
    labels = [unescape(b.label) for b in at.get("download_button")]
    assert "Download answers (JSON, to come back later)" in labels
    assert "Download PDF" in labels and "Prepare PDF" not in [b.label for b in at.button]  # one click, no Prepare


def test_the_pdf_uses_the_what_if_weights_shown(at, content):
    import io

    from pypdf import PdfReader

    answers = answers_for(content, seed=9)
    weights = {"needs": 0.0, "style": 0.0, "availability": 100.0, "fit": 0.0}
    at.session_state[state.WEIGHTS] = weights
    seeded(at, answers, nav.NEXT_STEPS.script)
    pdf = download_pdf(at)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    reweighted, default = evaluate(content, answers, weights), evaluate(content, answers)
    top, unweighted = reweighted.shortlist[0], {m.archetype: m for m in default.shortlist}
    assert round(top.percent) != round(unweighted[top.archetype].percent)  # the weights matter here
    words = " ".join(text.split())
    label = top.label.upper()
    assert f"1 {top.name} {label} FIT{whole_percent(top.percent)}" in words  # the card as pypdf reads it
    assert whole_percent(unweighted[top.archetype].percent) not in words.split(top.name, 1)[1][:40]


def test_results_wait_for_missing_answers(at, content):
    answers = answers_for(content, seed=1)
    del answers["goals"]["stage"]
    seeded(at, answers, nav.MATCHES.script)
    assert "still need an answer" in at.info[0].value
    assert card_names(at) == []

"""Worth a second look and In your own words, on the profile and matches pages, shown as plain text."""

from apphelpers import answers_for, markdown_text, seeded

from mentorfinder.evaluate import evaluate
from ui import nav

GOAL = "Move into *UX research* within a year — [a public-sector team](http://x.example) # ideally"
TRUST = "Respect my <b>faith</b> and that I care for my mother on weekends_"
CONTRADICTION = {
    "availability": {"how_often": "weekly", "hours_per_month": 0, "which_times": ["weekday_evenings", "weekends"]},
    "fit": {"trust_needs": TRUST},
    "goals": {"goal_in_words": GOAL},
}
MESSAGE = "You want to talk every week, but you have an hour a month or less. We matched you on the time you have."


def test_profile_shows_the_fired_check_and_the_three_own_words_texts(at, content):
    answers = answers_for(content, seed=4, **CONTRADICTION)
    seeded(at, answers, nav.PROFILE.script)
    shown = markdown_text(at)
    assert MESSAGE in shown
    assert "You answered ‘Every week’ to “How often would you like to talk with your mentor?”" in shown
    assert "You answered 0 hours a month to “About how many hours a month" in shown
    headings = [h.value for h in at.header]  # h2 sections under the page title
    assert "Worth a second look" in headings and "In your own words" in headings
    # the person's words exactly as typed: markdown and HTML in them are shown, never run
    assert GOAL in shown and TRUST in shown
    assert "‘Weekday evenings’ and ‘Weekends’" in shown
    assert "What you want a mentor to help you achieve" in shown
    assert "What a mentor should know to earn your trust" in shown
    assert "Times of the week that usually work for you" in shown
    assert not any("<b>" in m.value and "\\<b\\>" not in m.value for m in at.markdown)


def test_matches_page_shows_the_fired_check(at, content):
    answers = answers_for(content, seed=4, **CONTRADICTION)
    seeded(at, answers, nav.MATCHES.script)
    assert MESSAGE in markdown_text(at)
    assert [c.id for c in evaluate(content, answers).checks][:1] == ["often_without_time"]


def test_no_notice_when_nothing_pulls_different_ways(at, content):
    answers = answers_for(content, seed=4, availability={"how_often": "monthly", "hours_per_month": 4})
    answers["fit"].update(mostly_receive=2, trust_needs="")
    assert evaluate(content, answers).checks == []
    seeded(at, answers, nav.PROFILE.script)
    assert "Worth a second look" not in [h.value for h in at.header]
    assert "What a mentor should know to earn your trust" not in markdown_text(at)

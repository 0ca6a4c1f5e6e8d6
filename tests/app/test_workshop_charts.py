"""The projector view's charts in every language: a label longer than any English one takes two lines instead of
squeezing the bars of its third of the projector."""

from mentorfinder.content import load_content
from ui.workshop_charts import LABEL_WRAP, dimension_labels, dimension_poles, needs_chart, spread_chart, wrapped

NEEDS = {"skills": 60.0, "guidance": 50.0}


def test_a_long_spanish_need_label_takes_two_lines_and_english_stays_on_one():
    content = load_content()
    spanish = needs_chart(NEEDS, dimension_labels(content, "es"), "es")
    assert list(spanish.data[0].y) == ["Orientación personal", "Habilidades y<br>conocimientos"]  # highest at top
    english = needs_chart(NEEDS, dimension_labels(content, "en"), "en")
    assert list(english.data[0].y) == ["Personalised guidance", "Skills and knowledge"]


def test_no_dimension_label_runs_past_the_wrap_in_any_language():
    content = load_content()
    for language in ("en", "es"):
        labels = dimension_labels(content, language)
        spread = {d: (25.0, 50.0, 75.0) for d, (_label, group) in labels.items() if group in ("style", "availability")}
        names = list(spread_chart(spread, labels, language).layout.yaxis.ticktext)
        needs = needs_chart({d: 10.0 for d, (_l, g) in labels.items() if g == "needs"}, labels, language).data[0].y
        for label in [*names, *needs]:
            assert max(len(line) for line in label.split("<br>")) <= LABEL_WRAP, (language, label)


def test_wrapping_keeps_whole_words():
    assert wrapped("Navigating challenges") == "Navigating challenges"  # 21 characters: one line
    assert wrapped("Habilidades y conocimientos") == "Habilidades y<br>conocimientos"
    assert wrapped("") == ""


def test_style_and_time_names_what_each_end_means_under_that_end():
    content = load_content()
    labels = dimension_labels(content, "en")
    spread = {"directness": (25.0, 40.0, 55.0), "structure": (50.0, 60.0, 70.0)}
    figure = spread_chart(spread, labels, "en", dimension_poles(content, "en"))
    ends = [(a.x, a.xanchor, a.text) for a in figure.layout.annotations]
    assert ends == [
        (0, "left", "hints and room to find your own way"),  # 55 characters together: one line
        (100, "right", "clear, direct advice"),
        (0, "left", "relaxed, open talks"),  # 57 together: each wrapped to its half
        (100, "right", "talks with a plan and clear<br>next steps"),
    ]
    assert list(figure.layout.yaxis.ticktext) == ["Directness", "Structure"]
    assert figure.layout.xaxis.range == (-3, 103)  # a diamond at 0 or 100 stays inside, clear of the names

"""The projector view's charts in every language: a label longer than any English one takes two lines instead of
squeezing the bars of its third of the projector."""

from mentorfinder.content import load_content
from ui.workshop_charts import LABEL_WRAP, dimension_labels, thirds_chart, wrapped

NEEDS = {"skills": (3, 0, 4), "guidance": (0, 7, 0)}


def test_a_long_spanish_need_label_takes_two_lines_and_english_stays_on_one():
    content = load_content()
    spanish = thirds_chart(NEEDS, dimension_labels(content, "es"), "Necesidades", "es")
    assert list(spanish.data[0].y) == ["Orientación personal", "Habilidades y<br>conocimientos"]  # questionnaire order
    english = thirds_chart(NEEDS, dimension_labels(content, "en"), "Needs", "en")
    assert list(english.data[0].y) == ["Personalised guidance", "Skills and knowledge"]


def test_the_thirds_chart_stacks_the_counts_of_each_third_and_prints_them():
    english = thirds_chart(NEEDS, dimension_labels(load_content(), "en"), "Needs", "en")
    assert [trace.name for trace in english.data] == ["low", "middle", "high"]
    assert [list(trace.x) for trace in english.data] == [[0, 3], [7, 0], [0, 4]]
    assert [list(trace.text) for trace in english.data] == [["", "3"], ["7", ""], ["", "4"]]  # no "0" printed
    spanish = thirds_chart(NEEDS, dimension_labels(load_content(), "es"), "Necesidades", "es")
    assert [trace.name for trace in spanish.data] == ["bajo", "medio", "alto"]


def test_no_dimension_label_runs_past_the_wrap_in_any_language():
    content = load_content()
    for language in ("en", "es"):
        labels = dimension_labels(content, language)
        spread = {d: (3, 3, 3) for d, (_label, group) in labels.items() if group in ("style", "availability")}
        names = [y for y in thirds_chart(spread, labels, "", language).data[1].y]
        needs = thirds_chart({d: (0, 5, 0) for d, (_l, g) in labels.items() if g == "needs"}, labels, "", language)
        needs = needs.data[0].y
        for label in [*names, *needs]:
            assert max(len(line) for line in label.split("<br>")) <= LABEL_WRAP, (language, label)


def test_wrapping_keeps_whole_words():
    assert wrapped("Navigating challenges") == "Navigating challenges"  # 21 characters: one line
    assert wrapped("Habilidades y conocimientos") == "Habilidades y<br>conocimientos"
    assert wrapped("") == ""

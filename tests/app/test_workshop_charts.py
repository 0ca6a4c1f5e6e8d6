"""The projector view's charts in every language: a label longer than any English one takes two lines instead of
squeezing the bars of its third of the projector, and style and time says what each end of a scale means."""

from mentorfinder.content.load import load_content
from ui.workshop_charts import (
    BAR,
    LABEL_WRAP,
    LINE,
    dimension_labels,
    dimension_poles,
    thirds_chart,
    top_kinds_chart,
    wrapped,
)

NEEDS = {"skills": (3, 0, 4), "guidance": (0, 7, 0)}


def test_a_long_spanish_need_label_takes_two_lines_and_english_stays_on_one():
    content = load_content()
    spanish = thirds_chart(NEEDS, dimension_labels(content, "es"), "Necesidades", "es")
    assert list(spanish.data[0].y) == [
        "Orientación<br>personalizada",
        "Desarrollo de<br>habilidades",
    ]  # questionnaire order
    english = thirds_chart(NEEDS, dimension_labels(content, "en"), "Needs", "en")
    assert list(english.data[0].y) == ["Personalised guidance", "Skills and knowledge"]


def test_the_thirds_chart_stacks_the_counts_of_each_third_and_prints_them():
    english = thirds_chart(NEEDS, dimension_labels(load_content(), "en"), "Needs", "en")
    assert [trace.name for trace in english.data] == ["low", "middle", "high"]
    assert [list(trace.x) for trace in english.data] == [[0, 3], [7, 0], [0, 4]]
    assert [list(trace.text) for trace in english.data] == [["", "3"], ["7", ""], ["", "4"]]  # no "0" printed
    spanish = thirds_chart(NEEDS, dimension_labels(load_content(), "es"), "Necesidades", "es")
    assert [trace.name for trace in spanish.data] == ["bajo", "medio", "alto"]
    assert english.layout.annotations == ()  # needs have no two poles: nothing printed under their bars


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


def test_style_and_time_names_what_each_end_means_under_that_end():
    content = load_content()
    spread = {"structure": (1, 2, 3), "directness": (3, 3, 0)}
    english = thirds_chart(spread, dimension_labels(content, "en"), "", "en", dimension_poles(content, "en"))
    assert [(a.x, a.xref, a.xanchor, a.text) for a in english.layout.annotations] == [
        (0, "paper", "left", "hints and room to find your own way"),  # the questionnaire's order: directness first
        (1, "paper", "right", "clear, direct advice"),
        (0, "paper", "left", "relaxed, open talks"),
        (1, "paper", "right", "talks with a plan and clear next steps"),  # 57 characters together: one line
    ]
    assert list(english.layout.yaxis.ticktext) == ["Directness", "Structure"]
    rows = list(english.data[0].y)  # each row's bar centre, in pixels from the top of the plot
    assert [(a.y, a.yanchor) for a in english.layout.annotations] == [(y + BAR / 2, "top") for y in rows for _ in "lh"]
    assert english.layout.xaxis.range == (0, 6)  # each bar the whole width: low words under its left end

    spanish = thirds_chart(spread, dimension_labels(content, "es"), "", "es", dimension_poles(content, "es"))
    assert [a.text for a in spanish.layout.annotations] == [  # too long to share a line: each wrapped to its half
        "pistas y margen para<br>encontrar tu propio camino",
        "consejos claros y directos",
        "charlas abiertas y relajadas",
        "charlas con un plan y<br>próximos pasos claros",
    ]
    below = list(spanish.data[0].y)  # a row with a second line of words is one line taller
    assert below[1] - below[0] == rows[1] - rows[0] + LINE


def test_every_style_and_time_dimension_has_its_two_ends_in_both_languages():
    content = load_content()
    for language in ("en", "es"):
        labels, poles = dimension_labels(content, language), dimension_poles(content, language)
        spread = [d for d, (_label, group) in labels.items() if group in ("style", "availability")]
        assert len(spread) == 8 and all(poles[d][0] and poles[d][1] for d in spread), language


def test_an_end_too_long_for_its_half_is_split_into_two_even_lines_never_one_word_alone():
    content = load_content()
    chart = thirds_chart(
        {"frequency": (6, 0, 3)}, dimension_labels(content, "es"), "", "es", dimension_poles(content, "es")
    )
    assert [a.text for a in chart.layout.annotations] == [
        "charlas solo de<br>vez en cuando",
        "charlas cada<br>semana o cada dos",
    ]


def test_with_no_kind_first_for_three_people_the_chart_says_so_instead_of_drawing_an_empty_axis():
    empty = top_kinds_chart([], {}, "Primera opción (personas)", language="es")
    assert [a.text for a in empty.layout.annotations] == [
        "Ningún tipo de mentor es<br>todavía la primera opción de 3<br>personas o más."  # 30 a line
    ]
    assert (empty.layout.xaxis.visible, empty.layout.yaxis.visible) == (False, False)  # no -1 to -6, no 0 to 1
    drawn = top_kinds_chart([("sponsor", 4)], {"sponsor": "Sponsor"}, "First choice (people)")
    assert drawn.layout.annotations == () and list(drawn.data[0].y) == ["Sponsor"]


def test_one_need_drawn_is_one_bar_of_the_usual_thickness_at_the_top_not_a_block_filling_the_chart():
    chart = thirds_chart({"skills": (3, 3, 3)}, dimension_labels(load_content(), "en"), "Needs", "en")
    assert chart.layout.yaxis.range == (6.5, -0.5)  # room for seven rows, the first at the top

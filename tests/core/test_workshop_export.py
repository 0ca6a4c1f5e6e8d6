"""The facilitator's downloads: the aggregate CSV (no participant rows, formulas neutralised) and the one-page PDF."""

import csv
import io

from pypdf import PdfReader

from mentorfinder.workshop import SharedResult

TITLE = '=HYPERLINK("http://evil.example","Click")'
GROUPS = {"guidance": "needs", "skills": "needs", "directness": "style", "frequency": "availability"}
PEOPLE = [
    ({"guidance": 20.0, "skills": 50.0, "directness": 10.0, "frequency": 30.0}, ["sponsor", "connector"]),
    ({"guidance": 40.0, "skills": 70.0, "directness": 40.0, "frequency": 50.0}, ["connector", "sponsor"]),
    ({"guidance": 90.0, "skills": 60.0, "directness": 70.0, "frequency": 70.0}, ["sponsor", "skills_coach"]),
]


def room(store, shared: int = 3):
    new = store.create(TITLE)
    ids = [store.join(new.code)]  # one who joined and never shared
    for dims, top in PEOPLE[:shared]:
        ids.append(store.join(new.code))
        store.share(new.code, ids[-1], SharedResult(dims, top, ["connector", "sponsor"], {d: GROUPS[d] for d in dims}))
    return new, ids


def test_the_csv_holds_the_aggregate_only_with_the_title_neutralised(workshop_store, shipped):
    new, ids = room(workshop_store)
    text = workshop_store.aggregate_csv(new.code, new.key, shipped)
    assert [row for row in csv.reader(io.StringIO(text))] == [
        ["section", "id", "name", "value", "lower_quartile", "median", "upper_quartile"],
        ["workshop", "title", "'" + TITLE],
        ["workshop", "code", new.code],
        ["workshop", "status", "open"],
        ["workshop", "expires_at", "2026-03-16T09:30:00+00:00"],
        ["workshop", "exported_at", "2026-03-02T09:30:00+00:00"],
        ["count", "joined", "", "4"],
        ["count", "finished", "", "3"],
        ["count", "shared", "", "3"],
        ["top_archetype", "sponsor", "Sponsor", "2"],
        ["top_archetype", "connector", "Connector", "1"],
        ["top3_archetype", "sponsor", "Sponsor", "3"],
        ["top3_archetype", "connector", "Connector", "2"],
        ["top3_archetype", "skills_coach", "Skills coach", "1"],
        ["need_mean", "guidance", "Personalised guidance", "50"],
        ["need_mean", "skills", "Skills and knowledge", "60"],
        ["spread", "directness", "Directness", "", "25", "40", "55"],
        ["spread", "frequency", "How often", "", "40", "50", "60"],
        ["typical_network", "connector", "Connector"],
        ["typical_network", "sponsor", "Sponsor"],
    ]
    assert not any(pid in text for pid in ids)


def test_below_three_shared_the_csv_says_the_breakdown_is_hidden(workshop_store, shipped):
    new, _ = room(workshop_store, shared=2)
    rows = list(csv.reader(io.StringIO(workshop_store.aggregate_csv(new.code, new.key, shipped))))
    assert rows[6:] == [
        ["count", "joined", "", "3"],
        ["count", "finished", "", "2"],
        ["count", "shared", "", "2"],
        ["breakdown", "hidden", "The group's results appear once at least 3 participants have shared."],
    ]


def test_the_pdf_is_one_page_with_the_title_the_counts_and_the_archetype_names(workshop_store, shipped):
    new, _ = room(workshop_store)
    pdf = PdfReader(io.BytesIO(workshop_store.aggregate_pdf(new.code, new.key, shipped)))
    assert len(pdf.pages) == 1
    text = pdf.pages[0].extract_text()
    lines = text.splitlines()
    assert lines[:3] == [TITLE, f"Workshop {new.code} · 2 March 2026 · open", "4 joined · 3 finished · 3 shared"]
    for expected in ("Sponsor: 2", "Connector: 1", "Skills coach: 1", "Personalised guidance: 50%",
                     "Directness: hints and room to find your own way (median 40, middle half 25–55)",
                     "Connector + Sponsor"):  # fmt: skip
        assert expected in lines


def test_below_three_shared_the_pdf_shows_the_counts_and_why_nothing_more(workshop_store, shipped):
    new, _ = room(workshop_store, shared=2)
    text = PdfReader(io.BytesIO(workshop_store.aggregate_pdf(new.code, new.key, shipped))).pages[0].extract_text()
    assert text.splitlines()[2:] == [
        "3 joined · 2 finished · 2 shared",
        "The group's results appear once at least 3 participants have shared.",
    ]


def test_a_long_title_and_many_archetypes_still_fit_one_page(workshop_store, shipped):
    title = "Career centre evening workshop for returning students " * 2 + "and alumni"
    new = workshop_store.create(title)
    everyone = [a.id for a in shipped.archetypes.archetypes]
    for n in range(12):  # twelve different first matches: the lists are longer than the page shows
        top = [everyone[n % len(everyone)], everyone[(n + 1) % len(everyone)], everyone[(n + 2) % len(everyone)]]
        workshop_store.share(new.code, workshop_store.join(new.code), SharedResult({"guidance": 50.0}, top, top[:2]))
    pdf = PdfReader(io.BytesIO(workshop_store.aggregate_pdf(new.code, new.key, shipped)))
    assert len(pdf.pages) == 1
    text = pdf.pages[0].extract_text()
    assert " ".join(text.split()).startswith(title)  # wrapped over lines, every word there
    assert "12 joined · 12 finished · 12 shared" in text.splitlines()
    lines = text.splitlines()
    # twelve different first matches, fourteen archetypes in the top threes: six rows each on the page
    assert (lines.count("and 6 more (all in the CSV)"), lines.count("and 8 more (all in the CSV)")) == (1, 1)
    assert "What the group needs most (mean)" not in lines  # no need scored: no empty heading


def test_titles_in_other_scripts_print_and_what_the_font_lacks_is_one_mark(workshop_store, shipped):
    for title, printed in [
        ("Семинар: Ψυχολογία", "Семинар: Ψυχολογία"),
        ("研讨会 Workshop", "研讨会 Workshop"),  # the report's CJK fallback font
        ("Taller \ue000 ✓", "Taller \ufffd ✓"),  # a private-use character no font has: one mark
    ]:
        new = workshop_store.create(title)
        pdf = PdfReader(io.BytesIO(workshop_store.aggregate_pdf(new.code, new.key, shipped)))
        assert pdf.pages[0].extract_text().splitlines()[0] == printed

"""The facilitator's downloads: the aggregate CSV (no participant rows, formulas neutralised) and the one-page PDF."""

import csv
import io

from pypdf import PdfReader

from mentorfinder.workshop import SharedResult

TITLE = '=HYPERLINK("http://evil.example","Click")'
GROUPS = {"guidance": "needs", "skills": "needs", "directness": "style", "frequency": "availability"}
SPONSOR, CONNECTOR = ["sponsor", "connector"], ["connector", "skills_coach"]
PEOPLE = [  # guidance: low 3, high 3; skills: middle 5, high 1; directness: low 3, middle 3; frequency: low 1, ...
    ({"guidance": 20.0, "skills": 50.0, "directness": 10.0, "frequency": 30.0}, SPONSOR),
    ({"guidance": 25.0, "skills": 70.0, "directness": 20.0, "frequency": 50.0}, CONNECTOR),
    ({"guidance": 30.0, "skills": 60.0, "directness": 30.0, "frequency": 70.0}, SPONSOR),
    ({"guidance": 80.0, "skills": 55.0, "directness": 40.0, "frequency": 40.0}, SPONSOR),
    ({"guidance": 90.0, "skills": 40.0, "directness": 50.0, "frequency": 60.0}, CONNECTOR),
    ({"guidance": 70.0, "skills": 45.0, "directness": 60.0, "frequency": 90.0}, SPONSOR),
]


def room(store, shared: int = 6):
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
        ["section", "id", "name", "value", "low", "middle", "high"],
        ["workshop", "title", "'" + TITLE],
        ["workshop", "code", new.code],
        ["workshop", "status", "open"],
        ["workshop", "expires_at", "2026-03-16T09:30:00+00:00"],
        ["workshop", "exported_at", "2026-03-02T09:30:00+00:00"],
        ["count", "joined", "", "7"],
        ["count", "finished", "", "6"],
        ["count", "shared", "", "6"],
        ["count", "in_picture", "", "6"],
        ["top_archetype", "sponsor", "Sponsor", "4"],  # connector was first for 2: fewer than 3, not listed
        ["top3_archetype", "connector", "Connector", "6"],
        ["top3_archetype", "sponsor", "Sponsor", "4"],
        ["need_thirds", "guidance", "Personalised guidance", "", "3", "0", "3"],
        ["style_thirds", "directness", "Directness", "", "3", "3", "0"],
        ["withheld", "frequency", "How often"],  # 1 person in its low third
        ["withheld", "skills", "Skills and knowledge"],  # 1 person in its high third
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
    assert lines[:3] == [TITLE, f"Workshop {new.code} · 2 March 2026 · open", "7 joined · 6 finished · 6 shared"]
    for expected in ("Sponsor: 4", "Connector: 6", "Personalised guidance: low 3 · middle 0 · high 3",
                     "Directness (hints and room to find your own way ↔ clear, direct advice): low 3 · middle 3 · high 0",
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
    for n in range(24):  # eight first matches, three people each: the lists are longer than the page shows
        kind = n // 3
        top = [everyone[kind], everyone[kind + 1], everyone[kind + 2]]
        workshop_store.share(new.code, workshop_store.join(new.code), SharedResult({"guidance": 50.0}, top, top[:2]))
    pdf = PdfReader(io.BytesIO(workshop_store.aggregate_pdf(new.code, new.key, shipped)))
    assert len(pdf.pages) == 1
    text = pdf.pages[0].extract_text()
    assert " ".join(text.split()).startswith(title)  # wrapped over lines, every word there
    assert "24 joined · 24 finished · 24 shared" in text.splitlines()
    lines = text.splitlines()
    # eight first matches, ten archetypes in the top threes (3 to 9 people each): six rows each on the page
    assert (lines.count("and 2 more (all in the CSV)"), lines.count("and 4 more (all in the CSV)")) == (1, 1)
    assert "What the group needs (people in each third)" not in lines  # no need drawn: no empty heading


def test_titles_in_other_scripts_print_and_what_the_font_lacks_is_one_mark(workshop_store, shipped):
    for title, printed in [
        ("Семинар: Ψυχολογία", "Семинар: Ψυχολογία"),
        ("研讨会 Workshop", "研讨会 Workshop"),  # the report's CJK fallback font
        ("Taller \ue000 ✓", "Taller \ufffd ✓"),  # a private-use character no font has: one mark
    ]:
        new = workshop_store.create(title)
        pdf = PdfReader(io.BytesIO(workshop_store.aggregate_pdf(new.code, new.key, shipped)))
        assert pdf.pages[0].extract_text().splitlines()[0] == printed

"""A pair's one-page PDF (issue 22), for both people, in English and Spanish."""

import io
from datetime import date

from pypdf import PdfReader

from mentorfinder.matching.pairing import pair
from mentorfinder.report.pair import build_pair_report
from tests.core.test_mentor_ranking import PERSON
from tests.core.test_pairing import small_roster


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_pair_page_names_both_gives_the_contact_and_says_why(shipped):
    ana = small_roster()[0]
    done = pair(shipped, {"lucia.json": PERSON}, [ana])
    pages, text = text_of(build_pair_report(done.pairs[0], ana, "Lucía Fernández", today=date(2026, 12, 7)))
    assert pages == 1
    assert "Your mentoring pair" in text and "Lucía Fernández and Ana García" in text
    assert "ana@example.org" in text and "88% · Best fit" in text
    assert (
        "you put ‘Learning new skills or sharpening existing ones’ first, and Ana García helps a lot with that." in text
    )
    assert "Meet within two weeks, and agree how often and where you will talk." in text


def test_the_pair_page_speaks_spanish(shipped):
    ana = small_roster()[0]
    done = pair(shipped, {"lucia.json": PERSON}, [ana], language="es")
    pages, text = text_of(build_pair_report(done.pairs[0], ana, "", "es", today=date(2026, 12, 7)))
    assert pages == 1
    assert "Pareja de mentoría" in text and "lucia.json y Ana García" in text
    assert "Reunirse en las próximas dos semanas" in text and "7 de diciembre de 2026" in text


def test_the_pair_page_says_it_is_a_programmes_page_not_a_result_summary(shipped):
    ana = small_roster()[0]
    done = pair(shipped, {"lucia.json": PERSON}, [ana])
    _pages, text = text_of(build_pair_report(done.pairs[0], ana, "Lucía", today=date(2026, 12, 7)))
    assert "MENTORING PROGRAMME" in text and "RESULT SUMMARY" not in text

"""A mentoring programme in real browsers: a coordinator creates it, two mentors join by link, three participants
join by the participants' link and see real mentors, and the coordinator pairs everyone and downloads.

The first participant walks the wizard from the welcome page by clicks; the other two open their matches with
their answers in the address the join gave them (test_workshop_browser's with_answers). Their walks were the same
clicks again (about 40 s each); what they add is two more people for the pairing, which the address gives alike."""

import csv
import io
import zipfile
from pathlib import Path

from pypdf import PdfReader
from test_workshop_browser import PHONE, PROJECTOR, app_server, new_page, with_answers
from wizard import answer_step, click, keyed, settle

from mentorfinder.answers.mentor import Mentor
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from mentorfinder.content.mentor_form import mentor_form
from mentorfinder.i18n.words import translate
from mentorfinder.matching.mentors import rank_mentors
from mentorfinder.matching.model import label_words
from mentorfinder.matching.pairing import pair
from mentorfinder.present.programme import pairs_csv
from mentorfinder.present.rules import whole_percent
from mentorfinder.workshop import WorkshopStore
from mentorfinder.workshop.programme_store import ProgrammeStore
from ui.steps import all_steps

# Two mentors who meet either way and also give one-off talks, so no participant's must-have rules them out
MENTORS = [
    (
        "Ana García",
        True,
        "ana@example.org",
        {
            "helps_with": ["guidance", "skills", "networking", "confidence"],
            "advice_style": "offer_options",
            "next_steps": 4,
            "push": 2,
            "how_often": "fortnightly",
            "commitment_length": "few_months",
            "one_off_too": "yes",
            "reply_time": "couple_of_days",
            "mentees": 2,
            "meeting_mode": "either_way",
            "field": "Engineering",
            "career_stage": "senior",
            "mentee_background": "own_field",
            "learn_too": 4,
        },
    ),
    (
        "Ben Okafor",
        False,
        "ben@example.org",
        {
            "helps_with": ["advancement", "networking", "challenges", "guidance"],
            "advice_style": "say_straight",
            "next_steps": 2,
            "push": 4,
            "how_often": "monthly",
            "commitment_length": "about_a_year",
            "one_off_too": "yes",
            "reply_time": "same_day",
            "mentees": 1,
            "meeting_mode": "either_way",
            "career_stage": "leader",
            "mentee_background": "any_field",
            "learn_too": 2,
        },
    ),
]
SEEDS = (11, 12, 13)


def create(page, url):
    """The coordinator creates a programme (no floor); returns (mentors' link, participants' link, own link)."""
    page.goto(f"{url}/programme")
    settle(page)
    page.get_by_label("Programme title").fill("Alumni mentoring")
    page.get_by_label("No pair below this fit (percent)").fill("0")
    page.get_by_role("button", name="Create the programme").click()
    page.get_by_role("heading", name="Your coordinator link").wait_for()
    settle(page)
    links = [t.strip() for t in page.locator('[data-testid="stCode"]').all_inner_texts()]
    return links[0], links[1], links[2]


def fill_mentor_form(page, name, show, contact, answers):
    """A mentor fills the form as a person does: every box, choice and scale, then Join."""
    form = mentor_form()
    page.get_by_role("textbox", name="Your name").fill(name)
    page.get_by_role("textbox", name="How your mentee can reach you (e-mail or phone)").fill(contact)
    if not show:
        page.get_by_text("Show my name to participants").click()
    for question in form.questions():
        if question.id not in answers:
            continue
        box, value = keyed(page, f"mentor:{question.id}"), answers[question.id]
        if question.type == "ranking":
            for option in value:
                label = next(translate(o.label, "en") for o in question.options if o.id == option)
                box.locator("input").click()
                box.locator("input").fill(label)
                page.get_by_role("option", name=label, exact=True).click()
            page.keyboard.press("Escape")
        elif question.type == "single":
            label = next(translate(o.label, "en") for o in question.options if o.id == value)
            box.get_by_text(label, exact=True).click()
        elif question.type == "likert":
            box.get_by_text(translate(form.scale_of(question).labels[value], "en"), exact=True).click()
        else:
            box.locator("input").fill(str(value))


def join(page, link):
    """A participant opens the participants' link: the welcome page says they are in the programme."""
    page.goto(link)
    page.get_by_text("You are in the mentoring programme").wait_for()
    settle(page)


def walk(page, link, wanted):
    """A participant opens the participants' link and walks from the welcome page to their matches."""
    join(page, link)
    click(page, "Start")
    steps = all_steps(load_content())
    for index, ws in enumerate(steps):
        answer_step(page, ws, wanted)
        click(page, "See my results" if index == len(steps) - 1 else "Next")
    click(page, "See your matches")
    page.get_by_role("heading", name="Mentors in your programme").wait_for()
    settle(page)


def real_mentors(page):
    """The real mentors on the matches page, in order: heading and fit ("1. Ana García", "51% · Good fit")."""
    cards = page.locator('[class*="st-key-mentor-"]')
    return [
        (cards.nth(i).locator("h3").inner_text().strip(), cards.nth(i).locator("strong").first.inner_text().strip())
        for i in range(cards.count())
    ]


def fit_words(match):
    """A mentor's fit as the page says it: '51% · Good fit'."""
    return f"{whole_percent(match.percent)} · {label_words(match.label, 'en')}"


def download(page, label):
    """Press a download button once the page is still (a click during a rerun can be lost): the file's bytes."""
    settle(page)
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    return Path(info.value.path()).read_bytes()


def shoot(page, path):
    """The page at 1280x720 and at 390x844 (PROJECTOR and PHONE sizes), whole."""
    for size, tag in ((PROJECTOR, "1280"), (PHONE, "390")):
        page.set_viewport_size(size)
        settle(page)
        page.screenshot(path=str(path).replace(".png", f"-{tag}.png"), full_page=True)


def test_a_programme_from_creation_to_downloaded_pairs(browser, tmp_path, artifacts):
    database = tmp_path / "programmes.sqlite3"
    content = load_content()
    with app_server(MENTORFINDER_WORKSHOP_DB=str(database), MENTORFINDER_DATABASE_URL="") as url:
        coordinator = new_page(browser, PROJECTOR)
        mentor_link, participant_link, own_link = create(coordinator, url)
        assert mentor_link.startswith(f"{url}/programme?mentor=") and participant_link.startswith(f"{url}/?programme=")
        shoot(coordinator, artifacts / "programme-created.png")
        coordinator.get_by_role("button", name="I have saved my link: open the programme").click()
        coordinator.get_by_role("heading", name="Participants").wait_for()

        for n, (name, show, contact, answers) in enumerate(MENTORS):
            mentor = new_page(browser, PHONE if n else PROJECTOR)
            mentor.goto(mentor_link)
            mentor.get_by_role("heading", name="Your mentoring offer").wait_for()
            settle(mentor)
            fill_mentor_form(mentor, name, show, contact, answers)
            if n == 0:
                shoot(mentor, artifacts / "programme-mentor-form.png")
            mentor.get_by_role("button", name="Join as a mentor").click()
            mentor.get_by_role("heading", name="Your mentor profile").wait_for()
            settle(mentor)
            assert mentor.get_by_text("Keep this private link").is_visible()
            mentor.context.close()

        store = ProgrammeStore(WorkshopStore(f"sqlite:///{database}"))
        code, key = own_link.split("coordinate=")[1].split("&")[0], own_link.split("pkey=")[1]
        kept = store.coordinator_mentors(code, key)
        assert sorted((m.name, m.contact, m.capacity) for m in kept) == [
            ("Ana García", "ana@example.org", 2),
            ("Ben Okafor", "ben@example.org", 1),
        ]
        mentors = [Mentor(m.id, m.name, m.show_name, m.contact, m.capacity, m.answers) for m in kept]

        everyone = {}
        for n, seed in enumerate(SEEDS, 1):
            wanted = sample_answers(list(content.questionnaires), seed=seed)
            person = new_page(browser, PHONE if n == 1 else PROJECTOR)
            if n == 1:
                walk(person, participant_link, wanted)
            else:  # the same clicks as the first walk: their answers come in the address the join gave them
                join(person, participant_link)
                with_answers(person, seed)
                person.get_by_role("heading", name="Mentors in your programme").wait_for()
                settle(person)
            expected = rank_mentors(content, wanted, mentors, explain=5, limit=5)
            shown = [(f"{i}. {m.name}", fit_words(m)) for i, m in enumerate(expected.matches, 1)]
            assert real_mentors(person) == shown
            assert "Ben Okafor" not in str(real_mentors(person))  # he did not agree to show his name
            if n == 1:
                shoot(person, artifacts / "programme-real-mentors.png")
            everyone[f"P{n}"] = wanted
            person.context.close()

        coordinator.goto(own_link)
        coordinator.get_by_role("button", name="Pair everyone").wait_for()
        settle(coordinator)
        coordinator.get_by_role("button", name="Pair everyone").click()
        coordinator.get_by_role("button", name="Save this pairing").wait_for()
        settle(coordinator)
        coordinator.get_by_role("button", name="Save this pairing").click()
        coordinator.get_by_text("Saved: each participant now sees their mentor's contact details.").wait_for()
        shoot(coordinator, artifacts / "programme-coordinator.png")
        coordinator.set_viewport_size(PROJECTOR)

        expected = pair(content, everyone, mentors, floor=0)
        got = download(coordinator, "Download the pairs (CSV)").decode("utf-8")
        assert got == pairs_csv(expected)
        rows = list(csv.DictReader(io.StringIO(got)))
        assert [r["participant"] for r in rows] == ["P1", "P2", "P3"]  # capacity 2 + 1: everyone paired
        assert all(r["mentor"] for r in rows)
        saved = store.pairing(code, key)
        assert sorted((p.participant, p.mentor) for p in saved) == sorted((r["participant"], r["mentor"]) for r in rows)

        pages = zipfile.ZipFile(io.BytesIO(download(coordinator, "Download every pair's page (ZIP)")))
        assert sorted(pages.namelist()) == sorted(f"pair-{r['participant']}-{r['mentor']}.pdf" for r in rows)
        first = rows[0]
        text = PdfReader(io.BytesIO(pages.read(f"pair-P1-{first['mentor']}.pdf"))).pages[0].extract_text()
        contact = next(m.contact for m in mentors if m.id == first["mentor"])
        assert "MENTORING PROGRAMME" in text and contact in text and "P1" in text
        coordinator.context.close()

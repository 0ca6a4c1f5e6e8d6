"""Two people at once against one `streamlit run`: two independent Chromium contexts (separate cookies, storage
and websockets) walk the wizard step by step in turn, each with its own answers; each sees only its own ranking,
equal to `python -m mentorfinder match` for its own answers, and a refresh never brings in the other's answers."""

from urllib.parse import parse_qs, urlparse

from wizard import answer_step, cli_ranking, click, settle, shown_ranking

from mentorfinder.answers.file import dump_answers
from mentorfinder.answers.link import decode_answers
from mentorfinder.answers.sample import sample_answers
from mentorfinder.content.load import load_content
from ui.steps import all_steps

SEEDS = {"ana": 61, "ben": 64}


def link_answers(page) -> dict:
    """The answers this page's own address carries."""
    value = parse_qs(urlparse(page.url).query).get("a", [""])[0]
    return decode_answers(value) or {}


def test_two_sessions_at_once_see_only_their_own_answers(browser, server_url, tmp_path):
    content = load_content()
    steps = all_steps(content)
    wanted, pages, contexts = {}, {}, []
    for person, seed in SEEDS.items():
        answers = sample_answers(list(content.questionnaires), seed=seed)
        answers["goals"]["goal_in_words"] = f"marker-{person}-{seed}"
        wanted[person] = answers
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(server_url)
        settle(page)
        click(page, "Start")
        pages[person] = page
    expected = {}
    for person in SEEDS:
        path = tmp_path / f"{person}.json"
        path.write_text(dump_answers(wanted[person]))
        expected[person] = cli_ranking(path)[:3]
    assert expected["ana"] != expected["ben"], "pick seeds whose rankings differ"
    try:
        for index, ws in enumerate(steps):  # both sessions are live throughout, each one step at a time in turn
            for person, page in pages.items():
                answer_step(page, ws, wanted[person])
            for page in pages.values():
                click(page, "See my results" if index == len(steps) - 1 else "Next")
        for page in pages.values():
            page.get_by_role("heading", name="Your profile").wait_for()
            click(page, "See your matches")
            page.get_by_role("heading", name="Your matches").wait_for()
        for person, page in pages.items():
            assert shown_ranking(page) == expected[person], person
            assert link_answers(page) == wanted[person]
        ana, ben = pages["ana"], pages["ben"]
        ana.reload()  # a refresh is a new session: it must come back as Ana's, never Ben's
        settle(ana)
        assert shown_ranking(ana) == expected["ana"]
        assert link_answers(ana) == wanted["ana"]
        assert "marker-ben" not in ana.content()
        assert shown_ranking(ben) == expected["ben"]  # and Ben, untouched by Ana's refresh
        ben.reload()
        settle(ben)
        assert shown_ranking(ben) == expected["ben"]
        assert "marker-ana" not in ben.content()
    finally:
        for context in contexts:
            context.close()

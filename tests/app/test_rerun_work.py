"""What the frame does again on every rerun: the content files looked at once per check interval (an edited file
is picked up at the next check), the navigation's pages made once per session."""

import shutil

from apphelpers import answers_for, seeded
from streamlit.testing.v1 import AppTest

import ui.loaders
from mentorfinder.content.load import DATA_DIR, QUESTIONNAIRES_DIR
from ui import nav, state


def copied(tmp_path, monkeypatch):
    """Content folders of our own, so a test can edit a file."""
    shutil.copytree(QUESTIONNAIRES_DIR, tmp_path / "q")
    shutil.copytree(DATA_DIR, tmp_path / "d")
    monkeypatch.setenv("MENTORFINDER_QUESTIONNAIRES", str(tmp_path / "q"))
    monkeypatch.setenv("MENTORFINDER_DATA", str(tmp_path / "d"))
    return tmp_path / "q" / "goals.yaml"


def test_an_edited_file_is_picked_up_at_the_next_check(tmp_path, monkeypatch):
    goals = copied(tmp_path, monkeypatch)
    clock = [1000.0]
    monkeypatch.setattr(ui.loaders.time, "monotonic", lambda: clock[0])
    first = ui.loaders.get_content()
    assert first.questionnaires[0].title["en"] == "What you want from a mentor"
    goals.write_text(goals.read_text().replace("  en: What you want from a mentor", "  en: Your goals", 1))
    clock[0] += ui.loaders.CHECK_EVERY / 2
    assert ui.loaders.get_content() is first  # not looked at again within the interval
    clock[0] += ui.loaders.CHECK_EVERY
    assert ui.loaders.get_content().questionnaires[0].title["en"] == "Your goals"


def test_reruns_within_a_check_interval_look_at_the_files_once(tmp_path, monkeypatch, content):
    """The frame and the page both ask for the content on every run: the files were listed and stat-ed twice
    a run (17 files), and the list hashed twice for the cache. Failed before: 20 looks for 10 runs."""
    copied(tmp_path, monkeypatch)
    monkeypatch.setattr(ui.loaders, "CHECK_EVERY", 3600.0, raising=False)  # the whole test inside one interval
    looks = []
    signature = ui.loaders._signature
    monkeypatch.setattr(ui.loaders, "_signature", lambda *dirs: looks.append(dirs) or signature(*dirs))
    at = seeded(
        AppTest.from_file(str(ui.loaders.Path(__file__).parents[2] / "app.py")),
        answers_for(content),
        nav.QUESTIONS.script,
    )
    looks.clear()
    for _ in range(10):
        at.run()
    assert not at.exception
    assert len(looks) == 0  # every run inside the interval of the first look


def test_the_navigation_pages_are_made_once_per_session(at, content, monkeypatch):
    """Each st.Page resolves and stats its script. Failed before: six made on every run."""
    made = []
    page = nav.Page.page
    monkeypatch.setattr(nav.Page, "page", lambda self, language="en": made.append(self.script) or page(self, language))
    seeded(at, answers_for(content), nav.MATCHES.script)
    assert sorted(set(made)) == sorted(p.script for p in nav.ALL)
    made.clear()
    for _ in range(10):
        at.run()
    assert not at.exception
    assert made == []
    at.sidebar.selectbox(key=state.LANGUAGE_CHOICE).set_value("es").run()  # page titles in Spanish: one more set, once
    assert sorted(made) == sorted(p.script for p in nav.ALL)
    made.clear()
    for _ in range(3):
        at.run()
    assert made == []

"""What the frame and pages do again on every rerun: the content files looked at once per check interval (an edited
file is picked up at the next check), the navigation's pages made once per session, figures converted once per
answers, and what a page keeps between runs made again when an answer changes."""

import json
import shutil

import plotly.graph_objects as go
import plotly.io
from apphelpers import answers_for, seeded
from streamlit.testing.v1 import AppTest

import ui.loaders
from mentorfinder.content.load import DATA_DIR, QUESTIONNAIRES_DIR
from mentorfinder.evaluate import evaluate
from ui import nav, state
from ui.figures import profile_charts


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


def test_the_welcome_pages_privacy_link_uses_the_sessions_page(at, monkeypatch):
    """The link's own st.Page resolved and stat-ed its file on every run. Failed before: one made per run."""
    made = []
    page = nav.Page.page
    monkeypatch.setattr(nav.Page, "page", lambda self, language="en": made.append(self.script) or page(self, language))
    at.run()
    made.clear()
    for _ in range(5):
        at.run()
    assert not at.exception
    assert made == []
    assert [link.proto.page for link in at.get("page_link")] == [nav.PRIVACY.url_path]  # still the privacy page


def converted(monkeypatch):
    """Every Plotly figure turned into a dict (what st.plotly_chart does with a figure on each run)."""
    import plotly.basedatatypes

    done = []
    to_dict = plotly.basedatatypes.BaseFigure.to_dict
    monkeypatch.setattr(plotly.basedatatypes.BaseFigure, "to_dict", lambda self: done.append(1) or to_dict(self))
    return done


def specs(at):
    return [json.loads(chart.proto.spec)["data"] for chart in at.get("plotly_chart")]


def test_the_profile_charts_are_converted_once_and_again_when_the_answers_change(at, content, monkeypatch):
    """Streamlit converted each of the five figures to a dict on every rerun. Failed before: 5 per run."""
    done = converted(monkeypatch)
    seeded(at, answers_for(content, seed=1), nav.PROFILE.script)
    first = specs(at)
    done.clear()
    for _ in range(3):
        at.run()
    assert done == [] and specs(at) == first
    at.session_state[state.ANSWERS] = answers_for(content, seed=2)  # other answers: other charts
    at.run()
    assert not at.exception, at.exception
    result = evaluate(content, answers_for(content, seed=2))
    fresh = [
        json.loads(plotly.io.to_json(go.Figure(c.figure).to_dict()))["data"] for c in profile_charts(result.profile)
    ]
    assert specs(at) == fresh != first


def test_a_changed_answer_is_in_the_answers_file_and_unfinished_answers_stop_the_results(at, content, monkeypatch):
    """What a result page keeps between runs (the answers file, whether every answer is complete) follows an
    answer changed in place, as a widget's callback changes it."""
    import streamlit.runtime.memory_media_file_storage as storage

    files = {}
    load = storage.MemoryMediaFileStorage.load_and_get_id

    def kept(self, data, mimetype, kind, filename=None):
        files[filename] = data
        return load(self, data, mimetype, kind, filename)

    monkeypatch.setattr(storage.MemoryMediaFileStorage, "load_and_get_id", kept)
    answers = answers_for(content, seed=1)
    seeded(at, answers, nav.NEXT_STEPS.script)
    assert json.loads(files["mentor-finder-answers.json"])["answers"]["availability"]["hours_per_month"] != 7
    at.session_state[state.ANSWERS]["availability"]["hours_per_month"] = 7
    at.run()
    assert json.loads(files["mentor-finder-answers.json"])["answers"]["availability"]["hours_per_month"] == 7
    del at.session_state[state.ANSWERS]["availability"]["hours_per_month"]
    at.run()
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["Next steps"]
    assert "A few questions still need an answer before your results are ready." in [i.value for i in at.info]
    assert not at.get("download_button")


def test_the_tab_icon_is_our_own_file_as_a_data_address():
    """Given as a file, Streamlit read, hashed and filed the icon in its media store on every run."""
    import base64

    from ui import frame

    kind, data = frame.icon_url().split(",", 1)
    assert kind == "data:image/png;base64"
    assert base64.b64decode(data) == frame.ICON.read_bytes()


def test_the_answers_are_packed_for_the_address_once_and_again_when_one_changes_in_place(at, content, monkeypatch):
    """The address's answers were compressed again on every rerun of every page, the answers unchanged."""
    from mentorfinder.answers.link import decode_answers

    packed = []
    encode = state.encode_answers
    monkeypatch.setattr(state, "encode_answers", lambda given: packed.append(1) or encode(given))
    answers = answers_for(content, seed=1)
    seeded(at, answers, nav.MATCHES.script)
    packed.clear()
    for _ in range(3):
        at.run()
    assert packed == []
    at.session_state[state.ANSWERS]["availability"]["hours_per_month"] = 7  # in place, as a widget's callback does
    at.run()
    assert packed == [1]
    assert decode_answers(at.query_params[state.URL_ANSWERS])["availability"]["hours_per_month"] == 7


def test_the_upload_boxs_words_ride_in_the_frames_last_element_on_the_welcome_page_only(at, content):
    """The drop zone's script was an element of its own on every rerun of the welcome page."""
    at.query_params[state.URL_LANGUAGE] = "es"
    at.run()
    last = at.sidebar.children[len(at.sidebar.children) - 1].proto.body
    assert '"button": "Subir archivo"' in last and "window.__oneEntryPerStep" in last
    assert [h.proto.body for h in at.main.get("html")] == []  # nothing but what is seen in the page itself
    assert [u.proto.label for u in at.get("file_uploader")] == [
        "Abre un archivo de respuestas (.json) que descargaste antes"
    ]
    at.switch_page(nav.PRIVACY.script).run()
    last = at.sidebar.children[len(at.sidebar.children) - 1].proto.body
    assert "__uploadWords" not in last and "window.__oneEntryPerStep" in last

"""Private by default: the Streamlit configuration and the privacy page."""

import gc
import tomllib
from pathlib import Path

import pytest
from apphelpers import answers_for, seeded

from ui import nav

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"


def test_usage_statistics_off_small_uploads_xsrf_on():
    config = tomllib.loads(CONFIG.read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert 0 < config["server"]["maxUploadSize"] <= 1  # megabytes; answers files are at most 256 KB
    assert config["server"]["enableXsrfProtection"] is True


def test_streamlit_reads_the_same_values():
    from streamlit import config

    config.get_config_options(force_reparse=True, options_from_flags={})
    assert config.get_option("browser.gatherUsageStats") is False
    assert config.get_option("server.maxUploadSize") <= 1
    assert config.get_option("server.enableXsrfProtection") is True


def test_no_source_file_watcher():
    """Each new session's watcher walked every loaded module's path on its first run: CPU a room's server needs."""
    from streamlit import config as streamlit_config

    assert tomllib.loads(CONFIG.read_text())["server"]["fileWatcherType"] == "none"
    streamlit_config.get_config_options(force_reparse=True, options_from_flags={})
    assert streamlit_config.get_option("server.fileWatcherType") == "none"


def test_no_full_garbage_collection_after_each_run():
    """A full collection after every run was most of a busy server's CPU time."""
    from streamlit import config as streamlit_config

    assert tomllib.loads(CONFIG.read_text())["runner"]["postScriptGC"] is False
    streamlit_config.get_config_options(force_reparse=True, options_from_flags={})
    assert streamlit_config.get_option("runner.postScriptGC") is False


OURS = ("mentorfinder", "ui", "views", "plotly", "pydantic")
MIGRATIONS = str(Path("mentorfinder", "workshop", "migrations", "versions"))


def _ours(thing) -> bool:
    """An object of our own code (or of the libraries it builds results with) caught in a reference cycle."""
    if (type(thing).__module__ or "").split(".")[0] in OURS:
        return True
    code = getattr(thing, "f_code", None) or getattr(thing, "__code__", None)
    if code is None or "site-packages" in code.co_filename or MIGRATIONS in code.co_filename:
        # Alembic loads the store's version scripts afresh each time it migrates a store and drops them, each
        # module's functions in a cycle with its globals: another test's store in the same worker process, not a
        # rerun (a fresh-clone run once found them in a window of the questions page, which opens no store)
        return False
    return str(CONFIG.parents[1]) in code.co_filename


def _cyclic_garbage(at, runs):
    """What of ours `runs` reruns left in reference cycles (found by a full collection), and the live objects
    after (counted once nothing holds on to the garbage any more)."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)  # keep what a collection finds, to look at it
    try:
        for _ in range(runs):
            at.run()
        gc.collect()
        found = [repr(thing)[:80] for thing in gc.garbage if _ours(thing)]
    finally:
        gc.garbage.clear()
        gc.set_debug(0)
        gc.enable()
    gc.collect()
    return found, len(gc.get_objects())


@pytest.mark.parametrize("page", nav.ALL)
def test_a_rerun_leaves_no_reference_cycle_of_our_own(at, content, page):
    """What a run of the app makes is freed when the run ends, without a full collection: nothing of ours is left
    in a cycle (the cycles Streamlit's own machinery makes are young and go in its first generation), and 20 more
    reruns leave no more live objects behind. Failed before: app.py's own function held each run's namespace."""
    seeded(at, answers_for(content, seed=5), page.script)
    _cyclic_garbage(at, 5)  # first runs fill caches and memos
    found, live = _cyclic_garbage(at, 20)
    assert found == []
    # Under one object per rerun, in the best of three windows of 20 reruns: a leak of ours grows in every window,
    # while the objects of AppTest's run threads not yet torn down when a window ends come and go with the load
    # (a single window read 45 once under a busy CI, on a page with no leak in the next).
    growth = []
    for _ in range(3):
        _, live_after = _cyclic_garbage(at, 20)
        growth.append(live_after - live)
        live = live_after
    assert min(growth) < 20, growth


def test_privacy_page_says_what_is_stored_and_for_how_long(at):
    at.run()
    at.switch_page(nav.PRIVACY.script).run()
    assert not at.exception
    assert at.title[0].value == "Privacy"
    assert [s.value for s in at.header] == [
        "What is stored",
        "For how long",
        "Workshops",
        "What the room's picture promises",
        "Mentoring programmes",
    ]
    shown = " ".join(m.value for m in at.markdown)
    for promise in (
        "Nothing on the server",
        "In the page address",
        "don't share it",
        "In files you download",
        "no analytics",
        "Usage statistics to third parties are switched off",
        "Nothing is kept after you close the tab",
        "as long as you keep the link",
        "nothing about you is sent to the facilitator or stored",
    ):
        assert promise in shown, promise


@pytest.fixture
def navigation(monkeypatch):
    """What each run hands st.navigation: [(the pages' titles and addresses, where the menu is shown)]."""
    import streamlit

    calls = []
    real = streamlit.navigation

    def recording(pages, *args, **kwargs):
        position = kwargs.get("position", args[0] if args else "sidebar")
        calls.append(([(page.title, page.url_path) for page in pages], position))
        return real(pages, *args, **kwargs)

    monkeypatch.setattr(streamlit, "navigation", recording)
    return calls


@pytest.mark.parametrize("instrument", [None, "tests/core/instruments"])
def test_privacy_page_is_in_the_navigation_and_linked_from_welcome(at, navigation, monkeypatch, instrument):
    # before: `nav.PRIVACY in nav.ALL` held whatever the menu showed; now the menu the app builds is read, for the
    # mentor content and for another instrument (whose menu leaves out the matches pages), and the link followed
    if instrument:
        folder = str(Path(__file__).resolve().parents[2] / instrument)
        monkeypatch.setenv("MENTORFINDER_QUESTIONNAIRES", folder)
        monkeypatch.setenv("MENTORFINDER_DATA", folder)
    at.run()
    assert not at.exception
    pages, position = navigation[-1]
    assert ("Privacy", "privacy") in pages and position == "sidebar"
    assert len(pages) == (4 if instrument else 8)  # the mentor content adds the matches pages, Workshop, Programme
    links = [(link.proto.label, link.proto.page.strip("/")) for link in at.get("page_link")]
    assert ("Privacy: what is stored, and for how long", nav.PRIVACY.url_path) in links
    at.switch_page(nav.PRIVACY.script).run()
    assert at.title[0].value == "Privacy"

"""Private by default: the Streamlit configuration and the privacy page."""

import tomllib
from pathlib import Path

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


def test_privacy_page_says_what_is_stored_and_for_how_long(at):
    at.run()
    at.switch_page(nav.PRIVACY.script).run()
    assert not at.exception
    assert at.title[0].value == "Privacy"
    assert [s.value for s in at.header] == ["What is stored", "For how long", "Workshops"]
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


def test_privacy_page_is_in_the_navigation_and_linked_from_welcome(at):
    at.run()
    assert not at.exception
    links = [(link.proto.label, link.proto.page.strip("/")) for link in at.get("page_link")]
    assert ("Privacy: what is stored, and for how long", nav.PRIVACY.url_path) in links
    assert nav.PRIVACY in nav.ALL
    at.switch_page(nav.PRIVACY.script).run()
    assert at.title[0].value == "Privacy"

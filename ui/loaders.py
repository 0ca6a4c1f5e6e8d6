"""Cached loading of the shared, immutable content (questionnaires, archetypes, tips)."""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

from mentorfinder import settings
from mentorfinder.content.load import DATA_DIR, QUESTIONNAIRES_DIR, Content, load_content
from mentorfinder.i18n.catalogue import _
from mentorfinder.intake.problems import ContentError

from . import state


def content_dirs() -> tuple[Path, Path]:
    """Where content is read from: the shipped folders, or MENTORFINDER_QUESTIONNAIRES / MENTORFINDER_DATA."""
    questionnaires = Path(settings.value(settings.QUESTIONNAIRES) or QUESTIONNAIRES_DIR)
    data = Path(settings.value(settings.DATA) or DATA_DIR)
    return questionnaires, data


def _signature(questionnaires: Path, data: Path) -> tuple:
    """Every content file with its size and modification time, so an edited file reloads."""
    files = sorted(questionnaires.glob("*.y*ml")) + sorted(data.glob("*.y*ml"))
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.is_file())


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(questionnaires: str, data: str, signature: tuple) -> Content:
    # Content is a frozen dataclass of pydantic models nobody mutates: safe to share across sessions.
    # A ContentError is raised, not cached, so a fixed file is picked up on the next run.
    return load_content(questionnaires, data)


CHECK_EVERY = 2.0  # seconds: an edited content file is picked up within this time
_checked: dict[tuple[Path, Path], tuple[float, Content]] = {}  # per process: {folders: (when checked, content)}


def get_content() -> Content:
    """The content set for this run; raises ContentError (with PATH:LINE problems) when a file is broken.

    Listing and stat-ing every content file, and hashing that list for the cache, cost more than a small page
    itself; the frame and the page both ask, on every rerun of every session. So the files are looked at
    at most once every CHECK_EVERY seconds per process, and the content found is handed out in between.
    """
    dirs = content_dirs()
    now = time.monotonic()
    seen = _checked.get(dirs)
    if seen is not None and now - seen[0] < CHECK_EVERY:
        return seen[1]
    questionnaires, data = dirs
    content = _load(str(questionnaires), str(data), _signature(questionnaires, data))  # a broken file raises: no entry
    if len(_checked) >= 4 and dirs not in _checked:
        _checked.clear()  # as many folders as _load keeps; only tests switch folders
    _checked[dirs] = (now, content)
    return content


def content_or_stop() -> Content:
    """The content, or a page for the adviser listing every problem, then stop the run."""
    try:
        return get_content()
    except ContentError as err:
        spoken = state.language()  # the language chosen before the files broke (a new session: English)
        st.title(_("Mentor Finder can't start: the content files need fixing", spoken))
        st.write(_("An adviser needs to correct these lines in the YAML files, then reload this page.", spoken))
        st.code("\n".join(str(p) for p in err.problems), language=None)
        st.stop()

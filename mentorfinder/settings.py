"""Every setting the app reads from the environment, declared once: its name, what it does and its default.

Modules read a setting with `value(NAME)`; tests/core/test_settings.py checks that no `MENTORFINDER_*` name is
read anywhere else and that the README's settings table lists each one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """One environment variable the app reads."""

    name: str
    meaning: str
    default: str = ""  # what an unset (or empty) variable means, in words


QUESTIONNAIRES = "MENTORFINDER_QUESTIONNAIRES"
DATA = "MENTORFINDER_DATA"
DATABASE_URL = "MENTORFINDER_DATABASE_URL"
WORKSHOP_DB = "MENTORFINDER_WORKSHOP_DB"
PUBLIC_URL = "MENTORFINDER_PUBLIC_URL"
CACHE_DIR = "MENTORFINDER_CACHE_DIR"
FONT_DIRS = "MENTORFINDER_FONT_DIRS"

SETTINGS = (
    Setting(QUESTIONNAIRES, "the folder of questionnaire YAML files the app runs on", "the shipped questionnaires/"),
    Setting(DATA, "the folder of archetypes, fit rules, tips and checks", "the shipped data/"),
    Setting(DATABASE_URL, "the workshop store's PostgreSQL (or any SQLAlchemy) URL", "the SQLite file below"),
    Setting(WORKSHOP_DB, "the workshop store's SQLite file", "workshops.sqlite3 in the user's data folder"),
    Setting(PUBLIC_URL, "the app's address as phones reach it, for workshop links and QR codes", "the browser's"),
    Setting(CACHE_DIR, "the folder the PDF's font subsets are cached in", "the user's cache folder"),
    Setting(FONT_DIRS, "extra folders searched first for fonts of other scripts (os.pathsep-separated)", "none"),
)
NAMES = {s.name for s in SETTINGS}


def value(name: str) -> str:
    """The setting's value, stripped; "" when it is unset. Only declared settings can be read."""
    if name not in NAMES:
        raise KeyError(f"{name} is not a declared setting (mentorfinder/settings.py)")
    return os.environ.get(name, "").strip()

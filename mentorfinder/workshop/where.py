"""Where the workshop store's database is, asked without opening it or importing SQLAlchemy (the hourly purge asks)."""

from __future__ import annotations

from pathlib import Path

from mentorfinder import settings


def sqlite_file() -> Path:
    """The SQLite file used when no PostgreSQL URL is set: MENTORFINDER_WORKSHOP_DB, else the user data folder's."""
    path = settings.value(settings.WORKSHOP_DB)
    if path:
        return Path(path).expanduser().resolve()  # the same file whatever the working folder later is
    from platformdirs import user_data_dir

    return Path(user_data_dir("mentorfinder")) / "workshops.sqlite3"


def has_database() -> bool:
    """True when there may be workshops to purge: a PostgreSQL URL is set, or the SQLite file exists (nothing is
    created to find out)."""
    return bool(settings.value(settings.DATABASE_URL)) or sqlite_file().is_file()

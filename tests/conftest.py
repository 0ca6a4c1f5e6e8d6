"""Fixtures for every test folder: a throwaway PostgreSQL server, and a fresh database on SQLite or PostgreSQL."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pgserver  # tests/ is on sys.path: pytest puts the root conftest's folder there
import pytest
from hypothesis import settings

TEST_DATABASE_VAR = "MENTORFINDER_TEST_DATABASE_URL"

# Under CI (.ci/run sets CI) every Hypothesis property draws the same examples each run, so a landing is never
# refused by a draw nobody saw before; run the suite without CI to explore further. Neither profile has a
# deadline: tests do not assert on wall-clock time, and a busy machine made a 0.02 ms example take 266 ms.
settings.register_profile("ci", derandomize=True, deadline=None, database=None)
settings.register_profile("explore", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "explore")

# The longest tests, longest first (--durations on a shared 2-core machine, December 2026). scripts/test.sh deals
# tests out in collection order, so these start first, one to a worker, and no worker is left with one of them at
# the end while the others are idle. Only the order changes. A module's tests stay together, so a module-scoped
# fixture (a server, the calibration's 1500 answer sets) is not made again after another module's test.
LONGEST_FIRST = (
    "tests/browser/test_browser_isolation.py",
    "tests/browser/test_programme_browser.py",
    "tests/browser/test_browser_travel.py",
    "tests/browser/test_browser_walk.py",
    "tests/browser/test_workshop_browser.py",
    "tests/browser/test_browser_history.py",
    "tests/browser/test_workshop_replicas.py",
    "tests/browser/test_browser_restart.py",
    # the core and app files by their summed test time (--durations=0, main at 2457e3a, 8 December 2026, load 5),
    # corrected for issue 21's cuts (the shown-answers digests, the audit, the runs that need no words)
    "tests/app/test_config.py",
    "tests/core/test_sentence_audit.py",
    "tests/core/test_network_search.py",
    "tests/core/test_shown_answers.py",
    "tests/core/test_workshop_durability.py",
    "tests/core/test_hostile_inputs.py",
    "tests/core/test_cli_programme.py",
    "tests/app/test_fuzz_app.py",
    "tests/core/test_fuzz.py",
    "tests/core/test_calibration.py",
    "tests/core/test_programme_store.py",
    "tests/app/test_programme.py",
    "tests/core/test_dependencies.py",
    "tests/core/test_report.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the modules of LONGEST_FIRST first, in its order; every other test after them, in collection order."""

    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::")[0]
        return LONGEST_FIRST.index(path) if path in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # a stable sort: tests keep their order within a module and among the rest


@pytest.fixture(scope="session")
def postgres_url():
    """A SQLAlchemy URL of a PostgreSQL database for this test session.

    MENTORFINDER_TEST_DATABASE_URL when set; else a throwaway server, stopped and removed at the end.
    When PostgreSQL cannot be started the test fails under CI (the CI variable is set) and is skipped
    elsewhere, with the reason.
    """
    given = os.environ.get(TEST_DATABASE_VAR, "").strip()
    if given:
        yield given
        return
    server = pgserver.Server()
    try:
        url = server.start()
    except pgserver.Unavailable as err:
        server.stop()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI and could not be started: {err}")
        pytest.skip(f"PostgreSQL could not be started here: {err}")
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """The URL of a fresh, empty database: a SQLite file, then a new PostgreSQL database (dropped after)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'workshops.sqlite3'}"
        return
    url = pgserver.new_database(request.getfixturevalue("postgres_url"))
    try:
        yield url
    finally:
        pgserver.drop_database(url)


class Clock:
    """A clock the tests move by hand: workshops expire without anyone waiting."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)):
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    """The clock a workshop_store runs on (starts 2 March 2026, 09:30 UTC)."""
    return Clock()


@pytest.fixture
def workshop_store(database_url, clock):
    """A WorkshopStore on a fresh database (SQLite, then PostgreSQL), on the test's clock."""
    from mentorfinder.workshop import WorkshopStore

    store = WorkshopStore(database_url, now=clock)
    yield store
    store.dispose()

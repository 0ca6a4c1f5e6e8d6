"""Where the store lives and how it is opened: the URL, the engine (SQLite in WAL mode or PostgreSQL), migrations."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from mentorfinder import settings

from . import texts
from .models import VERSION_TABLE
from .where import has_database, sqlite_file  # noqa: F401 - here too, as before (.where is free of SQLAlchemy)

DATABASE_URL_VAR = settings.DATABASE_URL
SQLITE_PATH_VAR = settings.WORKSHOP_DB
BUSY_SECONDS = 30  # how long a SQLite writer waits for another's lock before giving up
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_WRITE = "workshop_write"  # execution option: this transaction will write (SQLite: BEGIN IMMEDIATE)
_MIGRATION_LOCK = 0x6D66_7773  # PostgreSQL advisory lock id ("mfws"): one replica migrates at a time
# Alembic keeps the running migration in module globals (alembic.context): one thread of a process at a time
_ONE_MIGRATION = threading.Lock()


def database_url(url: str | None = None) -> str:
    """The URL to use: `url`, else MENTORFINDER_DATABASE_URL, else the SQLite file (its folder created)."""
    url = url or settings.value(DATABASE_URL_VAR)
    if url:
        return postgres_driver(url)
    file = sqlite_file()
    file.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{file}"


def postgres_driver(url: str) -> str:
    """PostgreSQL URLs use psycopg 3 (postgres:// and postgresql:// name no driver, or psycopg2)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def open_engine(url: str) -> Engine:
    """An engine for the store: pooled, checked before use; SQLite in WAL mode with a busy timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)  # a restarted server's dead connections are replaced
    engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection, _record) -> None:
    # The driver's own transaction handling would send BEGIN only before the first write, after reads;
    # two such transactions can deadlock on upgrading their locks. _sqlite_begin sends BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer, and the writer never for them
    cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
    cursor.execute("PRAGMA synchronous=FULL")  # a commit is on disk when share() returns, even if power goes
    cursor.execute("PRAGMA foreign_keys=ON")  # SQLite enforces the cascade only when asked, per connection
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the write lock at once (waiting up to the busy timeout), so it never fails half-way.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


@contextmanager
def reachable() -> Iterator[None]:
    """Turn "the database cannot be reached" into StoreUnavailable, a sentence the page can show."""
    try:
        yield
    except OperationalError as err:
        raise texts.unavailable() from err


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A connection for reads (its transaction ends with the block)."""
    with reachable(), engine.connect() as conn:
        yield conn


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection in a write transaction, committed when the block ends (rolled back on an error)."""
    with reachable(), engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


def migrate(engine: Engine) -> None:
    """Bring the database to the current schema version (Alembic upgrade to head), in one transaction.

    Tables are only ever created or altered by the revisions in migrations/versions, so an existing
    database keeps its rows. Several processes may start at once: SQLite's write lock or a PostgreSQL
    advisory lock lets one migrate while the others wait and then find nothing to do; within a process
    a lock does the same for threads.
    """
    with _ONE_MIGRATION, writing(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK})
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def schema_version(conn: Connection) -> str | None:
    """The revision the database is at (None before the first migration)."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()

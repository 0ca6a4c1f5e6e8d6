"""A throwaway PostgreSQL server for tests: initdb into a temp folder, started on a free port, removed after."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import sqlalchemy as sa

TOOLS = ("initdb", "pg_ctl")
BIN_VAR = "MENTORFINDER_PG_BIN"  # where initdb and pg_ctl are, when not in the usual places


class Unavailable(RuntimeError):
    """PostgreSQL cannot be started here (not installed, or it failed); the text says why."""


def bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: MENTORFINDER_PG_BIN, else on PATH, else Debian's /usr/lib/postgresql/<newest>/bin."""
    if os.environ.get(BIN_VAR):
        chosen = Path(os.environ[BIN_VAR])
        return chosen if all((chosen / tool).exists() for tool in TOOLS) else None
    found = [shutil.which(tool) for tool in TOOLS]
    if all(found):
        return Path(found[0]).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0))
    for folder in reversed(versions):
        if all((Path(folder) / tool).exists() for tool in TOOLS):
            return Path(folder)
    return None


def free_port() -> int:
    """A TCP port nothing listens on now (the server's socket file is named after it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One PostgreSQL server in a temp folder, reachable only through its unix socket in that folder."""

    def __init__(self) -> None:
        self.bin = bin_dir()
        self.folder: Path | None = None
        self.port = 0
        self.as_root = os.geteuid() == 0  # PostgreSQL refuses to run as root: run it as the postgres user

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise Unavailable(f"{args[0]} failed: {(done.stderr or done.stdout).strip()[-600:]}")

    def start(self) -> str:
        """Create and start the server; a SQLAlchemy URL of its `postgres` database."""
        if self.bin is None:
            raise Unavailable(f"initdb/pg_ctl not found (install Debian's postgresql, or set {BIN_VAR})")
        self.folder = Path(tempfile.mkdtemp(prefix="mf-pg-"))
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        data, self.port = self.folder / "data", free_port()
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        # no TCP at all (listen_addresses=''), the socket in our folder; fsync off: tests never crash the server
        options = f"-k {self.folder} -p {self.port} -c listen_addresses='' -c fsync=off -c max_connections=200"
        self._run(
            "pg_ctl", "-D", str(data), "-l", str(self.folder / "server.log"), "-w", "-t", "60", "-o", options, "start"
        )
        return self.url("postgres")

    def url(self, database: str) -> str:
        """The URL of one of this server's databases."""
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}&port={self.port}"

    def stop(self) -> None:
        """Stop the server (immediately) and remove its folder."""
        if self.folder is None:
            return
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        except Unavailable:
            pass  # it may have died already; the folder goes either way
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def new_database(server_url: str) -> str:
    """Create an empty database next to the one `server_url` names; its URL."""
    url = sa.make_url(server_url).set(database=f"mf_test_{uuid.uuid4().hex[:12]}")
    url = url.render_as_string(hide_password=False)
    create_database(url)
    return url


def create_database(url: str) -> None:
    """Create the database a URL names (on its server)."""
    _admin(url, 'CREATE DATABASE "{}"')


def drop_database(url: str) -> None:
    """Drop a database made by new_database (closing whatever still holds it)."""
    _admin(url, 'DROP DATABASE IF EXISTS "{}" WITH (FORCE)')


def _admin(url: str, statement: str) -> None:
    """Run a statement about the URL's database from the server's `postgres` database."""
    parsed = sa.make_url(url)
    statement = statement.format(parsed.database)
    url = parsed.set(database="postgres").render_as_string(hide_password=False)
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(statement)
    finally:
        engine.dispose()

"""The PostgreSQL fixture: skipped with the reason on a machine without PostgreSQL, a failure under CI."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE_PG_TEST = "tests/core/test_workshop_store.py::test_unknown_and_malformed_codes_say_so[postgresql]"


def run_without_postgres(tmp_path, ci: bool) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "MENTORFINDER_TEST_DATABASE_URL")}
    env["MENTORFINDER_PG_BIN"] = str(tmp_path)  # an empty folder: no initdb, no pg_ctl
    if ci:
        env["CI"] = "true"
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rsE", ONE_PG_TEST]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_without_postgres_the_tests_are_skipped_with_the_reason(tmp_path):
    done = run_without_postgres(tmp_path, ci=False)
    assert done.returncode == 0, done.stdout
    assert "PostgreSQL could not be started here: initdb/pg_ctl not found" in done.stdout
    assert "1 skipped" in done.stdout


def test_under_ci_without_postgres_the_tests_fail_with_the_reason(tmp_path):
    done = run_without_postgres(tmp_path, ci=True)
    assert done.returncode == 1, done.stdout
    assert "PostgreSQL is required in CI and could not be started: initdb/pg_ctl not found" in done.stdout
    assert "1 error" in done.stdout

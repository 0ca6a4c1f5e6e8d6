"""Cold start: the welcome page's first run imports nothing only a workshop, a programme, a chart or the PDF needs."""

import json
import os
import subprocess
import sys
import textwrap

from apphelpers import APP, ROOT

# Imported when a workshop or programme is used (SQLAlchemy, Alembic), for the PDF (fpdf2, fontTools) or for tables
# (pandas); the welcome page uses none of them. (Streamlit itself imports Plotly at start-up, so it is not listed.)
DEFERRED = ("sqlalchemy", "alembic", "fpdf", "fontTools", "pandas")

FIRST_RUN = textwrap.dedent(
    """
    import json, sys
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(sys.argv[1], default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    heading = [title.value for title in at.title]
    print(json.dumps({"heading": heading, "loaded": sorted(m for m in sys.argv[2:] if m in sys.modules)}))
    """
)


def first_run(database_file) -> dict:
    """The welcome page's first run in a fresh process: its heading and which of DEFERRED it imported."""
    env = {**os.environ, "MENTORFINDER_WORKSHOP_DB": str(database_file)}
    env.pop("MENTORFINDER_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", FIRST_RUN, APP, *DEFERRED],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_welcome_first_run_imports_no_database_pdf_or_table_library(tmp_path):
    shown = first_run(tmp_path / "none-yet.sqlite3")
    assert shown == {"heading": ["Mentor Finder"], "loaded": []}


def test_a_server_with_a_database_purges_later_not_during_the_first_run(tmp_path):
    """The hourly purge's first round (which opens the store) waits until the first page is shown."""
    database = tmp_path / "workshops.sqlite3"
    database.touch()
    shown = first_run(database)
    assert shown == {"heading": ["Mentor Finder"], "loaded": []}

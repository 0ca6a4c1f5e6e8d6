#!/usr/bin/env bash
# Run every check: sets up .venv and a Chromium for the browser tests, then lint + all tests.
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
ensure_venv requirements-dev.txt
ensure_fonts
# The browser tests drive a real Chromium (Debian's where it can be had, else Playwright's own);
# the PDF tests render pages with pdftoppm (poppler-utils).
missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${MENTORFINDER_CHROMIUM:-}" ] || missing+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# The workshop store's tests start a throwaway PostgreSQL server (initdb + pg_ctl; Debian keeps them off PATH).
if ! { command -v initdb && command -v pg_ctl; } >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ ${#missing[@]} -gt 0 ] && [ -z "${MENTORFINDER_NO_APT:-}" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing ${missing[*]} from Debian ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ -z "${MENTORFINDER_CHROMIUM:-}" ]; then
  if command -v chromium >/dev/null 2>&1; then
    MENTORFINDER_CHROMIUM=$(command -v chromium)
    export MENTORFINDER_CHROMIUM
  else
    .venv/bin/python -m playwright install chromium
  fi
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
if [ $# -gt 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi
# The whole suite: the core and app tests spread over two workers (pytest-xdist; they share nothing but the
# machine), then the browser tests on three. A browser test mostly waits (for a run, for the page to be quiet):
# on three workers the 71 used under half a core on average, so a third worker on two cores still takes a third
# off their time (measured on a busy shared machine: 11m58 one at a time before their waits were cut; after, 6m29
# on two workers and 4m24 on three).
# Each worker has its own server and Chromium (and a module's own server, where it has one) on free ports, and no
# browser test has a time budget, only timeouts for waits.
# The longest tests are collected first (tests/conftest.py's LONGEST_FIRST) and dealt out in that order: the core
# and app tests a file at a time (--dist loadfile, unsorted: a module-scoped fixture such as the calibration's 1500
# answer sets is made once, not once per worker), the browser tests one at a time (--dist loadgroup with no groups;
# xdist's default sends each worker a run of consecutive tests first, which put the longest on one worker).
# (xdist_group markers do nothing here: xdist 3.8 renames item._nodeid, which pytest 9 no longer reads.)
# Where the time goes is CPU (docs/architecture.md, 8 December 2026): the browser tests took 367 CPU seconds (most of
# it Chromium drawing the pages, not the app's server) and the core and app tests 503, about 870 in all against the
# 600 that two cores have in 5 minutes: on a 2-core machine spreading the work alone does not bring this under 5 minutes.
.venv/bin/python -m pytest tests/core tests/app -n 2 --dist loadfile --no-loadscope-reorder
exec .venv/bin/python -m pytest tests/browser -n 3 --dist loadgroup

#!/usr/bin/env bash
# Run every check: sets up .venv and a Chromium for the browser tests, then lint + all tests.
source "$(dirname "${BASH_SOURCE[0]}")/_venv.sh"
ensure_venv requirements-dev.txt
# The browser tests drive a real Chromium: Debian's where it can be had, else Playwright's own.
if [ -z "${MENTORFINDER_CHROMIUM:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing Debian's chromium and poppler-utils ..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null) || true
  fi
  if command -v chromium >/dev/null 2>&1; then
    export MENTORFINDER_CHROMIUM=$(command -v chromium)
  else
    .venv/bin/python -m playwright install chromium
  fi
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
exec .venv/bin/python -m pytest "$@"

"""Puts the project root and the browser tests' helpers on sys.path, so a bench runs as `python bench/x.py`."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT / "tests" / "browser", ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

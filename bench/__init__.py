"""Benchmarks that print figures (docs/performance.md); each runs from the project root as `python -m bench.<name>`."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

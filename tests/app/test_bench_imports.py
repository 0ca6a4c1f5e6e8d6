"""Bench and tests share code by import, never by editing sys.path (issue 21): bench is a package, each bench run
from the project root as `python -m bench.<name>`, and the helpers it shares with the tests are imported by their
dotted names (`tests.browser.wizard`, `tests.core.fuzzing`)."""

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHES = sorted(p.stem for p in (ROOT / "bench").glob("*.py") if p.stem != "__init__")


def sys_path_uses(source: str) -> list[int]:
    """The lines that touch `sys.path` (an insert, an assignment to a slice of it, any use at all)."""
    return sorted(
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr == "path"
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
    )


def test_a_sys_path_edit_is_found():
    source = (
        'import sys\nsys.path[:0] = ["tests/core"]\nsys.path.insert(0, "bench")\nfrom os import path\npath.join("a")\n'
    )
    assert sys_path_uses(source) == [2, 3]


def test_neither_bench_nor_tests_touch_sys_path():
    files = sorted((ROOT / "bench").glob("*.py")) + sorted((ROOT / "tests").rglob("*.py"))
    found = {str(p.relative_to(ROOT)): lines for p in files if (lines := sys_path_uses(p.read_text(encoding="utf-8")))}
    assert found == {}


@pytest.mark.parametrize("name", BENCHES)
def test_every_bench_module_imports_as_part_of_the_package(name):
    module = importlib.import_module(f"bench.{name}")
    assert module.__file__ == str(ROOT / "bench" / f"{name}.py")
    assert module.__doc__.strip()  # the one line saying its job, which a bench's --help prints

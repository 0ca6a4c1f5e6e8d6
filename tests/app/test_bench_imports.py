"""Bench and tests share code by import, never by editing sys.path (issue 21): bench is a package, each bench run
from the project root as `python -m bench.<name>`, and the helpers it shares with the tests are imported by their
dotted names (`tests.browser.wizard`, `tests.core.fuzzing`). Each bench module states its job in its first line and
stays under 250 lines, and only the `bench.streamlit_protocol` package imports Streamlit's protobufs or `websockets`
(issue 21: the protocol behind one place, guarded by tests/browser/test_protocol_walk.py)."""

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(p for p in (ROOT / "bench").rglob("*.py") if p != ROOT / "bench" / "__init__.py")
# each module's dotted name and file: a package (bench.streamlit_protocol) by its __init__.py
BENCHES = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p for p in FILES}


def protocol_imports(source: str) -> list[str]:
    """The modules of Streamlit's protobufs (`streamlit.proto…`) and of `websockets` that `source` imports."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.update([node.module, *(f"{node.module}.{alias.name}" for alias in node.names)])
    return sorted(n for n in names if n.split(".")[0] == "websockets" or n.split(".")[:2] == ["streamlit", "proto"])


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
    files = sorted((ROOT / "bench").rglob("*.py")) + sorted((ROOT / "tests").rglob("*.py"))
    found = {str(p.relative_to(ROOT)): lines for p in files if (lines := sys_path_uses(p.read_text(encoding="utf-8")))}
    assert found == {}


@pytest.mark.parametrize("name", sorted(BENCHES))
def test_every_bench_module_imports_as_part_of_the_package(name):
    module = importlib.import_module(name)
    assert module.__file__ == str(BENCHES[name])
    assert module.__doc__.strip()  # the one line saying its job, which a bench's --help prints


def test_every_bench_module_states_its_job_first_and_stays_under_250_lines():
    texts = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in FILES}
    unstated = [name for name, text in texts.items() if not text.startswith('"""')]
    long = [(name, n) for name, text in texts.items() if (n := len(text.splitlines())) > 250]
    assert (unstated, long) == ([], [])


def test_a_protocol_import_is_found():
    source = (
        "import websockets\nfrom streamlit.proto.BackMsg_pb2 import BackMsg\nfrom streamlit import proto\n"
        "import streamlit as st\nfrom streamlit.testing.v1 import AppTest\n"
    )
    assert protocol_imports(source) == [
        "streamlit.proto",
        "streamlit.proto.BackMsg_pb2",
        "streamlit.proto.BackMsg_pb2.BackMsg",
        "websockets",
    ]


def test_only_the_protocol_package_imports_streamlit_protobufs_or_websockets_in_bench():
    users = {str(p.relative_to(ROOT)) for p in FILES if protocol_imports(p.read_text(encoding="utf-8"))}
    assert users == {
        "bench/streamlit_protocol/download.py",
        "bench/streamlit_protocol/elements.py",
        "bench/streamlit_protocol/session.py",
    }

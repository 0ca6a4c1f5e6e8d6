"""The core's layout (issue 21): grouped by concept into a few entries, and no module imports itself round a loop."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "mentorfinder"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in CORE.rglob("*.py") if "migrations" not in p.parts}


def imported(path: Path, known: dict[str, Path]) -> set[str]:
    """Every core module this file imports, at the top or inside a function (a deferred import still ties them)."""
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add(full if full in known else base)
    return {m for m in found if m in known and m != here}


def test_the_core_has_at_most_fourteen_entries_each_a_concept():
    entries = sorted(p.name for p in CORE.iterdir() if p.name != "__pycache__")
    assert len(entries) <= 14, entries
    assert {"intake", "i18n", "content", "answers", "scoring", "matching", "present", "report", "workshop"} <= set(
        entries
    )


def pop_group(stack: list[str], on_stack: set[str], root: str) -> list[str]:
    """Tarjan's last step: pop the stack down to `root`; what was popped is one strongly connected group."""
    group = []
    while True:
        top = stack.pop()
        on_stack.discard(top)
        group.append(top)
        if top == root:
            return group


def test_no_import_cycle_in_the_core():
    known = modules()
    graph = {name: imported(path, known) for name, path in known.items()}
    cycles, index, low, stack, on_stack, counter = [], {}, {}, [], set(), [0]

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = pop_group(stack, on_stack, node)
            if len(group) > 1:
                cycles.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    assert cycles == []


def test_a_bare_pytest_collects_every_test():
    # before: only `python -m pytest` worked; a bare `pytest` failed to collect 14 files (no module 'mentorfinder')
    done = subprocess.run(
        [
            Path(sys.executable).with_name("pytest"),
            "--collect-only",
            "-q",
            "-p",
            "no:xdist",
            "tests/core/test_matching.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-2000:]
    assert "error" not in done.stdout.lower() and "test_matching.py" in done.stdout, done.stdout[-500:]

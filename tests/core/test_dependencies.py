"""Every third-party import is pinned (issue 21), and pyproject's [project] lists the same packages as the pins."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
WALKED = ["mentorfinder", "ui", "views", "app.py", "bench", "tests", "scripts"]


def python_files() -> list[Path]:
    found = []
    for entry in WALKED:
        path = ROOT / entry
        found += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return found


def own_modules() -> set[str]:
    """Names the checkout itself provides: its packages (tests/ is one without an __init__: bench imports its
    helpers by dotted name), and every module a test puts on sys.path."""
    packages = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()} | {"tests"}
    return {p.stem for p in python_files()} | packages


def top_level_imports(path: Path, guarded: bool = False) -> set[str]:
    """Top-level names of every absolute import in the file, at the top or inside a function; `guarded`: only
    those inside a `try` whose handler would catch their ImportError (an optional package), else only the others."""
    names = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    optional = {
        id(n) for t in ast.walk(tree) if isinstance(t, ast.Try) and catches_import_error(t) for n in walk(t.body)
    }
    for node in ast.walk(tree):
        if (id(node) in optional) != guarded:
            continue
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def walk(body: list[ast.stmt]) -> list[ast.AST]:
    return [node for statement in body for node in ast.walk(statement)]


def catches_import_error(node: ast.Try) -> bool:
    caught = [h.type for h in node.handlers]
    kinds = [e for c in caught if c is not None for e in (c.elts if isinstance(c, ast.Tuple) else [c])]
    broad = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}  # each catches an ImportError
    return None in caught or any(isinstance(k, ast.Name) and k.id in broad for k in kinds)


def normal(name: str) -> str:
    """A distribution name as PEP 503 compares them (PyYAML = pyyaml, typing_extensions = typing-extensions)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(filename: str) -> dict[str, str]:
    """name -> version of every `name==version` line (extras dropped); `-r` lines are not followed."""
    found = {}
    for line in (ROOT / filename).read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?==([^\s#]+)", line.strip()):
            found[normal(match[1])] = match[2]
    return found


def third_party_imports(guarded: bool = False) -> dict[str, list[str]]:
    """Each third-party top-level module imported anywhere walked -> the files that import it (`guarded`: the
    optional ones, imported only under `except ImportError`)."""
    skip = set(sys.stdlib_module_names) | own_modules() | {"__future__"}
    found: dict[str, list[str]] = {}
    for path in python_files():
        for name in top_level_imports(path, guarded) - skip:
            found.setdefault(name, []).append(str(path.relative_to(ROOT)))
    return found


def test_every_third_party_import_is_pinned():
    pinned = pins("requirements.txt") | pins("requirements-dev.txt")
    distributions = packages_distributions()
    unpinned = {}
    for module, files in sorted(third_party_imports().items()):
        names = {normal(d) for d in distributions.get(module, [])}
        if not names & set(pinned):
            unpinned[module] = (sorted(names) or ["not installed"], files[:3])
    assert unpinned == {}


def test_every_optional_import_is_pinned_or_a_declared_extra():
    # an import the code tries and does without (kaleido, for the benchmark's Plotly export) need not be pinned, as
    # the suite never needs it, but then pyproject names it in an extra: every package the code may import is declared
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {normal(Requirement(r).name) for reqs in project["optional-dependencies"].values() for r in reqs}
    known = set(pins("requirements.txt")) | set(pins("requirements-dev.txt")) | extras
    distributions = packages_distributions()
    undeclared = []
    for module in sorted(set(third_party_imports(guarded=True)) - set(third_party_imports())):
        if not ({normal(d) for d in distributions.get(module, [])} or {normal(module)}) & known:
            undeclared.append(module)
    assert undeclared == []


def test_the_walk_sees_the_imports_it_should():
    # the check above is only as good as this walk: it finds the packages the code is known to use, and no own module
    imports = third_party_imports()
    assert {"streamlit", "plotly", "yaml", "pydantic", "fpdf", "sqlalchemy", "fontTools", "websockets"} <= set(imports)
    assert {"pytest", "hypothesis", "playwright", "pypdf"} <= set(imports)
    assert not {"mentorfinder", "ui", "views", "app", "bench", "streamlit_server", "apphelpers"} & set(imports)
    assert "kaleido" in third_party_imports(guarded=True) and "kaleido" not in imports


def test_pyproject_declares_the_pinned_packages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "mentorfinder"
    assert project["requires-python"] == ">=3.11"

    def names(requirements: list[str]) -> set[str]:
        return {normal(re.match(r"[A-Za-z0-9_.-]+", r)[0]) for r in requirements}

    runtime, dev = pins("requirements.txt"), pins("requirements-dev.txt")
    assert names(project["dependencies"]) == set(runtime)
    assert names(project["optional-dependencies"]["dev"]) == set(dev)
    # each declared range admits the exact pin (a range the pin falls outside of is a lie one of them tells)
    outside = []
    for line in project["dependencies"] + project["optional-dependencies"]["dev"]:
        requirement = Requirement(line)
        if not requirement.specifier.contains((runtime | dev)[normal(requirement.name)]):
            outside.append((line, (runtime | dev)[normal(requirement.name)]))
    assert outside == []

"""Session state and the address are read and written only by the state modules, ui/state.py and ui/state_*.py."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIRECT = {"session_state", "query_params"}  # st.session_state, st.query_params: the state modules' own business


def direct_accesses(source: str) -> list[int]:
    """The lines of `source` that touch st.session_state or st.query_params, or import them from streamlit.

    An attribute or import by that name, not a keyword argument: st.switch_page(page, query_params=…) names the
    next page's address and touches nothing of this session's.
    """
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in DIRECT:
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and any(alias.name in DIRECT for alias in node.names):
            lines.append(node.lineno)
    return sorted(lines)


def outside_files() -> list[Path]:
    """Every app file but the state modules: ui/, views/ and app.py."""
    files = [ROOT / "app.py", *sorted((ROOT / "ui").rglob("*.py")), *sorted((ROOT / "views").rglob("*.py"))]
    return [p for p in files if not (p.parent == ROOT / "ui" and p.name.startswith("state"))]


def test_no_file_outside_the_state_modules_touches_session_state_or_the_address():
    found = [f"{p.relative_to(ROOT)}:{n}" for p in outside_files() for n in direct_accesses(p.read_text())]
    assert found == []


def test_the_check_sees_every_kind_of_direct_access_and_passes_a_keyword():
    source = (
        "import streamlit as st\n"
        "from streamlit import session_state\n"
        "a = st.session_state.get('x')\n"
        "st.session_state['y'] = 1\n"
        "del st.query_params['join']\n"
        "st.switch_page('p.py', query_params={'a': '1'})\n"
    )
    assert direct_accesses(source) == [2, 3, 4, 5]


def test_the_state_modules_are_the_ones_the_rule_names():
    state_modules = sorted(p.name for p in (ROOT / "ui").glob("state*.py"))
    assert state_modules == ["state.py", "state_page.py", "state_programme.py", "state_workshop.py"]
    # each says the rule in its docstring, so whoever opens one learns where state lives
    rule = "ui/state.py and ui/state_*.py"
    assert [name for name in state_modules if rule not in (ROOT / "ui" / name).read_text().split('"""')[1]] == []

"""Every MENTORFINDER_* setting is declared once (mentorfinder/settings.py), read only through it, and documented."""

import ast
import re
from pathlib import Path

import pytest

from mentorfinder import settings

ROOT = Path(__file__).resolve().parents[2]
NAME = re.compile(r"^MENTORFINDER_[A-Z_]+$")


def test_no_setting_is_named_outside_the_settings_module():
    # before: seven settings read with os.environ in six files, two of them in the UI
    named = [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.value}"
        for folder in ("mentorfinder", "ui", "views")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name != "settings.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and NAME.match(node.value)
    ]
    assert named == []


def test_every_setting_the_app_or_its_scripts_read_is_in_the_readme_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Settings") :]
    scripts = {m for p in (ROOT / "scripts").glob("*.sh") for m in re.findall(r"MENTORFINDER_[A-Z_]+", p.read_text())}
    assert [n for n in sorted(settings.NAMES | scripts) if f"`{n}`" not in table] == []


def test_a_setting_is_read_stripped_and_an_undeclared_one_is_refused(monkeypatch):
    monkeypatch.setenv(settings.PUBLIC_URL, "  https://mentors.example.org/  ")
    assert settings.value(settings.PUBLIC_URL) == "https://mentors.example.org/"
    monkeypatch.delenv(settings.CACHE_DIR, raising=False)
    assert settings.value(settings.CACHE_DIR) == ""
    with pytest.raises(KeyError, match="MENTORFINDER_TYPO is not a declared setting"):
        settings.value("MENTORFINDER_TYPO")

"""The core never imports streamlit, so it runs (and is tested) without the UI."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_import_leaves_streamlit_and_plotly_out():
    core = ROOT / "mentorfinder"
    files = sorted(p for p in core.rglob("*.py") if "migrations" not in p.parts)
    modules = [".".join(p.relative_to(core).with_suffix("").parts) for p in files if p.stem != "__main__"]
    modules = [m.removesuffix(".__init__") for m in modules if m != "__init__"]
    code = "import json, sys\n" + "".join(f"import mentorfinder.{m}\n" for m in modules)
    code += "ui = [name for name in ('streamlit', 'plotly') if name in sys.modules]\n"
    code += "print(json.dumps([sorted(m for m in sys.modules if m.startswith('mentorfinder.')), ui]))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    imported, ui = json.loads(done.stdout)
    assert set(imported) == {f"mentorfinder.{m}" for m in modules}  # every core module was imported, and only those
    assert ui == []  # figures are built in ui/figures.py, where they are used


def test_every_module_states_its_job_in_its_first_line_and_stays_small():
    files = [p for folder in ("mentorfinder", "ui", "views") for p in sorted((ROOT / folder).rglob("*.py"))]
    unstated = [str(p.relative_to(ROOT)) for p in files if not p.read_text().startswith('"""')]
    long = [(str(p.relative_to(ROOT)), n) for p in files if (n := len(p.read_text().splitlines())) > 250]
    assert (unstated, long) == ([], [])

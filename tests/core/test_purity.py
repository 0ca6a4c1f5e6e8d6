"""The core never imports streamlit, so it runs (and is tested) without the UI."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_import_leaves_streamlit_out():
    modules = sorted(p.stem for p in (ROOT / "mentorfinder").glob("*.py") if not p.stem.startswith("__"))
    code = "import json, sys\n" + "".join(f"import mentorfinder.{m}\n" for m in modules)
    code += "print(json.dumps([sorted(m for m in sys.modules if m.startswith('mentorfinder.')), 'streamlit' in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    imported, has_streamlit = json.loads(done.stdout)
    assert set(imported) == {f"mentorfinder.{m}" for m in modules}  # every core module was imported, and only those
    assert has_streamlit is False

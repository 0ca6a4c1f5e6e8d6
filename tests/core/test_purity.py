"""The core never imports streamlit, so it runs (and is tested) without the UI."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_import_leaves_streamlit_out():
    modules = sorted(p.stem for p in (ROOT / "mentorfinder").glob("*.py") if p.stem != "__main__")
    code = "import sys\n" + "".join(f"import mentorfinder.{m}\n" for m in modules)
    code += "print(len([m for m in sys.modules if m.startswith('mentorfinder.')]), 'streamlit' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    count, has_streamlit = done.stdout.split()
    assert int(count) >= len(modules) - 1
    assert has_streamlit == "False"

"""The workshop package is core: importing all of it loads neither streamlit nor plotly."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_workshop_package_imports_without_the_ui():
    package = ROOT / "mentorfinder" / "workshop"
    modules = sorted(f"mentorfinder.workshop.{p.stem}" for p in package.glob("*.py") if p.stem != "__init__")
    code = "import json, sys\n" + "".join(f"import {m}\n" for m in modules)
    code += "print(json.dumps([m for m in ('streamlit', 'plotly') if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == []
    # the store and the process's holder of it (with the hourly purge) are core, like the rest of the package
    assert {"mentorfinder.workshop.store", "mentorfinder.workshop.service"} <= set(modules)

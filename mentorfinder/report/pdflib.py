"""fpdf2 as the report imports it: without the numpy it only uses to speed up images, when nothing else needs it.

fpdf2 imports numpy at import time if it can (fpdf/image_parsing.py: `try: import numpy` ... `except
ImportError: numpy = None`), only to decode images faster; the report draws no images, and numpy costs
a new `report` process about 0.1 s of CPU. So when nothing has loaded numpy yet (the command line),
numpy is hidden while fpdf2 is imported and allowed again straight after: anything imported later
still gets it. A process that already has numpy (the Streamlit app, through pandas) is left as it is.
The rest of what fpdf2 imports (html, svg, PIL, fontTools' variable fonts) is imported by its
package __init__ and fpdf/fpdf.py unconditionally, so no narrower import avoids it.
"""

from __future__ import annotations

import sys


def _import_fpdf_without_numpy() -> None:
    if "fpdf" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # `import numpy` now raises ImportError, which fpdf2 catches
    try:
        import fpdf  # noqa: F401
    finally:
        if "numpy" in sys.modules and sys.modules["numpy"] is None:
            del sys.modules["numpy"]


_import_fpdf_without_numpy()

from fontTools import ttLib  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.enums import XPos, YPos  # noqa: E402
from fpdf.font_type_3 import get_color_font_object  # noqa: E402
from fpdf.fonts import SubsetMap, TTFFont  # noqa: E402

__all__ = ["FPDF", "SubsetMap", "TTFFont", "XPos", "YPos", "get_color_font_object", "ttLib"]

"""The shipped faces: DejaVu Sans regular and bold, where they lie, and the code points both of them print.

Read by the font lookup (which text the shipped faces print) and by the fallback scripts (which characters
need another font), so neither has to import the other.
"""

from __future__ import annotations

import io
import sys
from array import array
from functools import cache
from pathlib import Path

from mentorfinder.report.fonts.cache import cached_build

FONT_DIR = Path(__file__).resolve().parent / "files"  # mentorfinder/report/fonts/files, shipped with the package
FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
CMAP_RECIPE = f"best cmap code points as array(I) {array('I').itemsize}-byte {sys.byteorder}-endian"


@cache
def full_cmap() -> frozenset[int]:
    """Every code point the shipped regular and bold DejaVu Sans both have (a list kept in the cache folder:
    reading the fonts' character maps costs a new process ~45 ms)."""
    maps = []
    for name in FILES.values():
        listed = cached_build(f"{Path(name).stem}-cmap", (FONT_DIR / name).read_bytes(), CMAP_RECIPE, _cmap, ".cmap")
        try:
            maps.append(set(array("I", listed)))
        except ValueError:  # not a list of code points (damaged): read the font itself
            maps.append(set(array("I", _cmap((FONT_DIR / name).read_bytes()))))
    return frozenset(maps[0] & maps[1])


def _cmap(source: bytes) -> bytes:
    from fontTools.ttLib import TTFont

    return array("I", sorted(TTFont(io.BytesIO(source), lazy=True).getBestCmap())).tobytes()


def _cmap(source: bytes) -> bytes:
    from fontTools.ttLib import TTFont

    return array("I", sorted(TTFont(io.BytesIO(source), lazy=True).getBestCmap())).tobytes()

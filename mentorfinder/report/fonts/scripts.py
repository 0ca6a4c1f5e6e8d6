"""Which installed fonts print which characters: the Noto fallback fonts, found by path, and the uncovered check.

DejaVu Sans (shipped) prints Latin, Greek, Cyrillic and much more. Names in other scripts print with
Noto fonts from Debian's fonts-noto-core (Arabic, Hebrew) and fonts-noto-cjk (Chinese, Japanese,
Korean), which scripts/_venv.sh installs; they are looked up by path each process, and a machine
without them simply covers fewer characters. Arabic and Hebrew always use Noto (not DejaVu's own
letters): right to left, with Arabic joined, by HarfBuzz text shaping (layout.py).
"""

from __future__ import annotations

import os
import re
from array import array
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from mentorfinder import settings
from mentorfinder.i18n.catalogue import _
from mentorfinder.report.fonts.cache import cached_build
from mentorfinder.report.fonts.shipped import full_cmap

DIRS_ENV = settings.FONT_DIRS  # extra folders (os.pathsep-separated) searched before the system's
SYSTEM_DIRS = ("/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto")
RTL = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Zero-width joiners and variation selectors are dropped before printing.
IGNORED = re.compile("[\\s\u200c\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Fallback:
    """One fallback font: its family key, regular and bold files, face in a collection, and preferred range."""

    family: str
    files: tuple[str, str]  # regular, bold
    face: int = 0  # Noto Sans CJK collections: 0 is the Japanese face (all faces cover the same characters)
    prefer: str = ""  # a regex of characters this font prints even where DejaVu has them
    per_report: bool = False  # a large CFF collection: a font of the report's own characters (cjkfont.py)


FALLBACKS = (
    Fallback(
        "notohebrew", ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"), prefer="[\u0590-\u05ff\ufb1d-\ufb4f]"
    ),
    Fallback(
        "notoarabic",
        ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        prefer="[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]",
    ),
    Fallback("notocjk", ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"), per_report=True),
)


def font_dirs() -> list[Path]:
    """Folders searched for the fallback fonts: $MENTORFINDER_FONT_DIRS first, then Debian's Noto folders."""
    extra = [Path(p) for p in settings.value(DIRS_ENV).split(os.pathsep) if p]
    return extra + [Path(p) for p in SYSTEM_DIRS]


@cache
def installed() -> tuple[tuple[Fallback, tuple[Path, Path]], ...]:
    """The fallback fonts whose regular and bold files are both found, with their paths (once per process)."""
    found = []
    for fallback in FALLBACKS:
        paths = [next((d / f for d in font_dirs() if (d / f).is_file()), None) for f in fallback.files]
        if all(paths):
            found.append((fallback, tuple(paths)))
    return tuple(found)


@cache
def cmap(family: str) -> frozenset[int]:
    """Code points of a fallback font's regular face (the bold faces cover the same), kept in the cache folder:
    reading a CJK collection's character map costs ~0.4 s."""
    for fallback, paths in installed():
        if fallback.family == family:
            source = paths[0].read_bytes()
            face = fallback.face
            listed = cached_build(
                f"{paths[0].stem}-{face}-cmap", source, f"cmap face {face}", partial(_cmap, face=face)
            )
            return frozenset(array("I", listed))
    return frozenset()


def _cmap(source: bytes, face: int) -> bytes:
    import io

    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(source), lazy=True, fontNumber=face if source[:4] == b"ttcf" else -1)
    return array("I", sorted(font.getBestCmap())).tobytes()


def font_for(char: str, dejavu: frozenset[int]) -> str | None:
    """The fallback family that prints `char`; None when DejaVu does or nothing installed does."""
    code = ord(char)
    for fallback, _path in installed():
        if fallback.prefer and re.match(fallback.prefer, char) and code in cmap(fallback.family):
            return fallback.family
    if code in dejavu:
        return None
    return next((f.family for f, _ in installed() if code in cmap(f.family)), None)


def uncovered_characters(text: str) -> list[str]:
    """The characters of `text` that no installed font prints, each once, in order of appearance.

    Spaces, line breaks, controls, joiners and variation selectors are not printed and never count.
    A name with any of these would print a replacement mark, so the PDF download refuses it first.
    """
    dejavu = full_cmap()
    missing: list[str] = []
    for char in text:
        if char in missing or IGNORED.match(char) or ord(char) in dejavu:
            continue
        if font_for(char, dejavu) is None:
            missing.append(char)
    return missing


def name_problem(name: str, language: str = "en") -> str:
    """'' when every character of the name prints, else why not in `language`, naming the characters by code
    point too (some have no visible glyph): 'the name has characters no installed font can print: U+E000 ("")'."""
    missing = uncovered_characters(name)
    if not missing:
        return ""
    why = _("the name has characters no installed font can print: %(characters)s", language)
    return why % {"characters": ", ".join(f'U+{ord(c):04X} ("{c}")' for c in missing)}


def is_rtl(text: str) -> bool:
    """True when text holds Hebrew or Arabic letters: it is drawn with text shaping (direction and joining)."""
    return RTL.search(text) is not None

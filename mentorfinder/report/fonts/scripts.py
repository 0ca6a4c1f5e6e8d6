"""Which font prints which character: the shipped DejaVu, else the fallback font found for its script.

DejaVu Sans (shipped) prints Latin, Greek, Cyrillic and much more. Names in Arabic, Hebrew and CJK
(Chinese, Japanese, Korean) print with a fallback font found on the machine (choice.py): the Noto files
where Debian puts them (scripts/_venv.sh installs them there), else any installed font whose own
character map covers the script, found through fontconfig or the macOS or Windows font folders
(system.py); $MENTORFINDER_FONT_DIRS is searched first. The lookup runs once per process, and only for a
character DejaVu lacks or an Arabic or Hebrew letter: a machine without such a font simply covers fewer
characters. Arabic and Hebrew always use their fallback font (not DejaVu's own letters): right to left,
with Arabic joined, by HarfBuzz text shaping (layout.py).
"""

from __future__ import annotations

import os
import re
import threading
from functools import cache
from pathlib import Path

from mentorfinder import settings
from mentorfinder.i18n.catalogue import _
from mentorfinder.report.fonts import system
from mentorfinder.report.fonts.choice import SCRIPTS, Fallback, choose
from mentorfinder.report.fonts.shipped import full_cmap
from mentorfinder.report.fonts.system import folder_faces

DIRS_ENV = settings.FONT_DIRS  # extra folders (os.pathsep-separated) searched before the system's
SYSTEM_DIRS = ("/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto")  # Debian's Noto folders
RTL = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Zero-width joiners and variation selectors are dropped before printing.
IGNORED = re.compile("[\\s\u200c\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\x00-\x1f\x7f-\x9f]")
_LOOKING = threading.Lock()
PREFERRED = re.compile("|".join(script.prefer for script in SCRIPTS if script.prefer))


def setting_dirs() -> list[Path]:
    """The folders of $MENTORFINDER_FONT_DIRS (os.pathsep-separated), in order."""
    return [Path(p) for p in settings.value(DIRS_ENV).split(os.pathsep) if p]


def font_dirs() -> list[Path]:
    """Folders searched for the Noto files by name: $MENTORFINDER_FONT_DIRS first, then Debian's Noto folders."""
    return setting_dirs() + [Path(p) for p in SYSTEM_DIRS]


@cache
def installed() -> tuple[Fallback, ...]:
    """The fallback fonts found, in fallback order (looked up once per process, when first needed)."""
    with _LOOKING:  # two reports' threads at once: the second waits, and finds the system's list kept
        return choose(font_dirs(), lambda: folder_faces(setting_dirs()), lambda: system.system_faces())


def font_for(char: str, dejavu: frozenset[int]) -> str | None:
    """The fallback family that prints `char`; None when DejaVu does or nothing installed does. A character
    DejaVu prints (other than an Arabic or Hebrew letter) never starts the lookup."""
    code = ord(char)
    preferred = PREFERRED.match(char) is not None
    if code in dejavu and not preferred:
        return None
    if preferred:
        for fallback in installed():
            if fallback.prefer and re.match(fallback.prefer, char) and code in fallback.codes:
                return fallback.family
    if code in dejavu:
        return None
    return next((f.family for f in installed() if code in f.codes), None)


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

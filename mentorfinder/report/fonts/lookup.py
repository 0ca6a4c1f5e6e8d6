"""The PDF's fonts: shipped DejaVu Sans, a fast cached subset for common scripts, and the fallback glyph.

DejaVu Sans covers Latin, Greek, Cyrillic and more (about 5,900 characters), but parsing the whole
font costs fpdf2 ~35 ms per style. Most reports only need Latin, Greek and Cyrillic, so a subset of
those (~750 glyphs, ~10 ms) is built once per font content into the user's cache folder (fontcache.py)
and used first (each process parses it once: fontload.py); a
report that needs anything else is rebuilt with the full fonts. Arabic, Hebrew and CJK print with the
fallback fonts found on the machine (scripts.py). Characters no font has (most emoji, private use, ...) print
as the replacement character U+FFFD (a diamond with a question mark), one per run of such characters;
a name with any is refused before the PDF (scripts.uncovered_characters). DejaVu itself has a few
monochrome emoji (e.g. the emoticons 😀) and prints those.
"""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

from mentorfinder.report.fonts.cache import cached_build
from mentorfinder.report.fonts.scripts import font_for
from mentorfinder.report.fonts.shipped import FILES, FONT_DIR, full_cmap

FAMILY = "dejavu"
FALLBACK = "\ufffd"

# Latin-1 + Extended-A, Romanian comma letters, schwa, Greek, Cyrillic, the punctuation and the few
# symbols the report itself uses.
CORE_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0x17F),
    (0x218, 0x21B),
    (0x259, 0x259),
    (0x370, 0x3FF),
    (0x400, 0x4FF),
    (0x2010, 0x2027),
    (0x2030, 0x203A),
    (0x20AC, 0x20AC),
    (0x2190, 0x2193),
    (0x25A0, 0x25CF),
    (0x2713, 0x2713),
    (0xFFFD, 0xFFFD),
)
# Invisible joiners, variation selectors and skin-tone modifiers of emoji sequences: without shaping they
# cannot join anything, so they are dropped and a sequence like 👩‍💻 becomes one fallback glyph.
_JOINERS = re.compile("[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


@cache
def core_cmap() -> frozenset[int]:
    """Code points of the fast subset."""
    wanted = {c for low, high in CORE_RANGES for c in range(low, high + 1)}
    return frozenset(wanted & full_cmap())


def printable(value: str) -> tuple[str, bool, frozenset[str]]:
    """safe_text(value), whether it needs the full font, and the characters it prints with a fallback font
    (Doc memoises it per report)."""
    safe = safe_text(value)
    if not needs_full_font(safe):
        return safe, False, frozenset()
    fallback = fallback_chars(safe)  # these need a fallback font, not the full DejaVu
    return safe, needs_full_font("".join(c for c in safe if c not in fallback)), fallback


def safe_text(value: str) -> str:
    """Text as it can be printed: line breaks and controls become spaces, runs of characters
    no installed font has become one U+FFFD each."""
    value = _JOINERS.sub("", _CONTROLS.sub(" ", value))  # joiners and selectors only split sequences
    known, core = full_cmap(), core_cmap()
    out: list[str] = []
    for char in value:
        code = ord(char)
        if code in core or code in known or font_for(char, known):
            out.append(char)
        elif not (out and out[-1] == FALLBACK):
            out.append(FALLBACK)
    return "".join(out)


def fallback_chars(value: str) -> frozenset[str]:
    """The characters of printable text that print with a fallback font rather than DejaVu."""
    known, core = full_cmap(), core_cmap()
    return frozenset(c for c in value if ord(c) not in core and font_for(c, known))


def needs_full_font(value: str) -> bool:
    """True when printable text has a character outside the fast subset."""
    core = core_cmap()
    return any(ord(c) not in core for c in value)


# What _subset does, in words: changing either changes the cache key.
SUBSET_RECIPE = f"{CORE_RANGES!r} no-layout notdef-outline all-names glyph-names source-timestamp"


def font_data(full: bool) -> dict[str, bytes]:
    """Regular and bold font bytes: the fast subset (cached on disk, or built) unless `full`."""
    data = {}
    for style, name in FILES.items():
        source = (FONT_DIR / name).read_bytes()
        data[style] = source
        if not full:
            try:
                data[style] = cached_build(f"{Path(name).stem}-core", source, _recipe(), _subset)
            except Exception:  # noqa: BLE001 - a subset that cannot be built just means the full font
                pass
    return data


def _recipe() -> str:
    from fontTools import version

    return f"{SUBSET_RECIPE} fontTools {version}"  # another fontTools may subset differently


def _subset(source: bytes) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(source), recalcTimestamp=False)  # the same bytes every time they are built
    options = subset.Options()
    options.layout_features = []  # fpdf2 draws without shaping, so no GSUB/GPOS needed
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern", "FFTM"]
    options.name_IDs = ["*"]  # keep the copyright and licence names
    options.notdef_outline = True
    options.glyph_names = True  # names in the post table: no process rebuilds them from the Adobe Glyph List
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(core_cmap()))
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()

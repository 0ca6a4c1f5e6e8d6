"""The system's installed font faces: fontconfig's list on Linux and BSD, the standard font folders elsewhere.

Each face says which scripts it claims: fontconfig's languages (worked out by fontconfig from the font's
character map), or in a folder the Unicode ranges the font's OS/2 table declares (read without the whole
font). A claim only ranks a face: whether it is used is decided by its own character map (choice.py).
Asked only when a report has characters the shipped and Noto-by-name fonts lack, once per process.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PLATFORM = sys.platform
# script key -> (fontconfig language, OS/2 ulUnicodeRange bit)
CLAIMS = {"hebrew": ("he", 11), "arabic": ("ar", 13), "han": ("zh-cn", 59), "kana": ("ja", 49), "hangul": ("ko", 56)}
MAC_FOLDERS = ("/System/Library/Fonts", "/Library/Fonts", "~/Library/Fonts")
# macOS 13+ keeps downloadable fonts (PingFang among them, once downloaded in Font Book) in asset folders
MAC_ASSETS = ("/System/Library/AssetsV2", "com_apple_MobileAsset_Font*")
FREEDESKTOP_FOLDERS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
FC_FORMAT = "%{file}\t%{index}\t%{family}\t%{weight}\t%{slant}\t%{width}\t%{lang}\n"
# fontconfig's weights on the OpenType scale (as fontconfig's own FcWeightToOpenType)
FC_WEIGHTS = ((0, 100), (40, 200), (50, 300), (55, 350), (75, 380), (80, 400), (100, 500), (180, 600), (200, 700))
FC_WEIGHTS += ((205, 800), (210, 900), (215, 1000))


@dataclass(frozen=True)
class Face:
    """One face of an installed font file."""

    path: Path
    index: int  # the face's number in a collection (.ttc), else 0
    families: tuple[str, ...]  # the first is the family it is grouped by
    weight: int  # OpenType scale: 400 regular, 700 bold
    italic: bool
    normal_width: bool  # not condensed or expanded
    scripts: frozenset[str]  # keys of CLAIMS it claims


@cache
def system_faces() -> tuple[Face, ...]:
    """Every face the system lists (once per process): fontconfig where it is, else the platform's font folders."""
    if PLATFORM not in ("darwin", "win32") and shutil.which("fc-list"):
        return fontconfig_faces()
    return folder_faces(platform_folders())


def platform_folders() -> list[Path]:
    """The standard font folders: macOS's three and its downloadable fonts' folders, Windows' system and per-user
    ones, else the freedesktop ones."""
    if PLATFORM == "win32":
        windows = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        local = os.environ.get("LOCALAPPDATA")
        return [Path(windows) / "Fonts"] + ([Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else [])
    if PLATFORM == "darwin":
        assets, pattern = MAC_ASSETS
        return [Path(folder).expanduser() for folder in MAC_FOLDERS] + sorted(Path(assets).glob(pattern))
    return [Path(folder).expanduser() for folder in FREEDESKTOP_FOLDERS]


def fontconfig_faces() -> tuple[Face, ...]:
    """fontconfig's list of faces, with the languages each covers ('' on any failure: then no faces)."""
    try:
        done = subprocess.run(["fc-list", "-f", FC_FORMAT], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    return tuple(face for line in done.stdout.splitlines() if (face := _fc_face(line)))


def _fc_face(line: str) -> Face | None:
    fields = line.split("\t")
    if len(fields) != 7 or not fields[1].isdigit() or int(fields[1]) >= 1 << 16:
        return None  # a variable font's named instance (index ≥ 65536) cannot be printed as such
    file, index, families, weight, slant, width, langs = fields
    claimed = set(langs.split("|"))
    return Face(
        path=Path(file),
        index=int(index),
        families=tuple(f.replace("\\,", ",") for f in re.split(r"(?<!\\),", families)),
        weight=_opentype_weight(weight),
        italic=_number(slant, 0) != 0,
        normal_width=_number(width, 100) == 100,
        scripts=frozenset(key for key, (lang, _) in CLAIMS.items() if lang in claimed),
    )


def _number(text: str, default: float) -> float:
    """fontconfig's number, or the first of a range ('[100 900]' for a variable font's weight)."""
    found = re.search(r"\d+(\.\d+)?", text)
    return float(found.group()) if found else default


def _opentype_weight(text: str) -> int:
    weight = _number(text, 80)
    return min(FC_WEIGHTS, key=lambda pair: abs(pair[0] - weight))[1]


def folder_faces(folders: list[Path]) -> tuple[Face, ...]:
    """The faces of the font files in `folders` and their subfolders that claim a script we print."""
    found = []
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for file in sorted(files):
                if file.lower().endswith(SUFFIXES):
                    found += _file_faces(Path(root) / file)
    return tuple(found)


def _file_faces(path: Path) -> list[Face]:
    """The faces of one font file that claim a script; none for a file fontTools cannot read."""
    from fontTools.ttLib import TTCollection, TTFont

    try:
        with path.open("rb") as file:
            collection = file.read(4) == b"ttcf"
        if collection:
            fonts = list(TTCollection(str(path), lazy=True).fonts)
        else:
            fonts = [TTFont(str(path), lazy=True)]
        return [face for index, font in enumerate(fonts) if (face := _face(path, index, font))]
    except Exception:  # noqa: BLE001 - a damaged or unusual file is just not a candidate
        return []


def _face(path: Path, index: int, font) -> Face | None:
    os2 = font["OS/2"]
    ranges = os2.ulUnicodeRange1 | os2.ulUnicodeRange2 << 32
    scripts = frozenset(key for key, (_, bit) in CLAIMS.items() if ranges >> bit & 1)
    if not scripts:
        return None
    name = font["name"]
    families = tuple(dict.fromkeys(n for n in (name.getDebugName(16), name.getDebugName(1)) if n))
    return Face(
        path=path,
        index=index,
        families=families or (path.stem,),
        weight=os2.usWeightClass,
        italic=bool(os2.fsSelection & 1),
        normal_width=os2.usWidthClass == 5,
        scripts=scripts,
    )

"""Which installed font prints each script: Noto by file name, else any font whose own character map covers it.

Candidates come in this order: the Noto files by their Debian names in $MENTORFINDER_FONT_DIRS and then in
Debian's folders (no lookup beyond a few file checks); any font in $MENTORFINDER_FONT_DIRS' folders; then the
system's fonts (system.py: fontconfig, or the macOS or Windows font folders), families known to print the
script well first (Noto, Geeza Pro, PingFang, Microsoft YaHei, Malgun Gothic, ...), then those with a bold
face. The first whose regular face has every character of the script's probe is used; its bold face if that
has them too, else the regular face prints bold text as well. Later sources are only asked when earlier
ones have nothing, so the system is not asked at all where the Noto files sit at Debian's paths.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

from mentorfinder.report.fonts.cache import cache_dir, cached_build, prune
from mentorfinder.report.fonts.system import Face

CMAP_RECIPE = (
    f"outlined best cmap code points as array(I) {array('I').itemsize}-byte {sys.byteorder}-endian, by file stat"
)
Candidate = tuple[tuple[Path, int], tuple[Path, int] | None]  # (regular file, face), (bold file, face) or None


@dataclass(frozen=True)
class Script:
    """One script the PDF prints with a fallback font, and how its font is recognised."""

    key: str  # fpdf2's family key of its font (lower case, no "B" or "I")
    noto: tuple[str, str]  # Debian's Noto file names, regular and bold
    probe: str  # characters a font must have to be used for this script
    names: tuple[str, ...]  # families known to print it well, best first
    face: int = 0  # the face of the Noto collection: 0 is Noto Sans CJK's Japanese face (all cover the same)
    prefer: str = ""  # a regex of characters its font prints even where DejaVu has them
    per_report: bool = False  # large CJK fonts: a font of the report's own characters (cjk.py)


@dataclass(frozen=True)
class Fallback:
    """The font found for one script: regular and bold file and face, and the regular face's code points."""

    family: str
    paths: tuple[Path, Path]  # regular, bold (the regular file again when there is no bold face)
    faces: tuple[int, int]
    codes: frozenset[int]
    prefer: str = ""
    per_report: bool = False


HAN, KANA, HANGUL = (
    "人中日本大小山田王明子一二三",
    "あいうえおかきくけこアイウエオカキクケコー",
    "가나다라마바사아자차카타파하김이박최정민준",
)
ARABIC_LETTERS = "".join(map(chr, [*range(0x621, 0x63B), *range(0x641, 0x64B)]))
SCRIPTS = (
    Script(
        "hebrew",
        ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
        "".join(map(chr, range(0x5D0, 0x5EB))),
        ("Noto Sans Hebrew", "Arial Hebrew", "Arial", "Segoe UI", "Tahoma", "Lucida Grande"),
        prefer="[\u0590-\u05ff\ufb1d-\ufb4f]",
    ),
    Script(
        "arabic",
        ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        ARABIC_LETTERS,
        ("Noto Sans Arabic", "Geeza Pro", "SF Arabic", "Segoe UI", "Arial", "Tahoma", "Noto Naskh Arabic"),
        prefer="[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]",
    ),
    Script(
        "han",
        ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
        HAN,
        ("Noto Sans CJK JP", "Noto Sans CJK SC", "Source Han Sans", "PingFang SC", "Hiragino Sans GB")
        + ("Microsoft YaHei", "Heiti SC", "STHeiti", "SimHei", "WenQuanYi Zen Hei", "Droid Sans Fallback"),
        per_report=True,
    ),
    Script(
        "kana",
        ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
        KANA,
        ("Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", "MS Gothic"),
        per_report=True,
    ),
    Script(
        "hangul",
        ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
        HANGUL,
        ("Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", "NanumGothic", "Gulim"),
        per_report=True,
    ),
)


def choose(dirs: list[Path], scanned: Callable[[], Sequence[Face]], system: Callable[[], Sequence[Face]]):
    """The fallback fonts, one per script no font chosen before already prints (Noto Sans CJK prints kana
    and hangul too); `dirs` are searched for the Noto file names, then `scanned()`, then `system()`."""
    chosen: list[Fallback] = []
    scanned, system = cache(scanned), cache(system)  # each asked at most once, and only if needed
    for script in SCRIPTS:
        needed = frozenset(map(ord, script.probe))
        if not script.prefer and any(needed <= fallback.codes for fallback in chosen):
            continue
        if found := _first_covering(script, needed, _candidates(script, dirs, scanned, system)):
            chosen.append(found)
    return tuple(chosen)


def _candidates(script: Script, dirs: list[Path], scanned, system) -> Iterator[Candidate]:
    regular, bold = (next((d / name for d in dirs if (d / name).is_file()), None) for name in script.noto)
    if regular:
        yield (regular, script.face), ((bold, script.face) if bold else None)
    yield from ranked(script, scanned())
    yield from ranked(script, system())


def ranked(script: Script, faces: Sequence[Face]) -> Iterator[Candidate]:
    """The families claiming the script, known names first, then those with a bold face, then by name; each
    as its face nearest regular weight and its bold face (None when it has none). Italic faces never count."""
    families: dict[str, list[Face]] = {}
    for face in faces:
        if script.key in face.scripts and not face.italic:
            families.setdefault(face.families[0], []).append(face)
    known = [name.lower() for name in script.names]

    def rank(family: str) -> tuple[int, bool, str]:
        names = {name.lower() for face in families[family] for name in face.families}
        best = min((known.index(name) for name in names if name in known), default=len(known))
        return best, not any(face.weight >= 600 for face in families[family]), family

    for family in sorted(families, key=rank):
        group = families[family]
        regular = min(group, key=lambda f: (not f.normal_width, abs(f.weight - 400), f.weight < 400, str(f.path)))
        bolds = [face for face in group if face.weight >= 600]
        bold = min(bolds, key=lambda f: (not f.normal_width, abs(f.weight - 700), str(f.path))) if bolds else None
        yield (regular.path, regular.index), ((bold.path, bold.index) if bold else None)


def _first_covering(script: Script, needed: frozenset[int], candidates: Iterator[Candidate]) -> Fallback | None:
    for regular, bold in candidates:
        codes = face_codes(*regular)
        if not needed <= codes:
            continue  # it claims the script but lacks its letters
        if bold is None or not needed <= face_codes(*bold):
            bold = regular  # no bold face that prints it: bold text uses the regular one
        return Fallback(
            script.key, (regular[0], bold[0]), (regular[1], bold[1]), codes, script.prefer, script.per_report
        )
    return None


def face_codes(path: Path, face: int) -> frozenset[int]:
    """Code points of one face of a font file (none for a file that cannot be read), kept in the cache folder:
    a CJK collection's take ~0.4 s to read. Keyed by the file's path, size and time of change, not its bytes
    (hashing two 20 MB collections would cost each new process ~0.1 s); a changed file gets a new list."""
    try:
        stat = path.stat()
        signature = f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()
        name = f"{path.stem}-{face}-cmap"
        build = partial(_cmap, path=path, face=face, name=name)
        return frozenset(array("I", cached_build(name, signature, CMAP_RECIPE, build, ".cmap")))
    except Exception:  # noqa: BLE001 - a damaged or unreadable font is not a candidate
        return frozenset()


def _cmap(_signature: bytes, path: Path, face: int, name: str) -> bytes:
    from fontTools.ttLib import TTFont

    prune(cache_dir(), name, keep=Path(), suffix=".ttf")  # this list as earlier versions kept it, by content hash

    with path.open("rb") as file:
        collection = file.read(4) == b"ttcf"
    font = TTFont(str(path), lazy=True, fontNumber=face if collection else -1)
    if not {"glyf", "CFF ", "CFF2"} & set(font.keys()):
        return b""  # no outlines to print (bitmap or colour glyphs only, like Apple Color Emoji): no candidate
    return array("I", sorted(font.getBestCmap())).tobytes()

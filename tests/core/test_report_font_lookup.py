"""Fallback fonts found through the system: fontconfig, the macOS and Windows font folders, any font that covers."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from mentorfinder.answers.sample import sample_answers
from mentorfinder.evaluate import evaluate
from mentorfinder.report import render_report, uncovered_characters
from mentorfinder.report.fonts import cjk, scripts, system
from mentorfinder.report.fonts.choice import HAN
from tests.core.test_report_scripts import page_texts, runs, shown

DAY = date(2026, 3, 7)
NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
ARABIC, CHINESE = "محمد الأحمد", "王小明"
EMPTY_FONTCONFIG = '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n'


@pytest.fixture
def result(shipped):
    return evaluate(shipped, sample_answers(list(shipped.questionnaires), 1))


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """Debian's Noto folders hidden (an empty folder instead), no $MENTORFINDER_FONT_DIRS, a cache folder of its
    own, and the fonts looked up anew in this test and again after it."""
    empty = tmp_path / "no-noto"
    empty.mkdir()
    monkeypatch.setenv("MENTORFINDER_FONT_DIRS", "")
    monkeypatch.setenv("MENTORFINDER_CACHE_DIR", str(tmp_path / "cache"))  # character lists of the copies here
    monkeypatch.setattr(scripts, "SYSTEM_DIRS", (str(empty),))
    _forget()
    yield
    monkeypatch.undo()
    _forget()


def _forget() -> None:
    scripts.installed.cache_clear()
    system.system_faces.cache_clear()


def hide_fontconfig(monkeypatch, tmp_path) -> None:
    """fontconfig sees no font at all (a configuration with no folders)."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(EMPTY_FONTCONFIG)
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))


def name_fonts(pdf: bytes, name: str) -> list[set[str]]:
    """Per page, the fonts (without subset tags) the name's letters are drawn in."""
    letters = set(name.replace(" ", ""))
    return [{font for text, _, _, font in page if set(text) & letters} for page in runs(pdf)]


def assert_printed(pdf: bytes, name: str, font: str) -> None:
    first, second = page_texts(pdf)
    assert f"Prepared for {shown(name)} At a glance" in first
    assert second.startswith(f"Mentor Finder · {shown(name)} · 7 March 2026 ")
    assert "\ufffd" not in first + second
    assert all(fonts and all(f.startswith(font) for f in fonts) for fonts in name_fonts(pdf, name))


def test_the_noto_fonts_are_found_through_fontconfig_once(shipped, result, fresh, monkeypatch):
    """With Debian's folders hidden, fontconfig still lists the fonts: the names print as on Debian, and
    fontconfig is asked once for both reports."""
    assert shutil.which("fc-list")
    calls = []
    real_run = subprocess.run
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: calls.append(a[0]) or real_run(*a, **k))
    arabic = render_report(shipped, result, name=ARABIC, today=DAY)
    chinese = render_report(shipped, result, name=CHINESE, today=DAY)
    assert_printed(arabic, ARABIC, "NotoSansArabic")
    assert_printed(chinese, CHINESE, "NotoSansCJK")
    assert name_fonts(arabic, ARABIC)[0] == {"NotoSansArabicBold"}  # the header band's name is bold
    assert [c[0] for c in calls if "fc-list" in str(c[0])] == ["fc-list"]
    assert uncovered_characters(f"{CHINESE} 山田 김민준") == []


def fake_platform(monkeypatch, tmp_path: Path, platform: str) -> Path:
    """A macOS home (and downloadable fonts' folder) or a Windows installation under tmp_path; returns the
    user's font folder in it."""
    monkeypatch.setattr(system, "PLATFORM", platform)
    if platform == "darwin":
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        monkeypatch.setattr(system, "MAC_ASSETS", (str(tmp_path / "AssetsV2"), "com_apple_MobileAsset_Font*"))
        return tmp_path / "home" / "Library" / "Fonts"
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    (tmp_path / "Windows" / "Fonts").mkdir(parents=True)
    return tmp_path / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts"


def place(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_a_font_in_the_platforms_folders_prints_whatever_its_file_is_called(
    shipped, result, fresh, monkeypatch, tmp_path, platform
):
    folder = fake_platform(monkeypatch, tmp_path, platform)
    place(NOTO / "NotoSansArabic-Regular.ttf", folder / "Arabic" / "nested" / "naskh.ttf")
    place(NOTO / "NotoSansArabic-Bold.ttf", folder / "Arabic" / "nested" / "naskh bold.TTF")
    han = folder / "cjk" / "hei.ttc"
    if platform == "darwin":  # where macOS 13+ keeps PingFang once downloaded
        han = tmp_path / "AssetsV2" / "com_apple_MobileAsset_Font7" / "0a1b.asset" / "AssetData" / "hei.ttc"
    place(NOTO_CJK / "NotoSansCJK-Regular.ttc", han)
    assert uncovered_characters(CHINESE) == []
    arabic = render_report(shipped, result, name=ARABIC, today=DAY)
    chinese = render_report(shipped, result, name=CHINESE, today=DAY)
    assert_printed(arabic, ARABIC, "NotoSansArabic")
    assert_printed(chinese, CHINESE, "NotoSansCJK")
    assert name_fonts(arabic, ARABIC)[0] == {"NotoSansArabicBold"}
    paths = {f.family: f.paths for f in scripts.installed()}
    assert paths["arabic"] == (folder / "Arabic/nested/naskh.ttf", folder / "Arabic/nested/naskh bold.TTF")
    assert paths["han"] == (han, han)  # no bold face: the regular one for bold


def test_without_any_font_for_the_script_the_name_is_refused(fresh, monkeypatch, tmp_path):
    hide_fontconfig(monkeypatch, tmp_path)
    assert uncovered_characters(CHINESE) == ["王", "小", "明"]


def latin_pretending_to_cover_cjk(target: Path) -> None:
    """Noto Sans (Latin, Greek, Cyrillic) named "PingFang SC" and claiming CJK ideographs in its OS/2 table."""
    font = TTFont(NOTO / "NotoSans-Regular.ttf")
    font["OS/2"].ulUnicodeRange2 |= 1 << (59 - 32)  # bit 59: CJK Unified Ideographs
    for record in list(font["name"].names):
        if record.nameID in (1, 4, 16):
            font["name"].setName("PingFang SC", record.nameID, record.platformID, record.platEncID, record.langID)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)


def test_a_font_whose_character_map_lacks_the_script_is_not_used(shipped, result, fresh, monkeypatch, tmp_path):
    folder = fake_platform(monkeypatch, tmp_path, "darwin")
    latin_pretending_to_cover_cjk(folder / "PingFang.ttc")
    assert uncovered_characters(CHINESE) == ["王", "小", "明"]  # it claims them, but has none
    _forget()
    place(NOTO_CJK / "NotoSansCJK-Regular.ttc", folder / "zzz" / "other.ttc")  # ranked after "PingFang SC"
    assert_printed(render_report(shipped, result, name=CHINESE, today=DAY), CHINESE, "NotoSansCJK")


def test_a_font_without_outlines_is_not_used(fresh, monkeypatch, tmp_path):
    """A font of bitmap or colour glyphs only (like Apple Color Emoji) has no outlines to print."""
    folder = fake_platform(monkeypatch, tmp_path, "darwin")
    font = TTFont(io.BytesIO(cjk.build(NOTO_CJK / "NotoSansCJK-Regular.ttc", 0, frozenset(HAN + CHINESE))))
    del font["glyf"], font["loca"]
    folder.mkdir(parents=True)
    font.save(folder / "bitmaps.ttf")
    assert set(map(ord, CHINESE)) <= set(TTFont(folder / "bitmaps.ttf").getBestCmap())
    assert uncovered_characters(CHINESE) == ["王", "小", "明"]


def test_a_file_with_the_noto_name_but_not_its_letters_is_passed_over(shipped, result, fresh, monkeypatch, tmp_path):
    """$MENTORFINDER_FONT_DIRS holds a Latin font under Noto Sans Arabic's file names: fontconfig's real one prints."""
    mine = tmp_path / "mine"
    place(NOTO / "NotoSans-Regular.ttf", mine / "NotoSansArabic-Regular.ttf")
    place(NOTO / "NotoSans-Bold.ttf", mine / "NotoSansArabic-Bold.ttf")
    monkeypatch.setenv("MENTORFINDER_FONT_DIRS", str(mine))
    assert_printed(render_report(shipped, result, name=ARABIC, today=DAY), ARABIC, "NotoSansArabic")


@pytest.mark.parametrize(
    ("name", "source", "regular"),
    [
        (ARABIC, NOTO / "NotoSansArabic-Regular.ttf", "NotoSansArabic"),
        (CHINESE, NOTO_CJK / "NotoSansCJK-Regular.ttc", "NotoSansCJKJP"),
    ],
)
def test_without_a_bold_face_bold_text_uses_the_regular_one(
    shipped, result, fresh, monkeypatch, tmp_path, name, source, regular
):
    mine = tmp_path / "mine"
    place(source, mine / source.name)  # the regular file only
    monkeypatch.setenv("MENTORFINDER_FONT_DIRS", str(mine))
    hide_fontconfig(monkeypatch, tmp_path)
    pdf = render_report(shipped, result, name=name, today=DAY)
    assert_printed(pdf, name, regular)
    assert name_fonts(pdf, name) == [{regular}, {regular}]  # the header band and the running header: bold text


def test_the_folders_in_the_setting_are_searched_first(fresh, monkeypatch, tmp_path):
    mine = tmp_path / "mine"
    for file in ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"):
        place(NOTO / file, mine / file)
    monkeypatch.setenv("MENTORFINDER_FONT_DIRS", str(mine))
    monkeypatch.setattr(scripts, "SYSTEM_DIRS", (str(NOTO), str(NOTO_CJK)))
    found = {f.family: f.paths for f in scripts.installed()}
    assert found["arabic"] == (mine / "NotoSansArabic-Regular.ttf", mine / "NotoSansArabic-Bold.ttf")
    assert found["han"] == (NOTO_CJK / "NotoSansCJK-Regular.ttc", NOTO_CJK / "NotoSansCJK-Bold.ttc")


@pytest.mark.parametrize("name", ["Zoë Łukasiewicz-Nguyễn Đặng Søren", "Maria Keller", "Արամ Ἀλέξ Дмитрий"])
def test_a_name_dejavu_prints_never_looks_fonts_up(shipped, result, fresh, monkeypatch, name):
    """The lookup (and fontconfig's process) is for characters DejaVu lacks, and Arabic and Hebrew letters."""
    looked = []
    monkeypatch.setattr(scripts, "installed", lambda: looked.append(1) or ())

    def no_process(*args, **kwargs):
        raise AssertionError(f"a process was started: {args}")

    monkeypatch.setattr(subprocess, "run", no_process)
    monkeypatch.setattr(subprocess, "Popen", no_process)
    pdf = render_report(shipped, result, name=name, today=DAY)
    assert f"Prepared for {name} At a glance" in page_texts(pdf)[0]
    assert looked == []


def embedded(pdf: bytes, font: str) -> TTFont:
    """The first font file embedded in page 1 whose name starts with `font`."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    for ref in page["/Resources"]["/Font"].values():
        if str(ref.get_object()["/BaseFont"]).split("+")[-1].startswith(font):
            descendant = ref.get_object()["/DescendantFonts"][0].get_object()
            return TTFont(io.BytesIO(descendant["/FontDescriptor"].get_object()["/FontFile2"].get_data()))
    raise AssertionError(f"no {font} font on page 1")


def test_a_cjk_font_with_truetype_outlines_prints_them_as_drawn(shipped, result, fresh, monkeypatch, tmp_path):
    """Microsoft YaHei and Malgun Gothic have TrueType outlines, not Noto CJK's PostScript ones: they are copied
    point for point, not turned round as PostScript outlines must be."""
    folder = fake_platform(monkeypatch, tmp_path, "win32")
    folder.mkdir(parents=True)
    (folder / "msyh.ttf").write_bytes(cjk.build(NOTO_CJK / "NotoSansCJK-Regular.ttc", 0, frozenset(HAN + CHINESE)))
    source = TTFont(folder / "msyh.ttf")
    assert "glyf" in source
    pdf = render_report(shipped, result, name=CHINESE, today=DAY)
    assert_printed(pdf, CHINESE, "NotoSansCJKJP")
    printed = embedded(pdf, "NotoSansCJKJP")
    for char in CHINESE:
        drawn = printed["glyf"][printed.getBestCmap()[ord(char)]]
        original = source["glyf"][source.getBestCmap()[ord(char)]]
        assert drawn.getCoordinates(printed["glyf"]) == original.getCoordinates(source["glyf"])

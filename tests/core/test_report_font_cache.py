"""The report's font cache: keyed on content not time, per-user folder, atomic, and never needed to make a PDF."""

from __future__ import annotations

import os
import shutil

import pytest
from test_report_speed_parts import DAY, NAMES, pages, result

from mentorfinder.content.load import load_content
from mentorfinder.report import render_report
from mentorfinder.report.fonts import cache as fontcache
from mentorfinder.report.fonts import load as fontload
from mentorfinder.report.fonts import lookup as fonts


@pytest.fixture(scope="module")
def content():
    return load_content()


def source_fonts(tmp_path, monkeypatch):
    folder = tmp_path / "fonts-src"
    folder.mkdir()
    for name in fonts.FILES.values():
        shutil.copy(fonts.FONT_DIR / name, folder / name)
    monkeypatch.setattr(fonts, "FONT_DIR", folder)
    monkeypatch.setenv(fontcache.ENV_DIR, str(tmp_path / "cache"))
    builds: list[int] = []
    real = fonts._subset
    monkeypatch.setattr(fonts, "_subset", lambda source: builds.append(len(source)) or real(source))
    return folder, builds


def test_the_subset_cache_is_keyed_on_content_not_modification_time(tmp_path, monkeypatch):
    folder, builds = source_fonts(tmp_path, monkeypatch)
    cache = tmp_path / "cache" / "fonts"
    first = fonts.font_data(False)
    assert len(builds) == 2 and sorted(p.name[:-21] for p in cache.glob("*.ttf")) == [
        "DejaVuSans-Bold-core",
        "DejaVuSans-core",
    ]
    for path in folder.iterdir():
        os.utime(path, (1_000_000_000, 1_000_000_000))  # a fresh checkout: new times, same bytes
    assert fonts.font_data(False) == first and len(builds) == 2  # no rebuild
    regular = folder / fonts.FILES[""]
    regular.write_bytes(regular.read_bytes() + b"\0\0\0\0")  # new bytes (trailing padding, still a valid font)
    second = fonts.font_data(False)
    assert len(builds) == 3 and second["B"] == first["B"]  # only the changed font is rebuilt
    files = sorted(p.name for p in cache.glob("*core*"))
    assert len(files) == 2 and not any(name.endswith(".tmp") for name in files)  # the old regular entry is gone
    assert fontcache.content_tag(regular.read_bytes(), fonts._recipe()) in " ".join(files)


def test_the_character_list_is_cached_and_a_damaged_copy_is_read_again(tmp_path, monkeypatch):
    expected = fonts.full_cmap()
    monkeypatch.setenv(fontcache.ENV_DIR, str(tmp_path))
    try:
        fonts.full_cmap.cache_clear()  # a new process
        assert fonts.full_cmap() == expected and len(expected) > 5000
        listed = sorted(tmp_path.glob("fonts/*.cmap"))
        assert [p.name[:-22] for p in listed] == ["DejaVuSans-Bold-cmap", "DejaVuSans-cmap"]
        listed[0].write_bytes(b"\x00\x01\x02")  # damaged: not whole code points
        fonts.full_cmap.cache_clear()
        assert fonts.full_cmap() == expected
    finally:
        fonts.full_cmap.cache_clear()


@pytest.mark.parametrize("problem", ["a file where the folder should be", "a read-only file system"])
def test_an_unusable_cache_folder_still_makes_the_pdf(content, tmp_path, monkeypatch, problem):
    monkeypatch.setattr(fontload, "_PARSED", {})  # a new process: nothing parsed yet
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(fontcache.ENV_DIR, str(blocker))
    if problem == "a read-only file system":
        monkeypatch.setenv(fontcache.ENV_DIR, str(tmp_path / "ro"))

        def read_only(*args, **kwargs):
            raise OSError(30, "Read-only file system")

        monkeypatch.setattr(fontcache.tempfile, "mkstemp", read_only)
    pdf = render_report(content, result(content, 1), name=NAMES[0], today=DAY)
    assert "Prepared for Αλέξανδρος Παπαδόπουλος" in pages(pdf)[0]
    assert blocker.read_text() == "x" and list(tmp_path.glob("ro/fonts/*")) == []  # nothing written
    parsed = fontload.parsed_fonts(False)[""][0]
    assert len(parsed.cmap) == len(fonts.core_cmap())  # still the fast subset, built in memory


def test_a_damaged_cached_subset_still_makes_the_pdf(content, tmp_path, monkeypatch):
    monkeypatch.setattr(fontload, "_PARSED", {})  # a new process: nothing parsed yet
    monkeypatch.setenv(fontcache.ENV_DIR, str(tmp_path))
    for name in fonts.FILES.values():
        source = (fonts.FONT_DIR / name).read_bytes()
        damaged = tmp_path / "fonts" / f"{name[:-4]}-core-{fontcache.content_tag(source, fonts._recipe())}.ttf"
        damaged.parent.mkdir(exist_ok=True)
        damaged.write_bytes(b"not a font")
    pdf = render_report(content, result(content, 1), name=NAMES[1], today=DAY)
    assert "Prepared for Анна Кузнецова" in pages(pdf)[0]
    assert fontload.parsed_fonts(False)[""][0].cmap == fontload.parsed_fonts(True)[""][0].cmap  # the full fonts instead


def test_a_fallback_fonts_character_list_follows_its_file_and_replaces_the_list_kept_by_content(tmp_path, monkeypatch):
    """Kept by the file's path, size and time of change; the list an earlier version kept (NAME-HASH.ttf) goes."""
    from mentorfinder.report.fonts.choice import face_codes

    monkeypatch.setenv(fontcache.ENV_DIR, str(tmp_path / "cache"))
    cache = tmp_path / "cache" / "fonts"
    cache.mkdir(parents=True)
    (cache / "Arabic-0-cmap-0123456789abcdef.ttf").write_bytes(b"an earlier version's list")
    font = tmp_path / "Arabic.ttf"
    shutil.copy("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf", font)
    codes = face_codes(font, 0)
    assert 0x0645 in codes and 0x0041 not in codes  # meem; no Latin A in Noto Sans Arabic
    [kept] = cache.glob("Arabic-0-cmap-*")
    assert kept.suffix == ".cmap"
    os.utime(font, ns=(1, 1))  # changed: a new list, and the old one removed
    assert face_codes(font, 0) == codes
    [renewed] = cache.glob("Arabic-0-cmap-*")
    assert renewed.suffix == ".cmap" and renewed != kept

"""The disk cache of built font files: keyed by content, in the user's cache folder, never required.

A file is named after a hash of the bytes it was built from and of the recipe (so a checkout, a copy
or a `touch` of the same font reuses it, and changed bytes build a new one), written to a scratch file
and renamed into place (a reader never sees half a file), and older builds of the same name are removed
(so stale copies do not pile up). A cache folder that is missing, read-only or full only means
building in memory again: the PDF is made all the same.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from mentorfinder import settings

ENV_DIR = settings.CACHE_DIR  # overrides the per-user cache folder (e.g. for a read-only home)


def cache_dir() -> Path:
    """$MENTORFINDER_CACHE_DIR/fonts, else the per-user cache folder's fonts (platformdirs)."""
    root = settings.value(ENV_DIR)
    if not root:
        from platformdirs import user_cache_dir  # only needed once per process, to place the cache

        root = user_cache_dir("mentorfinder", appauthor=False)
    return Path(root) / "fonts"


def content_tag(source: bytes, recipe: str) -> str:
    """A short hash of the source bytes and the recipe that turns them into the cached file."""
    digest = hashlib.sha256(recipe.encode())
    digest.update(b"\0")
    digest.update(source)
    return digest.hexdigest()[:16]


def cached_build(name: str, source: bytes, recipe: str, build: Callable[[bytes], bytes], suffix: str = ".ttf") -> bytes:
    """build(source), read from the cache when the same bytes were built by the same recipe before."""
    folder = cache_dir()
    target = folder / f"{name}-{content_tag(source, recipe)}{suffix}"
    try:
        return target.read_bytes()
    except OSError:  # not built yet, or the folder cannot be read: build it
        pass
    data = build(source)
    if store(folder, target, data):
        prune(folder, name, keep=target, suffix=suffix)
    return data


def store(folder: Path, target: Path, data: bytes) -> bool:
    """Write `data` to `target` atomically; False (and nothing left behind) when the folder is not writable."""
    scratch = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(scratch, target)  # atomic: concurrent first uses never see half a file
        return True
    except OSError:
        if scratch:
            Path(scratch).unlink(missing_ok=True)
        return False


def prune(folder: Path, name: str, keep: Path, suffix: str) -> None:
    """Remove earlier builds of `name` (another font version or recipe); a file in use elsewhere may stay."""
    for old in folder.glob(f"{name}-*{suffix}"):
        if old != keep and old.name[len(name) + 1 : -len(suffix)].isalnum():
            try:
                old.unlink()
            except OSError:
                pass

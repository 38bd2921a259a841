"""A start-up cache of the checked practice library, so the window does not wait for 37 TOML parses.

The cache lives in the person's private cache folder and is used only while every practice and script
file has the same name, size and modification time as when it was written, and the app version and the
language (of the notices about bad files) match.
Any doubt (a missing, stale or unreadable cache) means the files are read and checked again.
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

from selfcompass import __version__
from selfcompass.core.practice_loader import Library, load_library

log = logging.getLogger(__name__)
FORMAT = 1


def _fingerprint(*folders: Path, language: str = "") -> tuple[object, ...]:
    entries: list[tuple[str, int, int]] = []
    for folder in folders:
        try:
            with os.scandir(folder) as it:
                for entry in it:
                    if entry.is_file() and entry.name.endswith((".toml", ".txt")):
                        st = entry.stat()
                        entries.append((f"{folder.name}/{entry.name}", st.st_size, st.st_mtime_ns))
        except OSError:
            entries.append((str(folder), -1, -1))
    return (FORMAT, __version__, language, *sorted(entries))


def load_library_cached(practices: Path, scripts: Path, cache_file: Path | None, language: str = "") -> Library:
    """The library, from the cache when nothing changed; ``language`` names the translation its notices are in."""
    if cache_file is None:
        return load_library(practices, scripts)
    key = _fingerprint(practices, scripts, language=language)
    try:
        with cache_file.open("rb") as fh:
            stored_key, library = pickle.load(fh)
        if stored_key == key and isinstance(library, Library):
            return library
    except FileNotFoundError:
        pass
    except Exception as exc:  # a damaged cache is only a slower start
        log.info("practice cache ignored (%s)", exc.__class__.__name__)
    library = load_library(practices, scripts)
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump((key, library), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
    except OSError as exc:
        log.info("practice cache not written (%s)", exc.strerror)
    return library

"""A start-up cache of the checked practice library, so the window does not wait for 37 TOML parses.

The cache lives in the person's private cache folder and is used only while every practice and script
file has the same name, size and modification time as when it was written, and the app version and the
language (of the notices about bad files) match.
Any doubt (a missing, stale or unreadable cache) means the files are read and checked again.

The narration scripts are stored as a pickle within the pickle and unpickled the first time one is asked for
(when a practice starts): the first window needs only the practices, and unpickling the scripts would bring in
selfcompass.core.narration and its classes, about 2% of start-up.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from selfcompass import __version__
from selfcompass.core.library import Library

if TYPE_CHECKING:
    from selfcompass.core.narration import Script

log = logging.getLogger(__name__)
FORMAT = 3


class PickledScripts(Mapping[str, "Script"]):
    """A cached library's scripts, kept pickled until one is first asked for."""

    def __init__(self, pickled: bytes) -> None:
        self._pickled: bytes | None = pickled
        self._scripts: dict[str, Script] = {}

    def _loaded(self) -> dict[str, Script]:
        if self._pickled is not None:
            self._scripts, self._pickled = pickle.loads(self._pickled), None
        return self._scripts

    def __getitem__(self, practice_id: str) -> Script:
        return self._loaded()[practice_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    def __reduce__(self) -> tuple[object, ...]:
        return dict, (self._loaded(),)


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


def load_library(practices: Path, scripts: Path) -> Library:
    """Read and check every practice and script file. The loader, the data-file checks and the narration parser
    are imported only here, when the cache cannot be used."""
    from selfcompass.core.practice_loader import load_library as read_and_check

    return read_and_check(practices, scripts)


def load_library_cached(practices: Path, scripts: Path, cache_file: Path | None, language: str = "") -> Library:
    """The library, from the cache when nothing changed; ``language`` names the translation its notices are in."""
    if cache_file is None:
        return load_library(practices, scripts)
    key = _fingerprint(practices, scripts, language=language)
    try:
        with cache_file.open("rb") as fh:
            stored_key, library, pickled_scripts = pickle.load(fh)
        if stored_key == key and isinstance(library, Library) and isinstance(pickled_scripts, bytes):
            library.scripts = PickledScripts(pickled_scripts)
            return library
    except FileNotFoundError:
        pass
    except Exception as exc:  # a damaged cache is only a slower start
        log.info("practice cache ignored (%s)", exc.__class__.__name__)
    library = load_library(practices, scripts)
    try:
        from selfcompass.storage.files import write_atomic

        pickled_scripts = pickle.dumps(dict(library.scripts), protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(cache_file, pickle.dumps((key, replace(library, scripts={}), pickled_scripts),
                                              protocol=pickle.HIGHEST_PROTOCOL), make_folder=True)
    except OSError as exc:
        log.info("practice cache not written (%s)", exc.strerror)
    return library

"""The expanded calendar kept between starts, so a start does not read and expand the calendar file again.

Kept in the person's private cache folder (``calendar.cache``), written through ``files.write_atomic``, and used
only when the calendar file has the same path, size and modification time as when it was read, the window and the
time zone are the same (the window is whole days, so it holds all day), and so are the app's version and language.
Any doubt (missing, stale, damaged) means the file is read again; a cache that cannot be written is only a slower
start. It holds meeting times and titles from the person's own calendar, as the file itself does.
"""

from __future__ import annotations

import logging
import os
import pickle
from datetime import datetime
from pathlib import Path

from selfcompass import __version__
from selfcompass.scheduling.calendar_import import CalendarImport

log = logging.getLogger(__name__)
FORMAT = 1
CACHE_NAME = "calendar.cache"


class CalendarCache:
    """``load`` and ``store`` for the calendar source's worker (``scheduling.calendar_source.ImportCache``)."""

    def __init__(self, cache_file: Path, language: str = "") -> None:
        self.cache_file = cache_file
        self._language = language

    def _key(self, path: Path | str, start: datetime, end: datetime, zone: str) -> tuple[object, ...] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return (FORMAT, __version__, self._language, str(Path(path).resolve()), st.st_size, st.st_mtime_ns,
                start.isoformat(), end.isoformat(), zone)

    def load(self, path: Path | str, start: datetime, end: datetime, zone: str) -> CalendarImport | None:
        """The import kept for exactly this file, window and zone, or None."""
        key = self._key(path, start, end, zone)
        if key is None:
            return None
        try:
            with self.cache_file.open("rb") as fh:
                stored_key, result = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a damaged cache is only a slower start
            log.info("calendar cache ignored (%s)", exc.__class__.__name__)
            return None
        if stored_key != key or not isinstance(result, CalendarImport):
            return None
        return result

    def store(self, path: Path | str, result: CalendarImport, zone: str) -> None:
        """Keep this import for the next start (replacing any other)."""
        key = self._key(path, result.start, result.end, zone)
        if key is None:
            return
        try:
            from selfcompass.storage.files import write_atomic

            write_atomic(self.cache_file, pickle.dumps((key, result), protocol=pickle.HIGHEST_PROTOCOL),
                         make_folder=True)
        except OSError as exc:
            log.info("calendar cache not written (%s)", exc.strerror)

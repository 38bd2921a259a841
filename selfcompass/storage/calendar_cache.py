"""The expanded calendar kept between starts, so a start does not read and expand the calendar file again.

Kept in the person's private cache folder (``calendar.cache``, JSON: data, never code), written through
``files.write_atomic``, and used only when the calendar file has the same path, size and modification time as when
it was read, the window and the time zone are the same (the window is whole days, so it holds all day), and so are
the app's version and language. Any doubt (missing, stale, damaged) means the file is read again; a cache that
cannot be written is only a slower start. It holds meeting times and titles from the person's own calendar, as the
file itself does.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from selfcompass import __version__
from selfcompass.core.datafile import Problem
from selfcompass.core.meetings import CalendarImport, Meeting

log = logging.getLogger(__name__)
FORMAT = 2  # 1 was a pickle, never read again
CACHE_NAME = "calendar.cache"


class CalendarCache:
    """``load`` and ``store`` for the calendar source's worker (``scheduling.calendar_source.ImportCache``)."""

    def __init__(self, cache_file: Path, language: str = "") -> None:
        self.cache_file = cache_file
        self._language = language

    def _key(self, path: Path | str, start: datetime, end: datetime, zone: str) -> list[Any] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return [FORMAT, __version__, self._language, str(Path(path).resolve()), st.st_size, st.st_mtime_ns,
                start.isoformat(), end.isoformat(), zone]

    def load(self, path: Path | str, start: datetime, end: datetime, zone: str) -> CalendarImport | None:
        """The import kept for exactly this file, window and zone, or None."""
        key = self._key(path, start, end, zone)
        if key is None:
            return None
        try:
            stored = json.loads(self.cache_file.read_bytes())
            if not isinstance(stored, dict) or stored.get("key") != key:
                return None
            return _from_plain(stored["import"])
        except FileNotFoundError:
            return None
        except Exception as exc:  # a damaged cache is only a slower start
            log.info("calendar cache ignored (%s)", exc.__class__.__name__)
            return None

    def store(self, path: Path | str, result: CalendarImport, zone: str) -> None:
        """Keep this import for the next start (replacing any other)."""
        key = self._key(path, result.start, result.end, zone)
        if key is None:
            return
        try:
            from selfcompass.storage.files import write_atomic

            text = json.dumps({"key": key, "import": _to_plain(result)}, ensure_ascii=False, separators=(",", ":"))
            write_atomic(self.cache_file, text.encode("utf-8"), make_folder=True)
        except OSError as exc:
            log.info("calendar cache not written (%s)", exc.strerror)


def _to_plain(result: CalendarImport) -> dict[str, Any]:
    return {
        "source": result.source, "start": result.start.isoformat(), "end": result.end.isoformat(),
        "meetings": [[m.start.isoformat(), m.end.isoformat(), m.title, m.all_day, m.busy, m.away, m.uid]
                     for m in result.meetings],
        "cancelled": result.cancelled, "free": result.free,
        "notices": [[p.source, p.field, p.message, p.fix, p.line] for p in result.notices],
        "path": result.path, "events": result.events,
    }


def _from_plain(data: dict[str, Any]) -> CalendarImport:
    when = datetime.fromisoformat
    return CalendarImport(
        source=str(data["source"]), start=when(data["start"]), end=when(data["end"]),
        meetings=tuple(Meeting(when(s), when(e), str(title), bool(all_day), bool(busy), bool(away), str(uid))
                       for s, e, title, all_day, busy, away, uid in data["meetings"]),
        cancelled=int(data["cancelled"]), free=int(data["free"]),
        notices=tuple(Problem(str(src), str(fld), str(msg), str(fix), None if line is None else int(line))
                      for src, fld, msg, fix, line in data["notices"]),
        path=str(data["path"]), events=int(data["events"]),
    )

"""The stored calendar: imports an .ics file on a worker thread and hands meetings to the reminder service."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from selfcompass.core.clock import Clock
from selfcompass.core.datafile import DataFileError, Problem
from selfcompass.core.i18n import translate
from selfcompass.core.meetings import Meeting, MeetingIndex
from selfcompass.scheduling.calendar_import import CalendarImport, default_window, import_calendar, known_zone

log = logging.getLogger(__name__)


class ImportCache(Protocol):
    """Keeps an import between starts (``storage.calendar_cache.CalendarCache``); asked on the worker thread."""

    def load(self, path: Path | str, start: datetime, end: datetime, zone: str) -> CalendarImport | None: ...

    def store(self, path: Path | str, result: CalendarImport, zone: str) -> None: ...


class _Relay(QObject):
    done = Signal(int, object)  # request number, CalendarImport
    failed = Signal(int, object)  # request number, DataFileError


def unexpected_failure(path: Path | str) -> DataFileError:
    """What the person is told when reading a calendar failed in a way nobody foresaw (the log has the details)."""
    return DataFileError([Problem(Path(path).name, "", translate(
        "Calendar", "something went wrong while reading this file, so it was not used."),
        translate("Calendar", "export the calendar again and import the new file; your earlier calendar is kept."))])


class _ImportJob(QRunnable):
    def __init__(self, number: int, path: Path | str, work: Callable[[], CalendarImport], relay: _Relay) -> None:
        super().__init__()
        self._number = number
        self._path = path
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except DataFileError as exc:
            self._relay.failed.emit(self._number, exc)
            return
        except Exception:  # any other failure still ends in a clear message, and the previous calendar stays
            log.exception("reading a calendar failed unexpectedly")
            self._relay.failed.emit(self._number, unexpected_failure(self._path))
            return
        self._relay.done.emit(self._number, result)


class CalendarSource(QObject):
    """Keeps the last good import. A failed import leaves the previous calendar in place.

    Each import is numbered: a result that arrives after a later one was applied (a re-read of the old file that
    finishes after a newly chosen file was accepted) is let go, so the newest accepted file always wins. Each
    result carries the path it was read from (``CalendarImport.path``): the calendar to save is the accepted one.
    """

    calendar_imported = Signal(object)  # CalendarImport
    import_failed = Signal(object)  # DataFileError: show its problems calmly, carry on

    def __init__(self, clock: Clock, time_zone: str = "Europe/London", pool: QThreadPool | None = None,
                 parent: QObject | None = None, cache: ImportCache | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._clock = clock
        self._time_zone = known_zone(time_zone)
        self._pool = pool or QThreadPool.globalInstance()
        self._current: CalendarImport | None = None
        self._index = MeetingIndex(())
        self._requests = 0
        self._applied = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)

    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings source for ReminderService (pass the bound method)."""
        return self._current.meetings if self._current is not None else ()

    @property
    def index(self) -> MeetingIndex:
        return self._index

    @property
    def current(self) -> CalendarImport | None:
        return self._current

    def set_time_zone(self, time_zone: str) -> None:
        self._time_zone = known_zone(time_zone)

    def import_file(self, path: Path | str, window: tuple[datetime, datetime] | None = None) -> None:
        """Import on a worker; calendar_imported or import_failed follows on the main thread."""
        start, end = window or default_window(self._clock.now())
        zone = known_zone(self._time_zone)
        self._requests += 1
        self._pool.start(_ImportJob(self._requests, path, lambda: self._read(path, start, end, zone), self._relay))

    def _read(self, path: Path | str, start: datetime, end: datetime, zone: str) -> CalendarImport:
        """On the worker: the import kept from an earlier start when the file, window and zone are unchanged, else
        the file read and expanded (and kept for next time)."""
        cache = self._cache
        if cache is not None and (kept := cache.load(path, start, end, zone)) is not None:
            return kept
        result = import_calendar(path, start=start, end=end, time_zone=zone)
        if cache is not None:
            cache.store(path, result, zone)
        return result

    def import_now(self, path: Path | str, window: tuple[datetime, datetime] | None = None) -> CalendarImport:
        """Import on this thread (start-up from a small file, tests, the CLI). Raises DataFileError."""
        start, end = window or default_window(self._clock.now())
        result = import_calendar(path, start=start, end=end, time_zone=known_zone(self._time_zone))
        self._requests += 1
        self._done(self._requests, result)
        return result

    def use(self, result: CalendarImport) -> None:
        """Take an import made elsewhere (the start-up cache) as the current calendar."""
        self._requests += 1
        self._done(self._requests, result)

    @Slot(int, object)
    def _failed(self, number: int, error: DataFileError) -> None:
        if number >= self._applied:
            self.import_failed.emit(error)

    @Slot(int, object)
    def _done(self, number: int, result: CalendarImport) -> None:
        if number < self._applied:
            return  # a later import was applied already
        self._applied = number
        self._current = result
        self._index = MeetingIndex(result.meetings)
        self.calendar_imported.emit(result)

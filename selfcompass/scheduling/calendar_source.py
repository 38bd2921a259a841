"""The stored calendar: imports an .ics file on a worker thread and hands meetings to the reminder service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from selfcompass.core.clock import Clock
from selfcompass.core.datafile import DataFileError
from selfcompass.core.meetings import Meeting, MeetingIndex
from selfcompass.scheduling.calendar_import import CalendarImport, default_window, import_calendar


class _Relay(QObject):
    done = Signal(object)  # CalendarImport
    failed = Signal(object)  # DataFileError


class _ImportJob(QRunnable):
    def __init__(self, work: Callable[[], CalendarImport], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except DataFileError as exc:
            self._relay.failed.emit(exc)
            return
        self._relay.done.emit(result)


class CalendarSource(QObject):
    """Keeps the last good import. A failed import leaves the previous calendar in place."""

    calendar_imported = Signal(object)  # CalendarImport
    import_failed = Signal(object)  # DataFileError: show its problems calmly, carry on

    def __init__(self, clock: Clock, time_zone: str = "Europe/London", pool: QThreadPool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._time_zone = time_zone
        self._pool = pool or QThreadPool.globalInstance()
        self._current: CalendarImport | None = None
        self._index = MeetingIndex(())
        self._relay = _Relay(self)
        self._relay.done.connect(self._imported)
        self._relay.failed.connect(self.import_failed)

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
        self._time_zone = time_zone

    def import_file(self, path: Path | str, window: tuple[datetime, datetime] | None = None) -> None:
        """Import on a worker; calendar_imported or import_failed follows on the main thread."""
        start, end = window or default_window(self._clock.now())
        zone = self._time_zone
        self._pool.start(_ImportJob(lambda: import_calendar(path, start=start, end=end, time_zone=zone),
                                    self._relay))

    def import_now(self, path: Path | str, window: tuple[datetime, datetime] | None = None) -> CalendarImport:
        """Import on this thread (start-up from a small file, tests, the CLI). Raises DataFileError."""
        start, end = window or default_window(self._clock.now())
        result = import_calendar(path, start=start, end=end, time_zone=self._time_zone)
        self._imported(result)
        return result

    @Slot(object)
    def _imported(self, result: CalendarImport) -> None:
        self._current = result
        self._index = MeetingIndex(result.meetings)
        self.calendar_imported.emit(result)

"""Saves a progress report on a worker thread, so drawing the PDF and writing the file never freeze the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from selfcompass.core.sequences.report import ProgressReport

log = logging.getLogger(__name__)

Save = Callable[[ProgressReport, Path], None]


class _SaveJob(QRunnable):
    """Runs on a pool thread: only the immutable report and the path cross over; the answer comes back by signal."""

    def __init__(self, save: Save, report: ProgressReport, path: Path, relay: ReportSaver) -> None:
        super().__init__()
        self._save = save
        self._report = report
        self._path = path
        self._relay = relay

    def run(self) -> None:
        error: BaseException | None = None
        try:
            self._save(self._report, self._path)
        except BaseException as exc:  # reported on the UI thread, never lost on this one
            error = exc
        try:
            self._relay._finished.emit(self._path, error)
        except RuntimeError:  # the view was closed meanwhile: nobody left to tell, and the file is whole or absent
            log.info("a report finished after its view closed")


class ReportSaver(QObject):
    """One save at a time. ``saved`` or ``failed`` follows on the UI thread; ``busy`` is true in between."""

    saved = Signal(object)  # Path
    failed = Signal(object, object)  # Path, the exception (OSError: outside our control; anything else: a bug)
    busy_changed = Signal(bool)
    _finished = Signal(object, object)  # emitted on the pool thread, delivered (queued) on this object's thread

    def __init__(self, save: Save, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._save = save  # storage's writer, handed in by the sequences feature (ui never imports storage)
        self._busy: Path | None = None
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._busy is not None

    def save(self, report: ProgressReport, path: Path) -> bool:
        """Start saving; False (and nothing started) while another save is still running."""
        if self._busy is not None:
            return False
        self._busy = path
        self.busy_changed.emit(True)
        self._pool.start(_SaveJob(self._save, report, path, self))
        return True

    @Slot(object, object)
    def _deliver(self, path: Path, error: BaseException | None) -> None:
        self._busy = None
        self.busy_changed.emit(False)
        if error is None:
            self.saved.emit(path)
            return
        if not isinstance(error, OSError):
            log.error("Saving a progress report failed", exc_info=error)
        self.failed.emit(path, error)

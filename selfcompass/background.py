"""One background thread owns the database: the UI hands it jobs and gets results back by signal.

The database (and SQLAlchemy with it) is opened lazily on the first job, so start-up never pays for it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from selfcompass.errors import KnownError

log = logging.getLogger(__name__)

Job = Callable[[Any], Any]


class DatabaseWorker(QObject):
    """Runs jobs one at a time on a single thread that owns the database connection."""

    job_failed = Signal(str)  # a calm message for the person
    _done = Signal(object, object, object)  # callback, result, error (delivered on the UI thread)

    def __init__(self, opener: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._db: Any = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="selfcompass-db")
        self._pending = 0
        self._closed = False
        self._lock = threading.Lock()
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def submit(self, job: Job, on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> Future[Any]:
        with self._lock:
            self._pending += 1
        return self._executor.submit(self._run, job, on_done, on_error)

    def _run(self, job: Job, on_done: Callable[[Any], None] | None,
             on_error: Callable[[BaseException], None] | None) -> Any:
        try:
            if self._db is None:
                self._db = self._opener()
            result = job(self._db)
        except BaseException as exc:  # reported on the UI thread; never silently lost
            self._done.emit(on_error, None, exc)
            raise
        self._done.emit(on_done, result, None)
        return result

    @Slot(object, object, object)
    def _deliver(self, callback: Callable[[Any], None] | None, result: Any, error: BaseException | None) -> None:
        with self._lock:
            self._pending -= 1
        if error is not None:
            if callback is not None:
                callback(error)
            elif isinstance(error, KnownError):
                self.job_failed.emit(str(error))
            else:
                log.error("A background database job failed", exc_info=error)
                self.job_failed.emit("Something went wrong while saving. Your practice still counts; "
                                     "the details are in the log.")
            return
        if callback is not None:
            callback(result)

    def shutdown(self) -> None:
        """Finish queued jobs, then close the database on its own thread."""
        if self._closed:
            return
        self._closed = True

        def close() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        self._executor.submit(close)
        self._executor.shutdown(wait=True)

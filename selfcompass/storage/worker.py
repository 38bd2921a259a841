"""One background thread owns the database: the UI hands it jobs and gets results back by signal.

The database (and SQLAlchemy with it) is opened lazily on the first job, so start-up never pays for it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from selfcompass.core.i18n import translate
from selfcompass.errors import KnownError

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from selfcompass.storage.database import Database

T = TypeVar("T")
# A unit of work run on the database thread with the open database.
Job = Callable[["Database"], Any]


class DatabaseWorker(QObject):
    """Runs jobs one at a time on a single thread that owns the database connection."""

    job_failed = Signal(str)  # a calm message for the person
    open_failed = Signal(object)  # the opener raised (e.g. DatabaseDamaged, DatabaseLocked); the job is dropped
    opened = Signal()  # the database was opened (or opened again) on the worker's thread
    _done = Signal(object, object, object)  # callback, result, error (delivered on the UI thread)

    def __init__(self, opener: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._db: Any = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="selfcompass-db")
        self._pending = 0
        self._closed = False
        self._held: list[tuple[Job, Any, Any, Future[Any]]] | None = None
        self._lock = threading.Lock()
        self._done.connect(self._deliver)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def opener(self) -> Callable[[], Any]:
        return self._opener

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def submit(self, job: Callable[[Database], T], on_done: Callable[[T], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> Future[T]:
        """Run ``job(database)`` on the database thread; ``on_done(result)`` or ``on_error(exc)`` follows on the
        UI thread. While held (a locked journal), jobs wait in order until ``release()``."""
        with self._lock:
            if self._held is not None:  # locked: kept in order until release()
                waiting: Future[T] = Future()
                self._held.append((job, on_done, on_error, waiting))
                return waiting
            self._pending += 1
        return self._executor.submit(self._run, job, on_done, on_error)

    # -- holding jobs while the database cannot be opened (a locked journal) -----------------------
    @property
    def held(self) -> bool:
        with self._lock:
            return self._held is not None

    def hold(self) -> None:
        """Keep new jobs waiting (in order) instead of opening the database; ``release()`` runs them."""
        with self._lock:
            if self._held is None:
                self._held = []

    def release(self) -> None:
        with self._lock:
            waiting, self._held = self._held or [], None
        for job, on_done, on_error, future in waiting:
            real = self.submit(job, on_done, on_error)
            real.add_done_callback(partial(_copy_result, target=future))

    def call(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> Future[Any]:
        """Run ``fn()`` on the database thread without opening the database, even while held (for unlocking,
        encrypting, restoring a backup or deleting everything, all of which need the file closed)."""
        with self._lock:
            self._pending += 1
        return self._executor.submit(self._run, lambda _db: fn(), on_done, on_error, False)

    def reopen(self, opener: Callable[[], Any] | None = None) -> Future[Any]:
        """Close the database on its thread; the next job opens it again (with ``opener`` if given)."""

        def swap() -> None:
            if self._db is not None:
                db, self._db = self._db, None
                db.close()
            if opener is not None:
                self._opener = opener

        return self.call(swap)

    def _run(self, job: Job, on_done: Callable[[Any], None] | None,
             on_error: Callable[[BaseException], None] | None, needs_db: bool = True) -> Any:
        try:
            if needs_db and self._db is None:
                try:
                    self._db = self._opener()
                except BaseException as exc:
                    self.open_failed.emit(exc)
                    raise
                self.opened.emit()
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
                from selfcompass.storage.log import active_log

                log.error("A background database job failed", exc_info=error)
                if active_log() is not None:
                    self.job_failed.emit(translate("Storage", "Something went wrong while saving. Your practice "
                                                              "still counts; the details are in the log."))
                else:  # never promise a log that is not there
                    self.job_failed.emit(translate("Storage", "Something went wrong while saving. Your practice "
                                                              "still counts."))
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

        with self._lock:
            self._held = None  # jobs still waiting for an unlock cannot be written without the key
        self._executor.submit(close)
        self._executor.shutdown(wait=True)


def _copy_result(source: Future[Any], target: Future[Any]) -> None:
    if source.exception() is not None:
        target.set_exception(source.exception())
    else:
        target.set_result(source.result())

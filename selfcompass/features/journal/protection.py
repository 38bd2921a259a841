"""The journal's protection state: locked or open, the key in memory while open, turning protection on, changing
the passphrase, and auto-lock when idle. Each step is one storage.protection call on the database thread.

The database key lives only in this object and in the worker's opener while the journal is open; locking
closes the database on its thread, forgets the key and holds new jobs until the next unlock. Idle means no
keyboard or mouse input, measured on the injected clock and checked by a named ticker, so tests move time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal

from selfcompass.core.clock import Clock, TickerFactory
from selfcompass.paths import AppPaths
from selfcompass.storage import protection
from selfcompass.storage.protection import KdfParams, Protection
from selfcompass.storage.worker import DatabaseWorker

log = logging.getLogger(__name__)

IDLE_CHECK_MS = 15_000
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress})


class ProtectionController(QObject):
    """Owns whether the journal is protected and whether it is open."""

    locked_changed = Signal(bool)
    will_lock = Signal()  # the database is still open, and about to close
    #: What was sealed while locked has been moved into the journal (storage.safekeeping.DrainReport).
    kept_arrived = Signal(object)
    #: A protect step stopped before its recovery code was shown and kept: a new code (the old one, which nobody
    #: has, stops working), to show now.
    recovery_code_renewed = Signal(str)

    def __init__(self, paths: AppPaths, worker: DatabaseWorker, clock: Clock, ticker_factory: TickerFactory,
                 idle_minutes: Callable[[], int], kdf: KdfParams | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._worker = worker
        self._clock = clock
        self._idle_minutes = idle_minutes
        self._kdf = kdf if kdf is not None else protection.DEFAULT_KDF
        self._plain_opener = worker.opener
        self._key: bytes | None = None
        self.protected = protection.is_protected(paths)
        self.locked = False
        self._last_input = clock.monotonic()
        self._filter_target: QObject | None = None
        self._ticker = ticker_factory("journal-auto-lock", self._check_idle)
        #: Called with ``proceed`` before locking: it saves what is unsaved and calls ``proceed`` only if that
        #: worked, so a lock never clears text it could not save. None: lock at once.
        self.before_lock: Callable[[Callable[[], None]], None] | None = None
        if self.protected:
            self.locked = True
            worker.hold()

    # -- unlocking ----------------------------------------------------------------------------------
    def unlock(self, passphrase: str, on_error: Callable[[BaseException], None]) -> None:
        paths = self._paths
        self._worker.call(lambda: protection.unlock(paths, passphrase), self._opened, on_error)

    def unlock_with_recovery_code(self, code: str, on_error: Callable[[BaseException], None]) -> None:
        paths = self._paths
        self._worker.call(lambda: protection.unlock_with_recovery_code(paths, code), self._opened, on_error)

    @property
    def key(self) -> bytes | None:
        """The database key while the journal is open and protected (None when plain or locked)."""
        return self._key

    def _opened(self, key: bytes, *, just_protected: bool = False) -> None:
        self._key = key
        self._worker.reopen(protection.unlocked_opener(self._paths, key))
        self.locked = False
        self._worker.release()
        # What was made while locked (sealed in storage/safekeeping.py) joins the journal now; a session that
        # also waited in the worker is saved once.
        self._worker.submit(protection.drain_safekeeping(self._paths, key), self.kept_arrived.emit,
                            self._drain_failed)
        self._watch_idle(True)
        self.locked_changed.emit(False)
        if not just_protected:
            paths, kdf = self._paths, self._kdf
            self._worker.call(lambda: protection.replace_unseen_recovery_code(paths, key, kdf), self._renewed,
                              lambda exc: log.warning("no new recovery code could be made (%s)", type(exc).__name__))

    def _renewed(self, code: str | None) -> None:
        if code:
            self.recovery_code_renewed.emit(code)

    def _drain_failed(self, exc: BaseException) -> None:
        # The sealed items stay where they are and are tried again at the next unlock.
        log.warning("what was kept while locked could not be added yet (%s)", type(exc).__name__)

    # -- locking ------------------------------------------------------------------------------------
    def lock(self) -> None:
        """Lock, once anything unsaved is saved (``before_lock``); if it cannot be saved, stay open."""
        if not self.protected or self.locked:
            return
        if self.before_lock is not None:
            self.before_lock(self._lock_now)
        else:
            self._lock_now()

    def _lock_now(self) -> None:
        if not self.protected or self.locked:
            return
        self.will_lock.emit()
        self._worker.hold()
        self._worker.reopen()  # closes the database on its thread, after any draft save already queued
        self._key = None
        self.locked = True
        self._watch_idle(False)
        self.locked_changed.emit(True)

    def _watch_idle(self, on: bool) -> None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if on and self._filter_target is None and app is not None:
            self._last_input = self._clock.monotonic()
            app.installEventFilter(self)
            self._filter_target = app
            self._ticker.start(IDLE_CHECK_MS)
        elif not on:
            if self._filter_target is not None:
                self._filter_target.removeEventFilter(self)
                self._filter_target = None
            self._ticker.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = self._clock.monotonic()
        return False

    def note_activity(self) -> None:
        self._last_input = self._clock.monotonic()

    def _check_idle(self) -> None:
        if self._clock.monotonic() - self._last_input >= self._idle_minutes() * 60:
            log.info("journal locked after idle time")
            self.lock()

    # -- setting up and changing ------------------------------------------------------------------------
    def set_up(self, passphrase: str, on_done: Callable[[str], None],
               on_error: Callable[[BaseException], None]) -> None:
        """Turn protection on (the database closed first); ``on_done`` gets the recovery code to show once."""
        paths, kdf = self._paths, self._kdf

        def done(turned_on: Protection) -> None:
            self.protected = True
            self._opened(turned_on.key, just_protected=True)
            on_done(turned_on.recovery_code)

        def failed(exc: BaseException) -> None:
            self._worker.release()
            on_error(exc)

        self._worker.hold()
        self._worker.reopen()
        self._worker.call(lambda: protection.turn_on(paths, passphrase, kdf), done, failed)

    def change_passphrase(self, new_passphrase: str, on_done: Callable[[Any], None],
                          on_error: Callable[[BaseException], None]) -> None:
        key, paths, kdf = self._key, self._paths, self._kdf
        if key is None:
            return
        self._worker.call(lambda: protection.change_passphrase(paths, key, new_passphrase, kdf), on_done, on_error)

    def make_new_recovery_code(self, passphrase: str, on_done: Callable[[str], None],
                               on_error: Callable[[BaseException], None]) -> None:
        """A new recovery code once the passphrase is checked; the old code stops working."""
        paths, kdf = self._paths, self._kdf
        self._worker.call(lambda: protection.make_new_recovery_code(paths, passphrase, kdf), on_done, on_error)

    def recovery_code_kept(self) -> None:
        """The person has kept the code shown: it is no longer replaced at the next unlock."""
        paths = self._paths
        self._worker.call(lambda: protection.recovery_code_kept(paths), None,
                          lambda exc: log.warning("could not note the recovery code as kept (%s)", type(exc).__name__))

    def forget(self) -> None:
        """After "delete all my data": nothing is protected any more; the plain opener comes back."""
        self._watch_idle(False)
        self._key = None
        self.protected = False
        was_locked, self.locked = self.locked, False
        self._worker.reopen(self._plain_opener)
        if was_locked:
            self.locked_changed.emit(False)

    def shutdown(self) -> None:
        self._watch_idle(False)
        self._key = None

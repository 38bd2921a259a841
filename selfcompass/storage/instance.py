"""One writer: an exclusive lock file in the data folder, so a second launch never opens the database again.

The lock is held by the OS (flock on POSIX, msvcrt.locking on Windows), so it disappears with the process,
even after a crash or SIGKILL: there is never a stale lock to clear. A second launch calls
``request_raise(paths)``, which touches ``selfcompass.raise``; the running app watches that file (for example
with QFileSystemWatcher) and brings its window forward. No sockets are involved (the app is offline by
construction).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import IO, NamedTuple

from selfcompass.errors import KnownError
from selfcompass.paths import AppPaths

log = logging.getLogger(__name__)
LOCK_NAME = "selfcompass.lock"
RAISE_NAME = "selfcompass.raise"


class AlreadyRunning(KnownError):
    """Another SelfCompass holds the data folder."""


def raise_request_path(paths: AppPaths) -> Path:
    return paths.data / RAISE_NAME


class InstanceLock:
    """Hold it for the app's lifetime; ``release()`` (or process exit) lets the next launch in."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle

    @classmethod
    def acquire(cls, paths: AppPaths) -> InstanceLock:
        paths.data.mkdir(parents=True, exist_ok=True)
        path = paths.data / LOCK_NAME
        handle = open(path, "a+b")  # noqa: SIM115 - kept open for the lifetime of the lock
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyRunning("SelfCompass is already open.",
                                 fix="Its window has been brought forward.") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        return cls(path, handle)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def request_raise(paths: AppPaths) -> None:
    """Ask the running instance to bring its window forward."""
    from selfcompass.storage.files import write_atomic

    write_atomic(raise_request_path(paths), str(os.getpid()))


class Claim(NamedTuple):
    """What claiming the data folder found.

    A NamedTuple, not a dataclass: it is defined on the way to the first window, where each dataclass costs
    several times as much (docs/architecture.md, "Start-up").
    """

    #: The lock, held; None when another SelfCompass has the folder, or the folder can't hold a lock.
    lock: InstanceLock | None
    #: Another SelfCompass has the folder (and, unless told not to, was asked to come forward).
    already_running: bool = False


def claim(paths: AppPaths, *, bring_forward: bool = True) -> Claim:
    """Take the folder's lock. If another SelfCompass holds it, ask that one to bring its window forward (unless
    ``bring_forward`` is False). A read-only or missing folder is not an error: the app carries on without a lock
    and saving says so calmly."""
    try:
        return Claim(InstanceLock.acquire(paths))
    except AlreadyRunning:
        if bring_forward:
            try:
                request_raise(paths)
            except OSError:
                log.warning("could not ask the running SelfCompass to come forward")
        return Claim(None, already_running=True)
    except OSError as exc:
        log.warning("no instance lock (%s)", exc.strerror)
        return Claim(None)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only (a check mypy understands)
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

"""The log file: a few hundred KB in the logs folder, private to the person, never holding what they wrote.

What goes in: the start line (versions, platform), the features installed, each handled error with its
traceback, unexpected errors (``ui/crash.py``) and Qt's own warnings. What never goes in: journal text,
passphrases, practice notes. Callers make sure of that by logging only exception class names and ids; SQL
errors carry no parameters (``engine.py``: ``hide_parameters``). ``PrivateTextFilter`` is a second line of
defence for a careless call: any text argument longer than ``TEXT_LIMIT`` characters is withheld.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from selfcompass.paths import AppPaths

LOG_NAME = "selfcompass.log"
MAX_BYTES = 256 * 1024
BACKUPS = 3
#: A text argument longer than this is withheld from the file: ids, class names and counts are shorter.
TEXT_LIMIT = 80
LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
_RECORD = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (ERROR|CRITICAL) \S+: (.*)$")

log = logging.getLogger("selfcompass")


def log_path(paths: AppPaths) -> Path:
    """Where the current log file is (it may not exist yet)."""
    return paths.logs / LOG_NAME


class PrivateTextFilter(logging.Filter):
    """Withholds long text arguments, so a call that passes an entry's words by mistake writes only their length."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping):
            record.args = {key: _withheld(value) for key, value in args.items()}
        elif isinstance(args, tuple):
            record.args = tuple(_withheld(value) for value in args)
        return True


def _withheld(value: object) -> object:
    if isinstance(value, str) and len(value) > TEXT_LIMIT:
        return f"<{len(value)} characters withheld>"
    return value


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating file made private to the person (0600), however it is opened or rotated."""

    #: The "selfcompass" logger's level before the log started, put back when it stops.
    previous_level = logging.NOTSET

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # a file left by an older run with wider rights
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


def start_log(paths: AppPaths, *, version: str, features: Iterable[str] = (), max_bytes: int = MAX_BYTES,
              backups: int = BACKUPS) -> Path | None:
    """Open the log on the root logger and write the start line; returns the file, or None if it can't be written.

    Never raises: a read-only folder or a full disk leaves the app running without a log (and then nothing may
    tell the person that details are in one). Calling it again replaces the earlier handler.
    """
    stop_log()
    file = log_path(paths)
    try:
        _private_folder(paths.logs)
        handler = _PrivateRotatingFile(file, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    except Exception:  # a log is a help, never a reason not to start
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(LINE_FORMAT, DATE_FORMAT))
    handler.addFilter(PrivateTextFilter())
    logging.getLogger().addHandler(handler)
    handler.previous_level = log.level
    if log.level == logging.NOTSET:
        log.setLevel(logging.INFO)  # our own notes; other libraries keep the root's WARNING
    log.info("SelfCompass %s started on %s; Qt %s, PySide6 %s, Python %s", version, platform.platform(terse=True),
             *_qt_versions(), platform.python_version())
    names = list(features)
    if names:
        log_features_installed(names)
    return file if file.exists() else None


def stop_log() -> None:
    """Close the log, take it off the root logger and put our logger's level back (after a test, or before
    starting it again)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _PrivateRotatingFile)]:
        root.removeHandler(handler)
        handler.close()
        log.setLevel(handler.previous_level)


def active_log() -> Path | None:
    """The file the log is being written to now, if it is open."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _PrivateRotatingFile):
            return Path(handler.baseFilename)
    return None


def log_features_installed(names: Iterable[str]) -> None:
    """One line naming the features that started."""
    names = list(names)
    if names:
        log.info("Features installed: " + ", ".join(["%s"] * len(names)), *names)
    else:
        log.info("Features installed: none")


def last_error(paths: AppPaths) -> str | None:
    """The newest ERROR or CRITICAL record in the log and its backups, as "<time>: <first line>", or None."""
    file = log_path(paths)
    for candidate in [file, *(file.with_name(f"{LOG_NAME}.{n}") for n in range(1, BACKUPS + 1))]:
        try:
            text = candidate.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in reversed(text.splitlines()):
            match = _RECORD.match(line)
            if match:
                return f"{match[1]}: {match[3]}"
    return None


def _private_folder(folder: Path) -> None:
    """Make the folder (0700); an existing one loses any rights for others, but is never made writable."""
    old = os.umask(0o077) if os.name == "posix" else None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    finally:
        if old is not None:
            os.umask(old)
    if os.name == "posix":
        mode = folder.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(folder, mode & 0o700)


def _qt_versions() -> tuple[str, str]:
    """Qt's and PySide6's versions if the GUI has loaded them; storage never imports Qt itself."""
    core = sys.modules.get("PySide6.QtCore")
    pyside = sys.modules.get("PySide6")
    qt = core.qVersion() if core is not None else "not loaded"
    return qt, getattr(pyside, "__version__", "not loaded")

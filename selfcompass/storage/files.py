"""Writing a file so that it is always whole: the one way SelfCompass replaces a file it owns or exports, and
the one place a file is renamed into place or aside."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO


def write_atomic(path: Path, data: str | bytes | Iterable[str] | Iterable[bytes], *, make_folder: bool = False,
                 fsync: Callable[[int], None] | None = None) -> None:
    """Write ``data`` beside ``path`` and rename it over ``path``: the old file stays whole until the new one is
    complete and on disk, so a crash or a full disk never leaves half a file (and nothing goes to /tmp).

    Text is UTF-8 with ``\\n`` line ends; an iterable of strings is written as it comes (a long export need not be
    held in memory). The file is private to the person (mode 0600, as ``mkstemp`` makes it). A missing folder is
    made only with ``make_folder`` (our own data folder; never a place the person chose). Raises ``OSError``, having
    removed the temporary file.
    """
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, (str, bytes)) else data:
                handle.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            handle.flush()
            (fsync or os.fsync)(handle.fileno())
        publish(Path(tmp), path, fsync=fsync)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def publish(part: Path, path: Path, *, fsync: Callable[[int], None] | None = None) -> None:
    """Put ``part``, a file written whole beside ``path`` (by us, SQLite or the speech engine), in ``path``'s place:
    made private (0600), flushed to disk, renamed over ``path`` in one step, and the folder's entry made durable.
    The other half of :func:`write_atomic`, for writers that must be handed a file name rather than the bytes."""
    if os.name == "posix":
        os.chmod(part, 0o600)
    with part.open("rb") as handle:
        (fsync or os.fsync)(handle.fileno())
    os.replace(part, path)
    sync_folder(path.parent)


def move_aside(path: Path, to: Path) -> None:
    """Rename ``path`` to ``to`` in one step (a damaged file kept for a person or support to look at)."""
    os.replace(path, to)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def open_private_text(path: Path) -> TextIO:
    """A text file written as it goes, private to the person (0600): the self-test's report on a windowed bundle
    that has no console to print to. Not for data SelfCompass keeps: that goes through :func:`write_atomic`."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(fd, "w", encoding="utf-8")

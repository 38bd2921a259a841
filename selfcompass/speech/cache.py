"""Keeping the narration cache in bounds.

Rendered lines are kept so the same words at the same voice and rate are spoken at once next time. Without a
limit the folder would grow with every voice and rate tried (about 44 KB per second of speech). So, once a run,
when the speech engine starts (on its worker thread, never the UI thread), lines not spoken for ``MAX_AGE_DAYS``
go, and then the least recently spoken go until the folder is under ``MAX_BYTES``. A file's modification time
records when it was last spoken: the worker touches it each time it is reused.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

#: Room for every shipped practice at two or three voice and rate settings.
MAX_BYTES = 200 * 1000 * 1000
MAX_AGE_DAYS = 90
#: Finished narration files (a render in progress is ``<key>.part.<suffix>`` and is never counted here).
SUFFIXES = (".wav", ".aiff")


def mark_used(path: Path, now: float | None = None) -> None:
    """Record that ``path`` was spoken again at ``now`` (default: this moment). Best effort: a read-only cache
    is still a cache."""
    try:
        os.utime(path, None if now is None else (now, now))
    except OSError:
        pass


def prune(folder: Path, *, now: float, max_bytes: int = MAX_BYTES, max_age_days: float = MAX_AGE_DAYS) -> int:
    """Delete narration files unused for ``max_age_days``, then the least recently used until the rest fit in
    ``max_bytes``. ``now`` is seconds since the epoch. Returns how many files were deleted; never raises."""
    entries: list[tuple[float, int, Path]] = []
    try:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.is_file() and entry.name.endswith(SUFFIXES) and ".part." not in entry.name:
                    st = entry.stat()
                    entries.append((st.st_mtime, st.st_size, Path(entry.path)))
    except OSError:
        return 0
    entries.sort()  # least recently used first
    total = sum(size for _, size, _ in entries)
    oldest_kept = now - max_age_days * 86_400
    deleted = 0
    for used, size, path in entries:
        if used >= oldest_kept and total <= max_bytes:
            break
        try:
            path.unlink()
        except OSError:
            continue
        total -= size
        deleted += 1
    if deleted:
        log.info("narration cache: %d old line(s) removed", deleted)
    return deleted

"""Recovery: set a damaged journal aside, restore a good backup in its place, and "delete all my data" that
really does.

All expect the database to be closed (run them with ``DatabaseWorker.call``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from selfcompass.paths import AppPaths
from selfcompass.storage.backups import STAMP
from selfcompass.storage.files import move_aside, write_atomic
from selfcompass.storage.status import keyfile_path

SIDE_FILES = ("-wal", "-shm", "-journal")


def _wipe(path: Path) -> None:
    from selfcompass.storage.crypto import wipe_file

    wipe_file(path)


def set_damaged_aside(paths: AppPaths, now: datetime | None = None) -> Path | None:
    """Move the database (and its WAL and other side files) aside as ``selfcompass.damaged-<when>.db``, never
    deleting it, so a backup or a new journal can take its place. Returns where it went (None if there was none).

    The one place a damaged file is moved: side files with no database beside them are kept aside too, as a WAL
    must never meet a different database."""
    db = paths.database
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)
    aside = db.with_name(f"selfcompass.damaged-{stamp}.db")
    moved = None
    if db.exists():
        move_aside(db, aside)
        moved = aside
    for suffix in SIDE_FILES:
        side = db.with_name(db.name + suffix)
        if side.exists():
            move_aside(side, aside.with_name(aside.name + suffix))
    return moved


def restore_backup(paths: AppPaths, backup: Path, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of the database. The damaged file (and its WAL) is moved aside, not deleted;
    returns where it went (None if there was no database)."""
    aside = set_damaged_aside(paths, now)
    # Streamed a megabyte at a time (write_atomic writes bytes chunks as they come; its hint names str only).
    write_atomic(paths.database, _chunks(backup))
    return aside


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(1024 * 1024):
            yield chunk


def data_files(paths: AppPaths) -> list[Path]:
    """Every file SelfCompass keeps about you in the data folder."""
    db = paths.database
    found: list[Path] = []
    candidates = [db, keyfile_path(db), *(db.with_name(db.name + s) for s in SIDE_FILES)]
    found += [p for p in candidates if p.exists()]
    if paths.data.is_dir():
        for pattern in ("selfcompass.damaged-*", "selfcompass.db.*", "selfcompass.keys.json.part",
                        ".*.part"):
            found += [p for p in paths.data.glob(pattern) if p.is_file() and p not in found]
    if paths.backups.is_dir():
        found += [p for p in paths.backups.rglob("*") if p.is_file()]
    return found


def delete_all_data(paths: AppPaths) -> list[Path]:
    """Overwrite and remove the database, its WAL, the keyfile, every backup and any damaged copy.
    Returns what was removed. Exports you saved elsewhere are yours and are not touched."""
    removed = []
    for path in data_files(paths):
        _wipe(path)
        removed.append(path)
    if paths.backups.is_dir():
        shutil.rmtree(paths.backups, ignore_errors=True)
    return removed

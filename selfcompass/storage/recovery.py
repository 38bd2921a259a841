"""Recovery: restore a backup keeping the damaged file aside, and "delete all my data" that really does.

Both expect the database to be closed.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from selfcompass.paths import AppPaths
from selfcompass.storage.backups import STAMP
from selfcompass.storage.status import keyfile_path

SIDE_FILES = ("-wal", "-shm", "-journal")


def _wipe(path: Path) -> None:
    from selfcompass.storage.crypto import wipe_file

    wipe_file(path)


def restore_backup(paths: AppPaths, backup: Path, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in place of the database. The damaged file (and its WAL) is moved aside, not deleted;
    returns where it went (None if there was no database)."""
    db = paths.database
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime(STAMP)
    aside = None
    if db.exists():
        aside = db.with_name(f"selfcompass.damaged-{stamp}.db")
        os.replace(db, aside)
    for suffix in SIDE_FILES:
        side = db.with_name(db.name + suffix)
        if side.exists():
            if aside is not None:
                os.replace(side, aside.with_name(aside.name + suffix))
            else:
                side.unlink()
    tmp = db.with_name(db.name + ".restoring")
    shutil.copyfile(backup, tmp)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, db)
    return aside


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

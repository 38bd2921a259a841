"""Backups: a copy before every migration and rotating daily copies, in the same (encrypted) form as the file.

``VACUUM INTO`` writes a consistent, compact copy through SQLite itself, so it is safe while the app is open
and a protected database's copy is encrypted with the same key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from selfcompass.storage.files import publish

STAMP = "%Y%m%dT%H%M%S%fZ"
NAME = re.compile(r"^selfcompass-(?P<kind>[a-z]+)-(?P<label>[0-9A-Za-z_]+)-(?P<stamp>\d{8}T\d{12}Z)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # "migration", "daily", "manual", "damaged"
    label: str  # the revision for migration backups, the day for daily ones
    taken_at: datetime


def backup_name(kind: str, label: str, now: datetime) -> str:
    return f"selfcompass-{kind}-{label}-{now.astimezone(UTC).strftime(STAMP)}.db"


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first."""
    out: list[BackupFile] = []
    if not folder.is_dir():
        return out
    for entry in folder.iterdir():
        m = NAME.match(entry.name)
        if m and entry.is_file():
            taken = datetime.strptime(m["stamp"], STAMP).replace(tzinfo=UTC)
            out.append(BackupFile(entry, m["kind"], m["label"], taken))
    out.sort(key=lambda b: b.taken_at, reverse=True)
    return out


def vacuum_into(conn: Any, target: Path) -> Path:
    """Write a consistent copy of the open database ``conn`` to ``target`` (which must not exist)."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    conn.execute("VACUUM INTO ?", (str(tmp),))
    publish(tmp, target)
    return target


def take_backup(conn: Any, folder: Path, kind: str, label: str, now: datetime | None = None) -> Path:
    now = now or datetime.now(UTC)
    return vacuum_into(conn, folder / backup_name(kind, label, now))


def prune(folder: Path, kind: str, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` backups of ``kind``; returns what was removed."""
    removed = []
    for backup in [b for b in list_backups(folder) if b.kind == kind][max(keep, 0):]:
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed

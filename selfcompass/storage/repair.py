"""Repair: a fresh journal from everything a damaged one still reads, with damaged entries brought back from backups.

When an entry is damaged (a flipped byte in its row, or, in a protected journal, in the page that holds it), the
journal still opens and every read passes over it (storage/journal.py), but its words are only in the backups,
and a protected journal's damaged page can never be written again (the entry cannot even be deleted). ``repair``:

1. finds the damaged entries by id, and reads each one's uuid and whether it was in the bin from the indexes
   alone, never from the damaged rows;
2. makes a new file beside the journal (with the same key), at the head revision, and copies into it the
   practice sessions, the drafts and every entry that reads whole, with its tags; the new file's own triggers
   rebuild the search index and the entry counter;
3. looks for each damaged entry in the backups, newest first, by its uuid, and puts the newest copy that reads
   whole back in its place (with its id where that is free, in or out of the bin as it was);
4. checks the new file (integrity check, and every entry counted), then moves the damaged journal aside (kept,
   never deleted: ``selfcompass.damaged-<when>.db``) and puts the new one in its place.

Nothing changes until the last step, and that step is two renames: stopped before it, the journal is as it was
and a half-made ``.repairing`` file is wiped at the next open. Run it with the database closed (``DatabaseWorker
.call``). Entry text is never logged; the report holds counts and dates only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from selfcompass.paths import AppPaths
from selfcompass.storage.status import SQLITE_HEADER

log = logging.getLogger(__name__)

#: Tables the new file rebuilds itself (its triggers) or already has (its revision); everything else is copied.
_NOT_COPIED = ("alembic_version", "journal_counter", "journal_entry", "journal_tag")


@dataclass(frozen=True)
class RepairReport:
    kept: int  # entries copied as they were
    brought_back: int  # damaged entries put back from a backup
    not_found: int  # damaged entries no backup held whole: their words stay only in the damaged file set aside
    backup_days: tuple[str, ...]  # the dates of the backups used, oldest first ("2026-12-05")
    set_aside: Path | None  # where the damaged journal went


def repairing_path(paths: AppPaths) -> Path:
    return paths.database.with_name(paths.database.name + ".repairing")


def repair(paths: AppPaths, key: bytes | None, now: datetime | None = None) -> RepairReport:
    """Rebuild the journal without its damaged entries, bringing them back from backups where they are whole."""
    from selfcompass.storage.crypto import wipe_file
    from selfcompass.storage.engine import connect
    from selfcompass.storage.files import publish
    from selfcompass.storage.recovery import set_damaged_aside

    new_path = repairing_path(paths)
    wipe_file(new_path)
    old = connect(paths.database, key, journal_mode=None)
    try:
        old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ids, damaged = _entries(old)
    finally:
        old.close()
    _make_empty(new_path, key)
    try:
        new = connect(new_path, key, journal_mode="DELETE")
        try:
            new.execute(f"ATTACH DATABASE '{_sql_path(paths.database)}' AS old KEY {_key_literal(key)}")
            new.execute("BEGIN IMMEDIATE")
            _copy_tables(new)
            good = [i for i in ids if i not in damaged]
            for batch in _batches(good):
                marks = ", ".join("?" * len(batch))
                cols = _columns(new, "journal_entry")
                new.execute(f"INSERT INTO main.journal_entry ({cols}) SELECT {cols} FROM old.journal_entry "
                            f"WHERE id IN ({marks})", batch)
                new.execute(f"INSERT INTO main.journal_tag (entry_id, tag) SELECT entry_id, tag FROM old.journal_tag "
                            f"WHERE entry_id IN ({marks})", batch)
            new.execute("COMMIT")
            new.execute("DETACH DATABASE old")
            found, days = _bring_back(new, paths, key, damaged)
            if new.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise RuntimeError("the repaired copy failed its integrity check")
            count = new.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
            if count != len(good) + found:
                raise RuntimeError("the repaired copy does not hold every entry it should")
        finally:
            new.close()
    except BaseException:
        wipe_file(new_path)
        raise
    aside = set_damaged_aside(paths, now)
    publish(new_path, paths.database)
    report = RepairReport(kept=len(good), brought_back=found, not_found=len(damaged) - found,
                          backup_days=tuple(sorted(days)), set_aside=aside)
    log.warning("The journal was repaired: %d entries kept, %d brought back from backups, %d not found in any",
                report.kept, report.brought_back, report.not_found)
    return report


# --- reading the damaged journal from its indexes ------------------------------------------------------------------

@dataclass(frozen=True)
class _Damaged:
    uuid: str
    binned_at: str | None  # when it went to the bin, or None for a live entry


def _entries(old: Any) -> tuple[list[int], dict[int, _Damaged]]:
    """Every entry's id, and the damaged ones with their uuid and bin state, read from the indexes only."""
    from selfcompass.storage.engine import is_damage

    ids_uuids = old.execute("SELECT id, uuid FROM journal_entry INDEXED BY sqlite_autoindex_journal_entry_1").fetchall()
    ids = sorted(i for i, _uuid in ids_uuids)
    uuids = dict(ids_uuids)
    binned = dict(old.execute("SELECT id, deleted_at FROM journal_entry INDEXED BY ix_journal_binned "
                              "WHERE deleted_at IS NOT NULL").fetchall())
    damaged: dict[int, _Damaged] = {}
    stack = list(_batches(ids))
    while stack:
        batch = stack.pop()
        try:
            old.execute(f"SELECT * FROM journal_entry WHERE id IN ({', '.join('?' * len(batch))})", batch).fetchall()
        except Exception as exc:  # one damaged entry in the batch: halve it until it is found
            if not is_damage(exc):
                raise
            if len(batch) == 1:
                damaged[batch[0]] = _Damaged(uuids[batch[0]], binned.get(batch[0]))
            else:
                stack += [batch[:len(batch) // 2], batch[len(batch) // 2:]]
    return ids, damaged


def _batches(ids: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


# --- the new file ---------------------------------------------------------------------------------------------------

def _make_empty(path: Path, key: bytes | None) -> None:
    """An empty journal at the head revision, encrypted with ``key`` if there is one (the same migrations as a
    new journal gets, so its tables, indexes and triggers are exactly the app's)."""
    from selfcompass.storage import migrate
    from selfcompass.storage.engine import make_engine

    engine = make_engine(path, key, "DELETE")
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def _columns(conn: Any, table: str, schema: str = "main") -> str:
    return ", ".join(f'"{r[1]}"' for r in conn.execute(f'PRAGMA {schema}.table_info("{table}")'))


def _copy_tables(new: Any) -> None:
    """The sessions, the drafts and any other table, column by column (the two files are at the same revision)."""
    tables = [r[0] for r in new.execute(
        "SELECT name FROM old.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'journal_fts%'")]
    order = sorted(tables, key=lambda name: name != "practice_session")  # sessions first: entries point at them
    for table in order:
        if table in _NOT_COPIED:
            continue
        cols = _columns(new, table)
        if cols != _columns(new, table, "old"):
            raise RuntimeError("the journal is not at this version's revision; open it once before repairing")
        new.execute(f'INSERT INTO main."{table}" ({cols}) SELECT {cols} FROM old."{table}"')


def _bring_back(new: Any, paths: AppPaths, key: bytes | None, damaged: dict[int, _Damaged]) -> tuple[int, set[str]]:
    """Each damaged entry's newest whole copy from the backups, put back as it was. Returns how many were found
    and the dates of the backups they came from."""
    from selfcompass.storage.backups import list_backups

    wanted = dict(damaged)
    days: set[str] = set()
    cols = _columns(new, "journal_entry")
    names = [c.strip('"') for c in cols.split(", ")]
    for backup in list_backups(paths.backups):  # newest first
        if not wanted:
            break
        try:
            with backup.path.open("rb") as fh:
                plain = fh.read(16) == SQLITE_HEADER
            new.execute(f"ATTACH DATABASE '{_sql_path(backup.path)}' AS bk KEY {_key_literal(None if plain else key)}")
        except Exception:  # an unreadable backup is passed over; the next one may do
            continue
        try:
            for entry_id, what in list(wanted.items()):
                try:
                    row = new.execute(f"SELECT {cols} FROM bk.journal_entry WHERE uuid = ?", (what.uuid,)).fetchone()
                    tags = new.execute("SELECT t.tag FROM bk.journal_tag t JOIN bk.journal_entry e ON e.id = "
                                       "t.entry_id WHERE e.uuid = ?", (what.uuid,)).fetchall()
                except Exception:  # damaged here too, or not a journal this version reads
                    continue
                if row is None:
                    continue
                values = dict(zip(names, row, strict=True))
                values["deleted_at"] = what.binned_at
                taken = new.execute("SELECT 1 FROM main.journal_entry WHERE id = ?", (entry_id,)).fetchone()
                values["id"] = None if taken else entry_id
                if values["session_id"] is not None and new.execute(
                        "SELECT 1 FROM main.practice_session WHERE id = ?", (values["session_id"],)).fetchone() is None:
                    values["session_id"] = None  # its session is not in this journal any more
                new.execute("BEGIN IMMEDIATE")
                cur = new.execute(f"INSERT INTO main.journal_entry ({cols}) VALUES ({', '.join('?' * len(names))})",
                                  [values[n] for n in names])
                new.executemany("INSERT OR IGNORE INTO main.journal_tag (entry_id, tag) VALUES (?, ?)",
                                [(cur.lastrowid, tag) for (tag,) in tags])
                new.execute("COMMIT")
                del wanted[entry_id]
                days.add(backup.taken_at.astimezone(UTC).date().isoformat())
        finally:
            new.execute("DETACH DATABASE bk")
    return len(damaged) - len(wanted), days


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _key_literal(key: bytes | None) -> str:
    return f"\"x'{key.hex()}'\"" if key is not None else "''"

"""Open the database: check, back up, migrate, then hand out repositories (SQLAlchemy Core; never its ORM)."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from selfcompass.core.i18n import translate
from selfcompass.paths import AppPaths
from selfcompass.storage import backups as _backups
from selfcompass.storage import migrate
from selfcompass.storage.engine import connect, journal_mode_for, make_engine, raise_if_storage_problem
from selfcompass.storage.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseTooNew,
    StorageUnavailable,
    WrongPassphrase,
)
from selfcompass.storage.journal import JournalRepository
from selfcompass.storage.sessions import SessionRepository
from selfcompass.storage.status import HEAD_REVISION, REVISIONS, SQLITE_HEADER, keyfile_path

log = logging.getLogger(__name__)


def _ensure_folder(folder: Path) -> None:
    old = os.umask(0o077) if os.name == "posix" else None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageUnavailable(translate("Storage", "SelfCompass could not create its data folder."),
                                 #: {folder} is a folder's path; {reason} the system's words ("Permission denied").
                                 fix=translate("Storage", "Check the folder {folder} can be written ({reason}).")
                                 .format(folder=folder, reason=exc.strerror)) from None
    finally:
        if old is not None:
            os.umask(old)


def _header(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            return fh.read(16)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageUnavailable(translate("Storage", "SelfCompass could not open its database file."),
                                 #: {name} is the database file's name; {reason} the system's words.
                                 fix=translate("Storage", "Check the file {name} in the data folder ({reason}).")
                                 .format(name=path.name, reason=exc.strerror)) from None


def _current_revision(conn: Any) -> str | None:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    if not has:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def newest_good_backup(paths: AppPaths, key: bytes | None = None) -> Path | None:
    """The newest backup that opens with ``key`` and passes quick_check."""
    found = newest_good_backup_with_count(paths, key)
    return found[0] if found else None


def newest_good_backup_with_count(paths: AppPaths, key: bytes | None = None) -> tuple[Path, int | None] | None:
    """The newest backup (by when it was taken) that opens with ``key`` and passes quick_check, with the number
    of journal entries it holds (None for a backup older than the journal), so a restore can say what it brings."""
    for backup in _backups.list_backups(paths.backups):
        try:
            conn = connect(backup.path, key)
        except Exception:
            continue
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                return backup.path, _entry_count(conn)
        except Exception:
            continue
        finally:
            conn.close()
    return None


def _entry_count(conn: Any) -> int | None:
    try:
        return int(conn.execute("SELECT count(*) FROM journal_entry WHERE deleted_at IS NULL").fetchone()[0])
    except Exception:  # a backup from before the journal existed
        return None


def _damaged(paths: AppPaths, key: bytes | None, detail: str) -> DatabaseDamaged:
    found = newest_good_backup_with_count(paths, key)
    backup, entries = found if found else (None, None)
    fix = (translate("Storage", "You can restore the newest good backup; the damaged file will be kept aside.")
           if backup else translate("Storage", "No good backup was found; the damaged file can be kept aside and a "
                                               "new one started."))
    log.warning("database failed its integrity check: %s", detail)
    return DatabaseDamaged(translate("Storage", "Your SelfCompass database looks damaged."), fix=fix,
                           path=paths.database, backup=backup, backup_entries=entries)


def _quick_check(conn: Any) -> bool:
    """quick_check, which on a damaged protected page may raise instead of answering."""
    import sqlcipher3

    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlcipher3.DatabaseError as exc:
        if isinstance(exc, sqlcipher3.OperationalError) and "malformed" not in str(exc):
            raise
        return False


def _prepare(paths: AppPaths, key: bytes | None, *,
             check: bool) -> tuple[str | None, str, bytes | None, bool]:
    """Check the file and back it up if it needs migrating. Returns (revision before, journal mode, key, whether
    quick_check failed at head: the caller sees whether only journal entries are damaged)."""
    db = paths.database
    header = _header(db)
    if not header and keyfile_path(db).exists():
        # An emptied or missing protected database never becomes a plain one: locked until unlocked, and then
        # the newest good backup is offered (a new encrypted journal only when there is none).
        if key is None:
            raise DatabaseLocked(translate("Storage", "Your journal is protected."),
                                 fix=translate("Storage", "Enter your passphrase to unlock it."))
        if _backups.list_backups(paths.backups):
            raise _damaged(paths, key, "emptied protected database")
    if header and header != SQLITE_HEADER and key is None:
        if not keyfile_path(db).exists():
            raise _damaged(paths, key, "unknown header and no key file")
        raise DatabaseLocked(translate("Storage", "Your journal is protected."),
                             fix=translate("Storage", "Enter your passphrase to unlock it."))
    elif header == SQLITE_HEADER and key is not None:
        key = None  # a plain database: the key is not needed (encrypting is a separate, explicit step)
    import sqlcipher3

    try:
        conn = connect(db, key)
    except WrongPassphrase:
        # The keyfile's MAC already proved the key; if a backup opens with it, the file itself is damaged.
        if key is None or newest_good_backup(paths, key) is not None:
            raise _damaged(paths, key, "not a database") from None
        raise
    except sqlcipher3.OperationalError:
        raise  # locked, unopenable: not damage
    except (sqlcipher3.DatabaseError, UnicodeDecodeError):
        raise _damaged(paths, key, "unreadable schema") from None
    try:
        revision = _current_revision(conn)
        known = REVISIONS  # a test keeps this equal to the Alembic chain; Alembic loads only to migrate
        if revision is not None and revision not in known:
            raise DatabaseTooNew(
                translate("Storage", "This database was written by a newer version of SelfCompass, so this version "
                                     "will not open or change it."),
                fix=translate("Storage", "Install the newer version again, or choose another data folder."))
        suspect = False
        if check and header and not _quick_check(conn):
            if revision != known[-1]:
                raise _damaged(paths, key, "quick_check")  # never migrate a damaged file
            suspect = True
        mode = journal_mode_for(db)
        if revision != known[-1] and revision is not None:
            _backups.take_backup(conn, paths.backups, "migration", revision)
        conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()
    except Exception as exc:
        conn.close()
        if isinstance(exc, sqlcipher3.OperationalError):
            raise_if_storage_problem(exc)
            raise StorageUnavailable(translate("Storage", "SelfCompass could not prepare its database."),
                                     #: {reason} is the database's own words, in English.
                                     fix=translate("Storage", "Check the data folder can be written ({reason}).")
                                     .format(reason=exc)) from None
        if isinstance(exc, UnicodeDecodeError) or (
                isinstance(exc, sqlcipher3.DatabaseError) and not isinstance(exc, sqlcipher3.OperationalError)):
            raise _damaged(paths, key, "malformed") from None
        raise
    conn.close()
    return revision, mode, key, suspect


def _damage_is_confined(database: Database) -> bool:
    """quick_check failed: is the damage only in journal entries (a flipped byte in a row, or in a protected
    journal's page), which every read then leaves out? Everything else must read whole."""
    from selfcompass.storage.journal import is_damage

    try:
        with database.engine.connect() as c:
            tables = [r[0] for r in c.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('journal_entry', 'journal_fts')")]
            for table in tables:
                c.exec_driver_sql(f'SELECT * FROM "{table}"').all()
            c.exec_driver_sql("SELECT count(*) FROM journal_entry INDEXED BY ix_journal_live "
                              "WHERE deleted_at IS NULL").scalar_one()
            ids = [r[0] for r in c.exec_driver_sql(
                "SELECT id FROM journal_entry INDEXED BY sqlite_autoindex_journal_entry_1")]
    except Exception as exc:
        if is_damage(exc):
            return False
        raise
    return bool(database.journal._find_unreadable(ids))


class Database:
    """The open database: repositories for sessions (and the journal), backups, and close()."""

    def __init__(self, paths: AppPaths, key: bytes | None, journal_mode: str,
                 revision_before: str | None) -> None:
        self.paths = paths
        self.path = paths.database
        self.encrypted = key is not None
        self.journal_mode = journal_mode
        self.revision_before = revision_before
        self._key = key
        self.engine = make_engine(self.path, key, journal_mode)
        self.sessions = SessionRepository(self.engine)
        self.journal = JournalRepository(self.engine)
        self._closed = False

    def raw_connection(self) -> Any:
        """A new raw sqlcipher3 connection to the same file; the caller closes it."""
        return connect(self.path, self._key, journal_mode=self.journal_mode)

    def revision(self) -> str | None:
        conn = self.raw_connection()
        try:
            return _current_revision(conn)
        finally:
            conn.close()

    def backup_now(self, kind: str = "manual", label: str = "now", now: datetime | None = None) -> Path:
        conn = self.raw_connection()
        try:
            return _backups.take_backup(conn, self.paths.backups, kind, label, now)
        finally:
            conn.close()

    def backup_if_due(self, now: datetime | None = None, keep: int = 7) -> Path | None:
        """Take today's daily backup unless it exists; keep the newest ``keep`` daily ones."""
        now = now or datetime.now(UTC)
        day = now.astimezone(UTC).strftime("%Y%m%d")
        if any(b.kind == "daily" and b.label == day for b in _backups.list_backups(self.paths.backups)):
            return None
        taken = self.backup_now("daily", day, now)
        _backups.prune(self.paths.backups, "daily", keep)
        return taken

    def integrity_check(self, full: bool = False) -> bool:
        conn = self.raw_connection()
        try:
            if not full:
                return _quick_check(conn)
            return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            conn.close()

    def check_integrity(self) -> None:
        """quick_check, raising DatabaseDamaged (with the newest good backup) if it fails. On a large journal this
        reads the whole file (about 1.4 s for 100,000 entries), so the app may open with ``check=False`` and
        call this on a worker thread straight after."""
        if not self.integrity_check() and not _damage_is_confined(self):
            raise _damaged(self.paths, self._key, "quick_check after open")

    def rest(self) -> None:
        """Close the connections kept open between jobs: each holds a page cache (up to 16 MB on a large journal)
        and SQLCipher's buffers. The next job opens one again (a few milliseconds: the key is raw, nothing to
        derive). For a journal out of sight a while (features/journal/controller.py)."""
        if not self._closed:
            self.engine.dispose()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def clean_parts(paths: AppPaths) -> list[Path]:
    """Remove what an interrupted write left: ``.part`` files beside the database and in backups/ (full-size
    copies). Nothing else writes there while the database is being opened, so none of them is in use."""
    removed: list[Path] = []
    for folder in (paths.data, paths.backups):
        if not folder.is_dir():
            continue
        leftovers = [folder / "selfcompass.db.repairing"] if folder == paths.data else []  # a stopped repair
        for part in [*folder.glob("*.part"), *folder.glob(".*.part"), *(p for p in leftovers if p.exists())]:
            try:
                from selfcompass.storage.crypto import wipe_file

                wipe_file(part)  # a backup's part may be a plain copy: overwrite before removing
                removed.append(part)
            except OSError:
                pass
    return removed


def open_database(paths: AppPaths, *, key: bytes | None = None, check: bool = True) -> Database:
    """Create or open the database, backing it up and migrating it to head first if needed."""
    from selfcompass.storage import crypto

    _ensure_folder(paths.data)
    from selfcompass.storage.hygiene import make_private

    make_private(paths.data)  # including files an older version made readable by others
    clean_parts(paths)
    crypto.finish_interrupted(paths)
    revision, mode, key, suspect = _prepare(paths, key, check=check)
    database = Database(paths, key, mode, revision)
    try:
        if suspect and not _damage_is_confined(database):
            raise _damaged(paths, key, "quick_check")
        if revision != HEAD_REVISION:
            migrate.upgrade(database.engine)
        if key is not None:
            crypto.record_schema_revision(paths, HEAD_REVISION)
    except BaseException:
        database.close()
        raise
    return database

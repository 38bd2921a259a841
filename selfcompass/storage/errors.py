"""Known storage failures: a newer database, a wrong passphrase, a damaged file, a full or read-only folder."""

from __future__ import annotations

from pathlib import Path

from selfcompass.core.journal_files import JournalImportError
from selfcompass.errors import KnownError


class DatabaseTooNew(KnownError):
    """The database was written by a newer SelfCompass; we refuse to touch it."""


class WrongPassphrase(KnownError):
    """The passphrase or recovery code did not unlock the journal."""


class DatabaseLocked(KnownError):
    """The database is protected and no key was given."""


class DatabaseDamaged(KnownError):
    """The integrity check failed; carries the newest good backup, if there is one."""

    def __init__(self, message: str, *, fix: str = "", path: Path, backup: Path | None,
                 backup_entries: int | None = None) -> None:
        super().__init__(message, fix=fix)
        self.path = path
        self.backup = backup
        self.backup_entries = backup_entries  # how many journal entries the backup holds (None: not known)


class StorageUnavailable(KnownError):
    """The data folder cannot be written: read-only, full, or gone."""


# An import file refused (nothing imported): defined with the pure import parser in the core.
ImportFailed = JournalImportError

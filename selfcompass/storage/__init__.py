"""Storage: the SQLite database (plain or SQLCipher), migrations, backups and the journal.

Nothing here imports SQLAlchemy at module level: ``status`` answers start-up questions with the stdlib sqlite3,
and SQLAlchemy loads only when ``open_database`` is called.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from selfcompass.paths import AppPaths
    from selfcompass.storage.database import Database
    from selfcompass.storage.errors import (
        DatabaseDamaged,
        DatabaseLocked,
        DatabaseTooNew,
        ImportFailed,
        JournalImportError,
        StorageUnavailable,
        WrongPassphrase,
    )
    from selfcompass.storage.netpath import is_network_path
    from selfcompass.storage.recovery import delete_all_data, restore_backup
    from selfcompass.storage.status import HEAD_REVISION, Status, database_status

# Each name loads its module on first use (PEP 562), so start-up code that needs one small module, such as the
# single-instance lock, does not pay for the rest. Plain imports, so readers and tools see every arrow.
_ERRORS = frozenset({"DatabaseDamaged", "DatabaseLocked", "DatabaseTooNew", "ImportFailed", "JournalImportError",
                     "StorageUnavailable", "WrongPassphrase"})


def __getattr__(name: str) -> Any:
    module: ModuleType
    if name in _ERRORS:
        from selfcompass.storage import errors as module
    elif name == "is_network_path":
        from selfcompass.storage import netpath as module
    elif name in ("delete_all_data", "restore_backup"):
        from selfcompass.storage import recovery as module
    elif name in ("HEAD_REVISION", "Status", "database_status"):
        from selfcompass.storage import status as module
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "HEAD_REVISION",
    "DatabaseDamaged",
    "DatabaseLocked",
    "DatabaseTooNew",
    "ImportFailed",
    "JournalImportError",
    "Status",
    "StorageUnavailable",
    "WrongPassphrase",
    "database_status",
    "delete_all_data",
    "is_network_path",
    "open_database",
    "restore_backup",
]


def open_database(paths: AppPaths, *, key: bytes | None = None, check: bool = True) -> Database:
    """Create or open the database (backup, then migrate to head). Imports SQLAlchemy on first call."""
    from selfcompass.storage.deferred_imports import defer

    defer()  # SQLAlchemy imports asyncio and importlib.metadata, which the app never uses: loaded only if read
    from selfcompass.storage.database import open_database as _open

    return _open(paths, key=key, check=check)

"""Storage: the SQLite database (plain or SQLCipher), migrations, backups and the journal.

Nothing here imports SQLAlchemy at module level: ``status`` answers start-up questions with the stdlib sqlite3,
and SQLAlchemy loads only when ``open_database`` is called.
"""

from __future__ import annotations

import importlib
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
# single-instance lock, does not pay for the rest.
_LAZY = {
    "DatabaseDamaged": "errors", "DatabaseLocked": "errors", "DatabaseTooNew": "errors", "ImportFailed": "errors",
    "JournalImportError": "errors", "StorageUnavailable": "errors", "WrongPassphrase": "errors",
    "is_network_path": "netpath", "delete_all_data": "recovery", "restore_backup": "recovery",
    "HEAD_REVISION": "status", "Status": "status", "database_status": "status",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
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
    from selfcompass.storage.database import open_database as _open

    return _open(paths, key=key, check=check)

"""Passphrase protection in the words of what the person does: turn it on, unlock, change the passphrase.

Each call expects the database closed and runs on the database thread (``DatabaseWorker.call``). The key wrapping
lives in storage/crypto.py; whether a journal is protected is answered once, cheaply, by storage/status.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from selfcompass.storage import crypto
from selfcompass.storage.crypto import DEFAULT_KDF, KdfParams, Protection
from selfcompass.storage.status import is_protected

if TYPE_CHECKING:
    from selfcompass.paths import AppPaths
    from selfcompass.storage.database import Database

__all__ = ["DEFAULT_KDF", "KdfParams", "Protection", "change_passphrase", "is_protected", "turn_on", "unlock",
           "unlock_with_recovery_code", "unlocked_opener"]


def turn_on(paths: AppPaths, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> Protection:
    """Protect the journal with ``passphrase``: a new key file for a folder with no journal yet, or the journal
    there encrypted in place (checked, then swapped in). Returns the key and the recovery code to show once."""
    db = paths.database
    if db.exists() and db.stat().st_size > 0:
        return crypto.encrypt_existing(paths, passphrase, kdf)
    return crypto.set_up_protection(paths, passphrase, kdf)


def unlock(paths: AppPaths, passphrase: str) -> bytes:
    """The journal's key for ``passphrase`` (``WrongPassphrase`` if it is not the one)."""
    return crypto.unlock(paths, passphrase)


def unlock_with_recovery_code(paths: AppPaths, code: str) -> bytes:
    """The journal's key for the recovery code (forgiving case, spaces and look-alike characters)."""
    return crypto.unlock_with_recovery_code(paths, code)


def change_passphrase(paths: AppPaths, key: bytes, new_passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> None:
    """A new passphrase for an unlocked journal; the recovery code and the database itself stay as they are."""
    crypto.change_passphrase(paths, key, new_passphrase, kdf)


def unlocked_opener(paths: AppPaths, key: bytes) -> Callable[[], Database]:
    """How the database worker opens the journal while it is unlocked with ``key``."""
    from selfcompass.storage import open_database

    return lambda: open_database(paths, key=key)

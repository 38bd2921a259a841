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

__all__ = ["DEFAULT_KDF", "KdfParams", "Protection", "change_passphrase", "drain_safekeeping", "is_protected",
           "make_new_recovery_code", "recovery_code_kept", "recovery_code_unseen", "turn_on", "unlock",
           "unlock_with_recovery_code", "unlocked_opener"]


def turn_on(paths: AppPaths, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> Protection:
    """Protect the journal with ``passphrase``: a new key file for a folder with no journal yet, or the journal
    there encrypted in place (checked, then swapped in). Returns the key and the recovery code to show once."""
    db = paths.database
    if db.exists() and db.stat().st_size > 0:
        _backup_before_protecting(paths)
        turned_on = crypto.encrypt_existing(paths, passphrase, kdf)
    else:
        turned_on = crypto.set_up_protection(paths, passphrase, kdf)
    _safekeeping_keys(paths, turned_on.key)
    return turned_on


def _backup_before_protecting(paths: AppPaths) -> None:
    """A copy of the plain journal before it is encrypted; turning protection on encrypts it with the rest."""
    from selfcompass.storage.backups import take_backup
    from selfcompass.storage.engine import connect

    conn = connect(paths.database, None)
    try:
        take_backup(conn, paths.backups, "protect", "before")
    finally:
        conn.close()


def _after_unlock(paths: AppPaths, key: bytes) -> None:
    """With the key in hand: plain backups left by an interrupted protect step are encrypted now."""
    _safekeeping_keys(paths, key)
    if crypto.is_protected(paths):
        try:
            crypto.encrypt_plain_backups(paths, key)
        except Exception:  # best effort: doctor reports a plain backup that is left
            pass


def _safekeeping_keys(paths: AppPaths, key: bytes) -> None:
    """Make sure what is made while locked can be sealed (storage/safekeeping.py). A failure here never stops an
    unlock: the journal opens, and a note made while locked is then held in memory and asked about at close."""
    from selfcompass.storage import safekeeping

    try:
        safekeeping.ensure_keys(paths, key)
    except OSError:
        pass


def unlock(paths: AppPaths, passphrase: str) -> bytes:
    """The journal's key for ``passphrase`` (``WrongPassphrase`` if it is not the one)."""
    key = crypto.unlock(paths, passphrase)
    _after_unlock(paths, key)
    return key


def unlock_with_recovery_code(paths: AppPaths, code: str) -> bytes:
    """The journal's key for the recovery code (forgiving case, spaces and look-alike characters)."""
    key = crypto.unlock_with_recovery_code(paths, code)
    _after_unlock(paths, key)
    return key


def drain_safekeeping(paths: AppPaths, key: bytes) -> Callable[[Database], object]:
    """A database job: move what was sealed while locked into the journal (run it first after unlocking)."""
    from selfcompass.storage import safekeeping

    return lambda database: safekeeping.drain(paths, key, database)


def change_passphrase(paths: AppPaths, key: bytes, new_passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> None:
    """A new passphrase for an unlocked journal; the recovery code and the database itself stay as they are."""
    crypto.change_passphrase(paths, key, new_passphrase, kdf)


def make_new_recovery_code(paths: AppPaths, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> str:
    """A new recovery code for the person who knows the passphrase (checked first: ``WrongPassphrase`` if not).
    The old code stops working at once; the new one is shown once, like the first."""
    key = crypto.unlock(paths, passphrase)
    return crypto.replace_recovery_code(paths, key, kdf)


def replace_unseen_recovery_code(paths: AppPaths, key: bytes, kdf: KdfParams = DEFAULT_KDF) -> str | None:
    """At an unlock: if the protect step stopped before its recovery code was shown and kept (a crash, a logout),
    a new code to show now (the unseen one, which nobody has, stops working). None when all is well."""
    if not crypto.recovery_code_unseen(paths):
        return None
    return crypto.replace_recovery_code(paths, key, kdf)


def recovery_code_unseen(paths: AppPaths) -> bool:
    return crypto.recovery_code_unseen(paths)


def recovery_code_kept(paths: AppPaths) -> None:
    """The person said they have kept the code shown to them."""
    crypto.recovery_code_kept(paths)


def unlocked_opener(paths: AppPaths, key: bytes) -> Callable[[], Database]:
    """How the database worker opens the journal while it is unlocked with ``key``."""
    from selfcompass.storage import open_database

    return lambda: open_database(paths, key=key)

"""Raw connections (sqlcipher3, also for plain files) and the SQLAlchemy engine built on them.

sqlcipher3 without a key behaves exactly like SQLite, so one driver serves plain and protected databases and
the same errors come back either way.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from selfcompass.core.i18n import translate
from selfcompass.storage.errors import StorageUnavailable, WrongPassphrase
from selfcompass.storage.netpath import is_network_path

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

KEY_BYTES = 32
# Text comes back through str(bytes, encoding=...), all in C. The driver's own decoding puts the whole value in its
# error message ("Could not decode to UTF-8 column 'body' with text '...'"), which is how a damaged entry's words
# reached stderr and the log; UnicodeDecodeError names only a byte and its position.
STRICT_TEXT = partial(str, encoding="utf-8")


def key_pragma(key: bytes) -> str:
    """A raw 256-bit key: SQLCipher skips its own PBKDF2, so opening is fast (the slow KDF is ours)."""
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def journal_mode_for(path: Path) -> str:
    """WAL normally; DELETE on a network share, where WAL's shared-memory index is unsafe."""
    return "DELETE" if is_network_path(path.parent) else "WAL"


def connect(path: Path, key: bytes | None, *, journal_mode: str | None = None, check: bool = True) -> Any:
    """A ready sqlcipher3 connection in autocommit mode (transactions are begun explicitly)."""
    import sqlcipher3

    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=15)
    except sqlcipher3.OperationalError as exc:
        raise _cannot_open(exc) from None
    conn.text_factory = STRICT_TEXT
    try:
        # Without this, SQLCipher writes diagnostics to stderr on a wrong key.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(key_pragma(key))
        if check:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.OperationalError as exc:
                raise_if_storage_problem(exc)
                raise _cannot_open(exc) from None
            except sqlcipher3.DatabaseError as exc:
                if key is not None or "not a database" in str(exc):
                    raise WrongPassphrase(
                        translate("Storage", "That passphrase did not unlock your journal."),
                        fix=translate("Storage", "Check it and try again, or use your recovery code.")) from None
                raise
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 15000")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temporary indexes never reach a temp file
        conn.execute("PRAGMA cache_size = -16000")  # 16 MB: the list's index stays decrypted in memory
        if journal_mode:
            conn.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _cannot_open(exc: BaseException) -> StorageUnavailable:
    return StorageUnavailable(
        translate("Storage", "SelfCompass could not open its database file."),
        #: {reason} is the database's own words, in English, such as "unable to open database file".
        fix=translate("Storage", "Check that the data folder exists and you can write to it ({reason}).").format(
            reason=exc))


def raise_if_storage_problem(exc: BaseException) -> None:
    """A full disk or a read-only folder is outside our control: say so calmly (the draft stays in memory)."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        raise StorageUnavailable(translate("Storage", "There is no space left to save your writing."),
                                 fix=translate("Storage", "Free some disk space; your text is still in the editor.")) \
            from exc
    if "readonly" in text or "read-only" in text:
        raise StorageUnavailable(translate("Storage", "SelfCompass cannot write to its data folder (it is read-only)."),
                                 fix=translate("Storage", "Check the folder's permissions; your text is still in the "
                                                          "editor.")) from exc
    if "disk i/o error" in text:
        raise StorageUnavailable(translate("Storage", "The disk reported an error while saving."),
                                 fix=translate("Storage", "Check the drive is connected and healthy, then try "
                                                          "again.")) from exc


def is_damage(exc: BaseException) -> bool:
    """A read that failed because stored bytes are damaged (text that is no longer UTF-8, a page that fails its
    check), as opposed to a locked, full or missing file."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, UnicodeDecodeError):
        return True
    import sqlcipher3

    text = str(orig).lower()
    return isinstance(orig, sqlcipher3.DatabaseError) and any(
        w in text for w in ("malformed", "not a database", "corrupt"))


def make_engine(path: Path, key: bytes | None, journal_mode: str) -> Engine:
    """A SQLAlchemy engine over sqlcipher3 connections, with explicit BEGIN so DDL and DML are atomic."""
    import sqlcipher3
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    def creator() -> Any:
        return connect(path, key, journal_mode=journal_mode)

    # hide_parameters: an SQL error's message (and so a crash report) never carries journal text.
    engine = create_engine("sqlite://", creator=creator, module=sqlcipher3, poolclass=QueuePool,
                           pool_size=2, max_overflow=6, hide_parameters=True)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _known(context: Any) -> None:
        if is_damage(context.original_exception) and context.sqlalchemy_exception is not None:
            # SQLCipher keeps failing on a connection that met a damaged page, even for pages that are whole:
            # this one connection is closed (the others stay), and the next read gets a fresh one.
            context.is_disconnect = True
            context.invalidate_pool_on_disconnect = False
        raise_if_storage_problem(context.original_exception)

    return engine

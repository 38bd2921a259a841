"""A fast look at the database file: is it protected (at start-up, from its first bytes), and its state for `doctor`.

Importing SQLAlchemy costs about 300 ms and 35 MB, so the app asks this module first and opens the database
(which imports SQLAlchemy lazily) only when it needs the data. The journal asks ``is_protected`` before the first
window, so this module imports nothing at its top that start-up has not loaded already (sqlite3 and json wait
inside the functions that need them) and defines no dataclass.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from selfcompass.paths import AppPaths

# Every Alembic revision in order, oldest first. A test checks this against the migration scripts.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD_REVISION = REVISIONS[-1]
SQLITE_HEADER = b"SQLite format 3\x00"


class Status(NamedTuple):
    exists: bool
    revision: str | None
    head: str
    needs_upgrade: bool
    too_new: bool
    encrypted: bool
    ok: bool
    message: str


def keyfile_path(database: Path) -> Path:
    """Where the wrapped keys of a protected database live: beside it."""
    return database.with_name(database.stem + ".keys.json")


def is_protected(paths: AppPaths) -> bool:
    """True when the database file is encrypted (no plain SQLite header), or a key file waits for a new database.

    The one check of the header and the key file: start-up, the journal and crypto all ask this."""
    try:
        with paths.database.open("rb") as fh:
            header = fh.read(16)
    except FileNotFoundError:
        return keyfile_path(paths.database).exists()
    except OSError:
        return False  # unreadable: open_database() reports it
    if not header:  # emptied (truncated to nothing): protected still if its key file is there, never plain
        return keyfile_path(paths.database).exists()
    return header != SQLITE_HEADER


def protecting_marker(paths: AppPaths) -> Path:
    """Present while turning protection on is under way (storage/crypto.py, ``encrypt_existing``)."""
    return paths.database.with_name(paths.database.name + ".protecting")


def unfinished_protection(paths: AppPaths) -> bool:
    """True when turning protection on was stopped before the encrypted journal took the plain one's place (the
    app was killed, the computer lost power): the journal is whole and plain, and the person should be told it is
    not protected yet. Two small reads: asked before the first window."""
    return protecting_marker(paths).exists() and not is_protected(paths)


def _revision_from_keyfile(database: Path) -> str | None:
    import json

    try:
        data = json.loads(keyfile_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("schema_revision") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def _verdict(revision: str | None) -> tuple[bool, bool]:
    """(needs_upgrade, too_new) for a revision."""
    if revision is None:
        return True, False
    if revision not in REVISIONS:
        return False, True
    return revision != HEAD_REVISION, False


def database_status(path: str | Path) -> Status:
    """What state is the database file in? Never creates or alters anything."""
    import sqlite3

    path = Path(path)
    if path.exists() and path.stat().st_size == 0 and keyfile_path(path).exists():
        return Status(True, None, HEAD_REVISION, False, False, True, False,
                      "The protected database is empty (0 bytes) but its key file is there: it may have been "
                      "emptied by a crash or a full disk. Restore the newest backup from the journal's page.")
    if not path.exists() or path.stat().st_size == 0:
        return Status(False, None, HEAD_REVISION, True, False, False, True,
                      "No journal or practice history yet; one will be created when needed.")
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return Status(True, None, HEAD_REVISION, False, False, False, False,
                      f"The database file could not be read ({exc.strerror or exc}).")
    if header != SQLITE_HEADER:
        revision = _revision_from_keyfile(path)
        has_keys = keyfile_path(path).exists()
        needs, too_new = _verdict(revision) if revision else (False, False)
        if not has_keys:
            return Status(True, None, HEAD_REVISION, False, False, True, False,
                          "The database is protected but its key file is missing.")
        message = ("This database comes from a newer version of SelfCompass." if too_new
                   else "Protected with a passphrase: unlock to open.")
        return Status(True, revision, HEAD_REVISION, needs, too_new, True, not too_new, message)
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=2)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return Status(True, None, HEAD_REVISION, False, False, False, False,
                      f"The database could not be read ({exc}).")
    needs, too_new = _verdict(revision)
    if too_new:
        message = ("This database comes from a newer version of SelfCompass "
                   f"(revision {revision}); it will not be changed.")
    elif needs:
        message = "The database will be upgraded (after a backup) when it is opened."
    else:
        message = "The database is up to date."
    return Status(True, revision, HEAD_REVISION, needs, too_new, False, not too_new, message)

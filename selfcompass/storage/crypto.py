"""Passphrase protection: a random 32-byte database key, wrapped twice (passphrase, recovery code) in a keyfile.

Wrapping: argon2id(secret, fresh 16-byte salt) gives 64 bytes; the first 32 are XORed with the database key
and the last 32 are an HMAC-SHA256 key that authenticates the result. Every wrap uses a new salt, so each pad is
used once (a one-time pad); the MAC tells a wrong passphrase from a right one without trying the database.
Changing the passphrase rewrites only the keyfile, never the database. SQLCipher then uses the raw key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from selfcompass.core.i18n import translate
from selfcompass.paths import AppPaths
from selfcompass.storage.errors import DatabaseLocked, StorageUnavailable, WrongPassphrase
from selfcompass.storage.files import publish, write_atomic
from selfcompass.storage.status import (
    HEAD_REVISION,
    SQLITE_HEADER,
    is_protected,
    keyfile_path,
    protecting_marker,
)

KEYFILE_FORMAT = "selfcompass-keys"
KEYFILE_VERSION = 1
RECOVERY_UNSEEN = "recovery_code_unseen"  # in the key file while a recovery code has not been confirmed as kept
KEY_BYTES = 32
_CONTEXT = b"selfcompass-key-wrap-v1"
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost. The default takes about 0.25 s and 64 MiB here: slow for guessing, quick to unlock."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 2


DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Protection:
    key: bytes
    recovery_code: str  # show once at set-up; it is never stored


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _keyfile_fix() -> str:
    return translate("Storage", "Both copies of the key file are damaged. Put back a copy of it from a backup of this "
                                "computer; the recovery code is kept inside it too.")


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism, hash_len=64,
                           type=Type.ID)


def wrap(key: bytes, secret: str, params: KdfParams = DEFAULT_KDF) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    derived = _derive(secret, salt, params)
    wrapped = bytes(a ^ b for a, b in zip(key, derived[:KEY_BYTES], strict=True))
    mac = hmac.new(derived[KEY_BYTES:], _CONTEXT + wrapped, hashlib.sha256).digest()
    return {"kdf": "argon2id", **asdict(params), "salt": _b64(salt), "wrapped": _b64(wrapped), "mac": _b64(mac)}


def unwrap(slot: dict[str, Any], secret: str) -> bytes:
    """The database key, or WrongPassphrase."""
    try:
        params = KdfParams(int(slot["memory_kib"]), int(slot["time_cost"]), int(slot["parallelism"]))
        salt, wrapped, mac = _unb64(slot["salt"]), _unb64(slot["wrapped"]), _unb64(slot["mac"])
        if slot.get("kdf") != "argon2id" or len(wrapped) != KEY_BYTES:
            raise ValueError("unknown key format")
    except (KeyError, TypeError, ValueError):
        raise StorageUnavailable(translate("Storage", "The key file beside your journal is damaged."),
                                 fix=_keyfile_fix()) \
            from None
    derived = _derive(secret, salt, params)
    expected = hmac.new(derived[KEY_BYTES:], _CONTEXT + wrapped, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, mac):
        raise WrongPassphrase(translate("Storage", "That did not unlock your journal."),
                              fix=translate("Storage", "Check the passphrase (or recovery code) and try again."))
    return bytes(a ^ b for a, b in zip(wrapped, derived[:KEY_BYTES], strict=True))


def new_recovery_code() -> str:
    """128 random bits as 26 Crockford base-32 characters in groups of four (easy to read and type)."""
    value = int.from_bytes(secrets.token_bytes(16), "big")
    chars = "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in range(26))[::-1]
    return "-".join(chars[i:i + 4] for i in range(0, 26, 4))


def normalise_recovery_code(code: str) -> str:
    """Forgive case, spaces, hyphens and the look-alikes O/0, I/L/1."""
    clean = "".join(code.split()).replace("-", "").upper()
    clean = clean.replace("O", "0").replace("I", "1").replace("L", "1")
    return "-".join(clean[i:i + 4] for i in range(0, len(clean), 4))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < 8:
        raise ValueError("a passphrase needs at least 8 characters")


# --- the keyfile ----------------------------------------------------------------------------------------

def keyfile_copy_path(paths: AppPaths) -> Path:
    """The second copy of the wrapped keys, so one damaged or lost file does not lose the journal."""
    return paths.data / "backups" / keyfile_path(paths.database).name.replace(".keys.json", ".keys-copy.json")


def keyfile_at(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != KEYFILE_FORMAT or not isinstance(data.get("slots"), dict):
        return None
    return data


def read_keyfile(paths: AppPaths) -> dict[str, Any]:
    """The wrapped keys: the key file, or its copy in backups/ when the key file is damaged or missing (the
    key file is then written again from the copy)."""
    path = keyfile_path(paths.database)
    if keyfile_at(path) is None and (copy := keyfile_at(keyfile_copy_path(paths))) is not None:
        try:
            write_atomic(path, json.dumps(copy, indent=1))
        except OSError:
            pass
        return copy
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatabaseLocked(translate("Storage", "This journal has no key file, so it cannot be unlocked."),
                             #: {name} is the key file's name, such as selfcompass.keys.json.
                             fix=translate("Storage", "Put the file {name} back beside the database.").format(
                                 name=path.name)) from None
    except (OSError, ValueError):
        raise StorageUnavailable(translate("Storage", "The key file beside your journal could not be read."),
                                 fix=_keyfile_fix()) \
            from None
    if not isinstance(data, dict) or data.get("format") != KEYFILE_FORMAT:
        raise StorageUnavailable(translate("Storage", "The key file beside your journal is not one SelfCompass wrote."),
                                 #: {name} is the key file's name, such as selfcompass.keys.json.
                                 fix=translate("Storage", "Put the right {name} back beside the database.").format(
                                     name=path.name))
    return data


def write_keyfile(paths: AppPaths, data: dict[str, Any]) -> None:
    """Atomic and durable: written beside, fsynced, renamed."""
    path = keyfile_path(paths.database)
    try:
        write_atomic(path, json.dumps(data, indent=1))  # private to the person: mode 0600
        copy = keyfile_copy_path(paths)
        copy.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(copy, json.dumps(data, indent=1))  # the second copy: written after the first is whole
    except OSError as exc:
        raise StorageUnavailable(translate("Storage", "The key file could not be saved."),
                                 #: {folder} is a folder's path; {reason} the system's words, such as "No space left".
                                 fix=translate("Storage", "Check there is space and you can write to {folder} "
                                               "({reason}).").format(folder=path.parent,
                                                                     reason=exc.strerror or exc)) from None


def _keyfile(key: bytes, passphrase: str, recovery: str, params: KdfParams) -> dict[str, Any]:
    return {
        "format": KEYFILE_FORMAT, "version": KEYFILE_VERSION, "schema_revision": HEAD_REVISION,
        "created_at": datetime.now(UTC).isoformat(),
        "slots": {"passphrase": wrap(key, passphrase, params),
                  "recovery": wrap(key, normalise_recovery_code(recovery), params)},
        # Until the person says they have kept the code: a protect step stopped before it was shown (a crash, a
        # logout) makes a new one at the next unlock, and shows it.
        RECOVERY_UNSEEN: True,
    }


def set_up_protection(paths: AppPaths, passphrase: str, params: KdfParams = DEFAULT_KDF) -> Protection:
    """For a data folder with no database yet: make a key, write the keyfile; then open_database(key=...)."""
    check_passphrase(passphrase)
    if paths.database.exists() and paths.database.stat().st_size > 0:
        raise ValueError("a database exists already: use encrypt_existing()")
    if keyfile_path(paths.database).exists():
        # An emptied protected journal: a new key would destroy the only key to its backups.
        raise ValueError("this journal is protected already (its key file is there)")
    paths.data.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(KEY_BYTES)
    recovery = new_recovery_code()
    write_keyfile(paths, _keyfile(key, passphrase, recovery, params))
    return Protection(key, recovery)


def unlock(paths: AppPaths, passphrase: str) -> bytes:
    return unwrap(read_keyfile(paths)["slots"]["passphrase"], passphrase)


def unlock_with_recovery_code(paths: AppPaths, code: str) -> bytes:
    return unwrap(read_keyfile(paths)["slots"]["recovery"], normalise_recovery_code(code))


def change_passphrase(paths: AppPaths, key: bytes, new_passphrase: str, params: KdfParams = DEFAULT_KDF) -> None:
    """Rewrap the key for a new passphrase; the database itself is not rewritten."""
    check_passphrase(new_passphrase)
    data = read_keyfile(paths)
    data["slots"]["passphrase"] = wrap(key, new_passphrase, params)
    write_keyfile(paths, data)


def replace_recovery_code(paths: AppPaths, key: bytes, params: KdfParams = DEFAULT_KDF) -> str:
    """A new recovery code (the old one stops working). Show it once; it counts as unseen until
    ``recovery_code_kept``."""
    data = read_keyfile(paths)
    code = new_recovery_code()
    data["slots"]["recovery"] = wrap(key, normalise_recovery_code(code), params)
    data[RECOVERY_UNSEEN] = True
    write_keyfile(paths, data)
    return code


def recovery_code_unseen(paths: AppPaths) -> bool:
    """A recovery code was made but the person never said they had kept it (the step that shows it was cut
    short). A key file from before this mark counts as seen."""
    try:
        return bool(read_keyfile(paths).get(RECOVERY_UNSEEN, False))
    except Exception:
        return False


def recovery_code_kept(paths: AppPaths) -> None:
    """The person has kept the code shown to them."""
    data = read_keyfile(paths)
    if data.pop(RECOVERY_UNSEEN, None) is not None:
        write_keyfile(paths, data)


def record_schema_revision(paths: AppPaths, revision: str) -> None:
    """Keep the keyfile's plain note of the schema revision current, so status works while locked."""
    try:
        data = read_keyfile(paths)
    except Exception:  # best effort only: the note is a convenience for status
        return
    if data.get("schema_revision") != revision:
        data["schema_revision"] = revision
        write_keyfile(paths, data)


# --- wiping and encrypting in place -------------------------------------------------------------------

def wipe_file(path: Path) -> None:
    """Overwrite with zeros, flush to disk, then remove. (On SSDs and copy-on-write file systems the old
    blocks may survive in the drive; full-disk encryption is the real guard there.)"""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with open(path, "r+b") as fh:
            chunk = b"\0" * (1024 * 1024)
            left = size
            while left > 0:
                n = min(left, len(chunk))
                fh.write(chunk[:n])
                left -= n
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def _export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """Copy a plain database into a new encrypted file with SQLCipher's sqlcipher_export()."""
    from selfcompass.storage.engine import connect

    target.unlink(missing_ok=True)
    conn = connect(source, None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"ATTACH DATABASE '{_sql_path(target)}' AS encrypted KEY \"x'{key.hex()}'\"")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _fingerprint(conn: Any) -> list[tuple[str, int, str]]:
    """Per table: row count and a hash of every row, to prove the copy is the same."""
    out = []
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'journal_fts_%' ORDER BY name")]
    for name in names:
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid' if name != "journal_fts"
                                else "SELECT rowid, * FROM journal_fts ORDER BY rowid"):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        out.append((name, count, digest.hexdigest()))
    return out


def _verify_same(plain: Path, encrypted: Path, key: bytes) -> None:
    from selfcompass.storage.engine import connect

    a = connect(plain, None)
    b = connect(encrypted, key)
    try:
        if b.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or _fingerprint(a) != _fingerprint(b):
            raise StorageUnavailable(translate("Storage", "The protected copy did not match your journal, so "
                                               "nothing was changed."),
                                     fix=translate("Storage", "Check there is enough free space, then try again."))
    finally:
        a.close()
        b.close()


def encrypt_existing(paths: AppPaths, passphrase: str, params: KdfParams = DEFAULT_KDF) -> Protection:
    """Protect an existing plain database in place. The database must be closed.

    The encrypted copy is made with sqlcipher_export into a new file, checked table by table, and swapped in
    with an atomic rename; the keyfile is written first, so a crash at any point leaves a journal that opens.
    The old plain file is overwritten and removed; plain backups are re-encrypted the same way.
    """
    check_passphrase(passphrase)
    db = paths.database
    with db.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise ValueError("the database is already protected (or is not a database)")
    key = secrets.token_bytes(KEY_BYTES)
    recovery = new_recovery_code()
    new = db.with_name(db.name + ".encrypting")
    old = db.with_name(db.name + ".plain-old")
    try:
        _export_encrypted(db, new, key)
        _verify_same(db, new, key)
    except Exception:
        wipe_file(new)
        raise
    marker = protecting_marker(paths)
    try:
        # Says, until the end, that this step is under way: stopped before the swap, the key file written just
        # below protects nothing, and the next start tells the person the journal is not protected yet.
        write_atomic(marker, "SelfCompass was protecting this journal with a passphrase.\n")
        write_keyfile(paths, _keyfile(key, passphrase, recovery, params))
        for suffix in ("-wal", "-shm"):  # checkpointed and empty; never let a plain WAL meet the new file
            wipe_file(db.with_name(db.name + suffix))
        old.unlink(missing_ok=True)
        os.link(db, old)  # a second name for the plain file, so it can be wiped after the swap
        publish(new, db)
    except BaseException:
        wipe_file(new)
        if is_protected(paths):
            wipe_file(old)  # the swap happened: the second name holds the plain text
        else:
            old.unlink(missing_ok=True)  # the journal's own second name: only the name goes, never its words
        forget_unfinished_protection(paths)  # still plain: the new key file goes (never one a file is sealed with)
        raise
    wipe_file(old)
    encrypt_plain_backups(paths, key)
    marker.unlink(missing_ok=True)
    return Protection(key, recovery)


def forget_unfinished_protection(paths: AppPaths) -> None:
    """After an unfinished protect step, once the person has been told (or the step failed in front of them): the
    key file it wrote, which no file is encrypted with, goes with its copy, and so does the marker. A journal that
    is encrypted keeps its key file whatever the marker says (the step stopped after the swap)."""
    marker = protecting_marker(paths)
    if not marker.exists():
        return
    if not is_protected(paths):
        main = keyfile_path(paths.database)
        copy = keyfile_copy_path(paths)
        try:
            written = main.read_bytes()
        except OSError:
            written = None
        if written is not None:
            try:
                if copy.read_bytes() == written:  # the copy this step wrote; an older copy is never touched
                    wipe_file(copy)
            except OSError:
                pass
            wipe_file(main)
    marker.unlink(missing_ok=True)


def encrypt_plain_backups(paths: AppPaths, key: bytes) -> int:
    """Encrypt every plain backup with the journal's key (each checked, then swapped in; the plain one wiped).
    Run when protection is turned on and at every unlock, so a protect step interrupted before it reached the
    backups leaves no plain copy behind for long. Returns how many were encrypted."""
    from selfcompass.storage.backups import list_backups

    done = 0
    for backup in list_backups(paths.backups):
        with backup.path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                continue
        tmp = backup.path.with_name(backup.path.name + ".encrypting")
        old = backup.path.with_name(backup.path.name + ".plain-old")
        _export_encrypted(backup.path, tmp, key)
        _verify_same(backup.path, tmp, key)
        # As for the journal: a second name for the plain copy, the encrypted one swapped in, then the plain one
        # overwritten. Wiping first would leave, if stopped part-way, a file with its first bytes zeroed (no
        # longer recognisable as a plain backup) and the rest still readable.
        old.unlink(missing_ok=True)
        os.link(backup.path, old)
        publish(tmp, backup.path)
        wipe_file(old)
        done += 1
    return done


def finish_interrupted(paths: AppPaths) -> None:
    """Clear what an interrupted encrypt_existing() may have left: half copies, and the plain files' second names
    (overwritten once the encrypted copy has taken their place, only unnamed before)."""
    db = paths.database
    wipe_file(db.with_name(db.name + ".encrypting"))
    protected = is_protected(paths)
    _let_second_name_go(db.with_name(db.name + ".plain-old"), db, only_the_journal_itself=not protected)
    if protected:
        protecting_marker(paths).unlink(missing_ok=True)  # stopped after the swap: protected, nothing to tell
    for leftover in paths.backups.glob("*.encrypting") if paths.backups.is_dir() else ():
        wipe_file(leftover)
    for second in paths.backups.glob("*.plain-old") if paths.backups.is_dir() else ():
        _let_second_name_go(second, second.with_name(second.name.removesuffix(".plain-old")))


def _let_second_name_go(second: Path, file: Path, *, only_the_journal_itself: bool = False) -> None:
    """A plain file's second name, left by a stopped encryption: while it is still the file itself (the swap had
    not happened), only the name goes; once the encrypted copy has taken the file's place, the plain text it names
    is overwritten. With ``only_the_journal_itself``, a second name that is not the file is left alone."""
    try:
        same = file.exists() and os.path.samefile(second, file)
    except OSError:
        return  # no second name (or it cannot be looked at): nothing to do
    if same:
        second.unlink(missing_ok=True)
    elif not only_the_journal_itself:
        wipe_file(second)


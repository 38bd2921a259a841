"""Safekeeping: what a person makes while the journal is locked is sealed to disk, never plain, and moved into the
journal at the next unlock.

A protected journal cannot be written without its passphrase, yet a practice (its note, its feeling, its writing)
or a reflection may end while it is locked. Dropping it would lose words; keeping it in memory loses it at close,
logout or SIGTERM. So it is *sealed*: encrypted to a public key kept beside the key file, whose private half is
wrapped by the journal's own key. Writing needs no passphrase; reading needs the journal unlocked.

The sealing (a sealed box, built from what the standard library has):

* The key pair is finite-field Diffie-Hellman in the 2048-bit MODP group of RFC 3526 (group 14, generator 2), with
  a 256-bit private exponent. ``selfcompass.safekeeping.json`` holds the public value and the private exponent
  encrypted with a key derived (HKDF-SHA256) from the journal's 32-byte key.
* Each note gets a fresh ephemeral exponent; the shared secret, through HKDF-SHA256, gives a 32-byte cipher key and
  a 32-byte MAC key used once. The cipher is HMAC-SHA256 in counter mode (a PRF keystream), then encrypt-then-MAC
  with HMAC-SHA256 over everything before it. A changed byte is refused, never half-read.
* Each note is one file in ``safekeeping/`` written through ``files.write_atomic`` (0600): whole or absent.

Draining is idempotent: a session is recognised by its practice and its start and end times, an entry by its uuid,
so a crash between saving into the journal and removing the sealed file never makes a duplicate. A sealed file
that cannot be opened is moved to ``safekeeping/unreadable/`` and counted, never deleted.

The calls (all plain functions; none logs or prints what is kept):

``can_keep(paths)``
    True when a public key is there to seal to (a protected journal unlocked at least once by this version).
``keep_session(paths, record)`` / ``keep_entry(paths, entry)``
    Seal a practice session (with its note, feeling and writing) or a journal entry (a reflection); returns the
    item's id. Raises ``NothingToSealWith`` when there is no public key, ``OSError`` when the disk refuses.
    Cheap (two 2048-bit exponentiations and one fsynced write): call it on the database worker with
    ``DatabaseWorker.call`` so the UI never waits on the disk.
``waiting(paths)``
    How many sealed items wait for the next unlock (file names only; nothing is opened).
``ensure_keys(paths, key)``
    Make the key pair if it is missing (at turn-on and every unlock; cheap when it exists).
``drain(paths, key, database)``
    Open every waiting item with the journal's key and save it into the open ``database``; returns a
    ``DrainReport`` (sessions, entries, unreadable). Run it on the database thread right after unlocking.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import uuid as _uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from selfcompass.storage.files import move_aside, write_atomic

if TYPE_CHECKING:
    from selfcompass.core.journal import JournalEntry
    from selfcompass.core.records import SessionRecord
    from selfcompass.paths import AppPaths
    from selfcompass.storage.database import Database

FORMAT = "selfcompass-safekeeping"
VERSION = 1
FOLDER = "safekeeping"
SUFFIX = ".sealed"
# RFC 3526, 2048-bit MODP group (group 14); the generator is 2.
_P = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD"
    "3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F"
    "24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552"
    "BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF0"
    "6F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AACAA68FFFFFFFFFFFFFFFF", 16)
_G = 2
_BYTES = 256  # 2048 bits
_CONTEXT = b"selfcompass-safekeeping-v1"


class NothingToSealWith(Exception):
    """No public key is there yet (this journal has not been unlocked by a version that makes one)."""


class DrainReport(NamedTuple):
    sessions: int
    entries: int
    unreadable: int

    @property
    def total(self) -> int:
        return self.sessions + self.entries


def keys_path(paths: AppPaths) -> Path:
    """The public key and the wrapped private key: beside the journal's key file."""
    return paths.database.with_name(paths.database.stem + ".safekeeping.json")


def folder(paths: AppPaths) -> Path:
    return paths.data / FOLDER


# --- the primitives ----------------------------------------------------------------------------------------

def _hkdf(secret: bytes, salt: bytes, info: bytes, length: int = 64) -> bytes:
    prk = hmac.new(salt or b"\0" * 32, secret, hashlib.sha256).digest()
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def _stream(key: bytes, length: int) -> bytes:
    blocks = (hmac.new(key, i.to_bytes(8, "big"), hashlib.sha256).digest() for i in range((length + 31) // 32))
    return b"".join(blocks)[:length]


def _xor(data: bytes, pad: bytes) -> bytes:
    return (int.from_bytes(data, "big") ^ int.from_bytes(pad, "big")).to_bytes(len(data), "big") if data else b""


def _box(keys: bytes, header: bytes, plain: bytes) -> tuple[bytes, bytes]:
    cipher = _xor(plain, _stream(keys[:32], len(plain)))
    return cipher, hmac.new(keys[32:], _CONTEXT + header + cipher, hashlib.sha256).digest()


def _unbox(keys: bytes, header: bytes, cipher: bytes, mac: bytes) -> bytes:
    expected = hmac.new(keys[32:], _CONTEXT + header + cipher, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, mac):
        raise ValueError("the sealed item does not match its seal")
    return _xor(cipher, _stream(keys[:32], len(cipher)))


def _int_bytes(value: int) -> bytes:
    return value.to_bytes(_BYTES, "big")


def _check_public(value: int) -> int:
    if not 1 < value < _P - 1:
        raise ValueError("not a public value of this group")
    return value


def seal(public: int, plain: bytes) -> dict[str, str]:
    """Encrypt ``plain`` to ``public`` (anyone may; only the private key opens it)."""
    _check_public(public)
    ephemeral = secrets.randbits(256) | (1 << 255)
    sent = pow(_G, ephemeral, _P)
    shared = pow(public, ephemeral, _P)
    header = _int_bytes(sent)
    keys = _hkdf(_int_bytes(shared), header, _CONTEXT + b"/seal")
    cipher, mac = _box(keys, header, plain)
    return {"ephemeral": header.hex(), "cipher": cipher.hex(), "mac": mac.hex()}


def unseal(private: int, sealed: dict[str, Any]) -> bytes:
    """Open what :func:`seal` made (ValueError if it was changed or is not ours)."""
    header = bytes.fromhex(sealed["ephemeral"])
    sent = _check_public(int.from_bytes(header, "big"))
    keys = _hkdf(_int_bytes(pow(sent, private, _P)), header, _CONTEXT + b"/seal")
    return _unbox(keys, header, bytes.fromhex(sealed["cipher"]), bytes.fromhex(sealed["mac"]))


# --- the key pair ------------------------------------------------------------------------------------------

def _read_keys(paths: AppPaths) -> dict[str, Any] | None:
    try:
        data = json.loads(keys_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("public"), str):
        return None
    return data


def _public(paths: AppPaths) -> int | None:
    data = _read_keys(paths)
    if data is None:
        return None
    try:
        return _check_public(int(data["public"], 16))
    except (ValueError, KeyError):
        return None


def _private(paths: AppPaths, key: bytes) -> int | None:
    data = _read_keys(paths)
    if data is None:
        return None
    try:
        salt = bytes.fromhex(data["salt"])
        keys = _hkdf(key, salt, _CONTEXT + b"/private")
        private = int.from_bytes(_unbox(keys, salt, bytes.fromhex(data["private"]), bytes.fromhex(data["mac"])),
                                 "big")
    except (ValueError, KeyError, TypeError):
        return None
    if pow(_G, private, _P) != int(data["public"], 16):
        return None
    return private


def ensure_keys(paths: AppPaths, key: bytes) -> None:
    """Make the key pair for the journal unlocked with ``key`` unless a good one is there already."""
    if _private(paths, key) is not None:
        return
    private = secrets.randbits(256) | (1 << 255)
    salt = secrets.token_bytes(16)
    keys = _hkdf(key, salt, _CONTEXT + b"/private")
    cipher, mac = _box(keys, salt, private.to_bytes(32, "big"))
    data = {"format": FORMAT, "version": VERSION, "group": "rfc3526-modp2048",
            "public": format(pow(_G, private, _P), "x"), "salt": salt.hex(), "private": cipher.hex(),
            "mac": mac.hex()}
    write_atomic(keys_path(paths), json.dumps(data, indent=1), make_folder=True)


def can_keep(paths: AppPaths) -> bool:
    return _public(paths) is not None


# --- keeping -----------------------------------------------------------------------------------------------

def _keep(paths: AppPaths, kind: str, payload: dict[str, Any]) -> str:
    public = _public(paths)
    if public is None:
        raise NothingToSealWith("no public key to seal to")
    item_id = str(_uuid.uuid4())
    made = datetime.now(UTC)
    plain = json.dumps({"kind": kind, "id": item_id, "made_at": made.isoformat(), "data": payload})
    body = {"format": FORMAT, "version": VERSION, **seal(public, plain.encode("utf-8"))}
    target = folder(paths) / f"{made.strftime('%Y%m%dT%H%M%S%fZ')}-{item_id}{SUFFIX}"
    _private_folder(folder(paths))
    write_atomic(target, json.dumps(body))
    return item_id


def _private_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def keep_session(paths: AppPaths, record: SessionRecord) -> str:
    """Seal a practice session (its note, feeling and writing) until the journal is next unlocked."""
    data = asdict(record)
    data.pop("id", None)
    data["started_at"] = _time(record.started_at)
    data["ended_at"] = _time(record.ended_at)
    data["outcome"] = str(record.outcome)
    return _keep(paths, "session", data)


def keep_entry(paths: AppPaths, entry: JournalEntry) -> str:
    """Seal a journal entry (a reflection written while locked) until the journal is next unlocked. It is saved
    with its own uuid, so keeping it twice never makes two entries."""
    return _keep(paths, "entry", {
        "uuid": entry.uuid, "title": entry.title, "body": entry.body, "tags": list(entry.tags), "mood": entry.mood,
        "created_at": _time(entry.created_at), "updated_at": _time(entry.updated_at), "prompt": entry.prompt,
        "step_index": entry.step_index,
        "session": None if entry.session is None else {"practice_id": entry.session.practice_id,
                                                       "started_at": _time(entry.session.started_at)}})


def waiting(paths: AppPaths) -> int:
    where = folder(paths)
    if not where.is_dir():
        return 0
    return sum(1 for p in where.iterdir() if p.name.endswith(SUFFIX) and p.is_file())


# --- draining ----------------------------------------------------------------------------------------------

def _session_record(data: dict[str, Any]) -> SessionRecord:
    from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer

    return SessionRecord(
        practice_id=data["practice_id"], practice_title=data["practice_title"], family=data["family"],
        started_at=datetime.fromisoformat(data["started_at"]), ended_at=datetime.fromisoformat(data["ended_at"]),
        planned_seconds=float(data["planned_seconds"]), practised_seconds=float(data["practised_seconds"]),
        outcome=Outcome(data["outcome"]), rating_before=data.get("rating_before"),
        rating_after=data.get("rating_after"), note=data.get("note", ""),
        writings=tuple(WritingAnswer(int(w["step_index"]), w["prompt"], w["text"]) for w in data.get("writings", ())))


def _journal_entry(data: dict[str, Any]) -> JournalEntry:
    from selfcompass.core.journal import JournalEntry, SessionLink

    link = data.get("session")
    return JournalEntry(
        body=data["body"], created_at=datetime.fromisoformat(data["created_at"]),
        updated_at=datetime.fromisoformat(data["updated_at"]), title=data.get("title", ""),
        tags=tuple(data.get("tags", ())), mood=data.get("mood"), uuid=data["uuid"], prompt=data.get("prompt", ""),
        step_index=data.get("step_index"),
        session=None if link is None else SessionLink(link["practice_id"], datetime.fromisoformat(link["started_at"])))


def drain(paths: AppPaths, key: bytes, database: Database) -> DrainReport:
    """Save every waiting item into ``database`` (the journal unlocked with ``key``), then remove its sealed file."""
    where = folder(paths)
    if not where.is_dir():
        return DrainReport(0, 0, 0)
    items = sorted(p for p in where.iterdir() if p.name.endswith(SUFFIX) and p.is_file())
    if not items:
        return DrainReport(0, 0, 0)
    ensure_keys(paths, key)
    private = _private(paths, key)
    sessions = entries = unreadable = 0
    for item in items:
        try:
            if private is None:
                raise ValueError("no private key")
            body = json.loads(item.read_text(encoding="utf-8"))
            content = json.loads(unseal(private, body).decode("utf-8"))
            kind, data = content["kind"], content["data"]
            if kind == "session":
                database.sessions.record(_session_record(data))
                sessions += 1
            elif kind == "entry":
                entry = _journal_entry(data)
                if database.journal.get_by_uuid(entry.uuid) is None:
                    database.journal.add(entry)
                entries += 1
            else:
                raise ValueError("unknown kind")
        except (ValueError, KeyError, TypeError, OSError):
            unreadable += 1
            aside = where / "unreadable"
            _private_folder(aside)
            move_aside(item, aside / item.name)
            continue
        item.unlink(missing_ok=True)
    return DrainReport(sessions, entries, unreadable)

"""Safekeeping: what is made while the journal is locked is sealed (never plain on disk) and moved into the journal
at the next unlock, once, whatever happens in between."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass.core.journal import JournalEntry, SessionLink
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.paths import AppPaths
from selfcompass.storage import crypto, open_database, protection, safekeeping

FAST = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
SENTINEL = "Okapi-Lantern-Sentinel-4410 what I noticed"
PASS = "correct horse battery staple"


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def record(note: str = SENTINEL, minute: int = 0) -> SessionRecord:
    start = T0 + timedelta(minutes=minute)
    return SessionRecord("box-breathing", "Box breathing", "breath", start, start + timedelta(minutes=3), 180, 170,
                         Outcome.FINISHED, rating_before=2, rating_after=4, note=note,
                         writings=(WritingAnswer(2, "What do you notice?", SENTINEL + " writing"),))


def protected(tmp_path: Path) -> tuple[AppPaths, bytes]:
    paths = make_paths(tmp_path)
    turned_on = protection.turn_on(paths, PASS, FAST)
    open_database(paths, key=turned_on.key).close()
    return paths, turned_on.key


def everything(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_turning_protection_on_makes_a_key_to_seal_to(tmp_path: Path) -> None:
    paths, _key = protected(tmp_path)
    assert safekeeping.can_keep(paths)
    assert safekeeping.keys_path(paths).exists()


def test_a_session_kept_while_locked_is_sealed_then_saved_once_at_unlock(tmp_path: Path) -> None:
    paths, key = protected(tmp_path)
    safekeeping.keep_session(paths, record())
    assert safekeeping.waiting(paths) == 1
    data = everything(paths.data)
    assert SENTINEL.encode() not in data and b"Okapi" not in data and b"Box breathing" not in data
    unlocked = protection.unlock(paths, PASS)
    assert unlocked == key
    with open_database(paths, key=unlocked) as db:
        report = protection.drain_safekeeping(paths, unlocked)(db)
        assert report == safekeeping.DrainReport(1, 0, 0)
        [saved] = db.sessions.recent()
        assert saved.note == SENTINEL and saved.rating_before == 2 and saved.rating_after == 4
        assert saved.writings[0].text == SENTINEL + " writing"
        entries = db.journal.count()
        # the job that waited for the unlock records the same session again: still one
        db.sessions.record(record())
        assert db.sessions.count() == 1
        assert db.journal.count() == entries
    assert safekeeping.waiting(paths) == 0


def test_a_crash_between_saving_and_removing_never_makes_a_duplicate(tmp_path: Path, monkeypatch) -> None:
    paths, key = protected(tmp_path)
    safekeeping.keep_session(paths, record())
    entry = JournalEntry(body=SENTINEL, created_at=T0, updated_at=T0, title="Reflection",
                         session=SessionLink("box-breathing", T0))
    safekeeping.keep_entry(paths, entry)
    safekeeping.keep_entry(paths, entry)  # kept twice: saved once
    real_unlink = Path.unlink

    def crash(self: Path, missing_ok: bool = False) -> None:
        if self.name.endswith(safekeeping.SUFFIX):
            raise KeyboardInterrupt("killed")
        real_unlink(self, missing_ok=missing_ok)

    with open_database(paths, key=key) as db:
        monkeypatch.setattr(Path, "unlink", crash)
        with pytest.raises(KeyboardInterrupt):
            safekeeping.drain(paths, key, db)
        monkeypatch.setattr(Path, "unlink", real_unlink)
        report = safekeeping.drain(paths, key, db)
        assert report.unreadable == 0
        assert db.sessions.count() == 1
        entries = list(db.journal.iter_entries())
        assert sorted(e.body for e in entries).count(SENTINEL + " writing") == 1
        assert [e.title for e in entries].count("Reflection") == 1
        reflection = next(e for e in entries if e.title == "Reflection")
        assert reflection.session_id is not None  # linked to the session kept beside it
    assert safekeeping.waiting(paths) == 0


def test_a_changed_byte_is_refused_and_kept_aside_not_lost(tmp_path: Path) -> None:
    paths, key = protected(tmp_path)
    safekeeping.keep_session(paths, record())
    [item] = safekeeping.folder(paths).glob("*" + safekeeping.SUFFIX)
    body = json.loads(item.read_text())
    body["cipher"] = ("0" if body["cipher"][0] != "0" else "1") + body["cipher"][1:]
    item.write_text(json.dumps(body))
    with open_database(paths, key=key) as db:
        assert safekeeping.drain(paths, key, db) == safekeeping.DrainReport(0, 0, 1)
        assert db.sessions.count() == 0
    assert (safekeeping.folder(paths) / "unreadable" / item.name).exists()


def test_the_private_half_needs_the_journal_key(tmp_path: Path) -> None:
    paths, _key = protected(tmp_path)
    safekeeping.keep_session(paths, record())
    other = os.urandom(32)
    assert safekeeping._private(paths, other) is None


def test_nothing_to_seal_with_says_so(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    paths.data.mkdir(parents=True)
    assert not safekeeping.can_keep(paths)
    with pytest.raises(safekeeping.NothingToSealWith):
        safekeeping.keep_session(paths, record())


def test_seal_round_trip_and_files_are_private(tmp_path: Path) -> None:
    paths, key = protected(tmp_path)
    safekeeping.keep_session(paths, record())
    where = safekeeping.folder(paths)
    assert where.stat().st_mode & 0o777 == 0o700
    for item in where.iterdir():
        assert item.stat().st_mode & 0o777 == 0o600
    assert safekeeping.keys_path(paths).stat().st_mode & 0o777 == 0o600
    private = safekeeping._private(paths, key)
    assert private is not None
    public = pow(2, private, safekeeping._P)
    assert safekeeping.unseal(private, safekeeping.seal(public, b"")) == b""
    assert safekeeping.unseal(private, safekeeping.seal(public, SENTINEL.encode() * 50)) == SENTINEL.encode() * 50

"""Never lose a word, in storage (issue 19, items 2-5): an emptied protected database never becomes plain, the
wrapped keys are kept twice, leftover part files and plain backups are cleaned up, backups are taken before
protecting, and every file is private. Each test fails on the code before issue 19."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass.core.journal import new_entry
from selfcompass.paths import AppPaths
from selfcompass.storage import DatabaseDamaged, DatabaseLocked, crypto, open_database, protection
from selfcompass.storage.backups import list_backups
from selfcompass.storage.hygiene import make_private, not_private
from selfcompass.storage.status import (
    SQLITE_HEADER,
    database_status,
    is_protected,
    keyfile_path,
    protecting_marker,
    unfinished_protection,
)

FAST = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASS = "correct horse battery staple"
SENTINEL = b"Pangolin-Sentinel-5521"
T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def plain_journal(paths: AppPaths, n: int = 5) -> None:
    with open_database(paths) as db:
        db.journal.add_many([new_entry(f"{SENTINEL.decode()} {i}", now=T0 + timedelta(minutes=i))
                             for i in range(n)])


def test_a_protected_database_truncated_to_nothing_never_becomes_plain(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)
    key = protection.turn_on(paths, PASS, FAST).key
    with open_database(paths, key=key) as db:
        db.backup_now("daily", "20260401")
    keys_before = keyfile_path(paths.database).read_bytes()
    paths.database.write_bytes(b"")  # a crash or a full disk emptied it
    assert is_protected(paths)
    status = database_status(paths.database)
    assert status.encrypted and not status.ok and "empty" in status.message
    with pytest.raises(DatabaseLocked):
        open_database(paths)  # without the key: locked, not a new plain journal
    assert paths.database.read_bytes() == b""
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(paths, key=key)  # with it: the newest good backup is offered
    assert raised.value.backup is not None
    with pytest.raises(ValueError):
        protection.turn_on(paths, PASS, FAST)  # protecting "again" cannot replace the only key to the backup
    assert keyfile_path(paths.database).read_bytes() == keys_before


def test_the_wrapped_keys_are_kept_twice(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    key = protection.turn_on(paths, PASS, FAST).key
    copy = crypto.keyfile_copy_path(paths)
    assert copy.exists() and copy.stat().st_mode & 0o777 == 0o600
    keyfile_path(paths.database).write_text("{ damaged")
    assert protection.unlock(paths, PASS) == key
    assert json.loads(keyfile_path(paths.database).read_text())["format"] == crypto.KEYFILE_FORMAT  # mended
    keyfile_path(paths.database).unlink()
    assert protection.unlock(paths, PASS) == key


def test_part_files_left_by_an_interrupted_write_are_cleaned_up(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)
    paths.backups.mkdir(exist_ok=True)
    leftovers = [paths.backups / "selfcompass-daily-20260401-20260401T090000000000Z.db.part",
                 paths.data / ".settings.json.abc123.part"]
    for part in leftovers:
        part.write_bytes(SQLITE_HEADER + SENTINEL)
    open_database(paths).close()
    assert not any(p.exists() for p in leftovers)


def _stopped_after_the_swap(paths: AppPaths, monkeypatch) -> None:
    """Turn protection on and stop it (as a kill would) while it encrypts the backups, after the journal's swap."""
    def killed(*_args: object) -> int:
        raise KeyboardInterrupt("killed while encrypting the backups")

    monkeypatch.setattr(crypto, "encrypt_plain_backups", killed)
    with pytest.raises(KeyboardInterrupt):
        protection.turn_on(paths, PASS, FAST)
    monkeypatch.undo()


def test_an_interrupted_protect_step_leaves_no_plain_backup_after_unlock(tmp_path: Path, monkeypatch) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)
    _stopped_after_the_swap(paths, monkeypatch)
    [before] = [b for b in list_backups(paths.backups) if b.kind == "protect"]  # taken before protecting
    assert before.path.read_bytes()[:16] == SQLITE_HEADER  # the plain copy the crash left
    key = protection.unlock(paths, PASS)  # the next unlock finishes the step
    assert all(b.path.read_bytes()[:16] != SQLITE_HEADER for b in list_backups(paths.backups))
    everything = b"".join(p.read_bytes() for p in paths.data.rglob("*") if p.is_file())
    assert SENTINEL not in everything
    with open_database(paths, key=key) as db:
        assert db.journal.count() == 5


def _what_a_kill_before_the_swap_leaves(paths: AppPaths) -> None:
    """The marker and a key file (with its copy) beside the plain journal: protect stopped before the swap."""
    protection.turn_on(make_paths(paths.data.parent / "elsewhere"), PASS, FAST)  # a real key file, for its shape
    other = make_paths(paths.data.parent / "elsewhere")
    keyfile_path(paths.database).write_bytes(keyfile_path(other.database).read_bytes())
    crypto.keyfile_copy_path(paths).parent.mkdir(exist_ok=True)
    crypto.keyfile_copy_path(paths).write_bytes(keyfile_path(other.database).read_bytes())
    protecting_marker(paths).write_text("under way")


def test_a_protect_step_stopped_before_the_swap_is_told_and_its_key_file_goes(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)
    _what_a_kill_before_the_swap_leaves(paths)
    assert not is_protected(paths) and unfinished_protection(paths)
    with open_database(paths) as db:  # opens plain, whole; the marker waits for the person to be told
        assert db.journal.count() == 5
    assert unfinished_protection(paths)
    crypto.forget_unfinished_protection(paths)
    assert not keyfile_path(paths.database).exists() and not crypto.keyfile_copy_path(paths).exists()
    assert not protecting_marker(paths).exists() and not unfinished_protection(paths)
    with open_database(paths) as db:
        assert db.journal.count() == 5


def test_forgetting_an_unfinished_step_never_touches_an_older_key_copy(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)
    _what_a_kill_before_the_swap_leaves(paths)
    crypto.keyfile_copy_path(paths).write_text("an older copy, from before")
    crypto.forget_unfinished_protection(paths)
    assert crypto.keyfile_copy_path(paths).read_text() == "an older copy, from before"
    assert not keyfile_path(paths.database).exists()


def test_a_protect_step_that_fails_in_front_of_the_person_leaves_the_journal_as_it_was(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)

    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crypto, "publish", no_space)
    with pytest.raises(OSError):
        protection.turn_on(paths, PASS, FAST)
    monkeypatch.undo()
    assert not is_protected(paths) and not unfinished_protection(paths)
    left = sorted(p.name for p in paths.data.iterdir() if p.is_file())
    assert left == ["selfcompass.db"], left  # no key file, marker, half copy or second name
    with open_database(paths) as db:
        assert db.journal.count() == 5


def test_a_protect_step_stopped_after_the_swap_keeps_its_key_and_says_nothing(tmp_path: Path, monkeypatch) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)
    _stopped_after_the_swap(paths, monkeypatch)
    assert is_protected(paths) and not unfinished_protection(paths)
    crypto.forget_unfinished_protection(paths)  # even if asked: the key the journal is sealed with stays
    assert keyfile_path(paths.database).exists()
    key = protection.unlock(paths, PASS)
    with open_database(paths, key=key) as db:
        assert db.journal.count() == 5
    assert not protecting_marker(paths).exists()


def test_a_backup_encryption_stopped_part_way_leaves_no_plain_text_and_loses_no_backup(tmp_path: Path) -> None:
    # Before: the plain backup was overwritten with zeros, then the encrypted copy moved in. Stopped mid-wipe, the
    # backup's first bytes were zeros (no longer seen as a plain backup, so never encrypted) and the rest readable.
    paths = make_paths(tmp_path)
    plain_journal(paths)
    with open_database(paths) as db:
        taken = db.backup_now()
    turned_on = protection.turn_on(paths, PASS, FAST)
    encrypted = taken.read_bytes()
    assert encrypted[:16] != SQLITE_HEADER
    second = taken.with_name(taken.name + ".plain-old")

    # Stopped after the swap, mid-wipe: the second name holds what is left of the plain copy.
    second.write_bytes(b"\0" * 4096 + SENTINEL * 10)
    open_database(paths, key=turned_on.key).close()
    assert not second.exists() and taken.read_bytes() == encrypted

    # Stopped before the swap: the second name is the backup itself; only the name goes, never the backup.
    os.link(taken, second)
    open_database(paths, key=turned_on.key).close()
    assert not second.exists() and taken.read_bytes() == encrypted


def test_the_journals_second_name_before_the_swap_is_only_unnamed(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)
    second = paths.database.with_name(paths.database.name + ".plain-old")
    os.link(paths.database, second)
    with open_database(paths) as db:
        assert db.journal.count() == 5
    assert not second.exists()
    with open_database(paths) as db:
        assert db.journal.count() == 5


def test_every_file_is_private_even_ones_made_open_before(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    plain_journal(paths)
    os.chmod(paths.data, 0o755)
    os.chmod(paths.database, 0o644)
    assert not_private(paths.data)
    open_database(paths).close()
    assert not_private(paths.data) == []
    (paths.data / "stray").write_text("x")
    os.chmod(paths.data / "stray", 0o666)
    assert make_private(paths.data) == [paths.data / "stray"]


def test_core_dumps_are_off_after_hardening() -> None:
    import resource

    from selfcompass.storage.hygiene import core_dumps_off, harden_process

    before = resource.getrlimit(resource.RLIMIT_CORE)
    try:
        done = harden_process()
        assert "core dumps off" in done and core_dumps_off()
    finally:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, before)
        except ValueError:
            pass  # a hard limit lowered to 0 stays 0 for this process: that is the point

"""Keys that recover (issue 19, item 3): a new recovery code needs the passphrase and ends the old code, in the key
file and its copy; a code never shown is marked so the next unlock makes a new one; a damaged journal is offered
the newest good backup by date, with the number of entries it holds."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass.core.journal import new_entry
from selfcompass.paths import AppPaths
from selfcompass.storage import DatabaseDamaged, WrongPassphrase, crypto, open_database, protection
from selfcompass.storage.status import keyfile_path

FAST = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASS = "correct horse battery staple"
T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def test_a_new_recovery_code_needs_the_passphrase_and_ends_the_old_one(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    first = protection.turn_on(paths, PASS, FAST)
    with pytest.raises(WrongPassphrase):
        protection.make_new_recovery_code(paths, "not the passphrase", FAST)
    assert crypto.unlock_with_recovery_code(paths, first.recovery_code) == first.key
    new = protection.make_new_recovery_code(paths, PASS, FAST)
    assert crypto.unlock_with_recovery_code(paths, new) == first.key
    with pytest.raises(WrongPassphrase):
        crypto.unlock_with_recovery_code(paths, first.recovery_code)
    copy = json.loads(crypto.keyfile_copy_path(paths).read_text(encoding="utf-8"))
    assert copy["slots"]["recovery"] == json.loads(keyfile_path(paths.database).read_text())["slots"]["recovery"]
    keyfile_path(paths.database).write_text("{damaged")  # the copy alone still knows only the new code
    assert crypto.unlock_with_recovery_code(paths, new) == first.key


def test_a_code_never_kept_is_replaced_once_at_unlock(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    turned_on = protection.turn_on(paths, PASS, FAST)
    assert protection.recovery_code_unseen(paths)
    again = protection.replace_unseen_recovery_code(paths, turned_on.key, FAST)
    assert again and again != turned_on.recovery_code and protection.recovery_code_unseen(paths)
    protection.recovery_code_kept(paths)
    assert not protection.recovery_code_unseen(paths)
    assert protection.replace_unseen_recovery_code(paths, turned_on.key, FAST) is None


def test_a_key_file_from_before_counts_as_seen(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    turned_on = protection.turn_on(paths, PASS, FAST)
    data = json.loads(keyfile_path(paths.database).read_text())
    del data[crypto.RECOVERY_UNSEEN]
    crypto.write_keyfile(paths, data)
    assert protection.replace_unseen_recovery_code(paths, turned_on.key, FAST) is None


def test_a_damaged_journal_is_offered_the_newest_good_backup_with_its_entry_count(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    with open_database(paths) as db:
        db.journal.add(new_entry("first", now=T0))
        db.backup_now("daily", "20260401", now=T0)
        db.journal.add_many([new_entry(f"more {i}", now=T0 + timedelta(minutes=i)) for i in range(2)])
        db.backup_now("daily", "20260402", now=T0 + timedelta(days=1))
        db.journal.add(new_entry("after the backups", now=T0 + timedelta(days=2)))
    newest = sorted(paths.backups.glob("selfcompass-daily-20260402-*.db"))
    bad = paths.backups / "selfcompass-daily-20260403-20260403T090000000000Z.db"
    bad.write_bytes(b"not a database at all, and newer")
    data = bytearray(paths.database.read_bytes())
    data[4096:4096 * 3] = b"\xa5" * 8192
    paths.database.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as raised:
        open_database(paths)
    assert [raised.value.backup] == newest and raised.value.backup_entries == 3

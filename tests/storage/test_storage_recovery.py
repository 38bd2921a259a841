"""Backups and recovery: rotation, integrity check at open, restoring a good backup, a full or read-only
folder, and deleting everything."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass.core.journal import Draft, new_entry
from selfcompass.paths import AppPaths
from selfcompass.storage import DatabaseDamaged, StorageUnavailable, crypto, open_database
from selfcompass.storage.backups import list_backups
from selfcompass.storage.recovery import data_files, delete_all_data, restore_backup, set_damaged_aside

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def corrupt(path: Path, start: int = 4096, stride: int = 97) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(start, len(data), stride):
        data[offset] = (data[offset] + 113) % 256
    path.write_bytes(bytes(data))


def test_daily_backups_rotate(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    with open_database(paths) as db:
        db.journal.add(new_entry("hello", now=T0))
        taken = [db.backup_if_due(T0 + timedelta(days=d), keep=3) for d in range(6)]
        assert all(taken)
        assert db.backup_if_due(T0 + timedelta(days=5, hours=3), keep=3) is None  # once a day
    daily = [b for b in list_backups(paths.backups) if b.kind == "daily"]
    assert [b.label for b in daily] == ["20260509", "20260508", "20260507"]
    if os.name == "posix":
        assert all(b.path.stat().st_mode & 0o077 == 0 for b in daily)


def test_damaged_database_offers_the_newest_good_backup_and_keeps_the_damaged_file(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    with open_database(paths) as db:
        db.journal.add_many([new_entry(f"entry {n} " + "words " * 200, now=T0) for n in range(50)])
        good = db.backup_if_due(T0)
        db.journal.add(new_entry("after the backup", now=T0))
    corrupt(paths.database)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(paths)
    assert info.value.backup == good
    assert "damaged" in info.value.message and "backup" in info.value.fix
    aside = restore_backup(paths, info.value.backup, now=T0)
    assert aside is not None and aside.exists() and aside != paths.database
    with open_database(paths) as db:
        assert db.journal.count() == 50
        assert db.integrity_check(full=True)


def test_a_damaged_journal_is_set_aside_with_its_wal_never_deleted(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    paths.data.mkdir(parents=True)
    paths.database.write_bytes(b"\x00damaged" * 100)
    wal = paths.database.with_name("selfcompass.db-wal")
    wal.write_bytes(b"frames")
    aside = set_damaged_aside(paths, now=T0)
    assert aside == paths.data / "selfcompass.damaged-20260504T080000000000Z.db"
    assert aside.read_bytes() == b"\x00damaged" * 100 and not paths.database.exists()
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"frames" and not wal.exists()
    wal.write_bytes(b"a WAL with no database")  # it must never meet a new database: kept aside too
    assert set_damaged_aside(paths, now=T0 + timedelta(seconds=1)) is None
    assert not wal.exists()
    assert (paths.data / "selfcompass.damaged-20260504T080001000000Z.db-wal").read_bytes() == b"a WAL with no database"
    assert set(data_files(paths)) >= {aside, aside.with_name(aside.name + "-wal")}  # "delete all" finds them


def test_a_restored_backup_is_private_and_whole(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    with open_database(paths) as db:
        db.journal.add(new_entry("kept in the backup", now=T0))
        good = db.backup_if_due(T0)
    paths.database.write_bytes(b"\x00damaged" * 100)
    restore_backup(paths, good, now=T0)
    assert paths.database.read_bytes() == good.read_bytes()
    if os.name == "posix":
        assert paths.database.stat().st_mode & 0o077 == 0
    assert [p.name for p in paths.data.glob(".*.part")] == []


def test_damaged_without_backups(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    paths.data.mkdir(parents=True)
    paths.database.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(paths)
    assert info.value.backup is None


def test_damaged_protected_database(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    fast = crypto.KdfParams(1024, 1, 1)
    protection = crypto.set_up_protection(paths, "a long passphrase", fast)
    with open_database(paths, key=protection.key) as db:
        db.journal.add_many([new_entry("x " * 500, now=T0) for _ in range(40)])
        good = db.backup_if_due(T0)
    corrupt(paths.database)
    with pytest.raises(DatabaseDamaged) as info:
        open_database(paths, key=protection.key)
    assert info.value.backup == good
    restore_backup(paths, good)
    with open_database(paths, key=protection.key) as db:
        assert db.journal.count() == 40


def test_a_full_disk_is_a_calm_error_and_the_draft_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = make_paths(tmp_path)
    with open_database(paths) as db:
        db.journal.save_draft(Draft("new", "my draft", T0))
    import selfcompass.storage.engine as engine

    real = engine.connect

    def small(*args, **kwargs):  # type: ignore[no-untyped-def]
        conn = real(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        return conn

    monkeypatch.setattr(engine, "connect", small)
    with open_database(paths, check=False) as db:
        with pytest.raises(StorageUnavailable, match="no space"):
            db.journal.add(new_entry("big " * 100_000, now=T0))
        assert db.journal.load_draft("new").body == "my draft"
        assert db.journal.count() == 0


def test_an_unusable_data_folder_is_a_known_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StorageUnavailable):
        open_database(make_paths(tmp_path))


def test_delete_all_my_data_really_removes_the_files(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    protection = crypto.set_up_protection(paths, "a long passphrase", crypto.KdfParams(1024, 1, 1))
    with open_database(paths, key=protection.key) as db:
        db.journal.add(new_entry("secret", now=T0))
        db.backup_if_due(T0)
    paths.database.with_name("selfcompass.damaged-x.db").write_bytes(b"old")
    assert len(data_files(paths)) >= 4
    removed = delete_all_data(paths)
    assert paths.database in removed
    assert data_files(paths) == []
    assert [p for p in paths.data.rglob("*") if p.is_file()] == []
    with open_database(paths) as db:  # a fresh, empty start is possible straight away
        assert db.journal.count() == 0


@pytest.mark.parametrize(("start", "stride"), [(0, 4096), (100, 1), (4096, 4096), (8192, 13), (1000, 500),
                                               (16, 7)])
def test_any_damage_is_reported_as_damage(tmp_path: Path, start: int, stride: int) -> None:
    paths = make_paths(tmp_path)
    with open_database(paths) as db:
        db.journal.add_many([new_entry(f"entry {n} " + "words " * 100, now=T0) for n in range(30)])
    corrupt(paths.database, start, stride)
    try:
        db = open_database(paths)
    except DatabaseDamaged as exc:
        assert exc.path == paths.database
    else:  # the damage missed everything quick_check reads; reading must still not crash with a bug
        try:
            db.journal.count()
        finally:
            db.close()


def test_a_read_only_database_is_a_calm_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = make_paths(tmp_path)
    with open_database(paths) as db:
        db.journal.save_draft(Draft("new", "my draft", T0))
    import selfcompass.storage.engine as engine

    real = engine.connect

    def read_only(*args, **kwargs):  # type: ignore[no-untyped-def]
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA query_only = ON")
        return conn

    monkeypatch.setattr(engine, "connect", read_only)
    with open_database(paths, check=False) as db:
        with pytest.raises(StorageUnavailable, match="read-only"):
            db.journal.save_draft(Draft("new", "changed", T0))
        assert db.journal.load_draft("new").body == "my draft"


@pytest.mark.parametrize("key", [None, b"\x07" * 32])
def test_an_unopenable_database_file_is_a_known_error_not_a_wrong_passphrase(tmp_path: Path,
                                                                          key: bytes | None) -> None:
    paths = make_paths(tmp_path)
    paths.database.mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(StorageUnavailable, match="could not open"):
        open_database(paths, key=key)


"""Repair (storage/repair.py): a damaged journal rebuilt from everything that reads, with damaged entries brought
back word for word from the newest backup that holds them whole. Plain and protected; in and out of the bin; with
no backup; stopped part-way."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from selfcompass.storage import open_database
from selfcompass.storage import repair as repair_module
from selfcompass.storage.repair import repair, repairing_path

sys.path.insert(0, str(Path(__file__).parent))
from test_damage_contained import (
    DAMAGED,
    SENTINEL,
    N,
    flip_plain,
    flip_protected,
    journal_of_60,
    make_paths,
)


def _words(paths, key, entry_id: int) -> str:  # type: ignore[no-untyped-def]
    with open_database(paths, key=key) as db:
        entry = db.journal.get(entry_id)
        assert entry is not None
        return entry.body


def test_a_damaged_plain_entry_comes_back_word_for_word_and_the_damaged_file_is_kept(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    journal_of_60(paths, protected=False)
    original = _words(paths, None, DAMAGED + 1)
    with open_database(paths) as db:
        db.backup_now()
    flip_plain(paths)
    report = repair(paths, None)
    assert (report.kept, report.brought_back, report.not_found) == (N - 1, 1, 0)
    assert report.set_aside is not None and report.set_aside.exists()  # never deleted
    with open_database(paths) as db:
        assert db.journal.count() == N and db.journal.unreadable == set()
        assert db.journal.get(DAMAGED + 1).body == original  # type: ignore[union-attr]
        assert [h.id for h in db.journal.search(f"marker{DAMAGED:03d}")] == [DAMAGED + 1]
        assert db.journal.tags() == [("walks", N)]
        assert db.integrity_check(full=True)
    assert not repairing_path(paths).exists()


def test_a_damaged_page_of_a_protected_journal_is_rebuilt_and_stays_encrypted(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    key = journal_of_60(paths, protected=True)
    with open_database(paths, key=key) as db:
        db.backup_now()
    damaged = flip_protected(paths, key, tmp_path / "scratch")
    report = repair(paths, key)
    assert (report.brought_back, report.not_found) == (1, 0)
    with open_database(paths, key=key) as db:
        assert db.journal.count() == N and db.integrity_check(full=True)
        assert f"marker{damaged - 1:03d}" in db.journal.get(damaged).body  # type: ignore[union-attr]
        db.journal.delete(damaged)  # and it can be written again (the damaged page could not be)
        assert [s.id for s in db.journal.deleted()] == [damaged]
    needle = SENTINEL.encode()
    assert not any(needle in p.read_bytes() for p in paths.data.rglob("*") if p.is_file())


def test_an_entry_no_backup_holds_is_said_and_everything_else_is_kept(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    journal_of_60(paths, protected=False)
    flip_plain(paths)  # and no backup at all
    report = repair(paths, None)
    assert (report.kept, report.brought_back, report.not_found, report.backup_days) == (N - 1, 0, 1, ())
    with open_database(paths) as db:
        assert db.journal.count() == N - 1 and db.journal.unreadable == set()
    assert report.set_aside is not None and report.set_aside.exists()  # its words may still be read from there


def test_a_damaged_entry_in_the_bin_comes_back_to_the_bin(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    journal_of_60(paths, protected=False)
    with open_database(paths) as db:
        db.journal.delete(DAMAGED + 1)
        db.backup_now()
        binned = db.journal.deleted()
    flip_plain(paths)
    assert repair(paths, None).brought_back == 1
    with open_database(paths) as db:
        assert db.journal.deleted() == binned and db.journal.count() == N - 1


def test_a_repair_stopped_part_way_leaves_the_journal_as_it_was(tmp_path: Path, monkeypatch) -> None:
    paths = make_paths(tmp_path)
    journal_of_60(paths, protected=False)
    with open_database(paths) as db:
        db.backup_now()
    flip_plain(paths)
    before = paths.database.read_bytes()

    def stopped(*_args: object) -> None:
        raise KeyboardInterrupt("stopped while bringing entries back")

    monkeypatch.setattr(repair_module, "_bring_back", stopped)
    with pytest.raises(KeyboardInterrupt):
        repair(paths, None)
    assert paths.database.read_bytes() == before and not repairing_path(paths).exists()
    monkeypatch.undo()
    repairing_path(paths).write_bytes(b"half a copy")  # what a kill at that moment leaves
    open_database(paths).close()
    assert not repairing_path(paths).exists()

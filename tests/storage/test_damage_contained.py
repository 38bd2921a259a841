"""Damage is contained (issue 19, item 4): one entry with a few flipped bytes, plain or protected, is left out of
the list, its count, search and export, and is reported by number; the others read as before, and nothing of any
entry's text reaches an error message, stderr or the log.

Before issue 19 the list said "60 entries" and showed none, every export stopped, and the driver's error message
carried the damaged entry's text ("Could not decode to UTF-8 column 'body' with text '...'")."""

from __future__ import annotations

import json
import logging
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass.core.journal import JournalFilter, new_entry
from selfcompass.errors import KnownError
from selfcompass.paths import AppPaths
from selfcompass.storage import DatabaseDamaged, crypto, open_database, protection
from selfcompass.storage.database import Database

FAST = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASS = "correct horse battery staple"
SENTINEL = "Axolotl-Sentinel-7316"
T0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
N = 60
DAMAGED = 30  # the entry whose bytes are flipped (0-based: its id is DAMAGED + 1)


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def journal_of_60(paths: AppPaths, *, protected: bool) -> bytes | None:
    """Sixty entries of about 3 KB (one to a page), each holding the sentinel and its own marker."""
    with open_database(paths) as db:
        db.journal.add_many([new_entry(f"{SENTINEL} entry {i} " + "quiet words " * 250 + f" marker{i:03d}",
                                       now=T0 + timedelta(minutes=i), title=f"Day {i}", tags=("walks",))
                             for i in range(N)])
    key = protection.turn_on(paths, PASS, FAST).key if protected else None
    with open_database(paths, key=key) as db:
        conn = db.raw_connection()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    return key


def flip_plain(paths: AppPaths) -> None:
    """One flipped byte in the damaged entry's text, so it is no longer UTF-8."""
    data = bytearray(paths.database.read_bytes())
    at = data.index(f"{SENTINEL} entry {DAMAGED} ".encode())
    data[at + 2] ^= 0xC0  # "x" (0x78) becomes 0xB8, a continuation byte with nothing before it
    paths.database.write_bytes(bytes(data))


def flip_protected(paths: AppPaths, key: bytes, scratch: Path) -> int:
    """One flipped byte in one page of the encrypted file (SQLCipher then refuses the whole page): the first page,
    from the end, whose damage leaves exactly one entry unreadable. Returns that entry's id."""
    original = paths.database.read_bytes()
    page = 4096
    for number in range(len(original) // page - 1, 1, -1):
        data = bytearray(original)
        data[number * page + 1000] ^= 0x01
        trial = make_paths(scratch / f"p{number}")
        trial.data.mkdir(parents=True)
        for f in paths.data.glob("selfcompass.*"):
            if f.is_file():
                shutil.copy(f, trial.data / f.name)
        (trial.data / paths.database.name).write_bytes(bytes(data))
        try:
            with open_database(trial, key=key) as db:
                db.journal.page(0, N)
                if len(db.journal.unreadable) == 1 and len(db.journal.page(0, N)) == N - 1:
                    paths.database.write_bytes(bytes(data))
                    return next(iter(db.journal.unreadable))
        except KnownError:  # the page held the schema or an index: the whole database is damaged
            continue
    raise AssertionError("no page held exactly one entry")


def check_contained(db: Database, tmp_path: Path, damaged_id: int) -> None:
    j = db.journal
    shown = j.page(0, 100)
    assert len(shown) == N - 1 and damaged_id not in {s.id for s in shown}
    assert j.count() == N - 1  # the list's count matches what it shows
    assert j.count(JournalFilter(tags=("walks",))) == N - 1
    assert [s.id for s in j.page_after(None, 100)] == [s.id for s in shown]
    assert len(j.search("quiet")) == 50 and j.search_count("quiet") == N - 1
    assert j.search(f"marker{damaged_id - 1:03d}") == []  # entry n holds marker n - 1
    other = 1 if damaged_id != 1 else 2
    assert [h.id for h in j.search(f"marker{other - 1:03d}")] == [other]
    assert j.get(damaged_id) is None and j.get(1) is not None
    assert j.tags() == [("walks", N - 1)]
    n = j.export_json(tmp_path / "copy.json")
    assert n == N - 1 and j.unreadable_live() == 1
    copy = json.loads((tmp_path / "copy.json").read_text(encoding="utf-8"))
    assert copy["count"] == N - 1 and len(copy["entries"]) == N - 1
    assert j.export_markdown(tmp_path / "copy.md") == N - 1
    assert j.export_markdown(tmp_path / "each", one_file=False) == N - 1
    assert len(list((tmp_path / "each").iterdir())) == N - 1
    assert len(list(j.iter_entries())) == N - 1


def no_text_anywhere(capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    out, err = capfd.readouterr()
    assert SENTINEL not in out + err
    for record in caplog.records:
        assert SENTINEL not in record.getMessage()
        assert SENTINEL not in (caplog.text or "")


def test_one_flipped_byte_in_a_plain_entry_is_left_out_and_reported(tmp_path: Path, capfd, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    paths = make_paths(tmp_path)
    journal_of_60(paths, protected=False)
    flip_plain(paths)
    with open_database(paths) as db:
        check_contained(db, tmp_path, DAMAGED + 1)
        assert "1 journal entry could not be read" in caplog.text
    no_text_anywhere(capfd, caplog)


def test_one_flipped_byte_in_a_protected_entry_is_left_out_and_reported(tmp_path: Path, capfd, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    paths = make_paths(tmp_path)
    key = journal_of_60(paths, protected=True)
    assert key is not None
    damaged_id = flip_protected(paths, key, tmp_path / "scratch")
    with open_database(paths, key=key) as db:  # quick_check fails, but only entries are damaged: it opens
        assert db.journal.unreadable == {damaged_id}
        check_contained(db, tmp_path, damaged_id)
        # The bin opens, and works, beside the damaged page (before revision 0005 its scan met that page).
        assert db.journal.deleted() == []
        other = 1 if damaged_id != 1 else 2
        db.journal.delete(other)
        assert [s.id for s in db.journal.deleted()] == [other]
        db.journal.restore(other)
        assert db.journal.deleted() == [] and db.journal.count() == N - 1
    no_text_anywhere(capfd, caplog)


def test_the_error_for_damaged_text_names_no_text(tmp_path: Path) -> None:
    """The driver's own decoding put the whole value in its message; the engine's decoding names a byte."""
    from selfcompass.storage.engine import connect

    paths = make_paths(tmp_path)
    journal_of_60(paths, protected=False)
    flip_plain(paths)
    conn = connect(paths.database, None)
    try:
        with pytest.raises(UnicodeDecodeError) as raised:
            conn.execute("SELECT body FROM journal_entry").fetchall()
    finally:
        conn.close()
    assert SENTINEL not in str(raised.value) and "quiet" not in str(raised.value)


def test_damage_outside_the_entries_is_still_the_damaged_database(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    journal_of_60(paths, protected=False)
    data = bytearray(paths.database.read_bytes())
    data[4096 + 0] = 0xFF  # page 2's b-tree page type: not an entry's row
    paths.database.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_database(paths)


def test_an_export_clears_the_part_files_a_killed_export_left(tmp_path: Path) -> None:
    """Issue 19: hidden partial exports accumulated in the person's chosen folder."""
    paths = make_paths(tmp_path)
    with open_database(paths) as db:
        db.journal.add(new_entry("a few words", now=T0))
        folder = tmp_path / "chosen"
        (folder / "each").mkdir(parents=True)
        left = [folder / ".copy.json.abc123.part", folder / ".copy.md.x1.part", folder / "each" / ".day.md.z9.part"]
        for part in left:
            part.write_text("half an export")
        mine = folder / "notes.txt.part"
        mine.write_text("not ours")
        db.journal.export_json(folder / "copy.json")
        db.journal.export_markdown(folder / "copy.md")
        db.journal.export_markdown(folder / "each", one_file=False)
    assert not any(p.exists() for p in left) and mine.exists()

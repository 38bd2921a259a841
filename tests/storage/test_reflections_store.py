"""A practice's end note saved as a journal entry: in the same transaction as its session, once, and carried by
export (both kinds), a backup and a JSON round trip to another computer."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from selfcompass.core.records import Outcome, SessionRecord
from selfcompass.paths import AppPaths
from selfcompass.storage import open_database

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
NOTE = "Kettle on, then the huddle. 🌿 “Kinder” than I thought\n  second line  "


def _paths(root: Path) -> AppPaths:
    paths = AppPaths(root / "data", root / "config", root / "cache", root / "logs")
    paths.data.mkdir(parents=True)
    return paths


def _record(note: str = NOTE, rating: int | None = 2, start: datetime = T0) -> SessionRecord:
    return SessionRecord("self-compassion-break", "A self-compassion break", "self-compassion", start,
                         start + timedelta(minutes=5), 300, 300, Outcome.FINISHED, None, rating, note=note.strip())


def test_a_note_becomes_one_linked_entry_and_the_session_keeps_no_copy(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    with open_database(paths) as db:
        sid = db.sessions.record(_record())
        assert db.sessions.record(_record()) == sid  # the same session again (from safekeeping): kept once
        entry = db.journal.get(db.sessions.reflection_of(sid))
        assert (entry.title, entry.body, entry.tags, entry.mood) == ("A self-compassion break", NOTE.strip(),
                                                                    ("Self-compassion",), 2)
        assert (entry.session_id, entry.step_index, entry.created_at) == (sid, None, T0 + timedelta(minutes=5))
        assert db.journal.count() == 1
        assert db.sessions.get(sid).note == NOTE.strip()
        # No note, or only spaces: no entry.
        empty = db.sessions.record(_record(note="  \n ", rating=None, start=T0 + timedelta(hours=1)))
        assert db.sessions.reflection_of(empty) is None and db.journal.count() == 1
        # A deleted entry takes the words with it.
        db.journal.delete(entry.id)
        assert db.sessions.get(sid).note == ""
    conn = sqlite3.connect(paths.database)
    try:
        assert conn.execute("SELECT note FROM practice_session").fetchall() == [("",), ("",)]
    finally:
        conn.close()


def test_the_note_is_in_every_export_and_in_a_backup(tmp_path: Path) -> None:
    paths = _paths(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    with open_database(paths) as db:
        db.sessions.record(_record())
        assert db.journal.export_json(out / "journal.json") == 1
        db.journal.export_markdown(out / "journal.md")
        db.journal.export_markdown(out / "entries", one_file=False)
        backup = db.backup_now()
    [exported] = json.loads((out / "journal.json").read_text("utf-8"))["entries"]
    assert exported["body"] == NOTE.strip() and exported["mood"] == 2
    assert NOTE.strip() in (out / "journal.md").read_text("utf-8")
    assert any(NOTE.strip() in p.read_text("utf-8") for p in (out / "entries").iterdir())
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT body FROM journal_entry").fetchall() == [(NOTE.strip(),)]
    finally:
        conn.close()

    moved = _paths(tmp_path / "other")  # "Move my journal to another computer"
    with open_database(moved) as db:
        report = db.journal.import_json(out / "journal.json")
        assert report.added == 1
        [hit] = db.journal.search("kettle")
        assert db.journal.get(hit.id).body == NOTE.strip()

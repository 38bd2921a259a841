"""Revision 0004 from a database the previous release made: every end-of-practice note becomes a journal entry,
word for word, once, and the session keeps no second copy."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from selfcompass.paths import AppPaths
from selfcompass.storage import HEAD_REVISION, database_status, open_database
from selfcompass.storage.backups import list_backups

DATA = Path(__file__).resolve().parents[1] / "data" / "db"

# The sessions of tests/data/db/rev0003.db (made by the release before revision 0004) and their notes, exactly.
NOTE_1 = "Felt lighter afterwards.\n  Second line with trailing spaces  \n🌿 Ça va — “quotes”"
NOTE_2 = "Bed meeting ran over; zoomed out"
NOTE_5 = "<b>not html</b> & tab\there"
# session id: (entry title, body, tags, mood)
EXPECTED = {
    1: ("A self-compassion break", NOTE_1, ("Self-compassion",), 4),
    2: ("Box breathing", NOTE_2, ("Mindful pauses",), 1),
    5: ("After a practice", NOTE_5, (), 5),  # a practice no longer known, with no title and no family
}


@pytest.fixture
def rev3(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "cache", tmp_path / "logs")
    paths.data.mkdir(parents=True)
    shutil.copyfile(DATA / "rev0003.db", paths.database)
    return paths


def _raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_saved_file_is_revision_3_with_notes_in_its_sessions(rev3: AppPaths) -> None:
    assert database_status(rev3.database).revision == "0003"
    notes = dict(_raw(rev3.database, "SELECT id, note FROM practice_session"))  # type: ignore[arg-type]
    assert notes == {1: NOTE_1, 2: NOTE_2, 3: "", 4: "   \n  ", 5: NOTE_5}


def test_every_note_becomes_a_linked_entry_word_for_word(rev3: AppPaths) -> None:
    with open_database(rev3) as db:
        assert db.revision() == HEAD_REVISION
        assert db.journal.count() == 2 + 3  # the writing answer and the typed entry, and three notes
        for sid, (title, body, tags, mood) in EXPECTED.items():
            entry_id = db.sessions.reflection_of(sid)
            assert entry_id is not None, sid
            entry = db.journal.get(entry_id)
            assert (entry.title, entry.body, entry.tags, entry.mood) == (title, body, tags, mood)
            assert (entry.session_id, entry.step_index, entry.prompt) == (sid, None, "")
            started = {1: "self-compassion-break", 2: "box-breathing", 5: "unknown-old-practice"}[sid]
            assert entry.session is not None and entry.session.practice_id == started
            assert entry.created_at == db.sessions.get(sid).ended_at
            assert db.sessions.get(sid).note == body  # a session still reads its note, now from the entry
        assert db.sessions.reflection_of(3) is None and db.sessions.reflection_of(4) is None  # empty, blank
        # Found by search and by the family's tag, like any entry.
        assert [h.title for h in db.journal.search("lighter")] == ["A self-compassion break"]
        assert ("mindful pauses", 1) in db.journal.tags()
        # The writing answer and the typed entry are untouched.
        assert db.journal.get_by_uuid("0b6a4c1e-5d43-4a57-9a0e-2f1d8d1d6c11").body == \
            "An ordinary entry, typed in the journal."
        assert db.sessions.get(1).writings[0].text == "You did your best."
    # The words live in one place now: the session rows keep no copy (the blank note is left as it was).
    notes = dict(_raw(rev3.database, "SELECT id, note FROM practice_session"))  # type: ignore[arg-type]
    assert notes == {1: "", 2: "", 3: "", 4: "   \n  ", 5: ""}
    # A backup of revision 3, with the notes, was written first.
    [backup] = list_backups(rev3.backups)
    assert (backup.kind, backup.label) == ("migration", "0003")
    assert dict(_raw(backup.path, "SELECT id, note FROM practice_session"))[1] == NOTE_1  # type: ignore[arg-type]


def _run_0004_again(path: Path) -> None:
    """Step back to revision 3 by its version mark alone and run the upgrade again, as a retried step would."""
    from selfcompass.storage import migrate

    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '0003'")
        conn.commit()
    finally:
        conn.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def test_running_it_again_adds_nothing(rev3: AppPaths) -> None:
    open_database(rev3).close()
    before = _raw(rev3.database, "SELECT id, uuid, body FROM journal_entry ORDER BY id")
    _run_0004_again(rev3.database)
    assert _raw(rev3.database, "SELECT id, uuid, body FROM journal_entry ORDER BY id") == before
    with open_database(rev3) as db:
        assert db.journal.count() == 5


def test_a_note_put_back_beside_its_entry_is_not_copied_twice(rev3: AppPaths) -> None:
    """Idempotent even if the emptying of the session's copy had not happened: same words, same entry."""
    open_database(rev3).close()
    conn = sqlite3.connect(rev3.database)
    try:
        conn.execute("UPDATE practice_session SET note = ? WHERE id = 2", (NOTE_2,))
        conn.commit()
    finally:
        conn.close()
    _run_0004_again(rev3.database)
    assert _raw(rev3.database, "SELECT count(*) FROM journal_entry WHERE session_id = 2") == [(1,)]
    assert _raw(rev3.database, "SELECT note FROM practice_session WHERE id = 2") == [("",)]


def test_an_entry_that_only_links_to_a_session_never_stands_in_for_its_note(rev3: AppPaths) -> None:
    """An imported entry linked to the session with other words: the note still becomes its own entry."""
    conn = sqlite3.connect(rev3.database)
    try:
        conn.execute("INSERT INTO journal_entry (uuid, title, body, tags, created_at, updated_at, session_id, "
                     "prompt) VALUES ('imported-1', 'Imported', 'Other words', '', '2026-11-03T14:03:00.000000Z', "
                     "'2026-11-03T14:03:00.000000Z', 2, '')")
        conn.commit()
    finally:
        conn.close()
    with open_database(rev3) as db:
        bodies = {db.journal.get(s.id).body for s in db.journal.page(0, 50)}
    assert {NOTE_2, "Other words"} <= bodies

"""Upgrades from a saved database of each earlier schema: a backup first, and every word survives exactly."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from selfcompass.paths import AppPaths
from selfcompass.storage import HEAD_REVISION, database_status, open_database
from selfcompass.storage.backups import list_backups

DATA = Path(__file__).resolve().parents[1] / "data" / "db"

# The writing answers saved in tests/data/db/rev0001.db, exactly as written there.
REV1_WRITINGS = {
    (1, 2): ("What would you say to a friend?",
             "You did your best with what you had.\nThe ward was short of two nurses — that isn't on you.\n\n"
             "  Indented line, trailing spaces  "),
    (1, 4): ("One kind thing for yourself", "Tea at four. Walk home by the river. 🌿 Ça va mieux."),
    (2, 1): ("What are you noticing?",
             "Tight shoulders; \"quotes\" and 'apostrophes'; <b>not html</b>; tab\there."),
}


def saved(tmp_path: Path, name: str) -> AppPaths:
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "cache", tmp_path / "logs")
    paths.data.mkdir(parents=True)
    shutil.copyfile(DATA / name, paths.database)
    return paths


@pytest.fixture
def rev1(tmp_path: Path) -> AppPaths:
    return saved(tmp_path, "rev0001.db")


# The journal of tests/data/db/rev0002.db, exactly as written there.
REV2_ENTRIES = {
    "45d2f424-9e88-4a60-a5fe-97613bd07f5b": ("A self-compassion break", "It's alright to be tired.\nReally.", (),
                                             None, "What would you say to a friend?"),
    "d7cdcfe3-6dea-44d3-92a9-4b6db0240b38": (
        "After the board meeting",
        "First line\n\n  second paragraph with trailing spaces  \n🌿 Ça va — “quotes” ‘single’ <tag> & tab\there",
        ("board", "Work"), 2, ""),
    "ec149031-228f-4350-a091-9aa2c0afacdd": ("", "Nothing much; a quiet Sunday.", (), 5, ""),
}


def test_saved_databases_cover_every_earlier_revision() -> None:
    from selfcompass.storage.status import REVISIONS

    saved = {p.stem.removeprefix("rev") for p in DATA.glob("rev*.db")}
    assert saved == set(REVISIONS[:-1])


def test_status_of_a_revision_1_file(rev1: AppPaths) -> None:
    status = database_status(rev1.database)
    assert (status.revision, status.needs_upgrade, status.too_new) == ("0001", True, False)


def test_upgrade_from_revision_1_keeps_sessions_and_writing_word_for_word(rev1: AppPaths) -> None:
    original = rev1.database.read_bytes()
    with open_database(rev1) as db:
        assert db.revision() == HEAD_REVISION
        sessions = {s.id: s for s in db.sessions.recent()}
        assert sessions[1].note == "Felt lighter afterwards."
        assert sessions[1].rating_before == 2 and sessions[1].rating_after == 4
        assert sessions[2].rating_after is None
        got = {(sid, w.step_index): (w.prompt, w.text) for sid, s in sessions.items() for w in s.writings}
        assert got == REV1_WRITINGS
        # ...and they are now journal entries, linked to their session and searchable.
        assert db.journal.count() == 3 + 1  # and the session's note (revision 0004)
        entry = db.journal.get_by_uuid(db.journal.search("ward nurses")[0].uuid)
        assert entry.body == REV1_WRITINGS[(1, 2)][1]
        assert entry.session_id == 1 and entry.step_index == 2
        assert entry.session.practice_id == "self-compassion-break"
    backups = list_backups(rev1.backups)
    assert [(b.kind, b.label) for b in backups] == [("migration", "0001")]
    # The backup is the old database, still at revision 1, with the same content.
    conn = sqlite3.connect(backups[0].path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        texts = {r[0] for r in conn.execute("SELECT text FROM writing_answer")}
    finally:
        conn.close()
    assert texts == {t for _, t in REV1_WRITINGS.values()}
    assert original[:16] == b"SQLite format 3\x00"


def test_no_backup_when_nothing_to_migrate(rev1: AppPaths) -> None:
    open_database(rev1).close()
    open_database(rev1).close()
    assert len(list_backups(rev1.backups)) == 1


def test_a_failing_step_leaves_the_previous_revision(rev1: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    import selfcompass.storage.migrate as migrate

    real = migrate.upgrade

    def broken(engine, target="head"):  # type: ignore[no-untyped-def]
        from alembic import op

        original_drop = op.drop_table

        def explode(*a, **k):  # type: ignore[no-untyped-def]
            raise RuntimeError("simulated failure inside the step")

        monkeypatch.setattr(op, "drop_table", explode)
        try:
            real(engine, target)
        finally:
            monkeypatch.setattr(op, "drop_table", original_drop)

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(RuntimeError, match="simulated"):
        open_database(rev1)
    assert database_status(rev1.database).revision == "0001"
    conn = sqlite3.connect(rev1.database)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert "journal_entry" not in tables and "writing_answer" in tables
    monkeypatch.setattr(migrate, "upgrade", real)
    with open_database(rev1) as db:
        assert db.journal.count() == 3 + 1


def test_upgrade_from_revision_2_keeps_the_journal_word_for_word(tmp_path: Path) -> None:
    paths = saved(tmp_path, "rev0002.db")
    assert database_status(paths.database).revision == "0002"
    with open_database(paths) as db:
        assert db.revision() == HEAD_REVISION
        assert db.journal.count() == 3 + 1  # the live entries (not the binned one), and the note (revision 0004)
        for uid, (title, body, tags, mood, prompt) in REV2_ENTRIES.items():
            e = db.journal.get_by_uuid(uid)
            assert (e.title, e.body, e.tags, e.mood, e.prompt) == (title, body, tags, mood, prompt)
        binned = db.journal.deleted()
        assert [s.preview for s in binned] == ["Binned words that should stay binned."]
        db.journal.restore(binned[0].id)
        assert db.journal.count() == 5
        draft = db.journal.load_draft("new")
        assert (draft.body, draft.title, draft.tags, draft.mood) == ("An unsaved draft\nwith two lines",
                                                                     "Draft title", ("x",), 4)
        session = db.sessions.recent()[0]
        assert session.writings[0].text == "It's alright to be tired.\nReally."
        assert db.journal.search("board")[0].uuid == "d7cdcfe3-6dea-44d3-92a9-4b6db0240b38"
    assert [(b.kind, b.label) for b in list_backups(paths.backups)] == [("migration", "0002")]


def test_upgrade_from_revision_4_indexes_the_bin_and_keeps_it_in_order(tmp_path: Path) -> None:
    # tests/data/db/rev0004.db: five entries, the fourth binned a day before the fifth.
    paths = saved(tmp_path, "rev0004.db")
    assert database_status(paths.database).revision == "0004"
    with open_database(paths) as db:
        assert db.revision() == HEAD_REVISION
        assert db.journal.count() == 3
        assert [s.title for s in db.journal.deleted()] == ["Night shift", "Not sent"]  # most recently binned first
        plan = db.raw_connection()
        try:
            detail = " ".join(str(r) for r in plan.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM journal_entry e INDEXED BY ix_journal_binned "
                "WHERE e.deleted_at IS NOT NULL ORDER BY e.deleted_at DESC, e.id DESC").fetchall())
        finally:
            plan.close()
        assert "ix_journal_binned" in detail and "TEMP B-TREE" not in detail  # read in order, never sorted
    assert [b.kind for b in list_backups(paths.backups)] == ["migration"]

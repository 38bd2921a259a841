"""The journal backend: entries, paging, search, filters, bin, drafts, export and import."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from selfcompass.core.journal import (
    MARK_END,
    MARK_START,
    Draft,
    JournalEntry,
    JournalFilter,
    highlight_segments,
    new_entry,
)
from selfcompass.core.journal_files import JournalImportError
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.paths import AppPaths
from selfcompass.storage import open_database
from selfcompass.storage.database import Database

T0 = datetime(2026, 2, 2, 8, 30, tzinfo=UTC)


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(make_paths(tmp_path))
    yield database
    database.close()


def entry(n: int, body: str = "", **kw) -> JournalEntry:  # type: ignore[no-untyped-def]
    at = T0 + timedelta(hours=n)
    return new_entry(body or f"entry number {n}", now=at, **kw)


def test_entry_round_trip_keeps_every_field(db: Database) -> None:
    e = new_entry("Body with\nlines and ünïcode 🌿", now=T0, title="A hard shift", tags=["Ward 7", "night", "ward 7"],
                  mood=2, prompt="What are you noticing?")
    new_id = db.journal.add(e)
    got = db.journal.get(new_id)
    assert got == e  # id is not compared
    assert got.id == new_id
    assert got.tags == ("Ward 7", "night")


def test_update_changes_text_tags_and_mood(db: Database) -> None:
    e = entry(1, tags=["a"])
    db.journal.add(e)
    edited = e.edited(T0 + timedelta(days=1), body="changed", tags=("b", "c"), mood=5, title="T")
    db.journal.update(edited)
    got = db.journal.get_by_uuid(e.uuid)
    assert (got.body, got.tags, got.mood, got.title, got.updated_at) == ("changed", ("b", "c"), 5, "T",
                                                                         edited.updated_at)
    assert db.journal.count(JournalFilter(tags=("a",))) == 0
    assert db.journal.count(JournalFilter(tags=("B",))) == 1
    assert [h.uuid for h in db.journal.search("changed")] == [e.uuid]
    assert db.journal.search("number") == []


def test_bad_mood_is_refused(db: Database) -> None:
    with pytest.raises(ValueError):
        new_entry("x", now=T0, mood=6)


def test_pages_are_newest_first_and_keyset_matches_offset(db: Database) -> None:
    db.journal.add_many([entry(n) for n in range(57)])
    assert db.journal.count() == 57
    by_offset = [s.id for off in range(0, 57, 10) for s in db.journal.page(off, 10)]
    by_key, last = [], None
    while True:
        page = db.journal.page_after(last, 10)
        if not page:
            break
        by_key += [s.id for s in page]
        last = page[-1]
    assert by_offset == by_key
    assert len(by_key) == 57
    first = db.journal.page(0, 3)
    assert [s.preview for s in first] == ["entry number 56", "entry number 55", "entry number 54"]


def test_filters_by_tag_mood_and_date(db: Database) -> None:
    db.journal.add_many([entry(0, tags=["work"], mood=1), entry(1, tags=["work", "home"], mood=3),
                         entry(2, tags=["home"], mood=5), entry(3)])
    assert db.journal.count(JournalFilter(tags=("work",))) == 2
    assert db.journal.count(JournalFilter(tags=("work", "home"))) == 1
    assert db.journal.count(JournalFilter(moods=(1, 5))) == 2
    assert db.journal.count(JournalFilter(since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=3))) == 2
    assert [s.mood for s in db.journal.page(0, 10, JournalFilter(tags=("home",)))] == [5, 3]
    assert db.journal.tags() == [("home", 2), ("work", 2)]
    hits = db.journal.search("entry", JournalFilter(moods=(3,)))
    assert [h.mood for h in hits] == [3]


def test_search_ranks_title_matches_first_and_highlights(db: Database) -> None:
    a = entry(0, "I kept thinking about the rota and nothing else, rota rota.")
    b = entry(1, "Lunch was fine.", title="Rota worries")
    c = entry(2, "Nothing to do with it.")
    db.journal.add_many([a, b, c])
    hits = db.journal.search("rota")
    assert {h.uuid for h in hits} == {a.uuid, b.uuid}
    assert hits[0].uuid == b.uuid  # title weighted above body
    assert hits[0].title == f"{MARK_START}Rota{MARK_END} worries"
    assert (f"{MARK_START}rota{MARK_END}", True) not in highlight_segments(hits[0].snippet)
    assert ("rota", True) in highlight_segments(hits[1].snippet)
    assert db.journal.search_count("rota") == 2
    assert [h.uuid for h in db.journal.search("rot")] == [h.uuid for h in hits]  # prefix while typing
    assert db.journal.search("kept rota")[0].uuid == a.uuid


@pytest.mark.parametrize("query", ['"', "rota*", "NEAR(a b)", "title:rota", "a AND OR NOT", "(", "-", "^x",
                                   "'; DROP TABLE journal_entry; --", "", "   ", "\u200b", "*"])
def test_search_never_raises_on_odd_input(db: Database, query: str) -> None:
    db.journal.add(entry(0, "rota"))
    db.journal.search(query)
    db.journal.search_count(query)
    assert db.journal.count() == 1


def test_search_matches_without_accents(db: Database) -> None:
    db.journal.add(entry(0, "Ça va mieux après la réunion"))
    assert len(db.journal.search("reunion")) == 1


def test_delete_undo_and_purge(db: Database) -> None:
    ids = db.journal.add_many([entry(0, "alpha"), entry(1, "beta")])
    db.journal.delete(ids[0], now=T0)
    assert db.journal.count() == 1
    assert db.journal.search("alpha") == []
    assert [s.id for s in db.journal.deleted()] == [ids[0]]
    db.journal.restore(ids[0])
    assert db.journal.count() == 2 and len(db.journal.search("alpha")) == 1
    db.journal.delete(ids[0], now=T0)
    assert db.journal.purge_deleted(before=T0 - timedelta(days=1)) == 0
    assert db.journal.purge_deleted() == 1
    assert db.journal.get(ids[0]) is None
    assert db.journal.deleted() == []


def test_drafts_autosave_restore_and_become_entries(db: Database) -> None:
    assert db.journal.load_draft("new") is None
    db.journal.save_draft(Draft("new", "first words", T0))
    db.journal.save_draft(Draft("new", "first words, more", T0 + timedelta(seconds=5), title="t", tags=("x",),
                                mood=4))
    assert db.journal.drafts() == ["new"]
    draft = db.journal.load_draft("new")
    assert (draft.body, draft.title, draft.tags, draft.mood) == ("first words, more", "t", ("x",), 4)
    new_id = db.journal.save_draft_as_entry("new", T0 + timedelta(minutes=1))
    assert db.journal.load_draft("new") is None
    saved = db.journal.get(new_id)
    assert (saved.body, saved.tags, saved.mood) == ("first words, more", ("x",), 4)
    # editing an existing entry through a draft updates it in place
    db.journal.save_draft(Draft("edit", "rewritten", T0, entry_uuid=saved.uuid))
    assert db.journal.save_draft_as_entry("edit", T0 + timedelta(minutes=2)) == new_id
    assert db.journal.get(new_id).body == "rewritten"
    assert db.journal.count() == 1


def test_saving_a_draft_as_an_entry_is_one_call(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = db.journal.save_as_entry(Draft("new", "Words for today", T0, title="Ward", tags=("work",), mood=3),
                                     T0 + timedelta(minutes=1))
    assert saved is not None and saved.id is not None
    assert (saved.title, saved.body, saved.tags, saved.mood) == ("Ward", "Words for today", ("work",), 3)
    assert db.journal.load_draft("new") is None  # the draft became the entry
    again = db.journal.save_as_entry(Draft("new", "Words for today, edited", T0, entry_uuid=saved.uuid),
                                     T0 + timedelta(minutes=2))
    assert again is not None and again.id == saved.id and again.body == "Words for today, edited"
    assert db.journal.count() == 1

    def full(*_args: object) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(db.journal, "save_draft_as_entry", full)
    with pytest.raises(OSError):
        db.journal.save_as_entry(Draft("new", "Never lose a word", T0), T0 + timedelta(minutes=3))
    kept = db.journal.load_draft("new")
    assert kept is not None and kept.body == "Never lose a word"  # written first, so it outlives the failure


def test_deleting_an_entry_can_drop_the_editors_draft_with_it(db: Database) -> None:
    entry_id = db.journal.add(entry(1, "to go"))
    db.journal.save_draft(Draft("new", "unsaved edit of it", T0))
    db.journal.save_draft(Draft("other", "kept", T0))
    db.journal.delete(entry_id, T0, draft_slot="new")
    assert db.journal.count() == 0 and db.journal.load_draft("new") is None
    assert db.journal.load_draft("other") is not None
    db.journal.restore(entry_id)
    assert db.journal.count() == 1


def test_session_writing_answers_become_linked_entries(db: Database) -> None:
    record = SessionRecord("scb", "Self-compassion break", "self-compassion", T0, T0 + timedelta(minutes=5),
                           300, 300, Outcome.FINISHED, writings=(WritingAnswer(3, "Kind words?", "You're doing ok."),))
    sid = db.sessions.record(record)
    assert db.journal.count(JournalFilter(session_id=sid)) == 1
    page = db.journal.page(0, 5)
    assert page[0].session_id == sid and page[0].preview == "You're doing ok."
    got = db.journal.get(page[0].id)
    assert got.session.practice_id == "scb" and got.prompt == "Kind words?"


def everything(db: Database) -> list[JournalEntry]:
    return sorted(db.journal.iter_entries(), key=lambda e: e.uuid)


def test_json_export_round_trips_every_field_and_import_is_idempotent(tmp_path: Path, db: Database) -> None:
    record = SessionRecord("scb", "Self-compassion break", "self-compassion", T0, T0 + timedelta(minutes=5),
                           300, 300, Outcome.FINISHED, writings=(WritingAnswer(3, "Kind words?", "ok"),))
    db.sessions.record(record)
    db.journal.add_many([entry(1, "line one\nline two\r\n\ttab", title="T", tags=["a", "b"], mood=3),
                         entry(2, "‮ hostile bidi & <html> \"quotes\"")])
    steps: list[tuple[int, int]] = []
    out = tmp_path / "export.json"
    assert db.journal.export_json(out, now=T0, progress=lambda d, t: steps.append((d, t))) == 3
    assert steps[-1] == (3, 3)
    other = open_database(make_paths(tmp_path / "other"))
    try:
        from dataclasses import replace

        other.sessions.record(replace(record, writings=()))  # the same session exists there: the link returns
        report = other.journal.import_json(out)
        assert (report.added, report.updated, report.unchanged) == (3, 0, 0)
        mine = everything(db)
        theirs = everything(other)
        assert [(e.uuid, e.title, e.body, e.tags, e.mood, e.created_at, e.updated_at, e.prompt, e.step_index,
                 e.session) for e in mine] == [
            (e.uuid, e.title, e.body, e.tags, e.mood, e.created_at, e.updated_at, e.prompt, e.step_index,
             e.session) for e in theirs]
        again = other.journal.import_json(out)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
        assert other.journal.count() == 3
    finally:
        other.close()


def test_import_keeps_the_newer_edit(tmp_path: Path, db: Database) -> None:
    e = entry(1, "old words")
    db.journal.add(e)
    out = tmp_path / "export.json"
    db.journal.export_json(out)
    db.journal.update(e.edited(T0 + timedelta(days=3), body="newer words"))
    assert db.journal.import_json(out).unchanged == 1
    assert db.journal.get_by_uuid(e.uuid).body == "newer words"
    doc = json.loads(out.read_text())
    doc["entries"][0]["body"] = "newest words"
    doc["entries"][0]["updated_at"] = "2030-01-01T00:00:00Z"
    out.write_text(json.dumps(doc))
    assert db.journal.import_json(out).updated == 1
    assert db.journal.get_by_uuid(e.uuid).body == "newest words"


def test_import_is_all_or_nothing_with_a_clear_message(tmp_path: Path, db: Database) -> None:
    good = [entry(n) for n in range(3)]
    from selfcompass.core.journal_files import entry_to_json, export_header

    items = [entry_to_json(e) for e in good]
    items[2]["mood"] = 9
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({**export_header(T0, 3), "entries": items}))
    with pytest.raises(JournalImportError) as info:
        db.journal.import_json(path)
    message = str(info.value)
    assert "broken.json" in message and "entry 3" in message and "mood" in message and "1 to 5" in message
    assert info.value.index == 2 and info.value.field_name == "mood"
    assert db.journal.count() == 0


def test_import_of_a_missing_file(tmp_path: Path, db: Database) -> None:
    with pytest.raises(JournalImportError, match="could not be read"):
        db.journal.import_json(tmp_path / "nope.json")


def test_markdown_export_one_file_and_per_entry(tmp_path: Path, db: Database) -> None:
    db.journal.add_many([entry(1, "first body", title="First"), entry(2, "second body", tags=["x"], mood=4)])
    one = tmp_path / "journal.md"
    assert db.journal.export_markdown(one) == 2
    text = one.read_text()
    assert "## First" in text and "second body" in text and "mood 4/5" in text
    folder = tmp_path / "md"
    calls: list[tuple[int, int]] = []
    assert db.journal.export_markdown(folder, one_file=False, progress=lambda d, t: calls.append((d, t))) == 2
    files = sorted(folder.glob("*.md"))
    assert len(files) == 2 and calls[-1] == (2, 2)
    assert "first body" in files[0].read_text()
    assert not list(folder.glob(".*.part"))


def test_very_broad_searches_come_newest_first(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import selfcompass.storage.journal as journal

    monkeypatch.setattr(journal, "RANKED_MAX", 3)
    ids = db.journal.add_many([entry(n, f"common word {n}") for n in range(6)])
    hits = db.journal.search("common")
    assert [h.id for h in hits] == ids[::-1]
    assert not any(h.ranked for h in hits)
    assert all(h.ranked for h in db.journal.search("5"))


def test_empty_and_large_exports_round_trip_with_progress(tmp_path: Path, db: Database) -> None:
    empty = tmp_path / "empty.json"
    assert db.journal.export_json(empty) == 0
    assert json.loads(empty.read_text())["entries"] == []
    db.journal.add_many([entry(n, f"body {n} " * 20, tags=[f"t{n % 7}"], mood=1 + n % 5) for n in range(3000)])
    out = tmp_path / "big.json"
    calls: list[tuple[int, int]] = []
    assert db.journal.export_json(out, progress=lambda d, t: calls.append((d, t))) == 3000
    assert calls[0] == (1000, 3000) and calls[-1] == (3000, 3000)
    other = open_database(make_paths(tmp_path / "other"))
    try:
        steps: list[tuple[int, int]] = []
        report = other.journal.import_json(out, progress=lambda d, t: steps.append((d, t)))
        assert report.added == 3000 and steps[-1] == (3000, 3000)
        assert other.journal.count(JournalFilter(tags=("t3",))) == db.journal.count(JournalFilter(tags=("t3",)))
    finally:
        other.close()


def test_the_live_counter_always_matches_a_real_count(tmp_path: Path, db: Database) -> None:
    def real() -> int:
        conn = db.raw_connection()
        try:
            return conn.execute("SELECT count(*) FROM journal_entry WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            conn.close()

    ids = db.journal.add_many([entry(n) for n in range(10)])
    db.journal.delete(ids[0])
    db.journal.delete(ids[0])  # twice: no double count
    db.journal.delete(ids[1])
    db.journal.restore(ids[1])
    db.journal.restore(ids[2])  # not deleted: no change
    db.journal.update(db.journal.get(ids[3]).edited(T0, body="x"))
    db.journal.purge_deleted()
    out = tmp_path / "e.json"
    db.journal.export_json(out)
    db.journal.import_json(out)
    assert db.journal.count() == real() == 9

"""The journal screen through the real widgets: write, save, autosave and crash restore, delete with undo,
search, filters, export and import with progress, delete everything, and writing from a practice."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from selfcompass.core.journal import JournalEntry
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.storage.crypto import KdfParams

FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


@pytest.fixture
def journal(make_app):
    """Build the app with the journal installed; returns (app, feature)."""

    def build(**values):
        app = make_app(**values)
        installed = app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF)
        app.window.show()
        return app, installed.feature

    return build


def open_journal(app, qtbot, feature):
    app.window.show_page("journal")
    assert app.window.pages.currentWidget() is feature.page
    qtbot.waitUntil(lambda: feature.model.total is not None and not app.database.busy)


def write(qtbot, feature, title: str, body: str, tags: str = "", mood: int | None = None) -> None:
    ed = feature.editor
    ed.title.setText(title)
    ed.body.setPlainText(body)
    ed.tags.setText(tags)
    if mood is not None:
        ed.mood.setCurrentIndex(ed.mood.findData(mood))


def save(app, qtbot, feature) -> None:
    with qtbot.waitSignal(feature.entry_saved, timeout=10_000):
        feature.save()
    qtbot.waitUntil(lambda: not app.database.busy)


def add_entries(app, entries) -> None:
    app.database.submit(lambda db: db.journal.add_many(entries)).result(timeout=60)


def entry(n: int, app, **kw) -> JournalEntry:
    when = app.clock.now() - timedelta(hours=n)
    return JournalEntry(body=kw.pop("body", f"Body number {n}"), created_at=when, updated_at=when,
                        title=kw.pop("title", f"Entry {n}"), **kw)


def test_journal_page_sits_after_practices_and_starts_empty(journal, qtbot) -> None:
    app, feature = journal()
    nav = app.window.nav
    assert [nav.item(i).text() for i in range(4)] == ["Home", "Practices", "Journal", "Help and support"]
    open_journal(app, qtbot, feature)
    assert feature.model.rowCount() == 0
    assert feature.view.count.text() == "No entries yet."


def test_write_save_and_see_it_in_the_list_newest_first(journal, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    write(qtbot, feature, "A long day", "I did my best on the ward.", "work, ward", mood=3)
    save(app, qtbot, feature)
    app.test_clock.advance(60)
    feature.new_entry()
    write(qtbot, feature, "", "Later, a quieter moment.")
    save(app, qtbot, feature)
    qtbot.waitUntil(lambda: feature.model.rowCount() == 2)
    first = feature.model.row(0)
    assert first.preview == "Later, a quieter moment."
    second = feature.model.row(1)
    assert (second.title, second.tags, second.mood) == ("A long day", ("work", "ward"), 3)
    assert feature.view.count.text() == "2 entries"
    assert "Mood 3 of 5, okay" in feature.model.data(feature.model.index(1), Qt.ItemDataRole.AccessibleTextRole)
    assert feature.editor.status.text() == "Saved."
    assert not feature.editor.dirty
    qtbot.waitUntil(lambda: feature.view.tag_filter.count() == 3)  # Any tag, work, ward


def test_opening_an_entry_and_editing_it_updates_not_duplicates(journal, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    write(qtbot, feature, "First", "Original words.")
    save(app, qtbot, feature)
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1)
    feature.new_entry()
    qtbot.waitUntil(lambda: not app.database.busy)
    assert feature.editor.body.toPlainText() == ""
    feature.open_entry(feature.model.row(0).id)
    qtbot.waitUntil(lambda: feature.editor.body.toPlainText() == "Original words.")
    feature.editor.body.setPlainText("Changed words.")
    save(app, qtbot, feature)
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1 and feature.model.row(0).preview == "Changed words.")


def test_prompts_come_from_the_three_parts(journal, qtbot) -> None:
    from selfcompass.core.journal import PROMPTS, Part

    _app, feature = journal()
    ed = feature.editor
    ed.prompt_part.setCurrentIndex(ed.prompt_part.findData(Part.COMMON_HUMANITY))
    assert ed.prompt.text() in PROMPTS[Part.COMMON_HUMANITY]
    first = ed.prompt.text()
    ed.another_prompt.click()
    assert ed.prompt.text() in PROMPTS[Part.COMMON_HUMANITY] and ed.prompt.text() != first
    assert [ed.mood.itemText(i) for i in range(6)] == ["Not noted", "1 – Very low", "2 – Low", "3 – Okay",
                                                      "4 – Good", "5 – Very good"]


def test_autosave_fires_and_a_crash_keeps_the_draft(journal, make_app, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    write(qtbot, feature, "Unfinished", "Words I have not saved yet ✍️")
    ticker = app.test_tickers["journal-autosave"]
    assert ticker.is_active()
    ticker.fire()
    qtbot.waitUntil(lambda: not app.database.busy)
    assert not ticker.is_active()
    # "Crash": the process would die holding nothing; drop the app without closing or saving.
    app.journal.instance_lock.release()
    app.database.shutdown()
    again = make_app()
    feature2 = again.journal.configure(quit_app=lambda: None).feature
    again.window.show()
    open_journal(again, qtbot, feature2)
    qtbot.waitUntil(lambda: feature2.editor.body.toPlainText() == "Words I have not saved yet ✍️")
    assert feature2.editor.title.text() == "Unfinished"
    assert "what you were writing" in feature2.editor.status.text()
    assert feature2.editor.dirty
    save(again, qtbot, feature2)
    qtbot.waitUntil(lambda: feature2.model.rowCount() == 1)
    assert again.database.submit(lambda db: db.journal.load_draft("editor")).result(timeout=5) is None


def test_closing_the_window_saves_the_draft(journal, make_app, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    write(qtbot, feature, "", "Saved as I closed")
    app.window.close()
    app.shutdown()
    from selfcompass.storage import open_database

    with open_database(app.paths) as db:
        assert db.journal.load_draft("editor").body == "Saved as I closed"


def test_delete_with_undo(journal, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    add_entries(app, [entry(n, app) for n in range(3)])
    feature.reload()
    qtbot.waitUntil(lambda: feature.model.rowCount() == 3)
    target = feature.model.row(1).id
    feature.open_entry(target)
    qtbot.waitUntil(lambda: feature.editor.entry_id == target)
    feature.editor.delete_button.click()
    qtbot.waitUntil(lambda: feature.view.undo_bar.isVisible())
    assert feature.view.undo_text.text() == "Entry deleted."
    assert feature.model.rowCount() == 2 and feature.model.row_of(target) is None
    assert feature.editor.body.toPlainText() == ""
    feature.view.undo_button.click()
    qtbot.waitUntil(lambda: feature.model.rowCount() == 3 and feature.editor.entry_id == target)
    assert not feature.view.undo_bar.isVisible()


def test_search_ranks_and_highlights_and_filters_narrow(journal, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    add_entries(app, [
        entry(1, app, title="Kettle", body="The kettle moment before handover", tags=("work",), mood=2),
        entry(2, app, title="Walk", body="A walk by the river after the kettle broke", tags=("home",), mood=4),
        entry(30 * 24, app, title="Old", body="An old kettle note", mood=4),
    ])
    feature.view.search.setText("kettle")
    qtbot.waitUntil(lambda: feature.model.rowCount() == 3 and feature.model.total == 3)
    assert feature.model.row(0).title == "\ue000Kettle\ue001"  # the title match ranks first
    html = feature.model.data(feature.model.index(1), 0x0102)
    assert "<b>kettle</b>" in html
    assert feature.view.count.text() == "3 matching entries"
    feature.view.mood_filter.setCurrentIndex(feature.view.mood_filter.findData(4))
    qtbot.waitUntil(lambda: feature.model.rowCount() == 2)
    feature.view.date_filter.setCurrentIndex(1)  # past 7 days
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1 and feature.model.row(0).id is not None)
    feature.view.search.clear()
    feature.view.mood_filter.setCurrentIndex(0)
    feature.view.date_filter.setCurrentIndex(0)
    feature.reload()
    qtbot.waitUntil(lambda: feature.view.tag_filter.findData("home") > 0)
    feature.view.tag_filter.setCurrentIndex(feature.view.tag_filter.findData("home"))
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1 and feature.model.row(0).title == "Walk")


def test_search_text_is_escaped_in_the_list(journal, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    add_entries(app, [entry(1, app, title="<i>tag</i>", body="<script>x</script> & more")])
    feature.reload()
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1)
    html = feature.model.data(feature.model.index(0), 0x0102)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;i&gt;" in html


def test_export_three_ways_and_import_with_progress(journal, qtbot, tmp_path: Path) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    add_entries(app, [entry(n, app) for n in range(1, 2501)])
    out = tmp_path / "out"
    out.mkdir()
    for kind, name in (("json", "journal.json"), ("markdown", "journal.md"), ("markdown-folder", "entries")):
        feature.choose_file = lambda *_a, name=name: str(out / name)
        feature.export(kind)
        qtbot.waitUntil(lambda: "Saved a copy of 2,500 entries" in app.window.notice.text(), timeout=30_000)
        app.window.show_notice("")
    assert feature.progress_seen[-1] == (2500, 2500)
    assert json.loads((out / "journal.json").read_text(encoding="utf-8"))["count"] == 2500
    assert (out / "journal.md").read_text(encoding="utf-8").count("\n## ") == 2500
    assert len(list((out / "entries").glob("*.md"))) == 2500

    doc = json.loads((out / "journal.json").read_text(encoding="utf-8"))
    doc["entries"][0]["body"] = "Edited elsewhere"
    doc["entries"][0]["updated_at"] = "2030-01-01T00:00:00Z"
    (out / "again.json").write_text(json.dumps(doc), encoding="utf-8")
    feature.import_json(str(out / "again.json"))
    qtbot.waitUntil(lambda: "Brought in again.json" in app.window.notice.text(), timeout=30_000)
    assert "0 new, 1 updated, 2,499 already here" in app.window.notice.text()
    assert feature.progress_seen[-1] == (2500, 2500)
    qtbot.waitUntil(lambda: not app.window.findChildren(QProgressDialog))  # closed, and freed


def test_a_bad_import_says_which_entry_and_field_and_imports_nothing(journal, qtbot, tmp_path: Path) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "selfcompass-journal", "version": 1, "exported_at": "2026-01-01T00:00:00Z",
                               "count": 1, "entries": [{"uuid": "0" * 8 + "-0000-4000-8000-" + "0" * 12,
                                                        "body": "x", "created_at": "2026-01-01T00:00:00Z",
                                                        "mood": 9}]}), encoding="utf-8")
    feature.import_json(str(bad))
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible())
    assert feature.dialog.windowTitle() == "Nothing was brought in"
    assert "bad.json, entry 1, field “mood”" in feature.dialog.text()
    feature.dialog.close()
    assert app.database.submit(lambda db: db.journal.count()).result(timeout=5) == 0


def test_delete_all_my_data_needs_the_word_and_removes_the_files(journal, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    write(qtbot, feature, "", "Something private")
    save(app, qtbot, feature)
    app.database.submit(lambda db: db.backup_now()).result(timeout=10)
    assert app.paths.database.exists() and any(app.paths.backups.iterdir())
    app.journal.feature.delete_all_data()
    dialog = feature.dialog
    assert not dialog.go.isEnabled()
    dialog.field.setText("delet")
    assert not dialog.go.isEnabled()
    dialog.field.setText("delete")
    dialog.go.click()
    qtbot.waitUntil(lambda: "have been removed" in app.window.notice.text())
    assert not app.paths.backups.exists() or not any(app.paths.backups.rglob("*"))
    qtbot.waitUntil(lambda: feature.model.total == 0)  # and the journal starts afresh straight away
    qtbot.waitUntil(lambda: not app.database.busy)
    app.database.reopen().result(timeout=5)  # close it, so every byte is on disk to be searched
    for path in app.paths.data.rglob("*"):
        if path.is_file():
            assert b"Something private" not in path.read_bytes(), path.name
    write(qtbot, feature, "", "A new start")
    save(app, qtbot, feature)
    assert app.paths.database.exists()


def test_writing_in_a_practice_becomes_a_linked_entry(journal, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    app.window.show_player  # noqa: B018 - the player is built on first use
    player = app.player
    app.window.show_player()
    app.window.leave_player()
    now = app.clock.now()
    record = SessionRecord("box-breathing", "Box breathing", "breath", now - timedelta(minutes=3), now, 180, 180,
                           Outcome.FINISHED, writings=(WritingAnswer(2, "What helped?", "Slowing down helped."),))
    app.window.show_page("journal")
    player.session_finished.emit(record)
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1 and bool(app.recorded))
    row = feature.model.row(0)
    assert row.preview == "Slowing down helped." and row.session_id == app.recorded[0]
    assert app.window.notice.text() == "What you wrote is in your journal."
    feature.open_entry(row.id)
    qtbot.waitUntil(lambda: not feature.editor.session_label.isHidden())
    assert feature.editor.session_label.text().startswith("Written during Box breathing")
    assert feature.editor.prompt.text() == "What helped?"


def test_a_read_only_or_full_folder_keeps_the_writing(journal, qtbot, monkeypatch) -> None:
    from selfcompass.storage import StorageUnavailable
    from selfcompass.storage.journal import JournalRepository

    app, feature = journal()
    open_journal(app, qtbot, feature)

    def refuse(self, *a, **k):
        raise StorageUnavailable("SelfCompass cannot write to its data folder (it is read-only).",
                                 fix="Check the folder can be written.")

    monkeypatch.setattr(JournalRepository, "save_draft", refuse)
    monkeypatch.setattr(JournalRepository, "save_draft_as_entry", refuse)
    write(qtbot, feature, "Kept", "These words must survive")
    feature.save()
    qtbot.waitUntil(lambda: "couldn't be saved" in feature.editor.status.text())
    assert "read-only" in feature.editor.status.text() and "still here" in feature.editor.status.text()
    assert feature.editor.body.toPlainText() == "These words must survive" and feature.editor.dirty
    app.test_tickers["journal-autosave"].start(3000)
    app.test_tickers["journal-autosave"].fire()
    qtbot.waitUntil(lambda: not app.database.busy)
    assert "still here" in feature.editor.status.text()
    monkeypatch.undo()
    save(app, qtbot, feature)
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1)


def test_keyboard_only_open_the_journal_write_and_save(journal, qtbot) -> None:
    app, feature = journal()
    win = app.window
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    win.library_view.list.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the journal is the third place
    assert win.pages.currentWidget() is feature.page
    qtbot.waitUntil(lambda: feature.model.total is not None)
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not app.database.busy)
    assert win.focusWidget() is feature.editor.title
    qtbot.keyClicks(feature.editor.title, "By keyboard")
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)  # title -> prompt theme
    while win.focusWidget() is not feature.editor.body:
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(feature.editor.body, "Typed without a mouse.")
    with qtbot.waitSignal(feature.entry_saved, timeout=10_000):
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: feature.model.rowCount() == 1)
    assert feature.model.row(0).title == "By keyboard"
    assert feature.model.row(0).preview == "Typed without a mouse."


def reopen_damaged(app, journal, qtbot):
    """Scribble over some pages of the closed app's database (keeping the header), start again, and return the
    new app, its journal feature and the "damaged" dialog it shows."""
    data = bytearray(app.paths.database.read_bytes())
    assert len(data) > 4096 * 8
    data[4096 * 2:4096 * 6] = b"\xa5" * (4096 * 4)
    app.paths.database.write_bytes(bytes(data))
    again, feature = journal()
    again.window.show_page("journal")
    qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.objectName() == "damagedDialog")
    return again, feature, feature.dialog


def test_a_damaged_database_offers_the_newest_good_backup(journal, make_app, qtbot) -> None:
    app, feature = journal()
    open_journal(app, qtbot, feature)
    add_entries(app, [entry(n, app, body=f"kept words {n} " * 40) for n in range(200)])
    app.database.submit(lambda db: db.backup_now()).result(timeout=10)
    app.window.close()
    again, feature2, box = reopen_damaged(app, journal, qtbot)
    assert "looks damaged" in box.text() and "kept aside" in box.informativeText()
    assert "which holds 200 journal entries" in box.informativeText()  # the newest good backup, and what it brings
    assert again.database.held
    box.findChild(type(feature2.view.new_button), "damagedRestore").click()
    qtbot.waitUntil(lambda: "Your backup has been restored" in again.window.notice.text())
    assert "selfcompass.damaged-" in again.window.notice.text()
    assert list(again.paths.data.glob("selfcompass.damaged-*.db"))  # kept aside, not deleted
    qtbot.waitUntil(lambda: feature2.model.total == 200)


def test_a_damaged_database_with_no_backup_can_wait_then_start_afresh(journal, qtbot) -> None:
    import shutil

    from selfcompass.storage import DatabaseDamaged

    app, feature = journal()
    open_journal(app, qtbot, feature)
    add_entries(app, [entry(n, app, body=f"kept words {n} " * 40) for n in range(200)])
    app.window.close()
    shutil.rmtree(app.paths.backups, ignore_errors=True)
    again, feature2, box = reopen_damaged(app, journal, qtbot)
    assert "No good backup" in box.informativeText()
    button = type(feature2.view.new_button)
    assert box.findChild(button, "damagedRestore") is None
    box.findChild(button, "damagedLater").click()
    assert again.database.held and again.paths.database.exists()  # nothing touched while the person waits

    feature2.open_failed(DatabaseDamaged("Damaged.", path=again.paths.database, backup=None))  # asked again later
    qtbot.waitUntil(lambda: feature2.dialog is not box and feature2.dialog.objectName() == "damagedDialog")
    feature2.dialog.findChild(button, "damagedFresh").click()
    qtbot.waitUntil(lambda: "A new journal has been started" in again.window.notice.text())
    assert "selfcompass.damaged-" in again.window.notice.text()
    assert list(again.paths.data.glob("selfcompass.damaged-*.db"))  # kept aside, not deleted
    qtbot.waitUntil(lambda: feature2.model.total == 0 and not again.database.busy)
    write(qtbot, feature2, "", "A new start")
    save(again, qtbot, feature2)


@pytest.mark.slow
def test_the_lazy_list_stays_quick_with_100000_entries(journal, qtbot) -> None:
    import time

    app, feature = journal()
    start = app.clock.now()
    batch = [JournalEntry(body=f"Entry {n} about the day", created_at=start - timedelta(minutes=n),
                          updated_at=start - timedelta(minutes=n), title=f"Day {n}") for n in range(100_000)]
    add_entries(app, batch)
    del batch
    shown = time.perf_counter()
    app.window.show_page("journal")
    qtbot.waitUntil(lambda: feature.model.rowCount() > 0, timeout=10_000)
    first_page = time.perf_counter() - shown
    qtbot.waitUntil(lambda: feature.model.total == 100_000)
    assert feature.model.rowCount() == 200 and feature.model.row(0).title == "Day 0"
    assert feature.model.canFetchMore()
    print(f"first page of 100,000 in {first_page * 1000:.0f} ms")
    assert first_page < 1.0
    for pages in (2, 3):
        feature.view.list.scrollToBottom()
        qtbot.waitUntil(lambda pages=pages: feature.model.rowCount() == 200 * pages, timeout=5_000)
    assert feature.model.row(599).title == "Day 599"


def test_installing_the_journal_loads_no_sqlalchemy(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from selfcompass.app import SelfCompassApp, make_qapp\n"
        "from selfcompass.paths import AppPaths\n"
        "root = Path(sys.argv[1])\n"
        "paths = AppPaths(root / 'data', root / 'config', root / 'cache', root / 'logs')\n"
        "paths.ensure()\n"
        "app = SelfCompassApp(make_qapp(), paths)  # installs the journal\n"
        "app.window.show()\n"
        "app.qapp.processEvents()\n"
        "loaded = sorted(m for m in ('sqlalchemy', 'alembic', 'argon2', 'sqlite3', 'selfcompass.storage.crypto', "
        "'selfcompass.features.journal.controller') if m in sys.modules)\n"
        "app.window.close()\n"
        "print('LOADED', loaded)\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                          timeout=120, env=env, check=False)
    assert "LOADED []" in done.stdout, done.stdout + done.stderr


def test_the_list_hidden_a_while_lets_its_rows_go_and_comes_back_as_it_was(journal, qtbot) -> None:
    from selfcompass.features.journal.controller import RELEASE_LIST_MS

    app, feature = journal()
    open_journal(app, qtbot, feature)
    add_entries(app, [entry(1, app, title="Kettle", body="The kettle moment"),
                      entry(2, app, title="Walk", body="A walk after the kettle broke"),
                      entry(3, app, title="Quiet", body="Nothing to do with it")])
    feature.view.search.setText("kettle")
    qtbot.waitUntil(lambda: feature.model.rowCount() == 2 and feature.model.total == 2)
    feature.view.list.setCurrentIndex(feature.model.index(1))
    chosen = feature.model.row(1).id
    feature.editor.body.setPlainText("Words not saved yet")
    ticker = app.test_timers.tickers["journal-release-list"]
    app.window.show_page("home")
    assert ticker.interval_ms == RELEASE_LIST_MS
    app.window.show_page("journal")  # back before it fired: nothing is let go
    assert not ticker.is_active() and feature.model.rowCount() == 2
    app.window.show_page("home")
    ticker.fire()
    assert feature.model.rowCount() == 0 and feature.list_released and not ticker.is_active()
    idle: list[int] = []  # jobs run in order: this one after the rest the release asked for
    app.database.submit(lambda db: db.engine.pool.checkedin(), idle.append)
    qtbot.waitUntil(lambda: idle == [0])  # the database's idle connections went too, with their page caches
    assert feature.editor.body.toPlainText() == "Words not saved yet"  # the editor is never touched
    app.window.show_page("journal")
    qtbot.waitUntil(lambda: feature.model.rowCount() == 2 and feature.model.total == 2)
    assert feature.view.search.text() == "kettle"
    qtbot.waitUntil(lambda: feature.view.list.currentIndex().row() == 1)
    assert feature.model.row(1).id == chosen

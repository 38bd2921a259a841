"""A note at the end of a practice is a journal entry: "Saved to your journal" on the end screen, opened from there,
found by search with protection off and on; written while the journal is locked, it is sealed (never plain on disk),
survives closing the app, and is in the journal after the next unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from selfcompass.storage import crypto

FAST_KDF = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASSPHRASE = "river walk at dusk"
SENTINEL = "Zebra-Quokka-Reflection-5521"
NOTE = f"My shoulders dropped. {SENTINEL}"
NEEDLES = (SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le"), b"Quokka-Reflection")


@pytest.fixture
def build(make_app):
    def made():
        app = make_app()
        journal = app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF)
        app.window.show()
        return app, journal

    return made


def settle(app, qtbot) -> None:
    qtbot.waitUntil(lambda: not app.database.busy, timeout=20_000)


def plain_copies(root: Path) -> list[str]:
    return [p.name for p in root.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in NEEDLES)]


def end_with_a_note(app, qtbot, note: str = NOTE, feeling: int = 4):
    """Run a short practice to its end screen, choose a feeling, write the note and press Done."""
    app.start_practice("box-breathing")
    player = app.player
    player.stop()
    assert player.stack.currentIndex() == 1
    qtbot.mouseClick(player.feelings.button(feeling), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(player.note, note)
    qtbot.mouseClick(player.done_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is player  # the end screen stays to say where the note went
    return player


def protect(app, qtbot, journal) -> None:
    feature = journal.feature
    feature.offer_protection()
    dialog = feature.dialog
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(lambda: type(feature.dialog).__name__ == "RecoveryCodeDialog", timeout=30_000)
    feature.dialog.kept.setChecked(True)
    feature.dialog.done_button.click()
    settle(app, qtbot)


def unlock(app, qtbot, feature) -> None:
    feature.view.unlock.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(feature.protection.locked_changed, timeout=20_000):
        feature.view.unlock.unlock_button.click()
    settle(app, qtbot)


def search_finds_the_note(app, qtbot, feature) -> None:
    app.window.show_page("journal")
    feature.view.search.setText("Quokka")
    qtbot.waitUntil(lambda: feature.model.total == 1 and feature.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: feature.model.row(0).id is not None, timeout=10_000)
    assert "Box breathing" in feature.model.row(0).title


@pytest.mark.parametrize("protected", [False, True], ids=["plain", "protected"])
def test_a_note_is_saved_to_the_journal_and_found_by_search(build, qtbot, protected: bool) -> None:
    app, journal = build()
    if protected:
        protect(app, qtbot, journal)
    player = end_with_a_note(app, qtbot)
    qtbot.waitUntil(lambda: player.saved_label.text() == "Saved to your journal.", timeout=10_000)
    assert player.open_saved.isVisible() and player.open_saved.text() == "&Open it in my journal"
    assert player.note.isReadOnly()  # what is shown is what was saved

    player.open_saved.click()  # opens the entry itself
    feature = journal.feature
    assert app.window.pages.currentWidget() is feature.page
    qtbot.waitUntil(lambda: feature.editor.body.toPlainText() == NOTE, timeout=10_000)
    assert feature.editor.title.text() == "Box breathing"
    assert feature.editor.mood.currentData() == 4  # the feeling chosen on the end screen
    assert feature.editor.tags.text() == "Mindful pauses"  # the practice's family
    search_finds_the_note(app, qtbot, feature)

    entry = app.database.submit(lambda db: db.journal.get(feature.editor.entry_id)).result(timeout=10)
    assert entry.session is not None and entry.session.practice_id == "box-breathing"
    if protected:
        settle(app, qtbot)
        app.database.reopen().result(timeout=10)  # close it, so every byte is on disk to be searched
        assert plain_copies(app.paths.data) == []


def test_a_note_written_while_locked_is_sealed_survives_closing_and_joins_the_journal(build, make_app,
                                                                                     qtbot) -> None:
    app, journal = build()
    protect(app, qtbot, journal)
    journal.feature.lock_now()
    qtbot.waitUntil(lambda: journal.feature.protection.locked)
    player = end_with_a_note(app, qtbot)
    assert player.saved_label.text() == ("Your journal is locked. Your note will be added to it when you "
                                         "unlock it.")
    assert player.open_saved.text() == "&Unlock my journal"
    qtbot.mouseClick(player.done_button, Qt.MouseButton.LeftButton)  # Done again leaves the end screen
    assert app.window.pages.currentWidget() is not player
    app.window.close()  # nothing asks: the note is sealed, not waiting in memory
    app.shutdown()
    assert plain_copies(app.paths.data.parent) == []  # the whole temporary folder: data, config, cache, logs

    again, journal = build()
    feature = journal.feature
    qtbot.waitUntil(lambda: again.window.pages.currentWidget() is feature.page)
    assert again.window.focusWidget() is feature.view.unlock.passphrase or not again.window.isActiveWindow()
    unlock(again, qtbot, feature)
    search_finds_the_note(again, qtbot, feature)
    found = again.database.submit(lambda db: [s for s in db.sessions.recent() if s.note]).result(timeout=10)
    assert [(s.practice_id, s.note, s.rating_after) for s in found] == [("box-breathing", NOTE, 4)]


def test_unlock_my_journal_from_the_end_screen_then_the_note_is_there(build, qtbot) -> None:
    app, journal = build()
    protect(app, qtbot, journal)
    journal.feature.lock_now()
    qtbot.waitUntil(lambda: journal.feature.protection.locked)
    player = end_with_a_note(app, qtbot)
    player.open_saved.click()
    feature = journal.feature
    assert app.window.pages.currentWidget() is feature.page
    assert app.window.focusWidget() is feature.view.unlock.passphrase or not app.window.isActiveWindow()
    unlock(app, qtbot, feature)
    search_finds_the_note(app, qtbot, feature)
    count = app.database.submit(lambda db: db.journal.count()).result(timeout=10)
    assert count == 1  # kept once, though it was both sealed and waiting for the unlock

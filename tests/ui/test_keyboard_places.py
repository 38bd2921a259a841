"""Keyboard, point by point (issue 21, item 5): Enter and Space press the focused button anywhere in the window;
Down from a search box moves into its results; Ctrl+1 to Ctrl+5 reach the five places and Ctrl+P opens the chooser;
a locked journal puts the cursor in its passphrase box; a focused choice is never a chosen one.

Every key goes to whichever widget has the focus, as it would for someone without a mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from selfcompass.features import insights
from selfcompass.storage import crypto

FAST_KDF = crypto.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def ctrl(qtbot, key: Qt.Key) -> None:
    press(qtbot, key, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def window(make_app, qtbot):
    def build(**values):
        app = make_app(**values)
        app.journal.configure(quit_app=lambda: None, kdf=FAST_KDF)
        wiring = insights.install(app.context)
        app.window.show()
        app.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
        return app, wiring

    return build


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space],
                         ids=["Return", "Enter", "Space"])
def test_enter_and_space_press_the_focused_button_outside_dialogs(window, qtbot, key: Qt.Key) -> None:
    app, _ = window()
    win = app.window
    ctrl(qtbot, Qt.Key.Key_2)  # Practices
    chooser = win.library_view.chooser_button
    chooser.setFocus()
    qtbot.waitUntil(chooser.hasFocus)
    with qtbot.waitSignal(win.chooser_requested, timeout=2_000):
        press(qtbot, key)
    app.practice.chooser.close()
    # ...and on the practice's end screen, where there is no dialog at all.
    app.start_practice("box-breathing")
    app.player.stop()
    app.player.done_button.setFocus()
    qtbot.waitUntil(app.player.done_button.hasFocus)
    press(qtbot, key)
    assert win.pages.currentWidget() is not app.player


def test_enter_on_a_disabled_or_hidden_button_does_nothing(window, qtbot) -> None:
    app, _ = window()
    chooser = app.window.library_view.chooser_button
    app.window.go_to("library")
    chooser.setFocus()
    qtbot.waitUntil(chooser.hasFocus)
    chooser.setEnabled(False)
    seen: list[bool] = []
    app.window.chooser_requested.connect(lambda: seen.append(True))
    qtbot.keyClick(app.window, Qt.Key.Key_Return)
    assert seen == []


def test_down_from_the_practice_search_moves_into_the_results(window, qtbot) -> None:
    app, _ = window()
    library = app.window.library_view
    ctrl(qtbot, Qt.Key.Key_F)  # Find a practice
    assert focused() is library.search
    qtbot.keyClicks(library.search, "box")
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is library.list
    assert library.detail.practice is not None and library.detail.practice.id == "box-breathing"
    library.search.setFocus()
    library.search.clear()
    press(qtbot, Qt.Key.Key_Down)  # the practice already chosen stays chosen
    assert focused() is library.list and library.detail.practice.id == "box-breathing"


def test_down_from_the_journal_search_moves_into_the_results(window, qtbot) -> None:
    from datetime import timedelta

    from selfcompass.core.journal import JournalEntry

    app, _ = window()
    now = app.clock.now()
    app.database.submit(lambda db: db.journal.add_many([
        JournalEntry(body=f"A kettle note {n}", created_at=now - timedelta(hours=n),
                     updated_at=now - timedelta(hours=n), title=f"Kettle {n}") for n in range(3)])).result(timeout=10)
    ctrl(qtbot, Qt.Key.Key_3)  # the journal
    feature = app.journal.feature
    feature.view.search.setFocus()
    qtbot.waitUntil(feature.view.search.hasFocus)
    qtbot.keyClicks(feature.view.search, "kettle")
    qtbot.waitUntil(lambda: feature.model.rowCount() == 3 and feature.model.row(0).id is not None, timeout=10_000)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is feature.view.list
    assert feature.view.list.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Return)  # and Enter opens the entry
    qtbot.waitUntil(lambda: feature.editor.body.toPlainText().startswith("A kettle note"), timeout=10_000)


def test_ctrl_1_to_5_reach_the_places_and_ctrl_p_opens_the_chooser(window, qtbot) -> None:
    app, wiring = window()
    win = app.window
    journal = app.journal.feature
    expected = {Qt.Key.Key_1: (win.home, win.home.pause), Qt.Key.Key_2: (win.library_view, win.library_view.list),
                Qt.Key.Key_3: (journal.page, None), Qt.Key.Key_4: (wiring.insights_page, None),
                Qt.Key.Key_5: (None, None)}
    for key, (page, focus) in expected.items():
        ctrl(qtbot, key)
        if page is None:  # Help, built the first time it is shown
            assert win.pages.currentWidget() is win.help_view
        else:
            assert win.pages.currentWidget() is page, key
        if focus is not None:
            assert focused() is focus, key
    assert [win.nav.item(r).text() for r in range(win.nav.count())] == ["Home", "Practices", "Journal", "Insights",
                                                                        "Help and support"]
    with qtbot.waitSignal(win.chooser_requested, timeout=2_000):
        ctrl(qtbot, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: app.practice.chooser is not None and app.practice.chooser.isVisible())
    app.practice.chooser.close()


def test_no_place_shortcut_leaves_a_running_practice(window, qtbot) -> None:
    app, _ = window()
    app.start_practice("box-breathing")
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_P):
        ctrl(qtbot, key)
        assert app.window.pages.currentWidget() is app.player
    assert app.practice.chooser is None


def _protect_and_lock(app, qtbot) -> None:
    feature = app.journal.feature
    app.database.call(lambda: None).result(timeout=10)
    done: list[str] = []
    feature.protection.set_up("river walk at dusk", done.append, lambda exc: done.append(repr(exc)))
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    qtbot.waitUntil(lambda: not app.database.busy, timeout=20_000)
    feature.lock_now()
    qtbot.waitUntil(lambda: feature.protection.locked)


def test_a_locked_journal_puts_the_cursor_in_its_passphrase_box(window, qtbot) -> None:
    app, _ = window()
    _protect_and_lock(app, qtbot)
    feature = app.journal.feature
    ctrl(qtbot, Qt.Key.Key_1)
    ctrl(qtbot, Qt.Key.Key_3)
    assert focused() is feature.view.unlock.passphrase
    ctrl(qtbot, Qt.Key.Key_1)
    app.window.nav.setFocus()  # and by the sidebar: the journal's page asks for the passphrase at once
    app.window.show_page("journal")
    assert focused() is feature.view.unlock.passphrase


def test_a_focused_feeling_is_not_a_chosen_one(window, qtbot) -> None:
    app, _ = window()
    app.start_practice("box-breathing")
    app.player.stop()
    player = app.player
    assert focused() is player.feelings.button(3)
    assert player.feelings.checkedId() == -1 and not player.feelings.button(3).isChecked()
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is player.feelings.button(4) and player.feelings.checkedId() == -1
    press(qtbot, Qt.Key.Key_Space)
    assert player.feelings.checkedId() == 4

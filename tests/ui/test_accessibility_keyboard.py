"""Keyboard only: find a practice, run it to the end screen, note a feeling and return, with key presses alone.

Every key goes to whichever widget has focus, as it would for someone without a mouse. The journal part of the
keyboard journey belongs with the journal screen's own tests.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from selfcompass.core.records import Outcome
from selfcompass.features import insights


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, target: QWidget, limit: int = 40, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    seen = []
    for _ in range(limit):
        if focused() is target:
            return
        seen.append(focused().objectName() or type(focused()).__name__)
        press(qtbot, key)
    raise AssertionError(f"Tab never reached {target.objectName() or target}; went through {seen}")


def test_a_practice_from_library_to_end_screen_by_keyboard(make_app, qtbot) -> None:
    app = make_app()
    insights.install(app.context)
    win = app.window
    win.resize(1280, 720)  # wide enough for the list and the details side by side
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    library = win.library_view

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find a practice
    assert focused() is library.search
    qtbot.keyClicks(focused(), "box")
    tab_to(qtbot, library.list)
    press(qtbot, Qt.Key.Key_Down)  # past the group heading to the practice
    assert library.detail.practice is not None and library.detail.practice.id == "box-breathing"
    press(qtbot, Qt.Key.Key_Return)  # begin
    player = app.player
    assert win.pages.currentWidget() is player

    press(qtbot, Qt.Key.Key_Space)  # pause
    assert player.pause_button.accessibleName() == "Resume"
    press(qtbot, Qt.Key.Key_Space)  # and carry on
    assert player.pause_button.accessibleName() == "Pause"
    for _ in range(len(player.run.practice.steps)):  # move on through each step
        if player.stack.currentIndex() == 1:
            break
        qtbot.keyClick(player, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert player.stack.currentIndex() == 1, "Ctrl+Right should reach the end screen"
    assert player.end_title.text() == "Thank you for taking this time."

    assert focused() is player.feelings.button(3)  # the end screen puts focus on the feelings
    press(qtbot, Qt.Key.Key_Space)
    assert player.feelings.checkedId() == 3
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is player.note
    qtbot.keyClicks(focused(), "Calmer.")
    tab_to(qtbot, player.done_button, key=Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Space)  # Space presses the focused button (Return does only in dialogs)
    qtbot.waitUntil(lambda: bool(app.recorded), timeout=10_000)
    assert player.saved_label.text() == "Saved to your journal."  # the note went to the journal
    assert focused() is player.done_button
    press(qtbot, Qt.Key.Key_Space)  # and Done again leaves
    assert win.pages.currentWidget() is library
    assert focused() is library.list

    done: list[object] = []
    app.database.submit(lambda db: db.sessions.recent(1), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    [record] = done[0]
    assert (record.outcome, record.rating_after, record.note) == (Outcome.FINISHED, 3, "Calmer.")


def test_escape_stops_kindly_and_the_check_in_is_answered_by_arrows(make_app, qtbot) -> None:
    app = make_app()
    wiring = insights.install(app.context)
    win = app.window
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    app.start_practice("box-breathing")
    press(qtbot, Qt.Key.Key_Escape)
    assert app.player.end_title.text() == "Stopping is fine."
    tab_to(qtbot, app.player.done_button, key=Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Space)

    win.nav.setFocus()  # the sidebar is one Tab away; start there as a keyboard user would
    for _ in range(win.nav.count()):
        if win.pages.currentWidget() is wiring.insights_page:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert win.pages.currentWidget() is wiring.insights_page, f"focus is on {focused().objectName()}"
    tab_to(qtbot, wiring.insights.checkin_button)  # the weekly check-in lives inside Insights (issue 20)
    press(qtbot, Qt.Key.Key_Space)
    assert win.pages.currentWidget() is wiring.checkin_page, f"focus is on {focused().objectName()}"
    view = wiring.checkin
    first = view.groups["kind-voice"].buttons()[0]
    tab_to(qtbot, first)
    press(qtbot, Qt.Key.Key_Right)  # arrows move within one statement's answers
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)
    assert view.answers() == {"kind-voice": 3}
    tab_to(qtbot, view.save_button)
    press(qtbot, Qt.Key.Key_Space)
    assert "Saved." in view.result.text()


def _end_screen(make_app, qtbot):
    app = make_app()
    app.window.show()
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    app.start_practice("box-breathing")
    app.player.stop()
    return app.player


def test_every_feeling_can_be_reached_by_keyboard(make_app, qtbot) -> None:
    player = _end_screen(make_app, qtbot)
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is player.feelings.button(4)


def test_tab_moves_on_from_the_note(make_app, qtbot) -> None:
    player = _end_screen(make_app, qtbot)
    player.note.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is player.done_button


def test_a_narrow_window_opens_details_in_place_by_keyboard(make_app, qtbot) -> None:
    """One column (issue 20): Enter on a practice opens its details in place of the list with the keyboard on
    Begin; Escape goes back to the list; Enter on Begin starts the practice."""
    app = make_app()
    win = app.window
    win.resize(1000, 700)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    library = win.library_view
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: library.one_column, timeout=2_000)
    assert not library.detail.isVisibleTo(library)
    qtbot.keyClicks(focused(), "box")
    tab_to(qtbot, library.list)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # the details, in place of the list
    assert library.details_in_place and not library.list.isVisibleTo(library)
    assert focused() is library.detail.start_button
    assert library.detail.back.isVisibleTo(library)
    press(qtbot, Qt.Key.Key_Escape)  # back to the list, on the same practice
    assert not library.details_in_place and focused() is library.list
    assert library.detail.practice is not None and library.detail.practice.id == "box-breathing"
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # Begin
    assert win.pages.currentWidget() is app.player
    app.player.stop()
    app.player.finish()

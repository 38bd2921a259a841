"""The first run on a fresh data folder: about the person, nothing reminds until nudges are chosen, and the whole of
it (then a first pause, then back to Home) can be done with the keyboard alone."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from selfcompass.scheduling.service import TIMER_NAME

MONDAY_MORNING = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def fresh(make_app, qtbot):
    """A first start: nothing chosen yet (as a new data folder gives), features in, no tray."""
    app = make_app(welcome_seen=False)
    assert app.settings["nudges"] == "unset" and not app.settings["first_run_done"]
    app.test_clock.jump(MONDAY_MORNING)
    app.window.show()
    app.install_features(reminders={"tray_available": False})
    return app, app.home.first_run


def armed(app) -> bool:
    return TIMER_NAME in app.test_timers.pending()


def test_a_fresh_folder_has_nudges_unchosen_and_an_old_welcome_counts_as_done() -> None:
    from selfcompass.core.settings import Settings

    new = Settings.from_layers({})
    assert new["nudges"] == "unset" and not new["first_run_done"]
    old = Settings.from_layers({"welcome_seen": True})  # someone from before the first run existed
    assert old["first_run_done"] and old["nudges"] == "some"  # keeps the pauses they had
    chose = Settings.from_layers({"welcome_seen": True, "first_run_done": False, "nudges": "none"})
    assert not chose["first_run_done"] and chose["nudges"] == "none"


def test_the_first_run_arms_no_reminder_until_nudges_are_chosen_and_none_arms_none(make_app, qtbot) -> None:
    app, page = fresh(make_app, qtbot)
    win = app.window
    assert page is not None and win.pages.currentWidget() is page and not win.nav.isVisible()
    assert not armed(app) and not app.features["reminders"].service.running
    assert str(app.paths.data) not in page.findChild(QWidget, "firstRunWelcome").findChild(
        QWidget, "firstRunPromise").text()  # a calm line, not a path, on the first screen
    page.needs["calm"].setChecked(True)
    page.next.click()
    assert app.settings["needs"] == ["calm"]
    page.start.setTime(page.start.time().fromString("19:30", "HH:mm"))  # a night shift
    page.end.setTime(page.end.time().fromString("07:30", "HH:mm"))
    page.next.click()
    assert (app.settings["working_start"], app.settings["working_end"]) == ("19:30", "07:30")
    assert page.stack.currentIndex() == 2
    assert not any(radio.isChecked() for radio in page.nudges.values())  # nothing chosen for the person
    page.next.click()  # moving on without choosing keeps nudges unchosen
    assert app.settings["nudges"] == "unset" and not armed(app)
    page.back.click()
    page.nudges["none"].setChecked(True)
    page.next.click()
    assert app.settings["nudges"] == "none" and not armed(app)
    assert "off" in win.home.next.text()
    page.not_now.click()
    assert app.settings["first_run_done"] and app.home.first_run is None
    assert win.pages.currentWidget() is win.home and win.nav.isVisible()
    assert not armed(app) and not app.features["reminders"].service.running


def test_choosing_a_few_nudges_arms_them_and_home_says_what_comes_next(make_app, qtbot) -> None:
    app, page = fresh(make_app, qtbot)
    page.skip.click()
    page.skip.click()
    page.nudges["few"].setChecked(True)
    page.next.click()
    assert app.settings["nudges"] == "few" and armed(app)
    assert app.window.home.next.text().startswith("Next")


def test_skipping_everything_changes_nothing_but_says_the_first_run_is_done(make_app, qtbot) -> None:
    app, page = fresh(make_app, qtbot)
    before = dict(app.settings.values)
    for _ in range(3):
        page.skip.click()
    page.not_now.click()
    changed = {k for k, v in app.settings.values.items() if before.get(k) != v}
    assert changed == {"first_run_done"} and not armed(app)


def test_hear_a_sample_speaks_through_the_narrator(make_app, qtbot) -> None:
    app, page = fresh(make_app, qtbot)
    page.go(3)
    page.sample.click()
    assert app.test_narrator.said and "Breathe out" in app.test_narrator.said[-1]


def test_coach_mode_appears_only_for_someone_who_coaches(make_app, qtbot) -> None:
    app = make_app()
    app.install_features(reminders={"tray_available": False})
    assert "coach" not in app.window.places()
    app.change_setting("coach_mode", True)
    assert app.window.places() == ["home", "library", "journal", "insights", "coach", "help"]
    app.window.show_page("coach")
    app.change_setting("coach_mode", False)
    assert "coach" not in app.window.places() and app.window.pages.currentWidget() is app.window.home


# -- keyboard only ---------------------------------------------------------------------------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def tab_to(qtbot, target: QWidget, limit: int = 40) -> None:
    seen = []
    for _ in range(limit):
        if focused() is target:
            return
        seen.append(focused().objectName() or type(focused()).__name__)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target}; went through {seen}")


def test_first_run_then_a_first_pause_then_home_by_keyboard_alone(make_app, qtbot) -> None:
    app, page = fresh(make_app, qtbot)
    win = app.window
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    assert focused() is page.next
    tab_to(qtbot, page.needs["kindness"])
    press(qtbot, Qt.Key.Key_Space)  # a need ticked
    press(qtbot, Qt.Key.Key_Return)  # Enter moves on, as in a dialog
    assert page.stack.currentIndex() == 1 and app.settings["needs"] == ["kindness"]
    tab_to(qtbot, page.shifts_vary)
    press(qtbot, Qt.Key.Key_Space)  # "my shifts vary"
    press(qtbot, Qt.Key.Key_Return)
    assert app.settings["shifts_vary"] and page.stack.currentIndex() == 2
    tab_to(qtbot, page.nudges["none"])
    press(qtbot, Qt.Key.Key_Down)  # arrows move between the answers (none is chosen for the person)
    assert focused() is page.nudges["few"] and not page.nudges["few"].isChecked()
    press(qtbot, Qt.Key.Key_Space)
    assert page.nudges["few"].isChecked()
    press(qtbot, Qt.Key.Key_Return)
    assert app.settings["nudges"] == "few" and page.stack.currentIndex() == 3
    assert focused() is page.next and page.next.text() == "Start a one-minute pause"
    press(qtbot, Qt.Key.Key_Space)
    assert win.pages.currentWidget() is app.player and app.settings["first_run_done"]
    press(qtbot, Qt.Key.Key_Escape)  # stopping is fine
    assert app.player.end_title.text() == "Stopping is fine."
    for _ in range(20):
        if focused() is app.player.done_button:
            break
        press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Space)
    assert win.pages.currentWidget() is win.home and focused() is win.home.pause

"""The tray menu and its fallback when the desktop has no system tray."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from selfcompass.desktop.tray import SystemTray, WindowTray, attach_menu, make_tray


@pytest.fixture
def icon(qapp: object) -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill()
    return QIcon(pix)


@pytest.fixture(params=[True, False], ids=["tray", "window"])
def tray(request: pytest.FixtureRequest, icon: QIcon) -> Iterator[SystemTray | WindowTray]:
    t = make_tray(icon, available=request.param)
    yield t
    t.dispose()
    t.deleteLater()


def test_make_tray_follows_the_desktop(icon: QIcon) -> None:
    t = make_tray(icon)
    assert t.available == QSystemTrayIcon.isSystemTrayAvailable()  # False under offscreen
    t.dispose()
    t.deleteLater()


def test_menu_has_every_choice(tray: SystemTray | WindowTray) -> None:
    texts = [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator() and a.text()]
    assert texts == ["Start a pause now", "Today's plan", "Focus block", "Snooze for 30 minutes",
                     "Snooze for 60 minutes", "Quiet until tomorrow", "Open journal", "Settings",
                     "Quit SelfCompass"]


@pytest.mark.parametrize(("action", "signal", "args"), [
    ("start_action", "start_pause_requested", []),
    ("today_action", "today_requested", []),
    ("snooze30_action", "snooze_requested", [30]),
    ("snooze60_action", "snooze_requested", [60]),
    ("quiet_action", "quiet_requested", []),
    ("resume_action", "resume_requested", []),
    ("journal_action", "journal_requested", []),
    ("settings_action", "settings_requested", []),
    ("quit_action", "quit_requested", []),
])
def test_each_choice_emits_its_signal(qtbot: QtBot, tray: SystemTray | WindowTray, action: str, signal: str,
                                      args: list[int]) -> None:
    with qtbot.waitSignal(getattr(tray, signal)) as blocker:
        getattr(tray, action).trigger()
    assert blocker.args == args


def test_focus_blocks(qtbot: QtBot, tray: SystemTray | WindowTray) -> None:
    with qtbot.waitSignal(tray.focus_requested) as blocker:
        tray.focus_actions[1].trigger()
    assert blocker.args == [50]
    tray.set_focus_running(True)
    assert not tray.focus_actions[0].isEnabled() and tray.stop_focus_action.isEnabled()


def test_quiet_swaps_for_resume_and_status_line(tray: SystemTray | WindowTray) -> None:
    tray.set_quiet(True)
    assert tray.resume_action.isVisible() and not tray.quiet_action.isVisible()
    tray.set_status("Next pause at 14:30")
    assert tray.status_action.isVisible() and tray.status_action.text() == "Next pause at 14:30"


def test_fallback_menu_goes_in_the_main_window(qtbot: QtBot, icon: QIcon) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    t = make_tray(icon, available=False)
    attach_menu(window, t)
    assert "Pauses" in [a.text() for a in window.menuBar().actions()]
    window.menuBar().clear()
    t.dispose()
    t.deleteLater()

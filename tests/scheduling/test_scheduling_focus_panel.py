"""The focus panel drives the service's focus blocks and shows when the block ends."""

from __future__ import annotations

from datetime import UTC, datetime

from doubles import FakeTimers, ManualClock
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from selfcompass.core.reminders.planner import ReminderRules
from selfcompass.scheduling.service import ReminderService
from selfcompass.ui.focus import FocusPanel


def test_focus_panel_with_the_service(qtbot: QtBot) -> None:
    clock = ManualClock(datetime(2026, 7, 6, 9, 0, tzinfo=UTC))
    timers = FakeTimers(clock)
    service = ReminderService(clock, timers, ReminderRules(), lambda: ())
    service.start()
    panel = FocusPanel()
    qtbot.addWidget(panel)
    panel.start_requested.connect(service.start_focus)
    panel.stop_requested.connect(service.stop_focus)
    service.focus_changed.connect(panel.set_block)
    panel.show()
    qtbot.mouseClick(panel.start_buttons[1], Qt.MouseButton.LeftButton)
    assert service.focus is not None and service.focus.minutes == 50
    assert "until 10:50" in panel.status.text()  # British Summer Time
    assert panel.stop_button.isVisible()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert service.focus is None and not panel.stop_button.isVisible()
    service.stop()

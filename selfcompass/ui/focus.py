"""A small focus-block panel: choose 25, 50 or 90 minutes; prompts are held, then a calm note at the end."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from selfcompass.core.reminders.planner import FOCUS_MINUTES, FocusBlock


class FocusPanel(QWidget):
    """Connect start_requested → service.start_focus, stop_requested → service.stop_focus,
    and service.focus_changed → set_block."""

    start_requested = Signal(int)
    stop_requested = Signal()

    def __init__(self, time_zone: str = "Europe/London", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("focusPanel")
        self._zone = ZoneInfo(time_zone)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up with the Today page's headings
        self.status = QLabel(self.tr("Protect some time for one thing. Prompts wait until you finish."), self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        self.start_buttons: list[QPushButton] = []
        for minutes in FOCUS_MINUTES:
            button = QPushButton(self.tr("{minutes} minutes").format(minutes=minutes), self)
            button.setAccessibleName(self.tr("Start a {minutes}-minute focus block").format(minutes=minutes))
            button.clicked.connect(lambda _=False, n=minutes: self.start_requested.emit(n))
            row.addWidget(button)
            self.start_buttons.append(button)
        self.stop_button = QPushButton(self.tr("End now", "end the focus block"), self)
        self.stop_button.setAccessibleName(self.tr("End the focus block now"))
        self.stop_button.clicked.connect(self.stop_requested)
        self.stop_button.setVisible(False)
        row.addWidget(self.stop_button)
        layout.addWidget(self.status)
        layout.addLayout(row)

    def set_time_zone(self, time_zone: str) -> None:
        self._zone = ZoneInfo(time_zone)

    @Slot(object)
    def set_block(self, block: FocusBlock | None) -> None:
        running = block is not None
        for button in self.start_buttons:
            button.setVisible(not running)
        self.stop_button.setVisible(running)
        if block is None:
            self.status.setText(self.tr("Protect some time for one thing. Prompts wait until you finish."))
        else:
            end = block.end.astimezone(self._zone)
            self.status.setText(self.tr("Focusing until {time}. Prompts are held until then; "
                                        "ending early is fine too.").format(time=f"{end:%H:%M}"))

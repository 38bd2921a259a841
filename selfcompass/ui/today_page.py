"""The Today page (all of today's pauses and the coach sequences, reached from Home) and the Calendar page (import
and meeting load, reached from Home). The focus block and the next nudge live on Home itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from selfcompass.ui.layout import page_margins, scrolling_body
from selfcompass.ui.theme import SPACE_M, space


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    return label


class TodayPage(QWidget):
    """All of today: the pauses planned and the coach sequences being followed. ``focus_panel`` is kept for Home
    (features/home.py puts it in Home's focus card); this page no longer shows it."""

    # "Prompts back on" after "Not today" or "Quiet until tomorrow" (also in the tray's menu).
    resume_requested = Signal()

    def __init__(self, focus_panel: QWidget, sequences: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.focus_panel = focus_panel
        self.status = QLabel(objectName="todayStatus")
        self.status.setProperty("role", "muted")
        self.plan = QLabel(objectName="todayPlan")
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        self.plan.setAccessibleName(self.tr("Today's plan"))
        # No outer scroll area: the sequences view scrolls its own cards and takes the height that is left.
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*page_margins())
        lay.setSpacing(space(SPACE_M))
        title = QLabel(self.tr("All of today", "page title"))
        title.setProperty("role", "title")
        lay.addWidget(title)
        self.resume = QPushButton(self.tr("Prompts back on"), objectName="todayResume")
        self.resume.setAccessibleName(self.tr("Turn prompts back on for today"))
        self.resume.clicked.connect(self.resume_requested)
        self.resume.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.resume)
        status_row.addStretch(1)
        lay.addLayout(status_row)
        lay.addWidget(_heading(self.tr("Pauses offered today")))
        lay.addWidget(self.plan)
        self._layout = lay
        self.sequences: QWidget | None = None
        if sequences is not None:
            self.show_sequences(sequences)
        else:
            lay.addStretch(1)  # until sequences come (the sequences feature is installed after this page)

    def show_sequences(self, sequences: QWidget) -> None:
        """Show the coach sequences being followed below the focus block, taking the height that is left."""
        if self.sequences is not None:
            return
        last = self._layout.itemAt(self._layout.count() - 1)
        if last is not None and last.spacerItem() is not None:
            self._layout.takeAt(self._layout.count() - 1)
        self.sequences = sequences
        self._layout.addWidget(_heading(self.tr("Your sequences")))
        self._layout.addWidget(sequences, 1)

    def set_plan(self, status: str, lines: list[str], quiet: bool = False) -> None:
        """``quiet``: the person said "Not today" or "Quiet until tomorrow", so offer to turn prompts back on."""
        self.status.setText(status)
        self.resume.setVisible(quiet)
        self.plan.setText("\n".join(f"• {line}" for line in lines) if lines else
                          self.tr("Nothing planned for the rest of today. You can always start a pause yourself."))


class CalendarPage(QWidget):
    """Bring in a calendar file, and see the week's meeting load with kind suggestions."""

    import_requested = Signal()

    def __init__(self, load_view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        title = QLabel(self.tr("Calendar and meeting load"))
        title.setProperty("role", "title")
        self.source = QLabel(objectName="calendarSource")
        self.source.setWordWrap(True)
        self.source.setProperty("role", "muted")
        self.import_button = QPushButton(self.tr("Add my calendar…"), objectName="calendarImport")
        self.import_button.setAccessibleName(self.tr("Add my calendar from a file"))
        self.import_button.clicked.connect(self.import_requested)
        explain = QLabel(self.tr("Save your calendar from Outlook, NHSmail or Google Calendar as a calendar file. "
                                 "SelfCompass reads it on this computer only, offers a short pause as meetings end, "
                                 "and never prompts you during a meeting."))
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        # A short window scrolls the page: the chart and the table keep their size.
        lay = scrolling_body(self, self.tr("Calendar and meeting load"))
        lay.setSpacing(space(SPACE_M))
        lay.addWidget(title)
        lay.addWidget(explain)
        lay.addLayout(row)
        lay.addWidget(self.source)
        lay.addWidget(load_view, 1)

    def set_source(self, text: str) -> None:
        self.source.setText(text)

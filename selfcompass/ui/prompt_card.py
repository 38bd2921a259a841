"""A small, calm card near the bottom-right of the screen that offers a pause and never takes the keyboard.

The card is a frameless tool window that does not accept focus and shows without activating, so typing
in another window carries on undisturbed. It fades by itself after a while. The same words and buttons
are available as an in-window banner (:class:`PromptBanner`) for when there is no system tray.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEasingCurve,
    QPropertyAnimation,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from selfcompass.core.i18n import QT_TRANSLATE_NOOP
from selfcompass.core.reminders.planner import Due, Kind
from selfcompass.ui import theme as tokens

# How long the card stays before fading away by itself.
FADE_AFTER_MS = 90_000
FADE_MS = 1200
MARGIN = 24

# The card's heading for each kind of prompt; translated in title_for ("PromptCard" context).
DEFAULT_TITLE = QT_TRANSLATE_NOOP("PromptCard", "A moment for you")
TITLES = {
    Kind.INTERVAL: DEFAULT_TITLE,
    Kind.FIXED: DEFAULT_TITLE,
    Kind.INBOX: QT_TRANSLATE_NOOP("PromptCard", "Inbox check"),
    Kind.SHUTDOWN: QT_TRANSLATE_NOOP("PromptCard", "Closing the day"),
    Kind.TRANSITION: QT_TRANSLATE_NOOP("PromptCard", "Between meetings"),
    Kind.GAP: QT_TRANSLATE_NOOP("PromptCard", "Before your next meeting"),
    Kind.FOCUS_END: QT_TRANSLATE_NOOP("PromptCard", "Focus block complete"),
    Kind.SNOOZED: QT_TRANSLATE_NOOP("PromptCard", "Back again, gently"),
    Kind.CATCH_UP: QT_TRANSLATE_NOOP("PromptCard", "Welcome back"),
}


def title_for(due: Due) -> str:
    return QCoreApplication.translate("PromptCard", TITLES.get(due.kind, DEFAULT_TITLE))


class _PromptButtons(QWidget):
    """Start, Later and Not today; buttons that never take focus, so a click doesn't steal the keyboard."""

    start_clicked = Signal()
    later_clicked = Signal()
    not_today_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = QPushButton(self.tr("Start", "begin the suggested pause"), self)
        self.later = QPushButton(self.tr("Later", "ask again in 30 minutes"), self)
        self.not_today = QPushButton(self.tr("Not today"), self)
        self.start.setToolTip(self.tr("Begin the suggested pause now"))
        self.later.setToolTip(self.tr("Ask again in 30 minutes"))
        self.not_today.setToolTip(self.tr("No more prompts today. That's fine."))
        for b in (self.start, self.later, self.not_today):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(b)
        self.start.setDefault(False)
        self.start.clicked.connect(self.start_clicked)
        self.later.clicked.connect(self.later_clicked)
        self.not_today.clicked.connect(self.not_today_clicked)


class PromptCard(QWidget):
    """The floating card. Connect its signals to the service: start → player, later → snooze, not today."""

    start_requested = Signal(object)  # Due
    later_requested = Signal(object, int)  # Due, minutes
    not_today_requested = Signal(object)  # Due
    faded = Signal(object)  # Due: nobody answered; nothing is recorded against the person

    def __init__(self, parent: QWidget | None = None, fade_after_ms: int = FADE_AFTER_MS,
                 reduced_motion: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("promptCard")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Pause prompt"))
        self._due: Due | None = None
        self.reduced_motion = reduced_motion  # the "Reduce motion" setting: hide without a fade
        frame = QFrame(self)
        frame.setObjectName("promptCardFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        box.setContentsMargins(tokens.space(tokens.SPACE_L), tokens.space(tokens.SPACE_M), tokens.space(tokens.SPACE_L),
                               tokens.space(tokens.SPACE_M))
        self.title = QLabel(frame)
        self.title.setObjectName("promptCardTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.reason = QLabel(frame)
        self.reason.setWordWrap(True)
        self.buttons = _PromptButtons(frame)
        box.addWidget(self.title)
        box.addWidget(self.reason)
        box.addWidget(self.buttons)
        self.setFixedWidth(340)
        self.buttons.start_clicked.connect(self._start)
        self.buttons.later_clicked.connect(self._later)
        self.buttons.not_today_clicked.connect(self._not_today)
        self._fade_timer = QTimer(self)
        self._fade_timer.setObjectName("prompt_card.fade")
        self._fade_timer.setSingleShot(True)
        self._fade_timer.setInterval(fade_after_ms)
        self._fade_timer.timeout.connect(self.fade_out)
        self._animation: QPropertyAnimation | None = None

    @property
    def due(self) -> Due | None:
        return self._due

    @Slot(object)
    def show_due(self, due: Due) -> None:
        """Show (or refresh) the card for a prompt, near the bottom-right corner, without taking focus."""
        self._stop_animation()
        self._due = due
        self.title.setText(title_for(due))
        self.reason.setText(due.reason)
        self.setWindowOpacity(1.0)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._fade_timer.start()

    @Slot()
    def fade_out(self, animate: bool = True) -> None:
        """Fade away by itself; nothing is counted against the person."""
        self._fade_timer.stop()
        if not self.isVisible():
            return
        if not animate or self.reduced_motion:
            self._finish_fade()
            return
        self._stop_animation()
        anim = QPropertyAnimation(self, b"windowOpacity", self)
        anim.setDuration(FADE_MS)
        anim.setStartValue(self.windowOpacity())
        anim.setEndValue(0.0)
        anim.setEasingCurve(QEasingCurve.Type.InOutSine)
        anim.finished.connect(self._finish_fade)
        self._animation = anim
        anim.start()

    def close_card(self) -> None:
        """Hide at once and stop every timer (call before the app quits)."""
        self._fade_timer.stop()
        self._stop_animation()
        self.hide()

    def _finish_fade(self) -> None:
        self._stop_animation()
        self.hide()
        due, self._due = self._due, None
        if due is not None:
            self.faded.emit(due)

    def _stop_animation(self) -> None:
        if self._animation is not None:
            self._animation.stop()
            self._animation.deleteLater()
            self._animation = None

    def _place(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(area.right() - self.width() - MARGIN, area.bottom() - self.sizeHint().height() - MARGIN)

    def _take(self) -> Due | None:
        self.close_card()
        due, self._due = self._due, None
        return due

    def _start(self) -> None:
        due = self._take()
        if due is not None:
            self.start_requested.emit(due)

    def _later(self) -> None:
        due = self._take()
        if due is not None:
            self.later_requested.emit(due, 30)

    def _not_today(self) -> None:
        due = self._take()
        if due is not None:
            self.not_today_requested.emit(due)


class PromptBanner(QFrame):
    """The same prompt as a banner inside the main window, for when there is no system tray."""

    start_requested = Signal(object)
    later_requested = Signal(object, int)
    not_today_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Pause prompt"))
        self._due: Due | None = None
        row = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.buttons = _PromptButtons(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.buttons)
        self.buttons.start_clicked.connect(lambda: self._emit(self.start_requested))
        self.buttons.later_clicked.connect(self._later)
        self.buttons.not_today_clicked.connect(lambda: self._emit(self.not_today_requested))
        self.hide()

    @property
    def due(self) -> Due | None:
        return self._due

    @Slot(object)
    def show_due(self, due: Due) -> None:
        self._due = due
        self.text.setText(self.tr("<b>{title}</b><br>{reason}", "banner: heading, then the reason").format(
            title=title_for(due), reason=due.reason))
        self.show()

    def _take(self) -> Due | None:
        self.hide()
        due, self._due = self._due, None
        return due

    def _emit(self, signal: SignalInstance) -> None:
        due = self._take()
        if due is not None:
            signal.emit(due)

    def _later(self) -> None:
        due = self._take()
        if due is not None:
            self.later_requested.emit(due, 30)

"""Enter presses the focused button, as Space does, anywhere: on a page, on the practice's end screen, in a dialog.

Qt's buttons take Enter only in a dialog (and there it goes to the default button); someone using the keyboard
expects the button they are on to answer either key. A button is watched from the first time it has the focus
(one connection to the application's focus signal, no filter on every event), and only a key meant for that
button presses it: Enter that a list used to start a practice, and that then passes up through the window, never
presses the button the practice put the focus on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

_WATCHED = "selfcompassEnterPresses"


class EnterPresses(QObject):
    """Watches each push or tool button once it has had the focus; Enter or Return on it clicks it."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QPushButton | QToolButton) and not new.property(_WATCHED):
            new.setProperty(_WATCHED, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QPushButton | QToolButton):
            return False
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched.isEnabled() \
                and watched.isVisible():
            watched.click()
            return True
        return False


def press_buttons_with_enter(app: QApplication, window: QWidget) -> EnterPresses:
    """From now on, Enter presses whichever button has the focus, for as long as ``window`` lives."""
    return EnterPresses(app, window)

"""The tray: a QSystemTrayIcon with the pause menu, or the same menu in the main window when there is no tray.

Both kinds share one small interface (:class:`Tray`): the same signals, ``menu``, ``set_status`` and
``available``. When ``available`` is False the caller shows prompts in the main window (PromptBanner) and
sets ``QApplication.setQuitOnLastWindowClosed(True)``, since nothing would be left to bring the app back.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from selfcompass import APP_NAME
from selfcompass.core.reminders.planner import FOCUS_MINUTES


class Tray(Protocol):
    """What the app wires: signals for each menu choice, a status line, and whether a real tray exists."""

    start_pause_requested: Signal
    today_requested: Signal
    snooze_requested: Signal  # int minutes (30 or 60)
    quiet_requested: Signal
    resume_requested: Signal
    focus_requested: Signal  # int minutes (25, 50, 90)
    stop_focus_requested: Signal
    journal_requested: Signal
    settings_requested: Signal
    quit_requested: Signal

    @property
    def available(self) -> bool: ...

    @property
    def menu(self) -> QMenu: ...

    def set_status(self, text: str) -> None: ...

    def set_focus_running(self, running: bool) -> None: ...

    def set_quiet(self, quiet: bool) -> None: ...


class _TrayMenu(QObject):
    """The menu and its signals, shared by the real tray and the in-window fallback."""

    start_pause_requested = Signal()
    today_requested = Signal()
    snooze_requested = Signal(int)
    quiet_requested = Signal()
    resume_requested = Signal()
    focus_requested = Signal(int)
    stop_focus_requested = Signal()
    journal_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self._menu = QMenu(title if title is not None else self.tr("Pauses", "menu of the reminder pauses"))
        m = self._menu
        self.status_action = m.addAction("")
        self.status_action.setEnabled(False)
        self.status_action.setVisible(False)
        self.start_action = self._add(self.tr("Start a pause now"), self.start_pause_requested.emit)
        self.today_action = self._add(self.tr("Today's plan"), self.today_requested.emit)
        m.addSeparator()
        self.focus_menu = m.addMenu(self.tr("Focus block"))
        self.focus_actions: list[QAction] = []
        for minutes in FOCUS_MINUTES:
            action = self.focus_menu.addAction(self.tr("{n} minutes", "focus block length").format(n=minutes))
            action.triggered.connect(lambda _=False, n=minutes: self.focus_requested.emit(n))
            self.focus_actions.append(action)
        self.stop_focus_action = self.focus_menu.addAction(self.tr("End the focus block"))
        self.stop_focus_action.triggered.connect(self.stop_focus_requested.emit)
        self.stop_focus_action.setEnabled(False)
        self.snooze30_action = self._add(self.tr("Snooze for 30 minutes"), lambda: self.snooze_requested.emit(30))
        self.snooze60_action = self._add(self.tr("Snooze for 60 minutes"), lambda: self.snooze_requested.emit(60))
        self.quiet_action = self._add(self.tr("Quiet until tomorrow"), self.quiet_requested.emit)
        self.resume_action = self._add(self.tr("Prompts back on"), self.resume_requested.emit)
        self.resume_action.setVisible(False)
        m.addSeparator()
        self.journal_action = self._add(self.tr("Open journal"), self.journal_requested.emit)
        self.settings_action = self._add(self.tr("Settings"), self.settings_requested.emit)
        m.addSeparator()
        self.quit_action = self._add(self.tr("Quit SelfCompass"), self.quit_requested.emit)

    def _add(self, text: str, slot: object) -> QAction:
        action = self._menu.addAction(text)
        action.triggered.connect(slot)
        return action

    @property
    def menu(self) -> QMenu:
        return self._menu

    def set_status(self, text: str) -> None:
        """A quiet line at the top of the menu, such as 'Next pause at 14:30'."""
        self.status_action.setText(text)
        self.status_action.setVisible(bool(text))

    def set_focus_running(self, running: bool) -> None:
        for action in self.focus_actions:
            action.setEnabled(not running)
        self.stop_focus_action.setEnabled(running)

    def set_quiet(self, quiet: bool) -> None:
        self.quiet_action.setVisible(not quiet)
        self.resume_action.setVisible(quiet)

    def dispose(self) -> None:
        self._menu.deleteLater()


class SystemTray(_TrayMenu):
    """A real tray icon. Left click opens today's plan; the menu holds everything else."""

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(icon, self)
        self._icon.setToolTip(APP_NAME)
        self._icon.setContextMenu(self.menu)
        self._icon.activated.connect(self._activated)

    @property
    def available(self) -> bool:
        return True

    @property
    def icon(self) -> QSystemTrayIcon:
        return self._icon

    def show(self) -> None:
        self._icon.show()

    def hide(self) -> None:
        self._icon.hide()

    def say(self, title: str, text: str) -> None:
        """A quiet note from the tray icon (the desktop's own notification; it takes no focus)."""
        self._icon.showMessage(title, text, self._icon.icon(), 8_000)

    def set_status(self, text: str) -> None:
        super().set_status(text)
        self._icon.setToolTip(self.tr("{app} — {status}", "tray tooltip").format(app=APP_NAME, status=text)
                              if text else APP_NAME)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.today_requested.emit()

    def dispose(self) -> None:
        self._icon.hide()
        super().dispose()


class WindowTray(_TrayMenu):
    """No tray on this desktop: the same menu, for the main window's menu bar ("Pauses")."""

    @property
    def available(self) -> bool:
        return False

    def show(self) -> None:
        """Nothing to show: the caller adds ``menu`` to the main window."""

    def hide(self) -> None:
        """Nothing to hide."""


def make_tray(icon: QIcon, parent: QObject | None = None, available: bool | None = None) -> SystemTray | WindowTray:
    """A SystemTray when the desktop has one, else a WindowTray. ``available`` overrides the check (tests)."""
    if available is None:
        available = QSystemTrayIcon.isSystemTrayAvailable()
    return SystemTray(icon, parent) if available else WindowTray(parent)


def attach_menu(window: QWidget, tray: SystemTray | WindowTray) -> None:
    """For the fallback: put the Pauses menu in a main window's menu bar, if it has one."""
    bar = getattr(window, "menuBar", None)
    if callable(bar):
        bar().addMenu(tray.menu)

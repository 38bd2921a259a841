"""``install_journal(app)``: the journal, protection and the one-writer rule, wired into a SelfCompassApp.

Called once from the composition root. It builds only widgets: SQLAlchemy and the database load later, on the
worker, the first time the journal (or a session) needs them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from selfcompass.ui.journal.feature import JournalFeature

log = logging.getLogger(__name__)

OFFERED_MARK = "journal-protection-offered"


class _CloseWatch(QObject):
    """Saves the draft before the window's close handlers shut the worker down."""

    def __init__(self, feature: JournalFeature, parent: QObject) -> None:
        super().__init__(parent)
        self._feature = feature

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._feature.save_draft_now()
        return False


class Installed(QObject):
    """What install_journal leaves on the app (``app.journal``): the feature plus the instance lock."""

    def __init__(self, app: Any, feature: JournalFeature | None, quit_app: Callable[[], None]) -> None:
        super().__init__(app)
        self.app = app
        self.feature = feature
        self.instance_lock: Any = None
        self.second_instance = False
        self.raise_count = 0
        self.offer_bar: QWidget | None = None
        self._quit = quit_app
        self._watcher: QFileSystemWatcher | None = None

    # -- one writer ----------------------------------------------------------------------------------------
    def claim_instance(self) -> bool:
        from selfcompass.storage.instance import AlreadyRunning, InstanceLock, raise_request_path, request_raise

        paths = self.app.paths
        try:
            self.instance_lock = InstanceLock.acquire(paths)
        except AlreadyRunning:
            self.second_instance = True
            try:
                request_raise(paths)
            except OSError:
                log.warning("could not ask the running SelfCompass to come forward")
            return False
        except OSError as exc:  # a read-only or missing data folder: carry on; saving will say so calmly
            log.warning("no instance lock (%s)", exc.strerror)
            return True
        raise_request_path(paths).unlink(missing_ok=True)
        self._watcher = QFileSystemWatcher([str(paths.data)], self)
        self._watcher.directoryChanged.connect(self._check_raise)
        return True

    def _check_raise(self, *_: object) -> None:
        from selfcompass.storage.instance import raise_request_path

        request = raise_request_path(self.app.paths)
        if not request.exists():
            return
        request.unlink(missing_ok=True)
        window = self.app.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        self.raise_count += 1
        if self.feature is not None:
            self.feature.raised.emit()

    def step_aside(self) -> None:
        """A second launch: the running window has been asked forward; this one shows nothing and quits."""
        self.app.window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.app.database.hold()  # never open the database a second time
        QTimer.singleShot(0, lambda: self._quit())

    # -- first show --------------------------------------------------------------------------------------------
    def after_first_show(self) -> None:
        feature = self.feature
        if feature is None:
            return
        if feature.protection.protected:
            self.app.window.show_page("journal")
            feature.view.unlock.passphrase.setFocus()
            return
        if not self.app.settings["welcome_seen"]:
            QTimer.singleShot(0, self._after_welcome)  # the app's welcome opens in the same turn as this
            return
        self._maybe_offer()

    def _required(self) -> bool:
        """passphrase_required is on (chosen, or set by the organisation) but nothing is protected yet."""
        feature = self.feature
        return (feature is not None and self.app.settings["passphrase_required"]
                and not feature.protection.protected)

    def _after_welcome(self) -> None:
        welcome = getattr(self.app, "welcome", None)
        if welcome is not None and welcome.isVisible():
            welcome.finished.connect(lambda _r: self._maybe_offer())
        else:
            self._maybe_offer()

    def _maybe_offer(self) -> None:
        """At first start, a quiet offer in the status bar: it never interrupts and never steals focus.
        When passphrase_required is on, the set-up dialog opens straight away instead."""
        if self._required():
            self.app.window.show_page("journal")
            self.feature.offer_protection()  # type: ignore[union-attr]
            return
        paths = self.app.paths
        mark = paths.config / OFFERED_MARK
        if mark.exists() or paths.database.exists() or self.offer_bar is not None:
            return
        try:
            paths.config.mkdir(parents=True, exist_ok=True)
            mark.write_text("offered\n", encoding="utf-8")
        except OSError:
            pass
        bar = QWidget(objectName="protectionOffer")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("You can protect your journal with a passphrase."))
        yes = QPushButton("Set a passphrase…", objectName="protectionOfferYes")
        no = QPushButton("Not now", objectName="protectionOfferNo")
        row.addWidget(yes)
        row.addWidget(no)
        yes.clicked.connect(self._accept_offer)
        no.clicked.connect(self._dismiss_offer)
        self.app.window.statusBar().addPermanentWidget(bar)
        self.offer_bar = bar

    def _accept_offer(self) -> None:
        self._dismiss_offer()
        if self.feature is not None:
            self.feature.offer_protection()

    def _dismiss_offer(self) -> None:
        if self.offer_bar is not None:
            self.app.window.statusBar().removeWidget(self.offer_bar)
            self.offer_bar.deleteLater()
            self.offer_bar = None

    def shutdown(self) -> None:
        if self.feature is not None:
            self.feature.shutdown()
        if self._watcher is not None:
            # Destroy it here, on the UI thread: if garbage collection later ran its destructor on the database
            # thread, its inotify notifier could not be disabled and Qt would spin on the closed descriptor.
            import shiboken6

            self._watcher.directoryChanged.disconnect(self._check_raise)
            shiboken6.delete(self._watcher)
            self._watcher = None
        if self.instance_lock is not None:
            self.instance_lock.release()


def install_journal(app: Any, *, quit_app: Callable[[], None] | None = None, kdf: Any = None) -> Installed:
    """Wire the journal into ``app`` (a SelfCompassApp). Safe to call twice: the second call returns the first."""
    existing = getattr(app, "journal", None)
    if isinstance(existing, Installed):
        return existing
    installed = Installed(app, None, quit_app or app.qapp.quit)
    app.journal = installed
    if not installed.claim_instance():
        installed.step_aside()
        return installed
    window = app.window
    ticker_factory = getattr(app, "ticker_factory", None) or app._ticker_factory

    def practice_title(practice_id: str) -> str:
        practice = app.library.practices.get(practice_id)
        return getattr(practice, "title", None) or "a practice"

    feature = JournalFeature(worker=app.database, clock=app.clock, paths=app.paths, window=window,
                             ticker_factory=ticker_factory, idle_minutes=lambda: app.settings["auto_lock_minutes"],
                             practice_title=practice_title, kdf=kdf, parent=installed)
    installed.feature = feature

    def protection_changed(on: bool) -> None:
        if app.settings["passphrase_required"] != on and not app.settings.is_locked("passphrase_required"):
            app.change_setting("passphrase_required", on)

    feature.protection_changed = protection_changed
    window.add_page("journal", "Journal", feature.view, position=1)
    window.pages.currentChanged.connect(lambda _i: _page_changed(app, feature))
    window.installEventFilter(_CloseWatch(feature, installed))
    window.closing.connect(installed.shutdown)
    _menus(window, feature)
    QTimer.singleShot(0, installed.after_first_show)
    return installed


def _page_changed(app: Any, feature: JournalFeature) -> None:
    window = app.window
    current = window.pages.currentWidget()
    if current is feature.view:
        feature.page_shown()
    player = window.player
    if player is not None and not getattr(player, "_journal_hooked", False):
        player._journal_hooked = True  # the player is built on first use; hook it the first time it appears
        player.session_ended.connect(feature.session_ended)


def _menus(window: Any, feature: JournalFeature) -> None:
    def show_journal() -> None:
        if window.nav.isEnabled():
            window.show_page("journal")
            target = feature.view.unlock.passphrase if feature.protection.locked else feature.view.list
            target.setFocus()

    def new_entry() -> None:
        if window.nav.isEnabled():
            window.show_page("journal")
            feature.new_entry()

    def on_journal(action: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            if window.pages.currentWidget() is feature.view:
                action()
        return run

    def find() -> None:
        if window.nav.isEnabled():
            window.show_page("journal")
            if not feature.protection.locked:
                feature.view.search.setFocus()
                feature.view.search.selectAll()

    go = window.menu("&Go")
    journal_action = _action(window, "&Journal", show_journal, "Ctrl+2")
    later = go.actions()[1:2]
    go.insertAction(later[0] if later else None, journal_action)
    menu = QMenu("&Journal", window)
    menu.setObjectName("journalMenu")
    window.menuBar().insertMenu(window.menu("&Help").menuAction(), menu)
    feature.menu = menu

    def add(text: str, slot: Callable[[], None], shortcut: str | None = None) -> None:
        menu.addAction(_action(window, text, slot, shortcut))

    add("&New entry", new_entry, "Ctrl+N")
    add("&Save entry", on_journal(feature.save), "Ctrl+S")
    add("&Find in journal", find, "Ctrl+Shift+F")
    add("&Delete entry", on_journal(feature.delete_current))
    menu.addSeparator()
    add("Export as one &Markdown file…", lambda: feature.export("markdown"))
    add("Export as Markdown, one file per &entry…", lambda: feature.export("markdown-folder"))
    add("Export as &JSON (to move to another computer)…", lambda: feature.export("json"))
    add("&Import from JSON…", lambda: feature.import_json())
    menu.addSeparator()
    add("&Protect with a passphrase…", feature.offer_protection)
    add("&Change passphrase…", feature.change_passphrase)
    add("&Lock now", feature.lock_now, "Ctrl+L")
    menu.addSeparator()
    add("Delete &all my data…", feature.delete_all_data)


def _action(window: Any, text: str, slot: Callable[[], None], shortcut: str | None) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action

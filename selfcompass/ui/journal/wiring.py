"""``install_journal(app)``: the journal, protection and the one-writer rule, wired into a SelfCompassApp.

Called once from the composition root. At start it only claims the data folder, adds an empty page and the
menu actions; the journal's widgets are built the first time they are needed, and SQLAlchemy and the database
load later still, on the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from selfcompass.ui.first_frame import new_action

if TYPE_CHECKING:
    from selfcompass.ui.journal.feature import JournalFeature

log = logging.getLogger(__name__)

OFFERED_MARK = "journal-protection-offered"


class _CloseWatch(QObject):
    """Saves the draft before the window's close handlers shut the worker down."""

    def __init__(self, installed: Installed) -> None:
        super().__init__(installed)
        self._installed = installed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self._installed.built is not None:
            self._installed.built.save_draft_now()
        return False


# The first bytes of every plain SQLite file (storage.status.SQLITE_HEADER).
SQLITE_HEADER = b"SQLite format 3\x00"


class Installed(QObject):
    """What install_journal leaves on the app (``app.journal``): the feature (built on first use) and the lock."""

    def __init__(self, app: Any, quit_app: Callable[[], None], kdf: Any = None) -> None:
        super().__init__(app)
        self.app = app
        self.built: JournalFeature | None = None
        self.page: QWidget | None = None
        self.second_instance = False
        self._kdf = kdf
        self.instance_lock: Any = None
        self.raise_count = 0
        self.offer_bar: QWidget | None = None
        self.menu: QMenu | None = None
        self._quit = quit_app
        self._watcher: QFileSystemWatcher | None = None
        # A practice's writing arrived while the journal was locked; it is saved when the journal is unlocked.
        self.writing_waiting = False
        # Asked when quitting with writing still waiting: True to quit anyway (tests answer for the person).
        self.ask_quit_anyway: Callable[[], bool] = self._ask_quit_anyway

    @property
    def feature(self) -> JournalFeature | None:
        """The journal feature, built on first use (None in a second instance)."""
        if self.built is None and self.page is not None:
            self.built = _build(self.app, self.page, self._kdf)
            self.built.protection_changed = self._protection_changed
            self.built.protection.locked_changed.connect(self._locked_changed)
        return self.built

    def _protection_changed(self, on: bool) -> None:
        settings = self.app.settings
        if settings["passphrase_required"] != on and not settings.is_locked("passphrase_required"):
            self.app.change_setting("passphrase_required", on)

    def protected(self) -> bool:
        if self.built is not None:
            return self.built.protection.protected
        return _is_protected(self.app.paths)

    def open_failed(self, exc: BaseException) -> None:
        if self.feature is not None:
            self.feature.open_failed(exc)

    def _locked_changed(self, locked: bool) -> None:
        if not locked:
            self.writing_waiting = False  # unlocking released the held jobs: the writing is being saved

    def may_quit(self) -> bool:
        """A close guard: quitting while a practice's writing waits for an unlock would lose it, so ask first."""
        if not (self.writing_waiting and self.app.database.held):
            return True
        return self.ask_quit_anyway()

    def _ask_quit_anyway(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        window = self.app.window
        window.show()  # quitting from the tray: the question needs its window
        window.raise_()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep what you wrote?"),
                          self.tr("What you wrote during a practice is waiting for your journal to be unlocked."),
                          parent=window)
        box.setInformativeText(self.tr("Unlock your journal to keep it. If you quit now, it can't be kept."))
        keep = box.addButton(self.tr("Unlock and keep it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quit without keeping it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        quit_anyway = box.clickedButton() is not keep
        box.deleteLater()
        if quit_anyway:
            return True
        window.show_page("journal")
        if self.feature is not None:
            self.feature.view.unlock.passphrase.setFocus()
        return False

    def session_ended(self, record: Any) -> None:
        if getattr(record, "writings", None) and self.app.database.held:
            self.writing_waiting = True
        if self.built is not None or getattr(record, "writings", None):
            feature = self.feature  # writing went to the journal: build it so the person hears where it is
            if feature is not None:
                feature.session_ended(record)
        elif record.writings and self.app.database.held:
            self.app.window.show_notice(self.tr("What you wrote will be added to your journal when you unlock it."))

    # -- one writer ----------------------------------------------------------------------------------------
    def claim_instance(self) -> bool:
        from selfcompass.storage.instance import claim, raise_request_path

        paths = self.app.paths
        held = getattr(self.app, "instance_lock", None)  # claimed at start-up, before Qt
        if held is not None and held.held:
            self.instance_lock = held
        else:
            claimed = claim(paths)
            if claimed.already_running:
                self.second_instance = True
                return False
            self.instance_lock = claimed.lock
            if claimed.lock is None:  # a read-only or missing data folder: carry on without one
                return True
        try:
            raise_request_path(paths).unlink(missing_ok=True)  # a stale request from an earlier run
        except OSError:
            pass
        self._watcher = QFileSystemWatcher([str(paths.data)], self)
        self._watcher.directoryChanged.connect(self._check_raise)
        return True

    def _check_raise(self, *_: object) -> None:
        from selfcompass.storage.instance import raise_request_path

        request = raise_request_path(self.app.paths)
        if not request.exists():
            return
        try:
            request.unlink(missing_ok=True)
        except OSError:
            log.warning("could not clear the raise request")
        window = self.app.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        self.raise_count += 1
        if self.built is not None:
            self.built.raised.emit()

    def step_aside(self) -> None:
        """A second launch: the running window has been asked forward; this one shows nothing and quits."""
        from PySide6.QtCore import Qt

        self.app.window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.app.database.hold()  # never open the database a second time
        QTimer.singleShot(0, lambda: self._quit())

    # -- first show --------------------------------------------------------------------------------------------
    def after_first_show(self) -> None:
        if self.page is None:
            return
        if self.protected():
            self.app.window.show_page("journal")
            if self.feature is not None:
                self.feature.view.unlock.passphrase.setFocus()
            return
        if not self.app.settings["welcome_seen"]:
            # The welcome opens just after the window is first shown; the offer waits until it has been answered.
            self.app.setting_changed.connect(self._welcome_answered)
            return
        self._maybe_offer()

    def _required(self) -> bool:
        """passphrase_required is on (chosen, or set by the organisation) but nothing is protected yet."""
        return self.page is not None and self.app.settings["passphrase_required"] and not self.protected()

    def _welcome_answered(self, key: str) -> None:
        if key == "welcome_seen":
            self.app.setting_changed.disconnect(self._welcome_answered)
            self._maybe_offer()

    def _maybe_offer(self) -> None:
        """At first start, a quiet offer in the status bar: it never interrupts and never steals focus.
        When passphrase_required is on, the set-up dialog opens straight away instead."""
        if self._required():
            self.app.window.show_page("journal")
            self.feature.offer_protection()  # type: ignore[union-attr]
            return
        paths = self.app.paths
        if paths.database.exists() or self.offer_bar is not None or not paths.first_time(OFFERED_MARK):
            return
        bar = QWidget(objectName="protectionOffer")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("You can protect your journal with a passphrase.")))
        yes = QPushButton(self.tr("Set a passphrase…"), objectName="protectionOfferYes")
        no = QPushButton(self.tr("Not now", "decline the offer of a passphrase"), objectName="protectionOfferNo")
        row.addWidget(yes)
        row.addWidget(no)
        yes.clicked.connect(self._accept_offer)
        no.clicked.connect(self._dismiss_offer)
        self.app.window.add_offer(bar)
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
        if self.built is not None:
            self.built.shutdown()
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
    """Wire the journal into ``app`` (a SelfCompassApp). Safe to call twice: the second call returns the first
    (taking any ``quit_app`` or ``kdf`` it is given, which is how tests swap them after the app has started)."""
    existing = getattr(app, "journal", None)
    if isinstance(existing, Installed):
        if quit_app is not None:
            existing._quit = quit_app
        if kdf is not None and existing.built is None:
            existing._kdf = kdf  # tests ask for a fast key derivation before anything is built
        return existing
    installed = Installed(app, quit_app or app.qapp.quit, kdf)
    app.journal = installed
    if not installed.claim_instance():
        installed.step_aside()
        return installed
    if installed.protected():
        app.database.hold()  # nothing may try to open a protected database before it is unlocked
    window = app.window
    page = QWidget(objectName="journalPage")
    title = QCoreApplication.translate("JournalWiring", "Journal", "the journal page")
    page.setAccessibleName(title)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    installed.page = page
    window.add_page("journal", title, page, position=1)
    window.pages.currentChanged.connect(lambda _i: _page_changed(app, installed))
    window.installEventFilter(_CloseWatch(installed))
    window.closing.connect(installed.shutdown)
    window.close_guards.append(installed.may_quit)
    app.session_finished.connect(installed.session_ended)
    app.on_database(lambda worker: worker.open_failed.connect(installed.open_failed))
    _menus(window, installed)
    QTimer.singleShot(0, installed.after_first_show)
    return installed


def _is_protected(paths: Any) -> bool:
    """storage.crypto.is_protected without importing crypto or sqlite3 at start: an encrypted header, or a keyfile
    waiting (``storage.status.keyfile_path``; a test keeps the two in step)."""
    try:
        with paths.database.open("rb") as fh:
            header = fh.read(16)
    except FileNotFoundError:
        return paths.database.with_name(paths.database.stem + ".keys.json").exists()
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER


def _build(app: Any, page: QWidget, kdf: Any) -> JournalFeature:
    from selfcompass.ui.journal.feature import JournalFeature

    ticker_factory = app.ticker_factory

    def practice_title(practice_id: str) -> str:
        practice = app.library.practices.get(practice_id)
        return getattr(practice, "title", None) or QCoreApplication.translate(
            "JournalWiring", "a practice", "in: Written during a practice, <date>.")

    return JournalFeature(worker=app.database, clock=app.clock, paths=app.paths, window=app.window,
                          ticker_factory=ticker_factory, idle_minutes=lambda: app.settings["auto_lock_minutes"],
                          practice_title=practice_title, kdf=kdf, page=page, parent=app.journal)


def _page_changed(app: Any, installed: Installed) -> None:
    window = app.window
    if window.pages.currentWidget() is installed.page and installed.feature is not None:
        installed.feature.page_shown()


def _menus(window: Any, installed: Installed) -> None:
    def feature() -> JournalFeature:
        built = installed.feature
        assert built is not None
        return built

    def show_journal() -> None:
        if window.nav.isEnabled():
            window.show_page("journal")
            view = feature().view
            (view.unlock.passphrase if feature().protection.locked else view.list).setFocus()

    def new_entry() -> None:
        if window.nav.isEnabled():
            window.show_page("journal")
            feature().new_entry()

    def on_journal(action: Callable[[JournalFeature], None]) -> Callable[[], None]:
        def run() -> None:
            if window.pages.currentWidget() is installed.page:
                action(feature())
        return run

    def later(action: Callable[[JournalFeature], None]) -> Callable[[], None]:
        return lambda: action(feature())

    def find() -> None:
        if window.nav.isEnabled():
            window.show_page("journal")
            if not feature().protection.locked:
                feature().view.search.setFocus()
                feature().view.search.selectAll()

    go = window.menu("&Go")  # the window's key for its Go menu, not a text shown here
    journal_action = new_action(window, QCoreApplication.translate("JournalWiring", "&Journal",
                                                                "Go menu: show the journal"), show_journal, "Ctrl+2")
    after_practices = go.actions()[1:2]
    go.insertAction(after_practices[0] if after_practices else None, journal_action)
    menu = QMenu(QCoreApplication.translate("JournalWiring", "&Journal", "the Journal menu"), window)
    menu.setObjectName("journalMenu")
    window.menuBar().insertMenu(window.menu("&Help").menuAction(), menu)  # "&Help" is the window's key
    installed.menu = menu

    def add(text: str, slot: Callable[[], None], shortcut: str | None = None) -> None:
        menu.addAction(new_action(window, text, slot, shortcut))

    add(QCoreApplication.translate("JournalWiring", "&New entry"), new_entry, "Ctrl+N")
    add(QCoreApplication.translate("JournalWiring", "&Save entry"), on_journal(lambda f: f.save()), "Ctrl+S")
    add(QCoreApplication.translate("JournalWiring", "&Find in journal"), find, "Ctrl+Shift+F")
    add(QCoreApplication.translate("JournalWiring", "&Delete entry"), on_journal(lambda f: f.delete_current()))
    menu.addSeparator()
    add(QCoreApplication.translate("JournalWiring", "Export as one &Markdown file…"),
        later(lambda f: f.export("markdown")))
    add(QCoreApplication.translate("JournalWiring", "Export as Markdown, one file per &entry…"),
        later(lambda f: f.export("markdown-folder")))
    add(QCoreApplication.translate("JournalWiring", "Export as &JSON (to move to another computer)…"),
        later(lambda f: f.export("json")))
    add(QCoreApplication.translate("JournalWiring", "&Import from JSON…"), later(lambda f: f.import_json()))
    menu.addSeparator()
    add(QCoreApplication.translate("JournalWiring", "&Protect with a passphrase…"),
        later(lambda f: f.offer_protection()))
    add(QCoreApplication.translate("JournalWiring", "&Change passphrase…"), later(lambda f: f.change_passphrase()))
    add(QCoreApplication.translate("JournalWiring", "&Lock now"), later(lambda f: f.lock_now()), "Ctrl+L")
    menu.addSeparator()
    add(QCoreApplication.translate("JournalWiring", "Delete &all my data…"), later(lambda f: f.delete_all_data()))


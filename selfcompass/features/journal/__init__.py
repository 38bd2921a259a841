"""The journal feature: the journal, passphrase protection and the one-writer rule.

``install(ctx, practice=...)`` runs before the first window and only claims the data folder, adds an empty page and
the menu actions; the journal's controller and widgets (controller.py) are built the first time they are needed,
and SQLAlchemy and the database load later still, on the database thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from selfcompass.ui.first_frame import new_action
from selfcompass.ui.main_window import PLACE_SHORTCUTS

if TYPE_CHECKING:
    from selfcompass.core.records import SessionRecord
    from selfcompass.features.context import FeatureContext
    from selfcompass.features.journal.controller import JournalFeature
    from selfcompass.features.practice import PracticeFeature
    from selfcompass.storage.crypto import KdfParams
    from selfcompass.storage.instance import InstanceLock
    from selfcompass.storage.worker import DatabaseWorker
    from selfcompass.ui.main_window import MainWindow

log = logging.getLogger(__name__)

OFFERED_MARK = "journal-protection-offered"
BACKUP_TIMER = "journal.daily-backup"
BACKUP_DELAY_S = 20  # after the first window (or an unlock), so the backup never competes with start-up


class _CloseWatch(QObject):
    """Saves the draft before the window's close handlers shut the worker down."""

    def __init__(self, journal: Journal) -> None:
        super().__init__(journal)
        self._journal = journal

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self._journal.built is not None:
            self._journal.built.save_draft_now()
        return False


class Journal(QObject):
    """The journal feature's public face: the controller (built on first use), the one-writer lock, the close
    guard and the first-start offer of a passphrase."""

    def __init__(self, ctx: FeatureContext, quit_app: Callable[[], None], kdf: KdfParams | None = None,
                 instance_lock: InstanceLock | None = None) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        self.built: JournalFeature | None = None
        self.page: QWidget | None = None
        self.second_instance = False
        self._kdf = kdf
        self._held_lock = instance_lock  # claimed at start-up, before Qt (selfcompass/startup.py)
        self.instance_lock: InstanceLock | None = None
        self.raise_count = 0
        self.offer_bar: QWidget | None = None
        self.menu: QMenu | None = None
        self._quit = quit_app
        self._watcher: QFileSystemWatcher | None = None
        # A practice ended while the journal was locked and could not be sealed for safekeeping (no key to seal
        # to yet, or the disk refused): it waits in memory for an unlock, and closing asks first.
        self.writing_waiting = False
        # Sessions being sealed for safekeeping on the database thread (storage/safekeeping.py).
        self._sealing: list[Future[Any]] = []
        # Asked when quitting with writing still waiting: True to quit anyway (tests answer for the person).
        self.ask_quit_anyway: Callable[[], bool] = self._ask_quit_anyway
        # Asked when quitting and the editor's text could not be saved: True to close anyway (tests answer).
        self.ask_close_unsaved: Callable[[], bool] = self._ask_close_unsaved

    def configure(self, *, quit_app: Callable[[], None] | None = None, kdf: KdfParams | None = None) -> Journal:
        """Change how a second instance quits, or the key derivation's cost before anything is built (tests ask
        for a fast one). Returns the journal."""
        if quit_app is not None:
            self._quit = quit_app
        if kdf is not None and self.built is None:
            self._kdf = kdf
        return self

    @property
    def feature(self) -> JournalFeature | None:
        """The journal's controller, built on first use (None in a second instance)."""
        if self.built is None and self.page is not None:
            self.built = _build(self._ctx, self.page, self._kdf, self)
            self.built.protection_changed = self._protection_changed
            self.built.protection.locked_changed.connect(self._locked_changed)
        return self.built

    def _protection_changed(self, on: bool) -> None:
        settings = self._ctx.settings
        if settings["passphrase_required"] != on and not settings.is_locked("passphrase_required"):
            self._ctx.change_setting("passphrase_required", on)

    def make_new_recovery_code(self) -> None:
        """Settings' "Make a new recovery code…": the passphrase asked, the old code stops working."""
        feature = self.feature
        if feature is not None:
            feature.make_new_recovery_code()

    def protected(self) -> bool:
        if self.built is not None:
            return self.built.protection.protected
        from selfcompass.storage.status import is_protected  # the header and key-file check, without sqlite3

        return is_protected(self._ctx.paths)

    def _database_held(self) -> bool:
        worker = self._ctx.database.peek()
        return worker is not None and worker.held

    def open_failed(self, exc: BaseException) -> None:
        if self.feature is not None:
            self.feature.open_failed(exc)

    def _locked_changed(self, locked: bool) -> None:
        if not locked:
            self.writing_waiting = False  # unlocking released the held jobs: the writing is being saved
            self._backup_soon()

    def _backup_soon(self) -> None:
        """The daily backup, a little after start-up (or the unlock), on the database thread: taken when none
        exists for today, rotated to the number the person keeps, encrypted as the journal is."""
        from datetime import timedelta

        self._ctx.timers.get().start_at(BACKUP_TIMER, self._ctx.clock.now() + timedelta(seconds=BACKUP_DELAY_S),
                                        self.take_daily_backup)

    def take_daily_backup(self) -> None:
        worker = self._ctx.database.get()
        if worker.closed:
            return
        now, keep = self._ctx.clock.now(), max(int(self._ctx.settings["backups_to_keep"]), 1)

        def failed(exc: BaseException) -> None:
            log.warning("the daily backup could not be taken (%s)", type(exc).__name__)

        worker.submit(lambda db: db.backup_if_due(now, keep=keep), None, failed)

    def may_quit(self) -> bool:
        """A close guard: save the editor's text first and ask if it could not be saved; and if a practice made
        while locked could not be sealed for safekeeping, ask before quitting would lose it. Both default to
        keeping it."""
        if self.built is not None and not self.built.flush() and not self.ask_close_unsaved():
            return False
        self._wait_for_sealing()
        if not (self.writing_waiting and self._database_held()):
            return True
        return self.ask_quit_anyway()

    def flush(self) -> None:
        """Logout, SIGTERM, the OS shutting down: save the editor's text and finish sealing, before anything
        closes. Nothing is asked (there may be no one to answer)."""
        if self.built is not None:
            self.built.flush()
        self._wait_for_sealing()

    def _wait_for_sealing(self, timeout: float = 10.0) -> None:
        for future in self._sealing:
            try:
                future.result(timeout=timeout)
            except Exception:  # it waits in memory instead, and closing asks
                self.writing_waiting = True
        self._sealing = []

    def _ask_close_unsaved(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        window = self._ctx.window
        window.show()
        window.raise_()
        window.show_page("journal")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Your writing isn't saved"),
                          self.tr("What you're writing in your journal couldn't be saved, so it is only in the "
                                  "editor."), parent=window)
        box.setInformativeText(self.tr("If you close now, it will be lost. You might free some space, or copy "
                                       "it somewhere safe, then close."))
        keep = box.addButton(self.tr("Keep SelfCompass open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close and lose it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        close_anyway = box.clickedButton() is not keep
        box.deleteLater()
        return close_anyway

    def _ask_quit_anyway(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        window = self._ctx.window
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

    def session_ended(self, record: SessionRecord) -> None:
        if self._database_held():
            self._keep_safe(record)
        if self.built is not None or record.writings:
            feature = self.feature  # writing went to the journal: build it so the person hears where it is
            if feature is not None:
                feature.session_ended(record)

    def _keep_safe(self, record: SessionRecord) -> None:
        """The journal is locked: seal the session (note, feeling, writing) to disk at once, so closing, logout or
        SIGTERM cannot lose it; it joins the journal at the next unlock."""
        from selfcompass.storage import safekeeping

        paths = self._ctx.paths
        future: Future[Any] = self._ctx.database.get().call(
            lambda: safekeeping.keep_session(paths, record), None, self._not_sealed)
        self._sealing = [f for f in self._sealing if not f.done() or f.exception() is not None] + [future]

    def _not_sealed(self, exc: BaseException) -> None:
        log.warning("a practice made while the journal was locked could not be sealed (%s)", type(exc).__name__)
        self.writing_waiting = True

    def open_reflection(self, entry_id: int) -> None:
        """"Open it in my journal" on a practice's end screen: show the note's entry (``entry_id``), or, while the
        journal is locked (0), the passphrase box; the entry is there once it is unlocked."""
        window = self._ctx.window
        feature = self.feature
        if feature is None or not window.nav.isEnabled():
            return
        window.show_page("journal")
        if feature.protection.locked or not entry_id:
            feature.view.unlock.passphrase.setFocus()
            return
        feature.open_entry(entry_id, focus=True)

    # -- one writer ----------------------------------------------------------------------------------------
    def claim_instance(self) -> bool:
        from selfcompass.storage.instance import claim, raise_request_path

        paths = self._ctx.paths
        held = self._held_lock
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

        request = raise_request_path(self._ctx.paths)
        if not request.exists():
            return
        try:
            request.unlink(missing_ok=True)
        except OSError:
            log.warning("could not clear the raise request")
        window = self._ctx.window
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

        self._ctx.window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self._ctx.database.get().hold()  # never open the database a second time
        QTimer.singleShot(0, lambda: self._quit())

    # -- first show --------------------------------------------------------------------------------------------
    def after_first_show(self) -> None:
        if self.page is None:
            return
        if self.protected():
            self._ctx.window.show_page("journal")
            if self.feature is not None:
                self.feature.view.unlock.passphrase.setFocus()
            return
        if self._ctx.paths.database.exists():
            self._backup_soon()
        from selfcompass.storage.status import unfinished_protection  # two small reads, nothing imported

        if unfinished_protection(self._ctx.paths):
            self._tell_unfinished_protection()
            return
        if not self._ctx.settings["first_run_done"]:
            # The first run opens with the window; the offer waits until it is finished.
            self._ctx.setting_changed.connect(self._welcome_answered)
            return
        self._maybe_offer()

    def _required(self) -> bool:
        """passphrase_required is on (chosen, or set by the organisation) but nothing is protected yet."""
        return self.page is not None and self._ctx.settings["passphrase_required"] and not self.protected()

    def _welcome_answered(self, key: str) -> None:
        if key == "first_run_done":
            self._ctx.setting_changed.disconnect(self._welcome_answered)
            self._maybe_offer()

    def _maybe_offer(self) -> None:
        """At first start, a quiet offer on Home (one offer at a time): it never interrupts or steals focus.
        When passphrase_required is on, the set-up dialog opens straight away instead."""
        if self._required():
            self._ctx.window.show_page("journal")
            if self.feature is not None:
                self.feature.offer_protection()
            return
        from selfcompass.storage.marks import first_time  # here: the offer waits for the first show

        paths = self._ctx.paths
        if paths.database.exists() or self.offer_bar is not None or not first_time(paths, OFFERED_MARK):
            return
        self._offer(self.tr("You can protect your journal with a passphrase."))

    def _tell_unfinished_protection(self) -> None:
        """Turning protection on was stopped before it finished (killed, or the power went): the journal is whole
        and plain. Said once, with the offer to set a passphrase again; the unused key file then goes."""
        text = self.tr("Setting a passphrase did not finish last time, so your journal is not protected yet. "
                       "Everything you wrote is here.")
        if self._required():  # the organisation asks for one: the set-up opens, with the reason above it
            self._ctx.window.show_notice(text)
            self._maybe_offer()
        else:
            self._offer(text)
        from selfcompass.storage.crypto import forget_unfinished_protection

        paths = self._ctx.paths
        self._ctx.database.get().call(lambda: forget_unfinished_protection(paths))

    def _offer(self, text: str) -> None:
        bar = QWidget(objectName="protectionOffer")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        yes = QPushButton(self.tr("Set a passphrase…"), objectName="protectionOfferYes")
        no = QPushButton(self.tr("Not now", "decline the offer of a passphrase"), objectName="protectionOfferNo")
        row.addWidget(yes)
        row.addWidget(no)
        yes.clicked.connect(self._accept_offer)
        no.clicked.connect(self._dismiss_offer)
        self._ctx.window.add_offer(bar)
        self.offer_bar = bar

    def _accept_offer(self) -> None:
        self._dismiss_offer()
        if self.feature is not None:
            self.feature.offer_protection()

    def _dismiss_offer(self) -> None:
        if self.offer_bar is not None:
            self._ctx.window.remove_offer(self.offer_bar)
            self.offer_bar = None

    def shutdown(self) -> None:
        if (timers := self._ctx.timers.peek()) is not None:
            timers.cancel(BACKUP_TIMER)
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


def install(ctx: FeatureContext, *, practice: PracticeFeature, instance_lock: InstanceLock | None = None,
            quit_app: Callable[[], None] | None = None, kdf: KdfParams | None = None) -> Journal:
    """Install the journal: claim the data folder (one writer; ``instance_lock`` if start-up already holds it), add
    the Journal page and menu, guard closing, and keep what a practice's writing becomes. A second instance on the
    same folder asks the first to come forward and quits (``quit_app``, the application's quit by default)."""
    journal = Journal(ctx, quit_app or ctx.qapp.quit, kdf, instance_lock)
    if not journal.claim_instance():
        journal.step_aside()
        return journal
    if journal.protected():
        ctx.database.get().hold()  # nothing may try to open a protected database before it is unlocked
    window = ctx.window
    page = QWidget(objectName="journalPage")
    title = QCoreApplication.translate("JournalWiring", "Journal", "the journal page")
    page.setAccessibleName(title)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    journal.page = page
    window.add_page("journal", title, page, position=1)
    window.pages.currentChanged.connect(lambda _i: _page_changed(window, journal))
    window.installEventFilter(_CloseWatch(journal))
    window.closing.connect(journal.shutdown)
    # The desktop session ending or the app quitting some other way: save first (SIGTERM comes through quit too).
    ctx.qapp.aboutToQuit.connect(journal.flush)
    ctx.qapp.commitDataRequest.connect(lambda _manager: journal.flush())
    window.close_guards.append(journal.may_quit)
    practice.session_finished.connect(journal.session_ended)
    practice.reflection_open_requested.connect(journal.open_reflection)
    ctx.database.when_made(lambda worker: _watch_opening(worker, journal))
    _menus(window, journal)
    QTimer.singleShot(0, journal.after_first_show)
    return journal


def _watch_opening(worker: DatabaseWorker, journal: Journal) -> None:
    worker.open_failed.connect(journal.open_failed)


def _build(ctx: FeatureContext, page: QWidget, kdf: KdfParams | None, parent: QObject) -> JournalFeature:
    from selfcompass.features.journal.controller import JournalFeature

    timers = ctx.timers
    library = ctx.library
    settings = ctx.settings

    def practice_title(practice_id: str) -> str:
        practice = library.practices.get(practice_id)
        if practice is not None and practice.title:
            return practice.title
        return QCoreApplication.translate(
            "JournalWiring", "a practice", "in: Written during a practice, <date>.")

    return JournalFeature(worker=ctx.database.get(), clock=ctx.clock, paths=ctx.paths, window=ctx.window,
                          ticker_factory=lambda name, callback: timers.get().ticker(name, callback),
                          idle_minutes=lambda: settings["auto_lock_minutes"], practice_title=practice_title,
                          kdf=kdf, page=page, parent=parent)


def _page_changed(window: MainWindow, journal: Journal) -> None:
    if window.pages.currentWidget() is journal.page and journal.feature is not None:
        journal.feature.page_shown()


def _menus(window: MainWindow, journal: Journal) -> None:
    def feature() -> JournalFeature:
        built = journal.feature
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
            if window.pages.currentWidget() is journal.page:
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
                                                                "Go menu: show the journal"), show_journal,
                                PLACE_SHORTCUTS["journal"])
    after_practices = go.actions()[2:3]  # Home, Practices, then the journal
    go.insertAction(after_practices[0] if after_practices else None, journal_action)
    menu = QMenu(QCoreApplication.translate("JournalWiring", "&Journal", "the Journal menu"), window)
    menu.setObjectName("journalMenu")
    window.menuBar().insertMenu(window.menu("&Help").menuAction(), menu)  # "&Help" is the window's key
    journal.menu = menu

    def add(text: str, slot: Callable[[], None], shortcut: str | None = None) -> None:
        menu.addAction(new_action(window, text, slot, shortcut))

    add(QCoreApplication.translate("JournalWiring", "&New entry"), new_entry, "Ctrl+N")
    add(QCoreApplication.translate("JournalWiring", "&Save entry"), on_journal(lambda f: f.save()), "Ctrl+S")
    add(QCoreApplication.translate("JournalWiring", "&Find in journal"), find, "Ctrl+Shift+F")
    add(QCoreApplication.translate("JournalWiring", "&Delete entry"), on_journal(lambda f: f.delete_current()))
    menu.addSeparator()
    # Named for what the person is doing, never the file's format (a readable copy, or a move).
    add(QCoreApplication.translate("JournalWiring", "Sa&ve a copy of my journal…"),
        later(lambda f: f.export("markdown")))
    add(QCoreApplication.translate("JournalWiring", "Save a copy, one file per &entry…"),
        later(lambda f: f.export("markdown-folder")))
    add(QCoreApplication.translate("JournalWiring", "&Move my journal to another computer…"),
        later(lambda f: f.export("json")))
    add(QCoreApplication.translate("JournalWiring", "&Bring in a journal from another computer…"),
        later(lambda f: f.import_json()))
    menu.addSeparator()
    add(QCoreApplication.translate("JournalWiring", "&Protect with a passphrase…"),
        later(lambda f: f.offer_protection()))
    add(QCoreApplication.translate("JournalWiring", "&Change passphrase…"), later(lambda f: f.change_passphrase()))
    add(QCoreApplication.translate("JournalWiring", "Make a new &recovery code…"),
        later(lambda f: f.make_new_recovery_code()))
    add(QCoreApplication.translate("JournalWiring", "&Lock now"), later(lambda f: f.lock_now()), "Ctrl+L")
    menu.addSeparator()
    add(QCoreApplication.translate("JournalWiring", "Delete &all my data…"), later(lambda f: f.delete_all_data()))


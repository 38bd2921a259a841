"""The journal's controller: connects the page, the database worker, protection and the undo bar. Its helpers:
data_actions.py (the data files), passphrase_actions.py (the passphrase and recovery code), entries.py (the list's
rows), messages.py (what went wrong, in words). Built the first time the journal is needed (the face in __init__.py
builds it).

Every database call is one storage call, run as a job on the app's one database thread; results come back here on
the UI thread. Nothing here logs what anyone wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from selfcompass.core.clock import Clock, TickerFactory
from selfcompass.core.formatting import date_time_text
from selfcompass.core.journal import JournalEntry, JournalFilter
from selfcompass.features.journal.entries import JournalEntries
from selfcompass.features.journal.messages import calm_text, kept_text
from selfcompass.features.journal.protection import ProtectionController
from selfcompass.paths import AppPaths
from selfcompass.storage.worker import DatabaseWorker
from selfcompass.ui.journal.editor import SLOT
from selfcompass.ui.journal.model import EntryIdRole, JournalListModel
from selfcompass.ui.journal.view import JournalView

if TYPE_CHECKING:
    from selfcompass.core.journal import Draft
    from selfcompass.core.records import SessionRecord
    from selfcompass.storage.crypto import KdfParams
    from selfcompass.ui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
# The list hidden this long lets its rows go (a long scroll may hold thousands); the next visit reads them again, with
# the search, filters, the open entry and its selection kept. The editor, its text and the draft are never touched.
RELEASE_LIST_MS = 3 * 60 * 1000
class _Relay(QObject):
    """Carries (done, total) from the worker thread to the UI thread (it lives there, so the call is queued)."""

    moved = Signal(int, int)

    def __init__(self, callback: Callable[[int, int], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback
        self.moved.connect(self._arrived)

    @Slot(int, int)
    def _arrived(self, done: int, total: int) -> None:
        self._callback(done, total)


class JournalFeature(QObject):
    """One per app window: the journal page and everything around it."""

    entry_saved = Signal(int)
    raised = Signal()

    def __init__(self, *, worker: DatabaseWorker, clock: Clock, paths: AppPaths, window: MainWindow,
                 ticker_factory: TickerFactory, idle_minutes: Callable[[], int],
                 practice_title: Callable[[str], str], kdf: KdfParams | None = None, page: QWidget | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._clock = clock
        self._paths = paths
        self._window = window
        self._practice_title = practice_title
        entries = JournalEntries(worker)
        entries.unreadable_seen = self._unreadable_seen
        self._unreadable_told = 0
        self.model = JournalListModel(entries, self)
        self.view = JournalView(self.model)
        self.page = page or self.view  # the widget in the window's page stack (the view sits inside it)
        if page is not None and (layout := page.layout()) is not None:
            layout.addWidget(self.view)
        self.editor = self.view.editor
        self.protection = ProtectionController(paths, worker, clock, ticker_factory, idle_minutes, kdf, self)
        self.autosave = ticker_factory("journal-autosave", self.save_draft_now)
        self.release_list = ticker_factory("journal-release-list", self._release_list)
        self.list_released = False
        self._reselect: int | None = None
        self.loaded = False
        self.dialog: QWidget | None = None  # the dialog now open (tests reach it here)
        self.progress: QProgressDialog | None = None
        self.progress_seen: list[tuple[int, int]] = []
        self.flush_failed = False  # the last flush() could not save the editor's text
        self.last_deleted: int | None = None
        from selfcompass.features.journal.data_actions import JournalDataActions  # here: each imports this module
        from selfcompass.features.journal.passphrase_actions import JournalPassphraseActions

        self.data_actions = JournalDataActions(self, worker=worker, clock=clock, paths=paths, window=window)
        self.passphrase_actions = JournalPassphraseActions(self, window)
        self.view.repair_requested.connect(self.data_actions.offer_repair)
        self.choose_file: Callable[[str, str, bool], str] = self.data_actions.ask_file
        self.protection_changed: Callable[[bool], None] = lambda _on: None  # keeps passphrase_required in step

        v = self.view
        v.set_locked(self.protection.locked)
        v.new_requested.connect(self.new_entry)
        v.filters_changed.connect(self.apply_filters)
        v.undo_requested.connect(self.undo_delete)
        v.list.clicked.connect(self._open_index)
        v.list.activated.connect(self._open_and_focus)
        v.unlock.unlock_requested.connect(self.passphrase_actions.unlock)
        v.unlock.recovery_requested.connect(self.passphrase_actions.unlock_with_code)
        self.editor.changed.connect(self._edited)
        self.editor.save_requested.connect(self.save)
        self.editor.delete_requested.connect(self.delete_current)
        self.protection.locked_changed.connect(self._locked_changed)
        self.protection.before_lock = self._save_before_lock
        self.protection.kept_arrived.connect(self._kept_arrived)
        self.protection.recovery_code_renewed.connect(self.passphrase_actions.renewed_code)
        self.model.rowsInserted.connect(self._rows_arrived)
        window.pages.currentChanged.connect(self._page_changed)

    # -- showing -------------------------------------------------------------------------------------
    def page_shown(self) -> None:
        """Load on first sight (and after unlocking): nothing is read before the journal is wanted."""
        self.release_list.stop()
        if self.protection.locked:
            self.view.unlock.passphrase.setFocus()
            return
        if not self.loaded:
            self.loaded = True
            self.list_released = False
            self.reload()
            self._restore_draft()
        elif self.list_released:
            self.list_released = False
            self.reload()

    def _page_changed(self, _index: int) -> None:
        if self._window.pages.currentWidget() is not self.page and self.loaded and not self.list_released:
            self.release_list.start(RELEASE_LIST_MS)

    def _release_list(self) -> None:
        """The journal has been out of sight a while: its list lets its rows go (see RELEASE_LIST_MS)."""
        self.release_list.stop()
        if self._window.pages.currentWidget() is self.page or not self.loaded or self.protection.locked:
            return
        current = self.view.list.currentIndex()
        self._reselect = current.data(EntryIdRole) if current.isValid() else None
        self.list_released = True
        self.model.clear()
        if not self._worker.closed:  # and the database's idle connections their page caches
            self._worker.submit(lambda db: db.rest(), None, lambda _e: None)

    def _rows_arrived(self, *_: object) -> None:
        """After a release, the entry that was selected is selected again when its row is read."""
        if self._reselect is None:
            return
        row = self.model.row_of(self._reselect)
        if row is not None:
            self._reselect = None
            self.view.list.setCurrentIndex(self.model.index(row))

    def reload(self) -> None:
        if self.protection.locked:
            return
        self.model.reload(self.view.search.text(), self._filter())
        self._worker.submit(lambda db: db.journal.tags(), self.view.set_tags, lambda _e: None)

    def _unreadable_seen(self, n: int) -> None:
        """Damaged entries were left out of the list: say so once, calmly, and count the list again without them."""
        if n == self._unreadable_told:
            return
        self._unreadable_told = n
        self.model.recount()
        self.view.show_repair_offer(n)
        if n == 1:
            text = QCoreApplication.translate("JournalFeature", "1 entry could not be read; the others are fine.")
        elif n:
            text = QCoreApplication.translate("JournalFeature", "{count} entries could not be read; the others are "
                                                                "fine.").format(count=f"{n:,}")
        else:
            return
        self._window.show_notice(text)

    def _filter(self) -> JournalFilter:
        v = self.view
        tag, mood, days = v.tag_filter.currentData(), v.mood_filter.currentData(), v.date_filter.currentData()
        since = self._clock.now() - timedelta(days=days) if days else None
        return JournalFilter(tags=(tag,) if tag else (), moods=(mood,) if mood else (), since=since)

    def apply_filters(self) -> None:
        if self.loaded and not self.protection.locked:
            self.model.reload(self.view.search.text(), self._filter())

    # -- the editor --------------------------------------------------------------------------------------
    def _edited(self) -> None:
        self.protection.note_activity()
        if not self.autosave.is_active():
            self.autosave.start(AUTOSAVE_MS)

    def save_draft_now(self) -> None:
        """Autosave: the unsaved text goes to the draft slot (also on close and before locking)."""
        self.autosave.stop()
        if self.protection.locked or not self.editor.dirty or self._worker.closed:
            return
        draft = self.editor.draft(self._clock.now())
        self._worker.submit(lambda db: db.journal.save_draft(draft), None, self._draft_failed)

    def flush(self, timeout: float = 10.0) -> bool:
        """Save the unsaved text to its draft now and wait for it (closing, logout, SIGTERM). True when nothing is
        unsaved any more; False (with the reason in the editor's status line, the text still there) if the disk
        refused it or it took longer than ``timeout`` seconds."""
        self.autosave.stop()
        if self.protection.locked or not self.editor.dirty or not self.editor.has_text or self._worker.closed:
            return True
        if self._worker.held:  # protection is being turned on: the save would wait behind it
            self.flush_failed = True
            return False
        draft = self.editor.draft(self._clock.now())
        future = self._worker.submit(lambda db: db.journal.save_draft(draft), None, self._draft_failed)
        try:
            future.result(timeout=timeout)
        except Exception as exc:  # the reason, in the status line under the text that is still there
            self._draft_failed(exc)
            self.flush_failed = True
            return False
        self.flush_failed = False
        return True

    def _save_before_lock(self, proceed: Callable[[], None]) -> None:
        """Locking clears the editor, so what it holds is saved first; if that fails the journal stays open and
        says why (a lock never clears text it could not save). Typing during the save saves again."""
        if not self.editor.dirty or not self.editor.has_text or self._worker.closed:
            proceed()
            return
        self.autosave.stop()
        draft = self.editor.draft(self._clock.now())
        snapshot = self._snapshot()

        def saved(_: Any) -> None:
            if self.protection.locked:
                return
            if self._snapshot() != snapshot:
                self._save_before_lock(proceed)
            else:
                proceed()

        def failed(exc: BaseException) -> None:
            self.editor.status.setText(self.tr(
                "Your journal wasn't locked, because what you're writing couldn't be saved. {problem} {kept}").format(
                problem=calm_text(exc), kept=kept_text()))
            self._window.show_notice(self.tr("Your journal is still open: what you're writing couldn't be saved."))

        self._worker.submit(lambda db: db.journal.save_draft(draft), saved, failed)

    def _snapshot(self) -> tuple[str, str, str, object]:
        e = self.editor
        return e.title.text(), e.body.toPlainText(), e.tags.text(), e.mood.currentData()

    def _kept_arrived(self, report: Any) -> None:
        if report.total:
            self._window.show_notice(self.tr("What you made while your journal was locked is in it now."))
            if self.loaded:
                self.reload()
        if report.unreadable:
            self._window.show_notice(self.tr(
                "%n thing(s) kept while your journal was locked couldn't be read. They have been kept aside.", "",
                report.unreadable))

    def _draft_failed(self, exc: BaseException) -> None:
        self.editor.status.setText(self.tr("{problem} {kept}", "what went wrong, then that the writing is kept").format(
            problem=calm_text(exc), kept=kept_text()))

    def _restore_draft(self) -> None:
        def restored(draft: Draft | None) -> None:
            if draft is not None and (draft.body.strip() or draft.title):
                self.editor.load_draft(draft)
                self.editor.status.setText(self.tr("Here is what you were writing last time. It hasn't been "
                                                   "saved as an entry yet."))

        self._worker.submit(lambda db: db.journal.load_draft(SLOT), restored, lambda _e: None)

    def new_entry(self) -> None:
        if self.protection.locked:
            self.view.unlock.passphrase.setFocus()
            return
        if self.editor.dirty and self.editor.has_text:
            self.save(then=self._fresh)
        else:
            self._fresh()

    def _fresh(self) -> None:
        self.editor.clear()
        self.view.list.clearSelection()
        self._worker.submit(lambda db: db.journal.discard_draft(SLOT), None, lambda _e: None)
        self.editor.title.setFocus()

    def save(self, then: Callable[[], None] | None = None) -> None:
        if self.protection.locked:
            return
        if not self.editor.has_text:
            self.editor.status.setText(self.tr("There's nothing to save yet."))
            return
        self.autosave.stop()
        now = self._clock.now()
        draft = self.editor.draft(now)
        snapshot = (self.editor.title.text(), self.editor.body.toPlainText())

        def done(entry: JournalEntry | None) -> None:
            if entry is None:
                return
            unchanged = snapshot == (self.editor.title.text(), self.editor.body.toPlainText())
            if unchanged:
                self._load(entry)
                self.editor.status.setText(self.tr("Saved.", "a journal entry was saved"))
            elif self.editor.entry_uuid == entry.uuid:
                # Typed on while it saved: the newer text stays unsaved, but it belongs to this entry now.
                self.editor.entry_id = entry.id
                self.editor.delete_button.setEnabled(True)
            self.entry_saved.emit(int(entry.id or 0))
            self.reload()
            if then is not None:
                then()

        self._worker.submit(lambda db: db.journal.save_as_entry(draft, now), done, self._save_failed)

    def _save_failed(self, exc: BaseException) -> None:
        self.editor.dirty = True  # the text stays in the editor; the draft too, if that could be written
        self.editor.status.setText(self.tr("Your entry couldn't be saved. {problem} {kept}").format(
            problem=calm_text(exc), kept=kept_text()))

    def _load(self, entry: JournalEntry) -> None:
        link = ""
        if entry.session is not None:
            started = entry.session.started_at.astimezone()
            when = date_time_text(started)
            link = self.tr("Written during {practice}, {when}.").format(
                practice=self._practice_title(entry.session.practice_id), when=when)
        self.editor.load_entry(entry, link)

    def open_entry(self, entry_id: int, focus: bool = False) -> None:
        def opened(entry: JournalEntry | None) -> None:
            if entry is not None:
                self._load(entry)
                if focus:
                    self.editor.body.setFocus()

        def go() -> None:
            self._worker.submit(lambda db: db.journal.get(entry_id), opened)

        if self.editor.dirty and self.editor.has_text and self.editor.entry_id != entry_id:
            self.save(then=go)  # never drop writing when moving to another entry
        else:
            go()

    def _open_index(self, index: QModelIndex) -> None:
        self.open_entry(int(index.data(EntryIdRole)))

    def _open_and_focus(self, index: QModelIndex) -> None:
        self.open_entry(int(index.data(EntryIdRole)), focus=True)

    # -- delete with undo -------------------------------------------------------------------------------
    def delete_current(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None:
            index = self.view.list.currentIndex()
            if not index.isValid():
                return
            entry_id = int(index.data(EntryIdRole))
        now = self._clock.now()

        def done(_: Any) -> None:
            self.last_deleted = entry_id
            self.model.remove_entry(entry_id)
            if self.editor.entry_id == entry_id:
                self.editor.clear()
            self.view.show_undo(self.tr("Entry deleted."))
            self.view.undo_button.setFocus()

        self.autosave.stop()
        self._worker.submit(lambda db: db.journal.delete(entry_id, now, draft_slot=SLOT), done,
                            lambda exc: self.editor.status.setText(calm_text(exc)))

    def undo_delete(self) -> None:
        entry_id = self.last_deleted
        if entry_id is None:
            return
        self.last_deleted = None
        self.view.undo_bar.hide()

        def done(_: Any) -> None:
            self.reload()
            self.open_entry(entry_id)

        self._worker.submit(lambda db: db.journal.restore(entry_id), done,
                            lambda exc: self._window.show_notice(calm_text(exc)))

    # -- sessions ------------------------------------------------------------------------------------------
    def session_ended(self, record: SessionRecord) -> None:
        """The app records the session (its writing answers become linked entries in the same transaction);
        this runs after that job on the same thread, then shows the new entries."""
        if not record.writings:
            return
        if self.protection.locked:
            self._window.show_notice(self.tr("What you wrote will be added to your journal when you unlock it."))
            return

        def done(_: Any) -> None:
            self._window.show_notice(self.tr("What you wrote is in your journal."))
            if self.loaded:
                self.reload()

        self._worker.submit(lambda db: None, done, lambda _e: None)

    # -- locking ---------------------------------------------------------------------------------------------
    def _locked_changed(self, locked: bool) -> None:
        self.view.set_locked(locked)
        if locked:
            self.autosave.stop()
            self.release_list.stop()
            self._reselect = None
            self.model.clear()
            self.editor.clear()
            self.view.set_tags([])
            self.loaded = False
            self._window.show_notice(self.tr("Your journal is locked."))
        else:
            self._window.show_notice("")
            if self._window.pages.currentWidget() is self.page:
                self.page_shown()
                self.editor.title.setFocus()

    def lock_now(self) -> None:
        self.protection.lock()

    # -- setting, changing and recovering the passphrase: passphrase_actions.py --------------------------------
    def offer_protection(self) -> None:
        self.passphrase_actions.offer_protection()

    def make_new_recovery_code(self) -> None:
        """Journal menu: a new recovery code (a lost one, or one someone else may have seen), the passphrase asked."""
        self.passphrase_actions.make_new_recovery_code()

    def change_passphrase(self) -> None:
        self.passphrase_actions.change_passphrase()

    # -- export, import, delete everything, a damaged database: data_actions.py ---------------------------------
    def export(self, kind: str) -> None:
        """kind: "markdown" (one file), "markdown-folder" (one file per entry) or "json"."""
        self.data_actions.export(kind)

    def import_json(self, chosen: str | None = None) -> None:
        self.data_actions.import_json(chosen)

    def delete_all_data(self) -> None:
        self.data_actions.delete_all_data()

    def open_failed(self, exc: BaseException) -> None:
        from selfcompass.storage import DatabaseDamaged, DatabaseLocked

        if isinstance(exc, DatabaseLocked) and not self.protection.locked:
            self.protection.protected = True
            self.protection.locked = True
            self._worker.hold()
            self._locked_changed(True)
        elif isinstance(exc, DatabaseDamaged):
            self.data_actions.database_damaged(exc)

    # -- helpers ---------------------------------------------------------------------------------------------
    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # freed once answered: the app may run for weeks
        dialog.open()  # type: ignore[attr-defined]

    def _message(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("journalMessageBox")
        self._show(box)

    def _busy(self, text: str) -> QProgressDialog:
        busy = QProgressDialog(text, "", 0, 0, self._window)
        busy.setObjectName("journalBusy")
        busy.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        busy.setCancelButton(None)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(300)
        busy.setAutoClose(False)
        busy.setAutoReset(False)
        self.progress = busy
        return busy

    def _with_progress(self, text: str, job: Callable[[Any, Callable[[int, int], None]], Any],
                       on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        dialog = self._busy(text)
        self.progress_seen = []

        def moved(done: int, total: int) -> None:
            self.progress_seen.append((done, total))
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        relay = _Relay(moved, self)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            dialog.close()
            relay.deleteLater()
            callback(value)

        self._worker.submit(lambda db: job(db, relay.moved.emit), lambda r: finish(on_done, r),
                            lambda exc: finish(on_error, exc))

    def shutdown(self) -> None:
        self.flush()
        self.autosave.stop()
        self.release_list.stop()
        self.protection.shutdown()

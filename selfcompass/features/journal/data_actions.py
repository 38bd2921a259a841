"""The journal's data files: export, import, deleting everything, and recovery from a damaged database.

The journal feature owns one of these and lends it the dialog and progress helpers, so the open dialog and the
progress stay where the tests look (on the feature). Messages keep the feature's translation context. File work runs
on the database thread and reports back here on the UI thread. Nothing here logs what anyone wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from selfcompass.core.clock import Clock
from selfcompass.core.formatting import date_time_text
from selfcompass.features.journal.controller import JournalFeature
from selfcompass.features.journal.messages import calm_text
from selfcompass.paths import AppPaths
from selfcompass.storage.worker import DatabaseWorker
from selfcompass.ui.protection.dialogs import ConfirmWordDialog

if TYPE_CHECKING:
    from selfcompass.storage.errors import DatabaseDamaged
    from selfcompass.storage.repair import RepairReport
    from selfcompass.ui.main_window import MainWindow


class JournalDataActions:
    """Export, import, delete all data and recover a damaged database, for the journal feature that owns it."""

    def __init__(self, feature: JournalFeature, *, worker: DatabaseWorker, clock: Clock, paths: AppPaths,
                 window: MainWindow) -> None:
        self._feature = feature
        self._worker = worker
        self._clock = clock
        self._paths = paths
        self._window = window
        self._damaged_open = False

    # -- export, import, delete everything ------------------------------------------------------------------
    def ask_file(self, title: str, suggested: str, saving: bool) -> str:  # pragma: no cover - native dialog
        start = str(Path.home() / suggested)
        if saving and not suggested.endswith((".md", ".json")):
            return QFileDialog.getExistingDirectory(self._window, title, str(Path.home()))
        if saving:
            return QFileDialog.getSaveFileName(self._window, title, start)[0]
        return QFileDialog.getOpenFileName(self._window, title, str(Path.home()),
                                           QCoreApplication.translate("JournalFeature",
                                                                      "Journals from SelfCompass (*.json)"))[0]

    def export(self, kind: str) -> None:
        """kind: "markdown" (one file), "markdown-folder" (one file per entry) or "json"."""
        f = self._feature
        if f.protection.locked:
            self._window.show_notice(QCoreApplication.translate("JournalFeature",
                                                                "Unlock your journal to save a copy of it."))
            return
        suggested = {"markdown": "SelfCompass journal.md", "markdown-folder": "SelfCompass journal",
                     "json": "SelfCompass journal.json"}[kind]
        title = {"markdown": QCoreApplication.translate("JournalFeature", "Save a copy of my journal"),
                 "markdown-folder": QCoreApplication.translate("JournalFeature", "Save a copy, one file per entry"),
                 "json": QCoreApplication.translate("JournalFeature", "Move my journal to another computer")}[kind]
        chosen = f.choose_file(title, suggested, True)
        if not chosen:
            return
        target, now = Path(chosen), self._clock.now()

        def job(db: Any, progress: Callable[[int, int], None]) -> tuple[int, int]:
            if kind == "json":
                n = int(db.journal.export_json(target, now=now, progress=progress))
            else:
                n = int(db.journal.export_markdown(target, one_file=kind == "markdown", progress=progress))
            return n, int(db.journal.unreadable_live())  # damaged entries the copy had to leave out

        def done(result: tuple[int, int]) -> None:
            n, left_out = result
            if n == 1:
                text = QCoreApplication.translate(
                    "JournalFeature", "Saved a copy of {count} entry in {path}. A copy isn't protected by a "
                    "passphrase: you might keep it somewhere private.")
            else:
                text = QCoreApplication.translate(
                    "JournalFeature", "Saved a copy of {count} entries in {path}. A copy isn't protected by a "
                    "passphrase: you might keep it somewhere private.")
            text = text.format(count=f"{n:,}", path=target)
            if left_out == 1:
                text += " " + QCoreApplication.translate(
                    "JournalFeature", "1 entry could not be read, so it is not in the copy; the others are all there.")
            elif left_out:
                text += " " + QCoreApplication.translate(
                    "JournalFeature", "{count} entries could not be read, so they are not in the copy; the others are "
                    "all there.").format(count=f"{left_out:,}")
            self._window.show_notice(text)

        not_exported = QCoreApplication.translate("JournalFeature", "No copy of your journal was saved")
        f._with_progress(QCoreApplication.translate("JournalFeature", "Saving a copy of your journal…"), job, done,
                         lambda exc: f._message(not_exported, calm_text(exc)))

    def import_json(self, chosen: str | None = None) -> None:
        f = self._feature
        if f.protection.locked:
            self._window.show_notice(QCoreApplication.translate("JournalFeature",
                                                                "Unlock your journal to bring entries into it."))
            return
        chosen = chosen or f.choose_file(QCoreApplication.translate(
            "JournalFeature", "Bring in a journal from another computer"), "", False)
        if not chosen:
            return
        source = Path(chosen)

        def done(report: Any) -> None:
            self._window.show_notice(QCoreApplication.translate(
                "JournalFeature", "Brought in {file}: {added} new, {updated} updated, {unchanged} already here."
            ).format(
                    file=source.name, added=f"{report.added:,}", updated=f"{report.updated:,}",
                    unchanged=f"{report.unchanged:,}"))
            f.reload()

        nothing = QCoreApplication.translate("JournalFeature", "Nothing was brought in")
        f._with_progress(QCoreApplication.translate("JournalFeature", "Bringing in entries…"),
                         lambda db, progress: db.journal.import_json(source, progress),
                         done, lambda exc: f._message(nothing, calm_text(exc)))

    def delete_all_data(self) -> None:
        dialog = ConfirmWordDialog(
            QCoreApplication.translate("JournalFeature", "Delete all my data"),
            QCoreApplication.translate(
                "JournalFeature", "This removes your journal, drafts, practice history, backups and passphrase "
                "protection from this computer, for good. Exports you saved elsewhere are not touched. Your settings "
                "stay."),
            QCoreApplication.translate("JournalFeature", "delete", "the word typed to confirm deleting all data"),
            QCoreApplication.translate("JournalFeature", "Delete everything"),
            self._window)
        dialog.accepted.connect(self._delete_everything)
        self._feature._show(dialog)

    def _delete_everything(self) -> None:
        from selfcompass.storage.recovery import delete_all_data

        f = self._feature
        f.autosave.stop()
        paths = self._paths
        self._worker.hold()
        self._worker.reopen()

        def done(removed: Any) -> None:
            f.editor.clear()
            f.model.clear()
            f.view.set_tags([])
            f.view.undo_bar.hide()
            f.last_deleted = None
            f.protection.forget()
            f.protection_changed(False)
            self._worker.release()
            f.loaded = False
            self._window.show_notice(QCoreApplication.translate(
                "JournalFeature", "Your journal, practice history and backups have been removed from this computer."))
            if self._window.pages.currentWidget() is f.page:
                f.page_shown()

        def failed(exc: BaseException) -> None:
            self._worker.release()
            f._message(QCoreApplication.translate("JournalFeature", "Not everything could be deleted"), calm_text(exc))

        self._worker.call(lambda: delete_all_data(paths), done, failed)

    # -- damaged entries: repair ------------------------------------------------------------------------------
    def offer_repair(self) -> None:
        """What repairing does, asked once before it starts (it takes the journal out of use for a moment)."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("JournalFeature", "Repair the journal"),
                          QCoreApplication.translate(
                              "JournalFeature", "SelfCompass can make a fresh copy of your journal with everything "
                              "that can still be read, and bring the damaged entries back from your backups where they "
                              "are whole. The damaged file is kept aside, not deleted."),
                          QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("repairDialog")
        go = box.addButton(QCoreApplication.translate("JournalFeature", "Repair"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("repairGo")
        go.clicked.connect(self.repair)
        box.addButton(QCoreApplication.translate("JournalFeature", "Not now", "leave the damaged entries for later"),
                      QMessageBox.ButtonRole.RejectRole).setObjectName("repairLater")
        self._feature._show(box)

    def repair(self) -> None:
        """Rebuild the journal without its damaged entries, bringing them back from backups (storage/repair.py)."""
        from selfcompass.storage.repair import repair

        f = self._feature
        paths, now, key = self._paths, self._clock.now(), f.protection.key
        busy = f._busy(QCoreApplication.translate("JournalFeature", "Repairing your journal…"))

        def done(report: RepairReport) -> None:
            busy.close()
            self._worker.release()
            self._window.show_notice(_repaired_words(report))
            f.view.show_repair_offer(0)
            f.reload()

        def failed(exc: BaseException) -> None:
            busy.close()
            self._worker.release()
            f._message(QCoreApplication.translate("JournalFeature", "That didn't work"), calm_text(exc))

        self._worker.hold()  # nothing opens the journal while it is rebuilt; queued saves wait and then go in
        self._worker.reopen()
        self._worker.call(lambda: repair(paths, key, now), done, failed)

    # -- a damaged database --------------------------------------------------------------------------------------
    def database_damaged(self, exc: DatabaseDamaged) -> None:
        """Hold the database and offer the newest good backup, once while the question is open."""
        if self._damaged_open:
            return
        self._damaged_open = True
        self._worker.hold()
        self._offer_backup(exc)

    def _offer_backup(self, exc: DatabaseDamaged) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("JournalFeature", "Your database looks damaged"), exc.message,
                          QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("damagedDialog")
        if exc.backup is not None:
            stamp = exc.backup.stat().st_mtime
            from datetime import datetime

            saved = datetime.fromtimestamp(stamp)
            when = date_time_text(saved)
            entries = getattr(exc, "backup_entries", None)
            if entries is None:
                text = QCoreApplication.translate(
                    "JournalFeature", "You can go back to the newest good backup, from {when}. The damaged file will "
                    "be kept aside, not deleted.").format(when=when)
            elif entries == 1:
                text = QCoreApplication.translate(
                    "JournalFeature", "You can go back to the newest good backup, from {when}, which holds 1 journal "
                    "entry. The damaged file will be kept aside, not deleted.").format(when=when)
            else:
                text = QCoreApplication.translate(
                    "JournalFeature", "You can go back to the newest good backup, from {when}, which holds {count} "
                    "journal entries. The damaged file will be kept aside, not deleted.").format(
                        when=when, count=f"{entries:,}")
            box.setInformativeText(text)
            restore = box.addButton(QCoreApplication.translate("JournalFeature", "Restore the backup"),
                                    QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("damagedRestore")
            restore.clicked.connect(lambda: self._recover(exc.backup))
        else:
            box.setInformativeText(QCoreApplication.translate(
                "JournalFeature", "No good backup was found. You can start a new, empty journal; the damaged file "
                "will be kept aside, not deleted."))
        fresh = box.addButton(QCoreApplication.translate("JournalFeature", "Start a new journal"),
                              QMessageBox.ButtonRole.DestructiveRole)
        fresh.setObjectName("damagedFresh")
        fresh.clicked.connect(lambda: self._recover(None))
        later = box.addButton(QCoreApplication.translate("JournalFeature", "Not now",
                                                         "leave the damaged database for later"),
                              QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("damagedLater")
        later.clicked.connect(lambda: setattr(self, "_damaged_open", False))
        self._feature._show(box)

    def _recover(self, backup: Path | None) -> None:
        """Restore ``backup`` in place of the damaged journal, or (None) start a new one; either way the damaged
        file is set aside, never deleted."""
        from selfcompass.storage.recovery import restore_backup, set_damaged_aside

        f = self._feature
        paths, now = self._paths, self._clock.now()

        def job() -> Path | None:
            if backup is not None:
                return restore_backup(paths, backup, now)
            return set_damaged_aside(paths, now)

        def done(aside: Path | None) -> None:
            self._damaged_open = False
            self._worker.release()
            what = (QCoreApplication.translate("JournalFeature", "Your backup has been restored.") if backup
                    else QCoreApplication.translate("JournalFeature", "A new journal has been started."))
            where = " " + QCoreApplication.translate("JournalFeature", "The damaged file is kept as {name}.").format(
                name=aside.name) if aside else ""
            self._window.show_notice(what + where)
            if f.loaded:
                f.reload()

        def failed(exc: BaseException) -> None:
            self._damaged_open = False
            f._message(QCoreApplication.translate("JournalFeature", "That didn't work"), calm_text(exc))

        self._worker.reopen()
        self._worker.call(job, done, failed)


def _repaired_words(report: RepairReport) -> str:
    """What a repair did, in a sentence or two: entries brought back (from which backup), any that no backup held,
    and where the damaged file is kept."""
    from datetime import date

    from selfcompass.core.formatting import date_text

    days = [date.fromisoformat(d) for d in report.backup_days]
    if report.brought_back and len(days) == 1:
        if report.brought_back == 1:
            #: {date} is the backup's day, like "5 December 2026".
            back = QCoreApplication.translate(
                "JournalFeature", "The journal is repaired: 1 entry came back from your backup of {date}.")
        else:
            #: {count} entries were put back; {date} is the backup's day, like "5 December 2026".
            back = QCoreApplication.translate(
                "JournalFeature", "The journal is repaired: {count} entries came back from your backup of {date}.")
        words = back.format(count=f"{report.brought_back:,}", date=date_text(days[0]))
    elif report.brought_back:
        words = QCoreApplication.translate(
            "JournalFeature", "The journal is repaired: {count} entries came back from your backups.").format(
            count=f"{report.brought_back:,}")
    else:
        words = QCoreApplication.translate("JournalFeature", "The journal is repaired.")
    if report.not_found == 1:
        words += " " + QCoreApplication.translate(
            "JournalFeature", "1 entry was not whole in any backup, so it could not come back.")
    elif report.not_found:
        words += " " + QCoreApplication.translate(
            "JournalFeature", "{count} entries were not whole in any backup, so they could not come back.").format(
            count=f"{report.not_found:,}")
    if report.set_aside is not None:
        words += " " + QCoreApplication.translate("JournalFeature", "The damaged file is kept as {name}.").format(
            name=report.set_aside.name)
    return words

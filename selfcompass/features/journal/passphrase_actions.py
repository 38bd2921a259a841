"""The journal's passphrase, in the person's hands: unlocking (with the passphrase or the recovery code), setting
one, changing it, and showing a recovery code with the same care each time.

The journal feature owns one of these, as it owns its data actions (data_actions.py), and lends it the dialog, busy
and message helpers, so the open dialog stays where the tests look (on the feature). Messages keep the feature's
translation context. The keys themselves are protection.py's (``ProtectionController``). Nothing here logs a
passphrase or a code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog

from selfcompass.features.journal.controller import JournalFeature
from selfcompass.features.journal.messages import calm_text
from selfcompass.ui.protection.dialogs import (
    WRONG_CODE,
    WRONG_PASSPHRASE,
    AskPassphraseDialog,
    PassphraseDialog,
    RecoveryCodeDialog,
)

if TYPE_CHECKING:
    from selfcompass.features.journal.protection import ProtectionController
    from selfcompass.ui.main_window import MainWindow


class JournalPassphraseActions:
    """Unlock, set, change and recover the journal's passphrase, for the journal feature that owns it."""

    def __init__(self, feature: JournalFeature, window: MainWindow) -> None:
        self._feature = feature
        self._window = window

    @property
    def _protection(self) -> ProtectionController:
        return self._feature.protection

    # -- unlocking ----------------------------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> None:
        self._protection.unlock(passphrase, lambda exc: self._unlock_failed(
            exc, QCoreApplication.translate("UnlockPanel", WRONG_PASSPHRASE)))

    def unlock_with_code(self, code: str) -> None:
        self._protection.unlock_with_recovery_code(code, lambda exc: self._unlock_failed(
            exc, QCoreApplication.translate("UnlockPanel", WRONG_CODE)))

    def _unlock_failed(self, exc: BaseException, wrong: str) -> None:
        from selfcompass.storage import WrongPassphrase

        self._feature.view.unlock.failed(wrong if isinstance(exc, WrongPassphrase) else calm_text(exc))

    # -- setting a passphrase -----------------------------------------------------------------------------------
    def offer_protection(self) -> None:
        if self._protection.protected:
            return
        dialog = PassphraseDialog(
            QCoreApplication.translate("JournalFeature", "Protect your journal"),
            QCoreApplication.translate(
                "JournalFeature",
                "Choose a passphrase to protect your journal and practice history on this computer. You'll enter "
                "it when SelfCompass starts; your practices keep working while the journal is locked."),
            self._window, ok_text=QCoreApplication.translate("JournalFeature", "&Protect my journal"))
        dialog.accepted.connect(lambda: self._set_up(dialog.passphrase))
        self._feature._show(dialog)

    def _set_up(self, passphrase: str) -> None:
        f = self._feature
        f.save_draft_now()
        busy = f._busy(QCoreApplication.translate("JournalFeature", "Protecting your journal…"))
        self._protection.set_up(passphrase, lambda code: self._protected(busy, code),
                                lambda exc: self._protect_failed(busy, exc))

    def _protected(self, busy: QProgressDialog, code: str) -> None:
        busy.close()
        self._feature.protection_changed(True)
        self._window.show_notice(QCoreApplication.translate("JournalFeature", "Your journal is protected."))
        self.show_recovery_code(code)

    def _protect_failed(self, busy: QProgressDialog, exc: BaseException) -> None:
        busy.close()
        problem = QCoreApplication.translate("JournalFeature", "Nothing was changed. {problem}")
        self._feature._message(QCoreApplication.translate("JournalFeature", "Your journal wasn't protected"),
                               problem.format(problem=calm_text(exc)))

    # -- the recovery code --------------------------------------------------------------------------------------
    def show_recovery_code(self, code: str, before: str = "") -> None:
        """The code, shown once with the same care each time; once the person says it is kept, it stays."""
        dialog = RecoveryCodeDialog(code, self._window, before=before)

        def finished(_result: int) -> None:
            if dialog.kept.isChecked():
                self._protection.recovery_code_kept()

        dialog.finished.connect(finished)
        self._feature._show(dialog)

    def renewed_code(self, code: str) -> None:
        self.show_recovery_code(code, QCoreApplication.translate(
            "JournalFeature", "SelfCompass stopped before your recovery code was shown, so here is a new one."))

    def make_new_recovery_code(self) -> None:
        """Journal menu: a new recovery code (a lost one, or one someone else may have seen), the passphrase asked."""
        if not self._protection.protected:
            self._window.show_notice(QCoreApplication.translate(
                "JournalFeature", "Your journal isn't protected with a passphrase, so it has no recovery code."))
            return
        dialog = AskPassphraseDialog(
            QCoreApplication.translate("JournalFeature", "Make a new recovery code"),
            QCoreApplication.translate(
                "JournalFeature",
                "Enter your passphrase to make a new recovery code. Your old recovery code will stop working."),
            QCoreApplication.translate("JournalFeature", "&Make a new code"), self._window)
        not_made = QCoreApplication.translate("JournalFeature", "No new recovery code was made")

        def failed(exc: BaseException) -> None:
            from selfcompass.storage import WrongPassphrase

            if isinstance(exc, WrongPassphrase):
                self._feature._message(not_made, QCoreApplication.translate(
                    "JournalFeature",
                    "That passphrase didn't match. Your recovery code is unchanged; you might check Caps Lock and "
                    "try again."))
            else:
                self._feature._message(not_made, calm_text(exc))

        def made(code: str) -> None:
            self._window.show_notice(QCoreApplication.translate(
                "JournalFeature", "You have a new recovery code. The old one no longer works."))
            self.show_recovery_code(code, QCoreApplication.translate(
                "JournalFeature", "This replaces your old recovery code, which no longer works."))

        dialog.accepted.connect(lambda: self._protection.make_new_recovery_code(dialog.passphrase, made, failed))
        self._feature._show(dialog)

    # -- changing it --------------------------------------------------------------------------------------------
    def change_passphrase(self) -> None:
        if not self._protection.protected or self._protection.locked:
            self._window.show_notice(QCoreApplication.translate(
                "JournalFeature", "Unlock your journal first, then you can change its passphrase."))
            return
        dialog = PassphraseDialog(
            QCoreApplication.translate("JournalFeature", "Change passphrase"),
            QCoreApplication.translate("JournalFeature", "Choose a new passphrase. Your recovery code stays the same."),
            self._window, ok_text=QCoreApplication.translate("JournalFeature", "&Change passphrase"))
        changed = QCoreApplication.translate("JournalFeature", "Your passphrase has been changed.")
        not_changed = QCoreApplication.translate("JournalFeature", "Your passphrase wasn't changed")
        dialog.accepted.connect(lambda: self._protection.change_passphrase(
            dialog.passphrase, lambda _r: self._window.show_notice(changed),
            lambda exc: self._feature._message(not_changed, calm_text(exc))))
        self._feature._show(dialog)

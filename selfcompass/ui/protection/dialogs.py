"""Dialogs and the unlock panel for passphrase protection. They collect words; the feature does the work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.i18n import QT_TRANSLATE_NOOP
from selfcompass.ui.layout import centre_form_labels
from selfcompass.ui.theme import TYPE_TITLE

MIN_LENGTH = 8
# Shown on the unlock panel. English source text: translate at use with
# ``QCoreApplication.translate("UnlockPanel", WRONG_PASSPHRASE)``.
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("UnlockPanel", "That passphrase didn't unlock your journal. You might check Caps "
                                     "Lock and try again, or use your recovery code.")
WRONG_CODE = QT_TRANSLATE_NOOP("UnlockPanel", "That recovery code didn't unlock your journal. You might check each "
                               "group of four and try again.")


def strength_hint(passphrase: str) -> str:
    """A friendly nudge, never a verdict on the person."""
    words = len(passphrase.split())
    if not passphrase:
        return QCoreApplication.translate("PassphraseDialog",
                                          "A few ordinary words you will remember make a good passphrase.")
    if len(passphrase) < MIN_LENGTH:
        return QCoreApplication.translate("PassphraseDialog", "A passphrase needs at least {count} characters.").format(
            count=MIN_LENGTH)
    if len(passphrase) >= 16 or words >= 4:
        return QCoreApplication.translate("PassphraseDialog", "That looks like a strong passphrase.")
    return QCoreApplication.translate("PassphraseDialog",
                                      "That works. Another word or two would make it harder to guess.")


def _secret_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class PassphraseDialog(QDialog):
    """Choose a passphrase (twice). Used for setting up protection and for changing the passphrase.

    ``title`` and ``intro`` come translated; ``ok_text`` names the OK button (by default "&Protect my journal" for
    a title holding "Protect", otherwise "&Change passphrase").
    """

    def __init__(self, title: str, intro: str, parent: QWidget | None = None, *, ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        text = QLabel(intro, wordWrap=True)
        self.first = _secret_field("passphraseFirst", self.tr("New passphrase"))
        self.second = _secret_field("passphraseSecond", self.tr("The same passphrase again"))
        self.hint = QLabel(strength_hint(""), objectName="passphraseHint", wordWrap=True)
        self.hint.setAccessibleName(self.tr("Passphrase hint"))
        self.show_text = QCheckBox(self.tr("Show what I type"), objectName="passphraseShow")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Again", "type the passphrase again"), self.second)
        centre_form_labels(form)
        for field in (self.first, self.second):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text is None:
            ok_text = self.tr("&Protect my journal") if "Protect" in title else self.tr("&Change passphrase")
        self.ok.setText(ok_text)
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.show_text)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self.show_text.toggled.connect(self._show)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _check(self) -> None:
        first, second = self.first.text(), self.second.text()
        hint = strength_hint(first)
        if len(first) >= MIN_LENGTH and second and first != second:
            hint += " " + self.tr("The two don't match yet.")
        self.hint.setText(hint)
        self.ok.setEnabled(len(first) >= MIN_LENGTH and first == second)

    @property
    def passphrase(self) -> str:
        return self.first.text()


class RecoveryCodeDialog(QDialog):
    """Shows the recovery code once, with copy and print, until the person says they have kept it."""

    def __init__(self, code: str, parent: QWidget | None = None, *, before: str = "") -> None:
        """``before``: a sentence (translated) said first, when this is a new code (made from the menu, or because
        the first one was never shown)."""
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("Your recovery code") if not before else self.tr("Your new recovery code"))
        self.setModal(True)
        words = self.tr("If you ever forget your passphrase, this code unlocks your journal. It is shown only "
                        "this once and SelfCompass does not keep a copy, so you might write it down or print "
                        "it and keep it somewhere safe.")
        intro = QLabel(f"{before} {words}" if before else words, wordWrap=True, objectName="recoveryIntro")
        self.code = QLabel(code, objectName="recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * TYPE_TITLE)  # read aloud or copied out: large and clear
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.copy_button = QPushButton(self.tr("&Copy", "copy the recovery code"), objectName="recoveryCopy")
        self.print_button = QPushButton(self.tr("&Print…"), objectName="recoveryPrint")
        self.kept = QCheckBox(self.tr("I've kept it safe"), objectName="recoveryKept")
        self.done_button = QPushButton(self.tr("&Done", "close the recovery code dialog"), objectName="recoveryDone")
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        end = QHBoxLayout()
        end.addWidget(self.kept, 1)
        end.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addLayout(row)
        layout.addLayout(end)
        self.copy_button.clicked.connect(self._copy)
        self.print_button.clicked.connect(self._print)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.copy_button.setText(self.tr("Copied", "the recovery code was copied"))

    def _print(self) -> None:  # pragma: no cover - needs a printer
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setPlainText(self.tr("SelfCompass recovery code") + f"\n\n{self.code.text()}\n")
            doc.print_(printer)

    def reject(self) -> None:
        if self.kept.isChecked():  # Esc closes only once the code has been kept
            super().reject()


class AskPassphraseDialog(QDialog):
    """Asks for the current passphrase once, before something that needs the person to prove it (a new recovery
    code). Collects the words only; the feature checks them."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askPassphraseDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.field = _secret_field("askPassphrase", self.tr("Your passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.field)
        centre_form_labels(form)
        label = form.labelForField(self.field)
        if isinstance(label, QLabel):
            label.setBuddy(self.field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro, wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def passphrase(self) -> str:
        return self.field.text()


class UnlockPanel(QWidget):
    """Shown in place of the journal while it is locked. Shows nothing personal."""

    unlock_requested = Signal(str)  # the passphrase
    recovery_requested = Signal(str)  # the recovery code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        title = QLabel(self.tr("Your journal is locked"), objectName="unlockTitle")
        title.setProperty("role", "title")
        intro = QLabel(self.tr("Your practices work as usual. Enter your passphrase to open your journal."),
                       wordWrap=True)
        self.stack = QStackedWidget()
        self.passphrase = _secret_field("unlockPassphrase", self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"), objectName="unlockButton")
        self.use_code = QPushButton(self.tr("I've forgotten it: use my &recovery code"), objectName="unlockUseCode")
        self.use_code.setFlat(True)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.unlock_button)
        form.addRow(self.use_code)
        centre_form_labels(form)
        self.code = QLineEdit(objectName="unlockCode", placeholderText="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code_button = QPushButton(self.tr("Unlock with &code"), objectName="unlockCodeButton")
        self.back = QPushButton(self.tr("Use my &passphrase instead"), objectName="unlockBack")
        self.back.setFlat(True)
        code_page = QWidget()
        code_form = QFormLayout(code_page)
        code_form.addRow(self.tr("Recovery &code"), self.code)
        code_form.addRow(self.code_button)
        code_form.addRow(self.back)
        centre_form_labels(code_form)
        for f, field in ((form, self.passphrase), (code_form, self.code)):
            label = f.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.stack.addWidget(page)
        self.stack.addWidget(code_page)
        self.message = QLabel(objectName="unlockMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.stack)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.code_button.clicked.connect(self._unlock_code)
        self.code.returnPressed.connect(self._unlock_code)
        self.use_code.clicked.connect(lambda: self._page(1))
        self.back.clicked.connect(lambda: self._page(0))

    def _page(self, n: int) -> None:
        self.stack.setCurrentIndex(n)
        self.message.clear()
        (self.passphrase if n == 0 else self.code).setFocus()

    def _unlock(self) -> None:
        if self.passphrase.text():
            self.set_busy(True)
            self.unlock_requested.emit(self.passphrase.text())

    def _unlock_code(self) -> None:
        if self.code.text().strip():
            self.set_busy(True)
            self.recovery_requested.emit(self.code.text())

    def set_busy(self, busy: bool) -> None:
        for w in (self.unlock_button, self.code_button, self.passphrase, self.code):
            w.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Unlocking…"))

    def failed(self, message: str) -> None:
        self.set_busy(False)
        self.message.setText(message)
        field = self.passphrase if self.stack.currentIndex() == 0 else self.code
        field.selectAll()
        field.setFocus()

    def reset(self) -> None:
        self.passphrase.clear()
        self.code.clear()
        self.message.clear()
        self.set_busy(False)
        self.stack.setCurrentIndex(0)


class ConfirmWordDialog(QDialog):
    """A clear confirmation for something that cannot be undone: type a word to go ahead.

    All four texts come translated (the word too, so people type it in their own language).
    """

    def __init__(self, title: str, text: str, word: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmWordDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.word = word
        self.field = QLineEdit(objectName="confirmWord")
        self.field.setAccessibleName(self.tr("Type {word} to confirm").format(word=word))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(action, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.go.setObjectName("confirmGo")
        self.go.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text, wordWrap=True))
        layout.addWidget(QLabel(self.tr("To go ahead, type <b>{word}</b> below.").format(word=word)))
        layout.addWidget(self.field)
        layout.addWidget(buttons)
        self.field.textChanged.connect(lambda t: self.go.setEnabled(t.strip().casefold() == word.casefold()))
        self.go.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

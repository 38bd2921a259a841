"""Preview of the progress report a person may choose to share: exactly what it holds, said plainly."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.i18n import QT_TRANSLATE_NOOP

WHAT_IS_IN = QT_TRANSLATE_NOOP("ReportPreview",
                               "What is in it: the sequence, the days and practices you have done, and your minutes "
                               "of practice; your before-and-after ratings only if you tick the box. What is never in "
                               "it: notes, anything you wrote, and your journal.")


class ReportPreview(QDialog):
    """Shows the report as it will be saved; the person picks PDF or CSV, or cancels. Nothing is sent anywhere."""

    def __init__(self, render: Callable[[bool], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWindowTitle(self.tr("Share your progress"))
        self._render = render
        self.choice = ""
        intro = QLabel(QCoreApplication.translate("ReportPreview", WHAT_IS_IN), objectName="reportWhatIsIn")
        intro.setWordWrap(True)
        self.ratings = QCheckBox(self.tr("Include how I rated each practice"), objectName="reportRatings")
        self.ratings.toggled.connect(self.refresh)
        self.preview = QTextBrowser(objectName="reportPreviewText")
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        for kind, text in (("pdf", self.tr("Save as PDF…")), ("csv", self.tr("Save as a spreadsheet…"))):
            button = QPushButton(text, objectName=f"report_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self._choose(k))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The file is saved on this computer. You decide whether to send it to anyone."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.ratings)
        lay.addWidget(self.preview, 1)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.resize(640, 620)
        self.refresh()

    def refresh(self) -> None:
        self.preview.setHtml(self._render(self.ratings.isChecked()))

    def _choose(self, kind: str) -> None:
        self.choice = kind
        self.accept()

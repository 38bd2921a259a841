"""The weekly check-in: a short, optional reflection, one statement at a time on the page, answered with the keyboard.

Each statement is a group of radio buttons (arrow keys move within it, Tab moves on). What it is and is not is
said at the top, every time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.checkin import part_words
from selfcompass.core.questionnaire import Questionnaire
from selfcompass.ui.layout import scrolling_body
from selfcompass.ui.theme import Theme


def radio_style(theme: Theme) -> str:
    """Answer circles drawn in the theme's own colours, so they show in every theme (Fusion's fade on black)."""
    return f"""
        QRadioButton {{ padding: 3px 6px; border: 2px solid transparent; border-radius: 6px; }}
        QRadioButton:focus {{ border: 2px solid {theme.accent}; }}
        QRadioButton::indicator {{ width: 14px; height: 14px; border-radius: 9px;
            border: 2px solid {theme.text}; background: {theme.surface}; }}
        QRadioButton::indicator:checked {{ background: {theme.accent}; border: 2px solid {theme.text}; }}
    """


class CheckinView(QWidget):
    """Emits ``submitted(questionnaire, answers)``; the insights feature scores and keeps them."""

    submitted = Signal(object, dict)
    add_requested = Signal(Path)
    insights_requested = Signal()
    # The calm line under a result links to the help page.
    help_requested = Signal()

    def __init__(self, questionnaires: list[Questionnaire], parent: QWidget | None = None,
                 choose_file: Callable[[QWidget], str] | None = None, theme: Theme | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinView")
        self.theme = theme
        if theme is not None:
            self.setStyleSheet(radio_style(theme))
        self._choose_file = choose_file or _ask_for_file
        layout = scrolling_body(self, self.tr("Weekly check-in"))
        self.title = QLabel(self.tr("Weekly check-in"))
        self.title.setProperty("role", "title")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setProperty("role", "notice")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Which check-in"))
        self.choice.currentIndexChanged.connect(self._chosen)
        choice_row = QHBoxLayout()
        self.choice_label = QLabel(self.tr("&Check-in:"))
        self.choice_label.setBuddy(self.choice)
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice, 1)
        self.add_button = QPushButton(self.tr("Add a questionnaire from a file…"))
        self.add_button.setAccessibleName(self.tr("Add a questionnaire from a file (for coaches)"))
        self.add_button.clicked.connect(self._add_clicked)
        choice_row.addStretch(1)
        choice_row.addWidget(self.add_button)
        self.items_box = QVBoxLayout()
        self.save_button = QPushButton(self.tr("&Save my check-in"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAccessibleName(self.tr("Save my check-in"))
        self.save_button.clicked.connect(self._save)
        self.clear_button = QPushButton(self.tr("C&lear answers"))
        self.clear_button.setAccessibleName(self.tr("Clear answers"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result.setAccessibleName(self.tr("Your check-in"))
        # Shown with every result: a check-in can stir things up, and support is one step away.
        self.help_line = QLabel(objectName="checkinHelpLine")
        self.help_line.setWordWrap(True)
        self.help_line.setTextFormat(Qt.TextFormat.RichText)
        self.help_line.setText(self.tr("If this week has been hard, you don't have to carry it alone: "
                                       "<a href=\"help\">help and support</a> is here whenever you need it."))
        self.help_line.setAccessibleName(self.tr("Help and support"))
        self.help_line.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.help_line.linkActivated.connect(lambda _link: self.help_requested.emit())
        self.help_line.hide()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.title, self.notice, self.intro):
            layout.addWidget(w)
        layout.addLayout(choice_row)
        layout.addWidget(self.problems)
        layout.addLayout(self.items_box)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.help_line)
        layout.addStretch(1)
        self.groups: dict[str, QButtonGroup] = {}
        self._boxes: list[QGroupBox] = []
        self._questionnaires: list[Questionnaire] = []
        self.set_questionnaires(questionnaires)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setStyleSheet(radio_style(theme))

    @property
    def questionnaire(self) -> Questionnaire | None:
        row = self.choice.currentIndex()
        return self._questionnaires[row] if 0 <= row < len(self._questionnaires) else None

    def set_questionnaires(self, questionnaires: list[Questionnaire], select: str | None = None) -> None:
        self._questionnaires = list(questionnaires)
        self.choice.blockSignals(True)
        self.choice.clear()
        for q in self._questionnaires:
            self.choice.addItem(q.title, q.id)
        ids = [q.id for q in self._questionnaires]
        self.choice.setCurrentIndex(ids.index(select) if select in ids else 0)
        self.choice.blockSignals(False)
        self.choice.setVisible(len(self._questionnaires) > 1)
        self.choice_label.setVisible(len(self._questionnaires) > 1)
        self._chosen()

    def show_problems(self, text: str) -> None:
        self.problems.setText(text)

    def _chosen(self) -> None:
        for box in self._boxes:
            box.setParent(None)
            box.deleteLater()
        self._boxes.clear()
        self.groups.clear()
        self.result.setText("")
        self.help_line.hide()
        q = self.questionnaire
        if q is None:
            self.notice.setText(self.tr("No check-in could be loaded."))
            return
        self.notice.setText(q.notice)
        self.intro.setText(q.introduction)
        self.intro.setVisible(bool(q.introduction))
        for n, item in enumerate(q.items, start=1):
            box = QGroupBox(self.tr("Statement {n} of {count}").format(n=n, count=len(q.items)))
            inner = QVBoxLayout(box)
            text = QLabel(item.text)
            text.setWordWrap(True)
            inner.addWidget(text)
            row = QHBoxLayout()
            group = QButtonGroup(box)
            for value in q.points:
                button = QRadioButton(q.label(value))
                button.setAccessibleName(self.tr("{answer} ({n} of {count})").format(
                    answer=q.label(value), n=value - q.minimum + 1, count=len(q.points)))
                button.setAccessibleDescription(item.text)
                group.addButton(button, value)
                row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            self.items_box.addWidget(box)
            self._boxes.append(box)
            self.groups[item.id] = group

    def answers(self) -> dict[str, int]:
        return {key: g.checkedId() for key, g in self.groups.items() if g.checkedId() != -1}

    def answer(self, item_id: str, value: int) -> None:
        self.groups[item_id].button(value).setChecked(True)

    def clear(self) -> None:
        for group in self.groups.values():
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
        self.result.setText("")
        self.help_line.hide()

    def _save(self) -> None:
        q = self.questionnaire
        answers = self.answers()
        if q is None:
            return
        if not answers:
            self.result.setText(self.tr("Choose an answer for any statements you'd like to reflect on, then save. "
                                        "You can leave out any you prefer not to answer."))
            return
        self.submitted.emit(q, answers)

    def show_result(self, q: Questionnaire, scores: dict[str, float]) -> None:
        lines = [part_words(q, k, v) for k, v in scores.items()]
        self.result.setText(self.tr("Saved. Thank you for taking a moment for this.") + "\n" + "\n".join(lines)
                            + "\n" + self.tr("How this changes over time is in Insights. "
                                              "It is a reflection, not a measure."))
        self.help_line.show()
        self.result.setFocus()

    def _add_clicked(self) -> None:
        path = self._choose_file(self)
        if path:
            self.add_requested.emit(Path(path))


def _ask_for_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("CheckinView", "Add a questionnaire"), "",
                                          QCoreApplication.translate("CheckinView", "Questionnaire files (*.toml)"))
    return path

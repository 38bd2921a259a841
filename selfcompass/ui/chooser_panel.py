""""What do I need now?": two quick questions (how much time, what would help) and two or three offers."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.chooser import TIME_BUCKETS, choose
from selfcompass.core.practice import NEED_LABELS, Practice, need_label
from selfcompass.ui import theme as tokens


class ChooserDialog(QDialog):
    """Offers practices for the time and need picked; choosing one starts it."""

    practice_chosen = Signal(str)

    def __init__(self, practices: Iterable[Practice], recent: Callable[[], Iterable[str]] = tuple,
                 bucket: str = "3", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooserDialog")
        self.setWindowTitle(self.tr("What do I need now?"))
        self._practices = list(practices)
        self._recent = recent
        intro = QLabel(self.tr("Two quick questions, and a few practices that might suit."))
        intro.setWordWrap(True)
        times = [(b.id, b.label_text) for b in TIME_BUCKETS]
        needs = [(key, need_label(key)) for key in NEED_LABELS]
        self.times = self._group(self.tr("How much time do you have?"), times, "time", 2)
        self.needs = self._group(self.tr("What would help most?"), needs, "need")
        self.offers_label = QLabel(objectName="offersLabel")
        self.offers_label.setProperty("role", "heading")
        self.offers = QVBoxLayout()
        # The offers scroll if the screen is short (large text on a laptop), never squeezed until words are cut.
        offers_page = QWidget(objectName="chooserOffers")
        offers_page.setLayout(self.offers)
        self.offers.setContentsMargins(0, 0, 0, 0)
        offers_scroll = QScrollArea(objectName="chooserOffersScroll")
        offers_scroll.setWidgetResizable(True)
        offers_scroll.setFrameShape(QFrame.Shape.NoFrame)
        offers_scroll.setWidget(offers_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        pad = tokens.space(tokens.SPACE_XL)
        lay.setContentsMargins(pad, tokens.space(tokens.SPACE_L), pad, tokens.space(tokens.SPACE_L))
        lay.setSpacing(tokens.space(tokens.SPACE_M))
        lay.addWidget(intro)
        for label, row, _ in (self.times, self.needs):
            lay.addWidget(label)
            lay.addLayout(row)
        lay.addWidget(self.offers_label)
        lay.addWidget(offers_scroll, 1)
        lay.addWidget(buttons)
        self._select(self.times[2], bucket)
        self._select(self.needs[2], "calm")
        self.setMinimumWidth(560)
        self.refresh()

    def _group(self, title: str, options: list[tuple[str, str]], name: str,
               columns: int = 5) -> tuple[QLabel, QGridLayout, QButtonGroup]:
        label = QLabel(title)
        label.setProperty("role", "heading")
        row = QGridLayout()
        group = QButtonGroup(self)
        group.setExclusive(True)
        for i, (key, text) in enumerate(options):
            button = QPushButton(text, objectName=f"{name}_{key}")
            button.setCheckable(True)
            button.setProperty("choice", key)
            button.setAccessibleName(self.tr("{question} {answer}", "a question and one answer").format(question=title,
                                                                                            answer=text))
            group.addButton(button)
            row.addWidget(button, i // columns, i % columns)
        group.buttonToggled.connect(lambda _b, checked: self.refresh() if checked else None)
        return label, row, group

    @staticmethod
    def _select(group: QButtonGroup, key: str) -> None:
        for button in group.buttons():
            if button.property("choice") == key:
                button.setChecked(True)

    @staticmethod
    def _value(group: QButtonGroup) -> str:
        checked = group.checkedButton()
        return str(checked.property("choice")) if checked else ""

    def offered(self) -> list[Practice]:
        return choose(self._practices, self._value(self.times[2]), self._value(self.needs[2]) or None,
                      recent_ids=tuple(self._recent()))

    def refresh(self) -> None:
        while self.offers.count():
            item = self.offers.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        offers = self.offered()
        self.offers_label.setText(self.tr("You might try") if offers
                                  else self.tr("Nothing fits that yet; try a little more time."))
        for practice in offers:
            row = QVBoxLayout()  # the summary under its button, the dialog's full width: fewer lines at large text
            row.setSpacing(tokens.space(tokens.SPACE_XS))
            button = QPushButton(self.tr("{title} · {length}", "an offered practice").format(
                title=practice.title, length=practice.minutes_label), objectName=f"offer_{practice.id}")
            button.setAccessibleName(self.tr("Begin {title}, {length}").format(title=practice.title,
                                                                               length=practice.minutes_label))
            button.setAccessibleDescription(practice.summary)
            button.setToolTip(practice.summary)
            button.clicked.connect(lambda _=False, pid=practice.id: self._chosen(pid))
            summary = QLabel(practice.summary)
            summary.setWordWrap(True)
            summary.setProperty("role", "muted")
            summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            holder = QWidget()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            row.addWidget(summary)
            holder.setLayout(row)
            self.offers.addWidget(holder)
        self.offers.addStretch(1)  # the offers at the top of their space

    def _chosen(self, practice_id: str) -> None:
        self.practice_chosen.emit(practice_id)
        self.accept()

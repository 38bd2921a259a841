"""A practice's details beside the library's list: what it is, what happens in it (a line a step), whose idea it
follows, and a Start button. The list itself is :mod:`selfcompass.ui.library`."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from selfcompass.core.formatting import escape_html
from selfcompass.core.practice import NEED_LABELS, Practice, Step, StepKind, duration_label, need_label
from selfcompass.ui import theme as tokens

# One word per kind of step in "What happens"; translated at use ("PracticeDetail").
STEP_WORDS = {StepKind.INSTRUCTION: QT_TRANSLATE_NOOP("PracticeDetail", "Settle"),
              StepKind.BREATHE: QT_TRANSLATE_NOOP("PracticeDetail", "Breathe"),
              StepKind.WRITE: QT_TRANSLATE_NOOP("PracticeDetail", "Write"),
              StepKind.REFLECT: QT_TRANSLATE_NOOP("PracticeDetail", "Reflect"),
              StepKind.TIMER: QT_TRANSLATE_NOOP("PracticeDetail", "Quiet time, as long as you choose")}


# The most characters of a step's first sentence shown in "What happens".
STEP_WORDS_MOST = 110



def step_in_words(step: Step) -> str:
    """What a step does, in words: its question for writing, else the first sentence of what it says (a step's
    kind alone, "Reflect" three times over, tells nobody anything)."""
    if step.kind is StepKind.WRITE and step.prompt.strip():
        return QCoreApplication.translate("PracticeDetail", "Write, if you like: {prompt}").format(
            prompt=step.prompt.strip())
    if step.kind is StepKind.TIMER or not step.text.strip():
        return QCoreApplication.translate("PracticeDetail", str(STEP_WORDS[step.kind]))
    text = " ".join(step.text.split())
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return first if len(first) <= STEP_WORDS_MOST else first[:STEP_WORDS_MOST - 1].rstrip(" ,;:") + "…"


class PracticeDetail(QWidget):
    """What a practice is, what happens in it, whose idea it follows, and a Start button."""

    start_requested = Signal(str)
    # "Back to all practices", shown when the details are open in place of the list (a narrow window).
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._practice: Practice | None = None
        self.back = QPushButton(self.tr("Back to all practices"), objectName="detailBack")
        self.back.setProperty("role", "link")
        self.back.setFlat(True)
        self.back.clicked.connect(self.back_requested)
        self.back.hide()
        self.title = QLabel(objectName="detailTitle")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.meta = QLabel(objectName="detailMeta")
        self.meta.setProperty("role", "muted")
        self.summary = QLabel(objectName="detailSummary")
        self.summary.setWordWrap(True)
        self.when = QLabel(objectName="detailWhen")
        self.when.setWordWrap(True)
        self.steps = QLabel(objectName="detailSteps")
        self.steps.setWordWrap(True)
        self.attribution = QLabel(objectName="detailAttribution")
        self.attribution.setProperty("role", "muted")
        self.attribution.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Begin", "start the chosen practice"), objectName="startButton")
        self.start_button.setProperty("primary", True)
        self.start_button.setAccessibleName(self.tr("Begin this practice"))
        self.start_button.setToolTip(self.tr("Begin this practice (Enter)"))
        self.start_button.clicked.connect(self._start)
        body = QWidget()
        lay = QVBoxLayout(body)
        pad = tokens.space(tokens.SPACE_XL)
        lay.setContentsMargins(pad, tokens.space(tokens.SPACE_L), pad, tokens.space(tokens.SPACE_L))
        lay.setSpacing(tokens.space(tokens.SPACE_M))
        back_row = QHBoxLayout()
        back_row.addWidget(self.back)
        back_row.addStretch(1)
        lay.addLayout(back_row)
        for w in (self.title, self.meta, self.summary, self.when, self.steps, self.attribution):
            lay.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self.show_practice(None)

    def sizeHint(self) -> QSize:
        # What the page asks for now, within the scroll area's own bounds. The scroll area would give what the page
        # asked for when it was put in, before the style sheet (set once the window is built: see theme.apply) or a
        # change of text size.
        line = self.fontMetrics().height()
        page = self._scroll.widget()
        hint = page.sizeHint() if page is not None else QSize()
        return hint.boundedTo(QSize(36 * line, 24 * line))

    @property
    def practice(self) -> Practice | None:
        return self._practice

    def show_practice(self, practice: Practice | None) -> None:
        self._practice = practice
        self.start_button.setEnabled(practice is not None)
        self.start_button.setVisible(practice is not None)
        if practice is None:
            self.title.setText(self.tr("Choose a practice"))
            self.meta.setText("")
            self.summary.setText(self.tr("Pick one from the list to see what it involves. Every practice works with or "
                                         "without spoken guidance, and you can pause or stop whenever you like."))
            for w in (self.when, self.steps, self.attribution):
                w.setText("")
            self._hide_empty()
            return
        self.title.setText(practice.title)
        self.meta.setText(self.tr("{family} · about {length}").format(family=practice.family.label_text,
                                                                       length=practice.minutes_label)
                          + (self.tr(" · includes writing") if practice.has_writing else ""))
        self.summary.setText(practice.summary)
        # What it helps with, in the chooser's words (a practice's tags are for search, not for reading).
        hints = [need_label(n) for n in practice.needs if n in NEED_LABELS]
        self.when.setText((self.tr("<b>Good for:</b> ") + escape_html(", ".join(hints))) if hints else "")
        items = ""
        for s in practice.steps:
            items += ("<li>" + self.tr("{step} · {length}", "a step in What happens").format(
                          step=escape_html(step_in_words(s)), length=duration_label(s.duration))
                      + (self.tr(" (as long as you need)") if s.waits_for_person else "") + "</li>")
        self.steps.setText(self.tr("<b>What happens</b>") + f"<ol style='margin-top:4px'>{items}</ol>")
        self.attribution.setText(practice.attribution)
        self._hide_empty()
        self.start_button.setAccessibleDescription(self.tr("{title}, about {length}").format(
            title=practice.title, length=practice.minutes_label))

    def _hide_empty(self) -> None:
        """An empty line would still take its share of the spacing, leaving a gap under the title."""
        for w in (self.meta, self.summary, self.when, self.steps, self.attribution):
            w.setVisible(bool(w.text()))

    def _start(self) -> None:
        if self._practice is not None:
            self.start_requested.emit(self._practice.id)

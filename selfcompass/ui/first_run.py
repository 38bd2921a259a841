"""The first run: four short steps about the person, each skippable, all changeable later in Settings.

1. What brings you here (the chooser's needs), with a calm line about privacy and a "Where is my data?" link.
2. When you work: days and usual hours (overnight is fine), or "my shifts vary".
3. Nudges: none, one or two a day, or a few; nothing is chosen (and nothing reminds) until the person picks.
   A calendar is optional, with plain steps for saving one from Outlook, NHSmail and Google.
4. Spoken guidance, with "Hear a sample"; then the offer of a first one-minute pause.

The page only asks; it says what was chosen through ``choice_made`` and the feature (features/home.py) saves it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, short_weekday, weekday_name
from selfcompass.paths import resource_dir
from selfcompass.ui import theme as tokens
from selfcompass.ui.home import _render

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
A_MONDAY = date(2024, 1, 1)
# What brings a person here, as the chooser's needs (core.practice.NEEDS), in the person's words.
NEED_CHOICES = (
    ("calm", QT_TRANSLATE_NOOP("FirstRun", "Calm down when things get too much")),
    ("courage", QT_TRANSLATE_NOOP("FirstRun", "Steady myself before something hard")),
    ("kindness", QT_TRANSLATE_NOOP("FirstRun", "Be a little kinder to myself")),
    ("transition", QT_TRANSLATE_NOOP("FirstRun", "Get through back-to-back meetings")),
    ("focus", QT_TRANSLATE_NOOP("FirstRun", "Lead with compassion and a clear head")),
)
NUDGE_CHOICES = (
    ("none", QT_TRANSLATE_NOOP("FirstRun", "No nudges, thank you")),
    ("few", QT_TRANSLATE_NOOP("FirstRun", "One or two a day")),
    ("some", QT_TRANSLATE_NOOP("FirstRun", "A few a day, around my meetings")),
)
STEPS = 4
# The column of words is at most this wide (about 70 characters of body text), centred on a wide window.
COLUMN_WIDTH = 640


def _words(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def _label(text: str, role: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


def _link(text: str, name: str) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setProperty("role", "link")
    button.setFlat(True)
    return button


class FirstRunPage(QWidget):
    """The four steps. Connect ``choice_made`` to change the setting, ``sample_requested`` to the narrator,
    ``calendar_requested`` to the calendar import, and ``finished`` (True: start a first pause now)."""

    # A setting the person chose (its key and value): "needs", "working_days", "working_start",
    # "working_end", "shifts_vary", "nudges", "voice_enabled".
    choice_made = Signal(str, object)
    sample_requested = Signal()
    calendar_requested = Signal()
    data_folder_requested = Signal()
    finished = Signal(bool)

    def __init__(self, values: dict[str, Any], data_folder: str, theme_name: str = "light",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.setAccessibleName(self.tr("Getting started"))
        self._values = values
        self._data_folder = data_folder
        self.stack = QStackedWidget(objectName="firstRunSteps")
        self.stack.addWidget(self._welcome_step(theme_name))
        self.stack.addWidget(self._work_step())
        self.stack.addWidget(self._nudges_step())
        self.stack.addWidget(self._voice_step(theme_name))
        self.progress = _label("", "small", "firstRunProgress")
        self.back = _link(self.tr("Back"), "firstRunBack")
        self.skip = _link(self.tr("Skip this step"), "firstRunSkip")
        self.next = QPushButton(self.tr("Next"), objectName="firstRunNext")
        self.next.setProperty("primary", True)
        self.not_now = QPushButton(self.tr("Not now, take me home"), objectName="firstRunNotNow")
        self.back.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.skip.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        self.next.clicked.connect(self._next)
        self.not_now.clicked.connect(lambda: self.finished.emit(False))

        column = QWidget(objectName="firstRunColumn")
        column.setMaximumWidth(tokens.space(COLUMN_WIDTH))
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(tokens.space(tokens.SPACE_L))
        inner.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(tokens.space(tokens.SPACE_S))
        buttons.addWidget(self.back)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.not_now)
        buttons.addWidget(self.next)
        inner.addLayout(buttons)
        outer = QHBoxLayout(self)
        margin = tokens.space(tokens.PAGE_MARGIN)
        outer.setContentsMargins(margin, margin - tokens.SPACE_S, margin, tokens.space(tokens.SPACE_XL))
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        self.go(0)

    # -- steps ----------------------------------------------------------------------------------------------
    def _step(self, title: str, intro: str, name: str) -> tuple[QWidget, QVBoxLayout]:
        step = QWidget(objectName=name)
        lay = QVBoxLayout(step)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(tokens.space(tokens.SPACE_M))
        lay.addWidget(_label(title, "title", f"{name}Title"))
        if intro:
            lay.addWidget(_label(intro, "", f"{name}Intro"))
        return step, lay

    def _art(self, theme_name: str) -> QLabel:
        art = QLabel(objectName="firstRunArt")
        art.setAccessibleName(self.tr("Circles, like a slow breath"))
        path = resource_dir() / "assets" / f"home-{theme_name}.svg"
        if not path.exists():
            path = resource_dir() / "assets" / "home-light.svg"
        art.setPixmap(_render(path, QSize(112, 88) * tokens.space(100) / 100, self.devicePixelRatioF()))
        return art

    def _welcome_step(self, theme_name: str) -> QWidget:
        step, lay = self._step(self.tr("Welcome"), "", "firstRunWelcome")
        top = QHBoxLayout()
        top.addWidget(_label(self.tr("SelfCompass is for a minute of kindness between everything else. "
                                     "Everything stays on this computer."), "heading", "firstRunPromise"), 1)
        top.addWidget(self._art(theme_name), 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        lay.addWidget(_label(self.tr("What brings you here? Choose any that fit; they help SelfCompass suggest "
                                     "what might suit you.")))
        chosen = set(self._values.get("needs") or [])
        self.needs: dict[str, QCheckBox] = {}
        for key, text in NEED_CHOICES:
            box = QCheckBox(_words(text), objectName=f"need_{key}")
            box.setChecked(key in chosen)
            lay.addWidget(box)
            self.needs[key] = box
        lay.addStretch(1)
        data_row = QHBoxLayout()
        promise = _label(self.tr("No account, no internet, no tracking."), "small")
        promise.setWordWrap(False)
        data_row.addWidget(promise)
        self.where = _link(self.tr("Where is my data?"), "firstRunWhere")
        self.where.clicked.connect(self._show_where)
        data_row.addWidget(self.where)
        data_row.addStretch(1)
        lay.addLayout(data_row)
        self.where_text = _label("", "small", "firstRunWhereText")
        self.where_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where_text.hide()
        lay.addWidget(self.where_text)
        return step

    def _show_where(self) -> None:
        self.where_text.setText(self.tr("In a private folder that only you can open: {folder}. Settings shows it "
                                        "too, with a button to open it.").format(folder=self._data_folder))
        self.where_text.setVisible(not self.where_text.isVisible())

    def _work_step(self) -> QWidget:
        step, lay = self._step(self.tr("When do you work?"),
                               self.tr("Pauses are only offered in your working hours, and never during a meeting "
                                       "from your calendar."), "firstRunWork")
        days_label = _label(self.tr("Your usual days"), "heading")
        lay.addWidget(days_label)
        days = QHBoxLayout()
        days.setSpacing(tokens.space(tokens.SPACE_XS))
        self.day_buttons: dict[str, QPushButton] = {}
        working = set(self._values.get("working_days") or [])
        for index, key in enumerate(DAY_KEYS):
            day = A_MONDAY + timedelta(days=index)
            button = QPushButton(short_weekday(day), objectName=f"firstRunDay_{key}")
            button.setCheckable(True)
            button.setChecked(key in working)
            button.setAccessibleName(self.tr("Working day: {day}").format(day=weekday_name(day)))
            days.addWidget(button)
            self.day_buttons[key] = button
        days.addStretch(1)
        lay.addLayout(days)
        lay.addWidget(_label(self.tr("Your usual hours"), "heading"))
        hours = QHBoxLayout()
        self.start = self._time(str(self._values.get("working_start") or "09:00"), "firstRunStart",
                                self.tr("Work starts"))
        self.end = self._time(str(self._values.get("working_end") or "17:30"), "firstRunEnd", self.tr("Work ends"))
        hours.addWidget(self.start)
        hours.addWidget(QLabel(self.tr("to", "working hours: 09:00 to 17:30")))
        hours.addWidget(self.end)
        hours.addStretch(1)
        lay.addLayout(hours)
        self.overnight = _label(self.tr("Night shifts are fine: 19:30 to 07:30 runs on into the next morning."),
                                "small", "firstRunOvernight")
        lay.addWidget(self.overnight)
        self.shifts_vary = QCheckBox(self.tr("My shifts vary from week to week"), objectName="firstRunShiftsVary")
        self.shifts_vary.setChecked(bool(self._values.get("shifts_vary")))
        self.shifts_vary.toggled.connect(self._shifts_toggled)
        lay.addWidget(self.shifts_vary)
        self.shifts_note = _label(self.tr("Then SelfCompass won't guess your hours: you can start a pause whenever "
                                          "suits, and set each day's hours later in Settings."), "small")
        lay.addWidget(self.shifts_note)
        lay.addStretch(1)
        self._shifts_toggled(self.shifts_vary.isChecked())
        return step

    def _time(self, value: str, name: str, accessible: str) -> QTimeEdit:
        edit = QTimeEdit(objectName=name)
        edit.setDisplayFormat("HH:mm")
        edit.setTime(QTime.fromString(value, "HH:mm"))
        edit.setAccessibleName(accessible)
        tokens.pad_spin_box(edit)
        return edit

    def _shifts_toggled(self, vary: bool) -> None:
        for widget in (*self.day_buttons.values(), self.start, self.end):
            widget.setEnabled(not vary)
        self.shifts_note.setVisible(vary)

    def _nudges_step(self) -> QWidget:
        step, lay = self._step(self.tr("Would you like gentle nudges?"),
                               self.tr("A nudge is a small card near the clock offering a short pause. It never "
                                       "sounds, and you can always say not now."), "firstRunNudges")
        self.nudge_group = QButtonGroup(self)
        self.nudges: dict[str, QRadioButton] = {}
        current = self._values.get("nudges")
        for key, text in NUDGE_CHOICES:
            radio = QRadioButton(_words(text), objectName=f"nudges_{key}")
            radio.setChecked(key == current)
            self.nudge_group.addButton(radio)
            lay.addWidget(radio)
            self.nudges[key] = radio
        lay.addSpacing(tokens.space(tokens.SPACE_S))
        lay.addWidget(_label(self.tr("Your calendar (optional)"), "heading"))
        lay.addWidget(_label(self.tr("With your calendar, pauses fit around your meetings. It is read on this "
                                     "computer only.")))
        row = QHBoxLayout()
        self.calendar = QPushButton(self.tr("Add my calendar…"), objectName="firstRunCalendar")
        self.calendar.clicked.connect(self.calendar_requested)
        self.how = _link(self.tr("How do I save my calendar?"), "firstRunCalendarHow")
        row.addWidget(self.calendar)
        row.addWidget(self.how)
        row.addStretch(1)
        lay.addLayout(row)
        self.calendar_status = _label("", "small", "firstRunCalendarStatus")
        self.calendar_status.hide()
        lay.addWidget(self.calendar_status)
        self.calendar_steps = _label(self.tr(
            "Outlook or NHSmail on the web: Settings, Calendar, Shared calendars, publish or save your calendar, "
            "then save the file it gives you.\n"
            "Outlook on Windows: File, Save Calendar, choose the dates, Save.\n"
            "Google Calendar: Settings, Import and export, Export; open the download to find the file.\n"
            "Then choose \u201cAdd my calendar\u201d and pick that file. You can do this later from Home."),
            "small", "firstRunCalendarSteps")
        self.calendar_steps.hide()
        self.how.clicked.connect(lambda: self.calendar_steps.setVisible(not self.calendar_steps.isVisible()))
        lay.addWidget(self.calendar_steps)
        lay.addStretch(1)
        return step

    def set_calendar_status(self, text: str) -> None:
        self.calendar_status.setText(text)
        self.calendar_status.setVisible(bool(text))

    def _voice_step(self, theme_name: str) -> QWidget:
        step, lay = self._step(self.tr("Spoken guidance?"),
                               self.tr("A calm voice can read each practice aloud. The words are always on screen "
                                       "too, so it is fine to keep it off in an open-plan office."), "firstRunVoice")
        row = QHBoxLayout()
        self.voice_group = QButtonGroup(self)
        self.voice_on = QRadioButton(self.tr("On"), objectName="firstRunVoiceOn")
        self.voice_off = QRadioButton(self.tr("Off"), objectName="firstRunVoiceOff")
        (self.voice_on if self._values.get("voice_enabled") else self.voice_off).setChecked(True)
        for radio in (self.voice_on, self.voice_off):
            self.voice_group.addButton(radio)
            row.addWidget(radio)
        self.sample = QPushButton(self.tr("Hear a sample"), objectName="firstRunSample")
        self.sample.clicked.connect(self.sample_requested)
        row.addSpacing(tokens.space(tokens.SPACE_L))
        row.addWidget(self.sample)
        row.addStretch(1)
        lay.addLayout(row)
        self.sample_note = _label("", "small", "firstRunSampleNote")
        self.sample_note.hide()
        lay.addWidget(self.sample_note)
        lay.addSpacing(tokens.space(tokens.SPACE_L))
        offer = QFrame(objectName="firstRunPauseOffer")
        offer.setProperty("role", "card")
        card = QHBoxLayout(offer)
        pad = tokens.space(tokens.SPACE_L)
        card.setContentsMargins(pad, pad, pad, pad)
        card.addWidget(_label(self.tr("That's everything. Would you like a one-minute pause now?"), "heading"), 1)
        card.addWidget(self._art(theme_name))
        lay.addWidget(offer)
        lay.addStretch(1)
        return step

    def set_sample_note(self, text: str) -> None:
        """Why no sample could be heard (no voice on this computer), or "" when it was."""
        self.sample_note.setText(text)
        self.sample_note.setVisible(bool(text))

    # -- moving through ---------------------------------------------------------------------------------------
    def go(self, index: int) -> None:
        """Show step ``index`` (past the last: finished, without a pause)."""
        if index >= STEPS:
            self.finished.emit(False)
            return
        index = max(0, index)
        self.stack.setCurrentIndex(index)
        last = index == STEPS - 1
        self.progress.setText(self.tr("Step {n} of {total}").format(n=index + 1, total=STEPS))
        self.back.setVisible(index > 0)
        self.skip.setVisible(not last)
        self.not_now.setVisible(last)
        self.next.setText(self.tr("Start a one-minute pause") if last else self.tr("Next"))
        self.next.setFocus()

    def _next(self) -> None:
        index = self.stack.currentIndex()
        for key, value in self.choices(index):
            self.choice_made.emit(key, value)
        if index == STEPS - 1:
            self.finished.emit(True)
        else:
            self.go(index + 1)

    def choices(self, index: int) -> list[tuple[str, object]]:
        """What step ``index`` says the person chose (nothing for a question left unanswered)."""
        if index == 0:
            return [("needs", [k for k, box in self.needs.items() if box.isChecked()])]
        if index == 1:
            if self.shifts_vary.isChecked():
                return [("shifts_vary", True)]
            return [("shifts_vary", False),
                    ("working_days", [k for k, b in self.day_buttons.items() if b.isChecked()]),
                    ("working_start", self.start.time().toString("HH:mm")),
                    ("working_end", self.end.time().toString("HH:mm"))]
        if index == 2:
            picked = [k for k, radio in self.nudges.items() if radio.isChecked()]
            return [("nudges", picked[0])] if picked else []
        return [("voice_enabled", self.voice_on.isChecked())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter moves on, as in a dialog (a focused button takes Space; Escape is "not now").
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next.click()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finished.emit(False)
            return
        super().keyPressEvent(event)

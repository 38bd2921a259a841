"""The guided player: the step in large text, a countdown, the pacer, captions, and a kind end screen.

An unguided timer starts on a short setup page (how many minutes, and a bell along the way or not), then runs as
one quiet step: the time left on a calm clock face, a bell at the start, at each chosen interval and at the end.

All timing comes from :class:`~selfcompass.core.session.PracticeRun` and an injected clock; the player only
ticks (fast while the pacer moves, slowly otherwise, not at all while paused) and shows what the run says.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.clock import Clock, TickerFactory
from selfcompass.core.formatting import minutes_text
from selfcompass.core.moods import MOOD_WORDS, mood_word
from selfcompass.core.narration import Script
from selfcompass.core.practice import (
    BELL_EVERY_CHOICES,
    TIMER_LONGEST,
    TIMER_SHORTEST,
    Practice,
    StepKind,
    with_minutes,
)
from selfcompass.core.records import Outcome, SessionRecord
from selfcompass.core.session import (
    BellDue,
    BreathChanged,
    CaptionDue,
    Event,
    PracticeRun,
    RunEnded,
    RunState,
    StepStarted,
    WaitingForPerson,
)
from selfcompass.ui import theme as tokens
from selfcompass.ui.pacer import Pacer

FAST_TICK_MS = 33  # smooth pacer motion
SLOW_TICK_MS = 250  # countdown and captions only



class Speaker(Protocol):
    """What the player needs of a narrator (see selfcompass.speech)."""

    def speak(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...


class Bell(Protocol):
    """What the player needs of the timer's bell (selfcompass.speech.bell; a fake in tests)."""

    def ring(self) -> None: ...


# The timer's bell choices, by minutes between bells (BELL_EVERY_CHOICES); translated in the "PlayerView" context.
BELL_WORDS = {0: QT_TRANSLATE_NOOP("PlayerView", "Only at the start and the end"),
              1: QT_TRANSLATE_NOOP("PlayerView", "Every minute"),
              2: QT_TRANSLATE_NOOP("PlayerView", "Every 2 minutes"),
              5: QT_TRANSLATE_NOOP("PlayerView", "Every 5 minutes")}

SETUP_PAGE = 2  # the stack's pages: 0 running, 1 the end screen, 2 the timer's setup


def clock_text(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.999))
    return f"{seconds // 60}:{seconds % 60:02d}"


class PlayerView(QWidget):
    """Runs one practice at a time. Emits ``session_finished`` with the record when the person is done."""

    session_finished = Signal(object)  # SessionRecord
    # The person left the end screen after their note was handed over (Done a second time).
    left = Signal()
    # "Open it in my journal" (or "Unlock my journal") beside a saved note.
    reflection_open_requested = Signal()
    voice_toggled = Signal(bool)
    # The person chose "Not now" on the timer's setup page: nothing ran, so there is no record.
    cancelled = Signal()

    def __init__(self, clock: Clock, ticker_factory: TickerFactory, speaker: Speaker | None = None, *,
                 voice_on: bool = False, voice_available: bool = True, reduced_motion: bool = False,
                 ask_feeling: bool = True, bell: Bell | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerView")
        self._clock = clock
        self._speaker = speaker
        self._bell = bell
        self._pending: tuple[Practice, Script | None, float] | None = None  # a timer waiting on its setup page
        self._voice_on = voice_on
        self._ask_feeling = ask_feeling
        self.run: PracticeRun | None = None
        self._record_sent = False
        self._ticker = ticker_factory("player-tick", self.tick)
        self._build(reduced_motion, voice_available)

    # -- building ------------------------------------------------------------------------------
    def _build(self, reduced_motion: bool, voice_available: bool) -> None:
        self.stack = QStackedLayout(self)
        running = QWidget(objectName="playerRunning")
        lay = QVBoxLayout(running)
        margin = tokens.space(tokens.PAGE_MARGIN)
        lay.setContentsMargins(margin, tokens.space(tokens.SPACE_L), margin, tokens.space(tokens.SPACE_L))
        lay.setSpacing(tokens.space(tokens.SPACE_S))
        top = QHBoxLayout()
        self.title = QLabel(objectName="playerTitle")
        self.title.setProperty("role", "heading")
        self.step_of = QLabel(objectName="playerStepOf")
        self.step_of.setProperty("role", "muted")
        self.remaining = QLabel(objectName="playerRemaining")
        self.remaining.setProperty("role", "muted")
        self.remaining.setAccessibleName(self.tr("Time left"))
        top.addWidget(self.title, 1)
        top.addWidget(self.step_of)
        top.addSpacing(tokens.space(tokens.SPACE_L))
        top.addWidget(self.remaining)
        self.progress = QProgressBar(objectName="playerProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress through the practice"))
        self.step_text = QLabel(objectName="playerStepText")
        self.step_text.setProperty("role", "step")
        self.step_text.setWordWrap(True)
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_text.setAccessibleName(self.tr("Current step"))
        self.pacer = Pacer()
        self.pacer.set_reduced_motion(reduced_motion)
        self.prompt = QLabel(objectName="writingPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setProperty("role", "heading")
        self.writing = QPlainTextEdit(objectName="writingBox")
        self.writing.setAccessibleName(self.tr("Your writing"))
        self.writing.setTabChangesFocus(True)
        self.writing.setPlaceholderText(self.tr("Write as much or as little as you like. It stays on this computer."))
        self.waiting = QLabel(self.tr("Take all the time you need. Press Continue when you're ready."),
                              objectName="waitingNote")
        self.waiting.setProperty("role", "muted")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(objectName="caption")
        self.caption.setProperty("role", "caption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setMinimumHeight(self.caption.fontMetrics().height() * 3)
        controls = QHBoxLayout()
        self.pause_button = QPushButton(self.tr("&Pause"), objectName="pauseButton")
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.setAccessibleName(self.tr("Pause"))
        self.skip_button = QPushButton(self.tr("S&kip"), objectName="skipButton")
        self.skip_button.setToolTip(self.tr("Move on to the next step (Ctrl+Right)"))
        self.skip_button.setAccessibleName(self.tr("Skip to the next step"))
        self.stop_button = QPushButton(self.tr("&Stop"), objectName="stopButton")
        self.stop_button.setToolTip(self.tr("Stop here (Esc). Stopping is always fine."))
        self.stop_button.setAccessibleName(self.tr("Stop the practice"))
        self.voice_box = QCheckBox(self.tr("Spoken &guidance"), objectName="voiceToggle")
        self.voice_box.setAccessibleName(self.tr("Spoken guidance"))
        # Said in plain sight when there is no sound here (set_voice_available), never a box ticked in silence.
        self.voice_note = QLabel(objectName="voiceUnavailable")
        self.voice_note.setProperty("role", "muted")
        self.voice_note.setWordWrap(True)
        self.set_voice_available(voice_available)
        controls.addWidget(self.voice_box)
        controls.addWidget(self.voice_note, 1)
        controls.addStretch(1)
        for b in (self.pause_button, self.skip_button, self.stop_button):
            controls.addWidget(b)
        lay.addLayout(top)
        lay.addWidget(self.progress)
        lay.addWidget(self.step_text, 2)
        lay.addWidget(self.pacer, 5)
        lay.addWidget(self.prompt)
        lay.addWidget(self.writing, 5)
        lay.addWidget(self.waiting)
        lay.addWidget(self.caption)
        lay.addLayout(controls)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button.clicked.connect(self.skip)
        self.stop_button.clicked.connect(self.stop)
        self.voice_box.toggled.connect(self._voice_changed)
        self.running_page = running
        self.stack.addWidget(running)
        self.stack.addWidget(self._build_end())
        self.stack.addWidget(self._build_setup())

    @staticmethod
    def _quiet_page(name: str) -> tuple[QWidget, QVBoxLayout]:
        """A page before or after the practice (the timer's choices, the end screen): wide margins, even spacing."""
        page = QWidget(objectName=name)
        lay = QVBoxLayout(page)
        margin = tokens.space(tokens.SPACE_XXXL)
        lay.setContentsMargins(margin, tokens.space(tokens.SPACE_XXL), margin, tokens.space(tokens.SPACE_XXL))
        lay.setSpacing(tokens.space(tokens.SPACE_M))
        return page, lay

    def _build_setup(self) -> QWidget:
        page, lay = self._quiet_page("timerSetup")
        self.setup_title = QLabel(objectName="timerTitle")
        self.setup_title.setProperty("role", "title")
        self.setup_title.setWordWrap(True)
        intro = QLabel(self.tr("Quiet time with no voice. Choose how long you'd like; a soft bell marks the start "
                               "and the end."), objectName="timerIntro")
        intro.setWordWrap(True)
        minutes_label = QLabel(self.tr("&How many minutes?"), objectName="timerMinutesLabel")
        minutes_label.setProperty("role", "heading")
        self.minutes = QSpinBox(objectName="timerMinutes")
        self.minutes.setRange(TIMER_SHORTEST, TIMER_LONGEST)
        self.minutes.setValue(5)
        self.minutes.setAccessibleName(self.tr("How many minutes"))
        self.minutes.setAccessibleDescription(self.tr("From {shortest} to {longest} minutes").format(
            shortest=TIMER_SHORTEST, longest=TIMER_LONGEST))
        minutes_label.setBuddy(self.minutes)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes)
        minutes_row.addStretch(1)
        bell_label = QLabel(self.tr("A bell along the way"), objectName="timerBellLabel")
        bell_label.setProperty("role", "heading")
        # Exclusive radio buttons: the arrow keys move between them, as in any group of choices.
        self.bells = QButtonGroup(self)
        bell_row = QVBoxLayout()
        for every in BELL_EVERY_CHOICES:
            button = QRadioButton(QCoreApplication.translate("PlayerView", str(BELL_WORDS[every])),
                                  objectName=f"bellEvery{every}")
            self.bells.addButton(button, every)
            bell_row.addWidget(button)
        self.bells.button(0).setChecked(True)
        self.timer_start = QPushButton(self.tr("&Start the timer"), objectName="timerStart")
        self.timer_start.setProperty("primary", True)
        self.timer_start.clicked.connect(self.start_timer)
        self.timer_not_now = QPushButton(self.tr("Not now"), objectName="timerNotNow")
        self.timer_not_now.setFlat(True)
        self.timer_not_now.setToolTip(self.tr("Back to the library (Esc)"))
        self.timer_not_now.clicked.connect(self.cancel_timer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.timer_start)
        buttons.addWidget(self.timer_not_now)
        buttons.addStretch(1)
        for w in (self.setup_title, intro):
            lay.addWidget(w)
        lay.addSpacing(tokens.space(tokens.SPACE_S))
        lay.addWidget(minutes_label)
        lay.addLayout(minutes_row)
        lay.addWidget(bell_label)
        lay.addLayout(bell_row)
        lay.addSpacing(tokens.space(tokens.SPACE_S))
        lay.addLayout(buttons)
        lay.addStretch(1)
        return page

    def _build_end(self) -> QWidget:
        page, lay = self._quiet_page("playerEnd")
        self.end_title = QLabel(objectName="endTitle")
        self.end_title.setProperty("role", "title")
        self.end_title.setWordWrap(True)
        self.end_text = QLabel(objectName="endText")
        self.end_text.setWordWrap(True)
        self.feeling_label = QLabel(self.tr("How do you feel now? (optional)"), objectName="feelingLabel")
        self.feeling_label.setProperty("role", "heading")
        # Exclusive, so the keyboard moves between the feelings with the arrow keys like a radio group; the
        # rating stays optional: choosing the same feeling again clears it.
        self.feelings = QButtonGroup(self)
        self.feelings.setExclusive(True)
        self._feeling = 0
        row = QHBoxLayout()
        for value in MOOD_WORDS:  # the one mood scale, the same words as the journal and Insights
            word = mood_word(value)
            button = QPushButton(self.tr("{value} · {word}", "feeling button").format(value=value, word=word),
                                 objectName=f"feeling{value}")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Mood {value} of 5: {word}").format(value=value, word=word))
            self.feelings.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.feelings.idClicked.connect(self._feeling_clicked)
        self.note = QPlainTextEdit(objectName="endNote")
        self.note.setAccessibleName(self.tr("A note for yourself"))
        self.note.setPlaceholderText(self.tr("Anything you'd like to remember? (optional; it goes to your journal, on "
                                             "this computer only)"))
        self.note.setMaximumHeight(110)
        self.note.setTabChangesFocus(True)  # Tab moves on to Done; nobody needs a tab character here
        self.done_button = QPushButton(self.tr("Done", "end-screen button"), objectName="doneButton")
        self.done_button.setProperty("primary", True)
        self.done_button.setAccessibleName(self.tr("Done, back to the library"))
        self.done_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        lay.addWidget(self.end_title)
        lay.addWidget(self.end_text)
        lay.addSpacing(tokens.space(tokens.SPACE_S))
        lay.addWidget(self.feeling_label)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addWidget(self._build_saved())
        lay.addLayout(buttons)
        lay.addStretch(1)
        return page

    def _build_saved(self) -> QWidget:
        """Where the note went, once Done has handed it over (show_saved), and a way to open it."""
        self.saved_row = QWidget(objectName="reflectionSavedRow")
        row = QHBoxLayout(self.saved_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.saved_label = QLabel(objectName="reflectionSaved")
        self.saved_label.setWordWrap(True)
        self.open_saved = QPushButton(objectName="openReflection")
        self.open_saved.clicked.connect(self.reflection_open_requested)
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.open_saved)
        self.saved_row.hide()
        return self.saved_row

    def show_saved(self, state: str) -> None:
        """Say where the note is: "saving" (on its way), "journal" (saved as a journal entry) or "waiting" (the
        journal is locked: kept safely, and added to the journal when it is unlocked)."""
        words = {"saving": (self.tr("Saving to your journal…"), ""),
                 "journal": (self.tr("Saved to your journal."), self.tr("&Open it in my journal")),
                 "waiting": (self.tr("Your journal is locked. Your note will be added to it when you unlock it."),
                             self.tr("&Unlock my journal"))}[state]
        self.saved_label.setText(words[0])
        self.open_saved.setText(words[1])
        self.open_saved.setVisible(bool(words[1]))
        self.saved_row.show()

    # -- running -------------------------------------------------------------------------------
    def begin(self, practice: Practice, script: Script | None, wpm: float = 160) -> None:
        """Run ``practice``; a timer first asks how long and which bell (``start_timer`` then runs it)."""
        if practice.is_timer:
            self._ticker.stop()
            self.run = None
            self._pending = (practice, script, wpm)
            self.setup_title.setText(practice.title)
            self.stack.setCurrentIndex(SETUP_PAGE)
            self.minutes.setFocus()
            return
        self._begin_run(practice, script, wpm)

    def start_timer(self) -> None:
        """Start on the timer's setup page: run it for the chosen minutes with the chosen bell."""
        if self._pending is None:
            return
        practice, script, wpm = self._pending
        self._pending = None
        every = max(self.bells.checkedId(), 0)
        self._begin_run(with_minutes(practice, self.minutes.value()), script, wpm, bell_every=every * 60.0)

    def cancel_timer(self) -> None:
        """Not now on the timer's setup page: nothing ran, nothing is recorded."""
        if self._pending is None:
            return
        self._pending = None
        self.cancelled.emit()

    def _begin_run(self, practice: Practice, script: Script | None, wpm: float, bell_every: float = 0.0) -> None:
        self.run = PracticeRun(practice, self._clock, script, wpm=wpm, bell_every=bell_every)
        self._record_sent = False
        self.title.setText(practice.title)
        self.writing.clear()
        self.note.clear()
        self.note.setReadOnly(False)
        self.saved_row.hide()
        for b in self.feelings.buttons():
            b.setEnabled(True)
        self._clear_feeling()
        self.stack.setCurrentIndex(0)
        self._handle(self.run.start())
        self._refresh()
        self.pause_button.setFocus()

    @property
    def active(self) -> bool:
        return self.run is not None and not self.run.state.over

    def tick(self) -> None:
        if self.run is None:
            return
        self._handle(self.run.tick())
        self._refresh()

    def toggle_pause(self) -> None:
        if not self.active:
            return
        assert self.run is not None
        self.run.toggle_pause()
        if self.run.state is RunState.PAUSED:
            if self._speaker:
                self._speaker.pause()
        elif self._speaker:
            self._speaker.resume()
        self._refresh()

    def skip(self) -> None:
        if not self.active:
            return
        assert self.run is not None
        self._keep_writing()
        self._handle(self.run.skip())
        self._refresh()

    def stop(self) -> None:
        if not self.active:
            return
        assert self.run is not None
        self._keep_writing()
        self._handle(self.run.stop())
        self._refresh()

    def finish(self) -> None:
        """Done on the end screen: hand over the record (once). With a note, the screen stays to say where the note
        went (show_saved) and Done again leaves (``left``)."""
        if self.run is None or not self.run.state.over:
            return
        if self._record_sent:
            if not self.saved_row.isHidden():
                self.left.emit()
            return
        self._record_sent = True
        checked = self.feelings.checkedId()
        record: SessionRecord = self.run.record(
            rating_after=checked if checked > 0 else None, note=self.note.toPlainText().strip(),
        )
        if record.note:
            self.note.setReadOnly(True)  # handed over: what is saved is what is shown
            for b in self.feelings.buttons():
                b.setEnabled(False)
            self.show_saved("saving")
            self.done_button.setFocus()
        self.session_finished.emit(record)

    def abandon(self) -> None:
        """The window is closing: stop and keep what there is, nothing lost."""
        if self.active:
            self.stop()
        if self.run is not None and self.run.state.over and not self._record_sent:
            self.finish()
        self._ticker.stop()

    def set_reduced_motion(self, reduced: bool) -> None:
        self.pacer.set_reduced_motion(reduced)
        self._refresh()

    def set_ask_feeling(self, ask: bool) -> None:
        self._ask_feeling = ask

    def set_voice(self, on: bool) -> None:
        self.voice_box.setChecked(on and self._voice_available)

    def set_voice_available(self, available: bool) -> None:
        """No speech engine or no sound output here: spoken guidance shows as off, cannot be ticked, and says why
        beside it; the captions carry every word. The person's own setting is left as it is."""
        self._voice_available = available
        blocked = self.voice_box.blockSignals(True)
        self.voice_box.setChecked(self._voice_on and available)
        self.voice_box.blockSignals(blocked)
        self.voice_box.setEnabled(available)
        self.voice_note.setText("" if available else self.tr("No sound on this computer, so the words stay on "
                                                             "screen."))
        self.voice_note.setVisible(not available)

    # -- internals -------------------------------------------------------------------------------
    def _voice_changed(self, on: bool) -> None:
        self._voice_on = on
        if not on and self._speaker:
            self._speaker.stop()
        self.voice_toggled.emit(on)

    def _say(self, text: str) -> None:
        if text and self._voice_on and self._speaker is not None:
            self._speaker.speak(text)

    def _keep_writing(self) -> None:
        if self.run is not None and not self.run.state.over and self.run.step.kind is StepKind.WRITE:
            self.run.set_answer(self.run.index, self.writing.toPlainText())

    def _handle(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, StepStarted):
                if self._speaker:
                    self._speaker.stop()
                self._show_step()
            elif isinstance(event, CaptionDue):
                self.caption.setText(event.text)
                self._say(event.text)
            elif isinstance(event, BreathChanged):
                self._say(event.cue)
            elif isinstance(event, WaitingForPerson):
                self.waiting.show()
            elif isinstance(event, BellDue):
                if self._bell is not None:
                    self._bell.ring()
            elif isinstance(event, RunEnded):
                if self._speaker:
                    self._speaker.stop()
                self._show_end(event.outcome)

    def _show_step(self) -> None:
        assert self.run is not None
        step = self.run.step
        self.step_text.setText(step.text)
        self.step_of.setText(self.tr("Step {n} of {count}").format(n=self.run.index + 1,
                                                                    count=len(self.run.practice.steps)))
        self.caption.setText("")
        is_breath, is_write = step.kind is StepKind.BREATHE, step.kind is StepKind.WRITE
        self.pacer.setVisible(is_breath or step.kind is StepKind.TIMER)
        self.step_of.setVisible(len(self.run.practice.steps) > 1)
        self.voice_box.setVisible(not self.run.practice.is_timer)  # a timer is unguided: nothing to speak
        self.prompt.setVisible(is_write)
        self.writing.setVisible(is_write)
        self.waiting.hide()
        if is_write:
            self.prompt.setText(step.prompt)
            self.writing.setPlainText(self.run.answers.get(self.run.index, ""))
            self.writing.setFocus()
        last = self.run.index + 1 == len(self.run.practice.steps)
        self.skip_button.setText((self.tr("&Continue") if is_write else self.tr("S&kip")) if not last
                                 else self.tr("&Finish"))
        self.skip_button.setAccessibleName(self.tr("Continue") if is_write
                                           else (self.tr("Finish") if last else self.tr("Skip to the next step")))

    def _show_end(self, outcome: Outcome) -> None:
        assert self.run is not None
        self._ticker.stop()
        practised = minutes_text(self.run.practised_seconds())
        if outcome is Outcome.FINISHED:
            self.end_title.setText(self.tr("Thank you for taking this time."))
            self.end_text.setText(self.tr("You gave yourself {time}. Notice how you are, without needing to change it.")
                                  .format(time=practised))
        else:
            self.end_title.setText(self.tr("Stopping is fine."))
            self.end_text.setText(self.tr("You gave yourself {time}, and that counts. "
                                          "Come back whenever it suits you.").format(time=practised))
        self.feeling_label.setVisible(self._ask_feeling)
        for b in self.feelings.buttons():
            b.setVisible(self._ask_feeling)
        self.stack.setCurrentIndex(1)
        (self.feelings.button(3) if self._ask_feeling else self.done_button).setFocus()

    def _feeling_clicked(self, value: int) -> None:
        if value == self._feeling:
            self._clear_feeling()
        else:
            self._feeling = value

    def _clear_feeling(self) -> None:
        self._feeling = 0
        self.feelings.setExclusive(False)
        for b in self.feelings.buttons():
            b.setChecked(False)
        self.feelings.setExclusive(True)

    def _refresh(self) -> None:
        run = self.run
        if run is None or run.state.over:
            return
        left = clock_text(run.remaining_seconds())
        self.remaining.setText(self.tr("{time} left", "time remaining").format(time=left))
        self.progress.setValue(int(run.progress() * 1000))
        paused = run.state is RunState.PAUSED
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        view = run.breath()
        self.pacer.set_view(view)
        if run.step.kind is StepKind.TIMER:
            self.pacer.set_timer(min(run.step_elapsed(), run.step.duration) / run.step.duration, left)
        else:
            self.pacer.set_timer(None)
        if paused:
            self._ticker.stop()
        else:
            moving = view is not None and not self.pacer.reduced_motion
            self._ticker.start(FAST_TICK_MS if moving else SLOW_TICK_MS)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys reach here only if the focused child did not want them, so typing in the writing box is safe:
        # Space pauses, Esc stops, Ctrl+Right moves on.
        if self.stack.currentIndex() == SETUP_PAGE and event.key() == Qt.Key.Key_Escape:
            self.cancel_timer()
            return
        if self.stack.currentIndex() == 0:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Space and not mods:
                self.toggle_pause()
                return
            if key == Qt.Key.Key_Escape:
                self.stop()
                return
            if key == Qt.Key.Key_Right and mods & Qt.KeyboardModifier.ControlModifier:
                self.skip()
                return
        super().keyPressEvent(event)

"""The Today view: each sequence a person follows, today's day, the coach's note and the practices to do.

Collaborators come in through the constructor: the practice library, a store for progress, a callback that
starts a practice in the player, and a function giving today's date. The sequences feature connects the practice
feature's ``session_finished`` signal to :meth:`TodayView.session_finished`. A progress report is saved on a worker
thread (``report_saver.py``): the Share buttons wait, disabled, until it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.datafile import DataFileError, Problem, parse_toml, read_text
from selfcompass.core.library import Library
from selfcompass.core.narration import Script
from selfcompass.core.practice import Practice
from selfcompass.core.records import SessionRecord
from selfcompass.core.sequences import (
    Completion,
    Enrolment,
    Pace,
    ProgressStore,
    Sequence,
    Status,
    TodayState,
    day_view,
    enrol,
    leave,
    pause,
    resume,
    sequence_from_mapping,
    set_pace,
    today_state,
)
from selfcompass.core.sequences.follow import counts
from selfcompass.ui.theme import SPACE_L, SPACE_S, SPACE_XS, space

if TYPE_CHECKING:
    from selfcompass.ui.sequences.report_saver import ReportSaver, Save


@dataclass(frozen=True)
class PracticeRequest:
    """What the player needs to run one practice of a sequence day."""

    sequence_id: str
    day: int
    practice: Practice
    script: Script | None


class DayCard(QFrame):
    """One sequence's day: heading, note, practices with ticks, journal prompt and kind choices."""

    practice_clicked = Signal(str, int, str)  # sequence id, day, practice id
    choice_made = Signal(str, str)  # sequence id, action: carry-on | catch-up | pause | resume | leave | today
    day_chosen = Signal(str, int)  # sequence id, day to show
    report_requested = Signal(str)

    def __init__(self, state: TodayState, chosen: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName(f"day-card-{state.sequence_id}")
        self.setProperty("role", "card")  # a card with generous space inside (the design tokens in ui/theme.py)
        layout = QVBoxLayout(self)
        pad = space(SPACE_L)
        layout.setContentsMargins(pad + SPACE_XS, pad, pad + SPACE_XS, pad)
        layout.setSpacing(space(SPACE_S))
        heading = QLabel(state.heading)
        heading.setObjectName("heading")
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if state.day_title:
            theme = self._label(state.day_title, "day-title")
            bold = theme.font()
            bold.setBold(True)
            theme.setFont(bold)
            layout.addWidget(theme)
        if state.note:
            layout.addWidget(self._label(state.note, "note"))
        self.practice_buttons: dict[str, QPushButton] = {}
        self.share_button: QPushButton | None = None
        active = state.status in (Status.ACTIVE,)
        for item in state.items:
            mark = "✓ " if item.done else ""
            text = f"{mark}{item.title}" + (f"  ({item.minutes_label})" if item.minutes_label else "")
            if not item.available:
                text = self.tr("{title}: not in this installation").format(title=item.title)
            button = QPushButton(text)
            button.setObjectName(f"practice-{item.practice_id}")
            button.setEnabled(active and item.available)
            button.setAccessibleName((self.tr("{title}, done") if item.done else self.tr("{title}, not done yet"))
                                     .format(title=item.title))
            button.clicked.connect(lambda _=False, pid=item.practice_id: self.practice_clicked.emit(
                state.sequence_id, state.day, pid))
            self.practice_buttons[item.practice_id] = button
            layout.addWidget(button)
        if state.journal:
            layout.addWidget(self._label(self.tr("To write about, if you like: {prompt}").format(prompt=state.journal),
                                         "journal"))
        if state.message:
            layout.addWidget(self._label(state.message, "message"))
        row = QHBoxLayout()
        if state.offer is not None:
            row.addWidget(self._button(self.tr("Carry on with day {n}").format(n=state.offer.carry_on_day),
                                       "carry-on"))
            row.addWidget(self._button(self.tr("Catch up to day {n}").format(n=state.offer.catch_up_day), "catch-up"))
        if state.next_day and not chosen:
            go = QPushButton(self.tr("Go on to day {n}").format(n=state.next_day))
            go.setObjectName("next-day")
            go.clicked.connect(lambda: self.day_chosen.emit(state.sequence_id, state.next_day or 0))
            row.addWidget(go)
        for number in state.earlier_open[:5]:
            open_day = QPushButton(self.tr("Open day {n}").format(n=number))
            open_day.setObjectName(f"open-day-{number}")
            open_day.clicked.connect(lambda _=False, n=number: self.day_chosen.emit(state.sequence_id, n))
            row.addWidget(open_day)
        if chosen:
            row.addWidget(self._button(self.tr("Back to today"), "today"))
        if state.status is Status.PAUSED:
            row.addWidget(self._button(self.tr("Resume", "resume following the sequence"), "resume"))
        elif state.status in (Status.ACTIVE, Status.NOT_STARTED):
            row.addWidget(self._button(self.tr("Pause", "pause following the sequence"), "pause"))
        if state.status is not Status.LEFT:
            row.addWidget(self._button(self.tr("Leave this sequence"), "leave"))
            share = QPushButton(self.tr("Share progress…"))
            share.setObjectName("share")
            share.clicked.connect(lambda: self.report_requested.emit(state.sequence_id))
            row.addWidget(share)
            self.share_button = share
        row.addStretch(1)
        layout.addLayout(row)

    def show_saving(self, busy: bool, this_one: bool) -> None:
        """While a report is being saved, Share waits; the card whose report it is says so."""
        if self.share_button is None:
            return
        self.share_button.setEnabled(not busy)
        self.share_button.setText(self.tr("Saving your report…") if busy and this_one
                                  else self.tr("Share progress…"))

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _button(self, text: str, action: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(action)
        button.clicked.connect(lambda: self.choice_made.emit(self.state.sequence_id, action))
        return button


class TodayView(QWidget):
    """Every sequence a person follows, as cards; starting, importing, pausing and leaving sequences."""

    practice_started = Signal(object)  # PracticeRequest
    progress_changed = Signal()
    report_saved = Signal(object)  # Path
    report_failed = Signal(object, str)  # Path, the message shown

    def __init__(self, library: Library, store: ProgressStore, start_practice: Callable[[PracticeRequest], None],
                 today: Callable[[], date], *, shipped: Iterable[Sequence] = (),
                 report_pool: QThreadPool | None = None, save_report: Save | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today-view")
        self._save_report = save_report
        self._library = library
        self._store = store
        self._start_practice = start_practice
        self._today = today
        self._shipped = list(shipped)
        self._chosen: dict[str, int] = {}  # sequence id -> a day other than today's, while it is shown
        self._pending: PracticeRequest | None = None
        self._report_pool = report_pool
        self._saver: ReportSaver | None = None  # made on the first save
        self._saving = ""  # the sequence whose report is being saved
        self.report_message: QMessageBox | None = None
        self.cards: dict[str, DayCard] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)  # lines up with the Today page's headings
        top = QHBoxLayout()
        self.start_combo = QComboBox()
        self.start_combo.setObjectName("start-combo")
        self.start_combo.setAccessibleName(self.tr("Sequences you can start"))
        start = QPushButton(self.tr("Start", "start following the chosen sequence"))
        start.setObjectName("start")
        start.clicked.connect(self._start_chosen)
        import_button = QPushButton(self.tr("Import a sequence…"))
        import_button.setObjectName("import")
        import_button.clicked.connect(self._import_clicked)
        top.addWidget(self.start_combo, 1)
        top.addWidget(start)
        top.addWidget(import_button)
        outer.addLayout(top)
        self.report_status = QLabel()
        self.report_status.setObjectName("report-status")
        self.report_status.setWordWrap(True)
        self.report_status.setTextFormat(Qt.TextFormat.PlainText)
        self.report_status.hide()
        outer.addWidget(self.report_status)
        self.empty = QLabel(self.tr("You are not following a sequence yet. You might start one above: each day "
                                    "brings a practice or two and a note from the coach who wrote it."))
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)  # the cards have their own frames; no empty box when none
        self._cards_host = QWidget()
        self._cards_layout = QVBoxLayout(self._cards_host)
        self._cards_layout.setContentsMargins(0, space(SPACE_XS), 0, 0)
        self._cards_layout.addStretch(1)
        scroll.setWidget(self._cards_host)
        outer.addWidget(scroll, 1)
        self.refresh()

    # --- state -------------------------------------------------------------------------------------------

    def _sequences(self) -> dict[str, Sequence]:
        return {s.id: s for s in self._store.sequences()}

    def _enrolments(self) -> dict[str, Enrolment]:
        return {e.sequence_id: e for e in self._store.enrolments()}

    def states(self) -> list[TodayState]:
        sequences, today = self._sequences(), self._today()
        comps = self._store.completions()
        out = []
        for enrolment in self._enrolments().values():
            seq = sequences.get(enrolment.sequence_id)
            if seq is None or enrolment.left_on is not None:
                continue
            if enrolment.sequence_id in self._chosen:
                out.append(day_view(seq, self._chosen[seq.id], comps, self._library.practices, today))
            else:
                out.append(today_state(seq, enrolment, comps, today, self._library.practices))
        order = [Status.ACTIVE, Status.NOT_STARTED, Status.PAUSED, Status.FINISHED]
        return sorted(out, key=lambda s: order.index(s.status))

    @Slot()
    def refresh(self) -> None:
        for card in self.cards.values():
            self._cards_layout.removeWidget(card)
            card.hide()
            card.setParent(None)  # gone from the screen now, not when the event loop next runs
            card.deleteLater()
        self.cards.clear()
        for state in self.states():
            card = DayCard(state, chosen=state.sequence_id in self._chosen)
            card.practice_clicked.connect(self.start)
            card.choice_made.connect(self._choice)
            card.day_chosen.connect(self.show_day)
            card.report_requested.connect(self._report_clicked)
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)
            self.cards[state.sequence_id] = card
            card.show_saving(bool(self._saving), state.sequence_id == self._saving)
        self.empty.setVisible(not self.cards)
        followed = self._enrolments()
        self.start_combo.clear()
        for seq in [*self._shipped, *self._store.sequences()]:
            e = followed.get(seq.id)
            if (e is None or e.left_on is not None) and self.start_combo.findData(seq.id) < 0:
                self.start_combo.addItem(self.tr("{title} ({count} days)").format(title=seq.title, count=seq.length),
                                         seq.id)

    # --- actions -----------------------------------------------------------------------------------------

    def follow(self, sequence: Sequence) -> Enrolment:
        """Start following a sequence (or start it again after leaving)."""
        self._store.save_sequence(sequence)
        current = self._enrolments().get(sequence.id)
        if current is not None and current.left_on is None:
            self.refresh()  # a newer copy of a sequence already followed: keep the person's place
            return current
        enrolment = enrol(sequence, self._today())
        self._store.save_enrolment(enrolment)
        self._chosen.pop(sequence.id, None)
        self.refresh()
        return enrolment

    def import_file(self, path: Path) -> Sequence | None:
        """Read a sequence a coach sent; on problems, say what they are and keep nothing."""
        problems = self.check_file(path)
        if isinstance(problems, Sequence):
            self.follow(problems)
            return problems
        text = "\n".join(str(p) for p in problems[:8])
        more = "\n" + self.tr("…and {count} more.").format(count=len(problems) - 8) if len(problems) > 8 else ""
        QMessageBox.information(self, self.tr("This sequence could not be used"),
                                self.tr("Nothing has been changed. You might send these details to the person who "
                                        "wrote it:") + f"\n\n{text}{more}")
        return None

    def check_file(self, path: Path) -> Sequence | list[Problem]:
        try:
            text = read_text(path, path.name)
            unavailable = {Path(p.source).stem for p in self._library.problems}
            return sequence_from_mapping(parse_toml(text, path.name), path.name, self._library.practices,
                                         text=text, unavailable=unavailable)
        except DataFileError as exc:
            return exc.problems

    @Slot(str, int, str)
    def start(self, sequence_id: str, day: int, practice_id: str) -> None:
        seq = self._sequences().get(sequence_id)
        practice = seq.practice(practice_id, self._library.practices) if seq else None
        if seq is None or practice is None:
            return
        request = PracticeRequest(sequence_id, day, practice, seq.script(practice_id, self._library.scripts))
        self._pending = request
        self.practice_started.emit(request)
        self._start_practice(request)

    @Slot(object)
    def session_finished(self, record: SessionRecord) -> None:
        """Connect the practice feature's session_finished here: a finished practice ticks off the day it was
        started from."""
        request, self._pending = self._pending, None
        if request is None or record.practice_id != request.practice.id or not counts(record):
            return
        self._store.add_completion(Completion.from_session(request.sequence_id, request.day, record,
                                                           on=self._today()))
        self.progress_changed.emit()
        self.refresh()

    @Slot(str, int)
    def show_day(self, sequence_id: str, day: int) -> None:
        self._chosen[sequence_id] = day
        self.refresh()

    @Slot(str, str)
    def _choice(self, sequence_id: str, action: str) -> None:
        e = self._enrolments().get(sequence_id)
        seq = self._sequences().get(sequence_id)
        if e is None or seq is None:
            return
        today = self._today()
        comps = self._store.completions(sequence_id)
        if action == "today":
            self._chosen.pop(sequence_id, None)
        elif action in (Pace.CARRY_ON.value, Pace.CATCH_UP.value):
            self._store.save_enrolment(set_pace(e, Pace(action), seq, comps, today))
        elif action == "pause":
            self._store.save_enrolment(pause(e, today))
        elif action == "resume":
            self._store.save_enrolment(resume(e, today))
        elif action == "leave":
            answer = QMessageBox.question(self, self.tr("Leave this sequence?"),
                                          self.tr("Leave “{title}”? What you have done is kept, and you can start "
                                                  "it again later.").format(title=seq.title))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._store.save_enrolment(leave(e, today))
            self._chosen.pop(sequence_id, None)
        self.refresh()

    def _start_chosen(self) -> None:
        sid = self.start_combo.currentData()
        seq = next((s for s in [*self._shipped, *self._store.sequences()] if s.id == sid), None)
        if seq is not None:
            self.follow(seq)

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a sequence"), "", self.tr("Sequences (*.toml)"))
        if path:
            self.import_file(Path(path))

    def _report_clicked(self, sequence_id: str) -> None:
        from selfcompass.core.sequences.report import build_report, report_html
        from selfcompass.ui.sequences.report_preview import ReportPreview

        seq = self._sequences().get(sequence_id)
        if seq is None:
            return

        def render(ratings: bool) -> str:
            return report_html(build_report(seq, self._store.completions(sequence_id), made_on=self._today(),
                                            library=self._library.practices, include_ratings=ratings))

        preview = ReportPreview(render, self)
        accepted = preview.exec() == QDialog.DialogCode.Accepted
        choice, include_ratings = preview.choice, preview.ratings.isChecked()
        preview.deleteLater()  # one dialog a share, not one left behind each time
        if not accepted:
            return
        suffix, kind = ((".csv", self.tr("Spreadsheet (*.csv)")) if choice == "csv"
                        else (".pdf", self.tr("PDF (*.pdf)")))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save progress report"), f"{sequence_id}-progress{suffix}",
                                              kind)
        if path:
            self.export_report(sequence_id, Path(path), include_ratings=include_ratings)

    def export_report(self, sequence_id: str, path: Path, *, include_ratings: bool = False) -> bool:
        """Start saving the report; ``report_saved`` or ``report_failed`` follows. False if nothing was started.

        The report is gathered here (about a millisecond, and the store belongs to this thread); drawing the PDF
        and writing the file happen on a worker.
        """
        from selfcompass.core.sequences.report import build_report

        seq = self._sequences().get(sequence_id)
        if self._save_report is None:
            raise RuntimeError("TodayView was built without a way to save reports")
        saver = self._report_saver()
        if seq is None or saver.busy:
            return False
        report = build_report(seq, self._store.completions(sequence_id), made_on=self._today(),
                              library=self._library.practices, include_ratings=include_ratings)
        self._saving = sequence_id
        self.report_status.hide()
        return saver.save(report, path)

    def _report_saver(self) -> ReportSaver:
        if self._saver is None:
            from selfcompass.ui.sequences.report_saver import ReportSaver

            self._saver = ReportSaver(self._save_report, self._report_pool, parent=self)  # type: ignore[arg-type]
            self._saver.busy_changed.connect(self._report_busy)
            self._saver.saved.connect(self._report_saved)
            self._saver.failed.connect(self._report_failed)
        return self._saver

    @Slot(bool)
    def _report_busy(self, busy: bool) -> None:
        if not busy:
            self._saving = ""
        for sequence_id, card in self.cards.items():
            card.show_saving(busy, sequence_id == self._saving)

    @Slot(object)
    def _report_saved(self, path: Path) -> None:
        self.report_status.setText(self.tr("Your progress report is saved as {file} in {folder}. You decide "
                                           "whether to send it to anyone.").format(file=path.name,
                                                                                    folder=path.parent))
        self.report_status.show()
        self.report_saved.emit(path)

    @Slot(object, object)
    def _report_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, OSError):
            text = self.tr("“{file}” could not be saved in {folder} ({reason}). Nothing was written, and any file "
                           "already there is as it was. You might choose another folder, such as your Documents "
                           "folder, and share it again.").format(file=path.name, folder=path.parent,
                                                                 reason=error.strerror or error)
        else:
            text = self.tr("Something went wrong while making “{file}”, so it was not saved. Nothing was written, "
                           "and any file already there is as it was.").format(
                               file=path.name)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("The report was not saved"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("report-failed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, and this slot returns at once
        self.report_message = box
        self.report_failed.emit(path, text)

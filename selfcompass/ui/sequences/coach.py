"""Coach mode: build a sequence from the library, arrange days and practices by drag and drop, preview, export.

The editor takes the practice library and a function giving today's date (for the preview). Practices the
coach wrote in a sequence file are kept when that file is opened here and exported again. Reading a coach's own
practice file is in ``own_practice.py``; the day preview and plain-words problems are in ``coach_preview.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.datafile import DataFileError, Problem
from selfcompass.core.library import Library
from selfcompass.core.sequences import CustomPractice, Day, Sequence, parse_sequence, sequence_to_toml
from selfcompass.ui.layout import centre_form_labels, scrolling_body
from selfcompass.ui.sequences.coach_preview import day_preview_html, friendly
from selfcompass.ui.sequences.own_practice import read_own_practice
from selfcompass.ui.theme import SPACE_S, pad_spin_box, space

ROLE = Qt.ItemDataRole.UserRole


# Replaces a file whole with the text given; raises OSError if it cannot.
WriteFile = Callable[[Path, str], None]


class CoachEditor(QWidget):
    """Write a sequence: details, days (each with practices, a note, a journal prompt), preview and export."""

    exported = Signal(object)  # Path

    def __init__(self, library: Library, today: Callable[[], date], write: WriteFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._write = write  # storage's atomic write, handed in by the sequences feature (ui never imports storage)
        self.setObjectName("coach-editor")
        self._library = library
        self._today = today
        self._custom: tuple[CustomPractice, ...] = ()
        self._loading = False
        self.problems: list[Problem] = []

        outer = scrolling_body(self, self.tr("Coach mode", "page title"))  # a short window scrolls, never squashes
        title = QLabel(self.tr("Coach mode", "page title"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr("Write a sequence of practices for someone you coach, check it, and export it as a file "
                               "to hand over. They follow it day by day; nothing is sent from here."), wordWrap=True)
        intro.setProperty("role", "muted")
        outer.addWidget(title)
        outer.addWidget(intro)
        form = QFormLayout()
        self.id_edit = self._line("id", self.tr("for example: calm-start"))
        self.title_edit = self._line("title", self.tr("shown as “Day 1 of 5: your title”"))
        self.author_edit = self._line("author", self.tr("your name"))
        self.contact_edit = self._line("contact", self.tr("optional: an email address or phone number"))
        self.description_edit = QPlainTextEdit(objectName="description")
        self.description_edit.setMaximumHeight(70)
        self.on_import = QCheckBox(self.tr("Day 1 is the day the person imports it"), objectName="on-import")
        self.on_import.setChecked(True)
        self.start_date = QDateEdit(QDate(today().year, today().month, today().day))
        self.start_date.setObjectName("start-date")
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("d MMMM yyyy")
        pad_spin_box(self.start_date)
        self.start_date.setEnabled(False)
        self.on_import.toggled.connect(lambda on: self.start_date.setEnabled(not on))
        start_row = QHBoxLayout()
        start_row.addWidget(self.on_import)
        start_row.addWidget(self.start_date)
        start_row.addStretch(1)
        for label, widget in ((self.tr("Id", "the sequence's id"), self.id_edit),
                              (self.tr("Title", "the sequence's title"), self.title_edit),
                              (self.tr("Author"), self.author_edit),
                              (self.tr("Contact", "how to reach the author"), self.contact_edit),
                              (self.tr("Description"), self.description_edit)):
            form.addRow(label, widget)
        form.addRow(self.tr("Starts", "when the sequence's day 1 is"), start_row)
        centre_form_labels(form)
        outer.addLayout(form)

        split = QSplitter()
        split.addWidget(self._build_library())
        split.addWidget(self._build_days())
        split.addWidget(self._build_day_editor())
        split.setSizes([380, 300, 400])  # proportions: room for the longest practice names, no sideways scrolling
        split.setMinimumHeight(300)  # about eight practices in view
        outer.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.preview = QTextBrowser(objectName="preview")
        self.preview.setAccessibleName(self.tr("Preview of the sequence"))
        self.preview.setMaximumHeight(180)
        self.preview.setMinimumHeight(110)
        self.status = QLabel("", objectName="status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QVBoxLayout()
        check = QPushButton(self.tr("Check", "check the sequence for problems"), objectName="check")
        check.clicked.connect(self.check)
        export = QPushButton(self.tr("Export…"), objectName="export")
        export.clicked.connect(self._export_clicked)
        buttons.addWidget(check)
        buttons.addWidget(export)
        buttons.addStretch(1)
        bottom.addWidget(self.preview, 2)
        bottom.addWidget(self.status, 1)
        bottom.addLayout(buttons)
        outer.addLayout(bottom)
        self.add_day()

    # --- building ----------------------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        return QLineEdit(objectName=name, placeholderText=placeholder)

    def _build_library(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, space(SPACE_S), space(SPACE_S), 0)  # the page gives the outer margin
        layout.addWidget(QLabel(self.tr("Practices (drag onto a day)")))
        self.search = self._line("search", self.tr("search the library"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.library_list = QListWidget(objectName="library-list")
        self.library_list.setAccessibleName(self.tr("Practices to add"))
        self.library_list.setDragEnabled(True)
        self.library_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.library_list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.library_list.setSupportedDragActions(Qt.DropAction.CopyAction)  # a drag never removes a practice
        self.library_list.itemDoubleClicked.connect(lambda item: self.add_practice(item.data(ROLE)))
        layout.addWidget(self.library_list, 1)
        add = QPushButton(self.tr("Add to day"), objectName="add-practice")
        add.clicked.connect(self._add_selected)
        layout.addWidget(add)
        own = QPushButton(self.tr("Add your own practice from a file…"), objectName="add-own")
        own.setToolTip(self.tr("A practice file written as in the practice format guide, with its narration "
                               "(a text file of the same name) if it has one."))
        own.clicked.connect(self._add_own_clicked)
        layout.addWidget(own)
        self._fill_library()
        return box

    def _build_days(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, space(SPACE_S), space(SPACE_S), 0)  # the page gives the outer margin
        layout.addWidget(QLabel(self.tr("Days (drag to reorder)")))
        self.days_list = QListWidget(objectName="days-list")
        self.days_list.setAccessibleName(self.tr("Days", "the list of days"))
        self.days_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.days_list.currentRowChanged.connect(self._day_selected)
        self.days_list.model().rowsMoved.connect(self._days_moved)
        layout.addWidget(self.days_list, 1)
        row = QHBoxLayout()
        for text, name, slot in ((self.tr("Add day"), "add-day", self.add_day),
                                 (self.tr("Remove", "remove the chosen day"), "remove-day", self.remove_day),
                                 (self.tr("Up", "move the chosen day earlier"), "day-up", lambda: self._nudge_day(-1)),
                                 (self.tr("Down", "move the chosen day later"), "day-down",
                                  lambda: self._nudge_day(1))):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def _build_day_editor(self) -> QWidget:
        box = QWidget()
        layout = QFormLayout(box)
        layout.setContentsMargins(0, space(SPACE_S), 0, 0)
        self.day_title = self._line("day-title", self.tr("optional: the day's theme"))
        self.note_edit = QPlainTextEdit(objectName="note")
        self.note_edit.setPlaceholderText(self.tr("Your note for this day"))
        self.journal_edit = self._line("journal", self.tr("optional: a journal prompt"))
        self.day_practices = QListWidget(objectName="day-practices")
        self.day_practices.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.day_practices.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.day_practices.setAcceptDrops(True)
        model = self.day_practices.model()
        model.rowsInserted.connect(self._practices_changed)
        model.rowsRemoved.connect(self._practices_changed)
        model.rowsMoved.connect(self._practices_changed)
        model.dataChanged.connect(self._practices_changed)  # a drop inserts rows first, then their data
        row = QHBoxLayout()
        for text, name, slot in ((self.tr("Up", "move the chosen practice earlier"), "practice-up",
                                  lambda: self._nudge_practice(-1)),
                                 (self.tr("Down", "move the chosen practice later"), "practice-down",
                                  lambda: self._nudge_practice(1)),
                                 (self.tr("Remove", "remove the chosen practice"), "remove-practice",
                                  self.remove_practice)):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addRow(self.tr("Theme", "the day's theme"), self.day_title)
        layout.addRow(self.tr("Practices", "the day's practices"), self.day_practices)
        layout.addRow("", row)
        layout.addRow(self.tr("Note", "the coach's note for the day"), self.note_edit)
        layout.addRow(self.tr("Journal", "the day's journal prompt"), self.journal_edit)
        centre_form_labels(layout)
        for signal in (self.day_title.textChanged, self.note_edit.textChanged, self.journal_edit.textChanged):
            signal.connect(self._day_edited)
        return box

    def _fill_library(self) -> None:
        self.library_list.clear()
        entries = [(p, p.title) for p in self._library.sorted()] + [
            (c.practice, self.tr("{title} (yours)", "a practice the coach added").format(title=c.practice.title))
            for c in self._custom]
        for practice, label in entries:
            item = QListWidgetItem(f"{label}  ·  {practice.minutes_label}")
            item.setData(ROLE, practice.id)
            item.setToolTip(practice.summary)
            self.library_list.addItem(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        practices = {**self._library.practices, **{c.id: c.practice for c in self._custom}}
        for i in range(self.library_list.count()):
            item = self.library_list.item(i)
            practice = practices.get(item.data(ROLE))
            item.setHidden(practice is None or not practice.matches(text))

    def add_own_practice(self, path: Path) -> list[Problem]:
        """Bring in a practice the coach wrote (TOML, as for the library) to use in this sequence, with its
        narration if it has one (see :func:`read_own_practice`). Returns the problems; none when it was added.
        """
        try:
            own = read_own_practice(path, self._library.practices)
        except DataFileError as exc:
            return self._say_problems(exc.problems)
        self._custom = (*[c for c in self._custom if c.id != own.id], own)
        self._fill_library()
        self.status.setText(self.tr("Added your practice “{title}”. Drag it onto a day to use it.").format(
            title=own.practice.title))
        return []

    def _say_problems(self, problems: list[Problem]) -> list[Problem]:
        lines = [str(p) for p in problems[:6]]
        self.status.setText(self.tr("That practice could not be added:") + "\n" + "\n".join(lines))
        return problems

    def _add_own_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add your own practice"), "",
                                              self.tr("Practices (*.toml)"))
        if path:
            self.add_own_practice(Path(path))

    # --- days --------------------------------------------------------------------------------------------

    def _day_item(self, data: dict[str, Any]) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(ROLE, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def _day_data(self, row: int) -> dict[str, Any]:
        item = self.days_list.item(row)
        return dict(item.data(ROLE)) if item is not None else {}

    def _set_day_data(self, row: int, data: dict[str, Any]) -> None:
        item = self.days_list.item(row)
        if item is not None:
            item.setData(ROLE, data)

    @Slot()
    def add_day(self) -> None:
        self.days_list.addItem(self._day_item({"title": "", "note": "", "journal": "", "practices": []}))
        self._renumber()
        self.days_list.setCurrentRow(self.days_list.count() - 1)

    @Slot()
    def remove_day(self) -> None:
        row = self.days_list.currentRow()
        if row < 0 or self.days_list.count() <= 1:
            return
        self.days_list.takeItem(row)
        self._renumber()
        self.days_list.setCurrentRow(min(row, self.days_list.count() - 1))

    def move_day(self, source: int, target: int) -> None:
        """Move a day (as a drag would): its practices and note go with it."""
        if source == target or not (0 <= source < self.days_list.count()) or \
                not (0 <= target < self.days_list.count()):
            return
        item = self.days_list.takeItem(source)
        self.days_list.insertItem(target, item)
        self._renumber()
        self.days_list.setCurrentRow(target)

    def _nudge_day(self, step: int) -> None:
        row = self.days_list.currentRow()
        self.move_day(row, row + step)

    def _days_moved(self, *_: object) -> None:
        self._renumber()

    def _renumber(self) -> None:
        for row in range(self.days_list.count()):
            item = self.days_list.item(row)
            data = item.data(ROLE) or {}
            title = data.get("title") or self.tr("untitled", "a day with no theme")
            count = len(data.get("practices", []))
            text = (self.tr("Day {n}: {title} ({count} practice)") if count == 1
                    else self.tr("Day {n}: {title} ({count} practices)"))
            item.setText(text.format(n=row + 1, title=title, count=count))
        self._update_preview()

    def _day_selected(self, row: int) -> None:
        data = self._day_data(row)
        self._loading = True
        try:
            self.day_title.setText(data.get("title", ""))
            self.note_edit.setPlainText(data.get("note", ""))
            self.journal_edit.setText(data.get("journal", ""))
            self.day_practices.clear()
            for pid in data.get("practices", []):
                self.day_practices.addItem(self._practice_item(pid))
        finally:
            self._loading = False
        self._update_preview()

    def _day_edited(self, *_: object) -> None:
        if self._loading:
            return
        row = self.days_list.currentRow()
        data = self._day_data(row)
        data.update(title=self.day_title.text().strip(), note=self.note_edit.toPlainText().strip(),
                    journal=self.journal_edit.text().strip())
        self._set_day_data(row, data)
        self._renumber()

    # --- practices within a day --------------------------------------------------------------------------

    def _practice_item(self, pid: str) -> QListWidgetItem:
        practice = {**self._library.practices, **{c.id: c.practice for c in self._custom}}.get(pid)
        item = QListWidgetItem(f"{practice.title}  ·  {practice.minutes_label}" if practice else pid)
        item.setData(ROLE, pid)
        return item

    def add_practice(self, pid: str) -> None:
        if self.days_list.currentRow() < 0:
            return
        self.day_practices.addItem(self._practice_item(pid))

    def _add_selected(self) -> None:
        item = self.library_list.currentItem()
        if item is not None:
            self.add_practice(item.data(ROLE))

    def remove_practice(self) -> None:
        row = self.day_practices.currentRow()
        if row >= 0:
            self.day_practices.takeItem(row)

    def move_practice(self, source: int, target: int) -> None:
        count = self.day_practices.count()
        if source == target or not (0 <= source < count) or not (0 <= target < count):
            return
        item = self.day_practices.takeItem(source)
        self.day_practices.insertItem(target, item)
        self.day_practices.setCurrentRow(target)

    def _nudge_practice(self, step: int) -> None:
        row = self.day_practices.currentRow()
        self.move_practice(row, row + step)

    def _practices_changed(self, *_: object) -> None:
        if self._loading:
            return
        self._loading = True  # relabelling below changes data too; don't come back in here
        try:
            ids: list[str] = []
            for i in range(self.day_practices.count()):
                item = self.day_practices.item(i)
                pid = item.data(ROLE)
                if not pid:
                    continue  # a dropped row whose data has not arrived yet
                label = self._practice_item(pid).text()
                if item.text() != label:
                    item.setText(label)  # items dropped from the library get the day's own label
                ids.append(pid)
        finally:
            self._loading = False
        row = self.days_list.currentRow()
        data = self._day_data(row)
        data["practices"] = ids
        self._set_day_data(row, data)
        self._renumber()

    # --- the sequence ------------------------------------------------------------------------------------

    def sequence(self) -> Sequence:
        """The sequence as it stands (not yet checked: see :meth:`check`)."""
        days = []
        for row in range(self.days_list.count()):
            d = self._day_data(row)
            days.append(Day(d.get("note", ""), tuple(d.get("practices", [])), d.get("title", ""),
                            d.get("journal", "")))
        start = None
        if not self.on_import.isChecked():
            qd = self.start_date.date()
            start = date(qd.year(), qd.month(), qd.day())
        return Sequence(id=self.id_edit.text().strip(), title=self.title_edit.text().strip(),
                        author=self.author_edit.text().strip(), contact=self.contact_edit.text().strip(),
                        description=self.description_edit.toPlainText().strip(), days=tuple(days), start=start,
                        custom=self._custom)

    def load(self, sequence: Sequence) -> None:
        """Open a sequence for editing, keeping any practices its author wrote."""
        self._custom = sequence.custom
        self.id_edit.setText(sequence.id)
        self.title_edit.setText(sequence.title)
        self.author_edit.setText(sequence.author)
        self.contact_edit.setText(sequence.contact)
        self.description_edit.setPlainText(sequence.description)
        self.on_import.setChecked(sequence.start is None)
        if sequence.start is not None:
            self.start_date.setDate(QDate(sequence.start.year, sequence.start.month, sequence.start.day))
        self.days_list.clear()
        for day in sequence.days:
            self.days_list.addItem(self._day_item({"title": day.title, "note": day.note, "journal": day.journal,
                                                   "practices": list(day.practices)}))
        self._fill_library()
        self._renumber()
        self.days_list.setCurrentRow(0)

    def toml(self) -> str:
        return sequence_to_toml(self.sequence())

    @Slot()
    def check(self) -> list[Problem]:
        """Check the sequence exactly as a person's SelfCompass will when they import it."""
        try:
            parse_sequence(self.toml(), "this sequence", self._library.practices)
            self.problems = []
            seq = self.sequence()
            ready = (self.tr("Ready to export: {count} day.") if seq.length == 1
                     else self.tr("Ready to export: {count} days."))
            self.status.setText(ready.format(count=seq.length))
        except DataFileError as exc:
            self.problems = exc.problems
            lines = [friendly(p) for p in exc.problems[:6]]
            more = ("\n" + self.tr("…and {count} more.").format(count=len(exc.problems) - 6)
                    if len(exc.problems) > 6 else "")
            self.status.setText(self.tr("Before you export:") + "\n" + "\n".join(lines) + more)
        return self.problems

    def export(self, path: Path) -> bool:
        """Write the sequence to ``path`` if it passes the checks; returns whether it was written."""
        if self.check():
            return False
        try:
            self._write(path, self.toml())
        except OSError as exc:
            self.status.setText(self.tr("The file could not be saved ({reason}). You might choose another "
                                        "folder.").format(reason=exc.strerror or exc))
            return False
        self.status.setText(self.tr("Exported to {name}. You can send this file to the people you coach.").format(
            name=path.name))
        self.exported.emit(path)
        return True

    def _export_clicked(self) -> None:
        name = self.id_edit.text().strip() or "sequence"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export sequence"), f"{name}.toml",
                                              self.tr("Sequences (*.toml)"))
        if path:
            self.export(Path(path))

    def _update_preview(self) -> None:
        row = self.days_list.currentRow()
        seq = self.sequence()
        if row < 0 or row >= seq.length:
            self.preview.clear()
            return
        self.preview.setHtml(day_preview_html(seq, row + 1, self._library.practices, self._today()))

    def preview_text(self) -> str:
        return self.preview.toPlainText()


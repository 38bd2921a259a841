"""The practice library: grouped by family, filtered by length and need, searchable, with a detail pane."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QStaticText,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.library import Library
from selfcompass.core.practice import NEED_LABELS, NEEDS, Family, Practice, Step, StepKind, duration_label, need_label
from selfcompass.ui import theme as tokens
from selfcompass.ui.first_frame import USER_ROLE, elided, wrapped
from selfcompass.ui.layout import page_margins

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QResizeEvent

PRACTICE_ROLE = USER_ROLE + 1
HEADER_ROLE = USER_ROLE + 2

# The length filter: (label, shortest, longest) in seconds; labels are translated at use ("LibraryView").
LENGTHS = (
    (QT_TRANSLATE_NOOP("LibraryView", "Any length"), 0, None),
    (QT_TRANSLATE_NOOP("LibraryView", "Under a minute"), 0, 60),
    (QT_TRANSLATE_NOOP("LibraryView", "Up to 3 minutes"), 0, 180),
    (QT_TRANSLATE_NOOP("LibraryView", "Up to 5 minutes"), 0, 300),
    (QT_TRANSLATE_NOOP("LibraryView", "Longer than 5 minutes"), 301, None),
)

# One word per kind of step in "What happens"; translated at use ("PracticeDetail").
STEP_WORDS = {StepKind.INSTRUCTION: QT_TRANSLATE_NOOP("PracticeDetail", "Settle"),
              StepKind.BREATHE: QT_TRANSLATE_NOOP("PracticeDetail", "Breathe"),
              StepKind.WRITE: QT_TRANSLATE_NOOP("PracticeDetail", "Write"),
              StepKind.REFLECT: QT_TRANSLATE_NOOP("PracticeDetail", "Reflect"),
              StepKind.TIMER: QT_TRANSLATE_NOOP("PracticeDetail", "Quiet time, as long as you choose")}


#: The most characters of a step's first sentence shown in "What happens".
STEP_WORDS_MOST = 110

#: A width no row reaches, so the words of a row are never wrapped (they are cut to fit before).
NO_WRAP = 100_000.0
#: The most lines a practice's summary takes in the list (each row is as tall as its summary needs).
SUMMARY_LINES = 4


class PracticeDelegate(QStyledItemDelegate):
    """Title and length, then the summary wrapped on as many lines as it needs (up to SUMMARY_LINES) at the list's
    width; bold headings for families.

    Qt draws each row's background, selection and focus (the style sheet's ``QListView::item`` rules); this draws
    the words. They are rich text in the palette's colours rather than text under a chosen pen: ``setPen`` and
    ``setBrush`` would build PySide6's whole ``Qt`` namespace before the first frame (see ui/first_frame.py).
    Whether a row is selected comes from the view, not ``option.state``, which would build PySide6's QStyle type.
    """

    def __init__(self, parent: QListView) -> None:
        super().__init__(parent)
        self._view = parent
        self._texts: dict[str, QStaticText] = {}  # laid-out words, by their markup; a few dozen at most
        #: The practices whose title or summary the last paint of their row had to cut short (the layout test,
        #: tests/ui/test_screen_fit.py, reads it: painted words have no widget of their own to measure).
        self.cut: set[str] = set()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        if index.data(HEADER_ROLE):
            return QSize(200, int(fm.height() * 2.1))
        practice: Practice = index.data(PRACTICE_ROLE)
        # The room as if the scroll bar showed: it comes and goes with the rows' heights, and a row sized without
        # it would be a line short once it appears.
        view = self._view
        room = view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()
        lines = len(wrapped(fm, practice.summary, self._text_width(room), SUMMARY_LINES))
        return QSize(200, int(fm.height() * (2.25 + max(lines, 1))))  # the title, then the summary

    @staticmethod
    def _text_width(row_width: int) -> int:
        """The room for words in a row ``row_width`` wide (paint's margins)."""
        return row_width - 16 - 12

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # Qt draws the row; paint() adds the words

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        palette = option.palette
        rect = option.rect.adjusted(8, 2, -8, -2)
        fm = QFontMetrics(option.font)
        line = fm.height()
        painter.save()
        if index.data(HEADER_ROLE):
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(option.font.pointSizeF() * tokens.TYPE_HEADING)
            painter.setFont(font)
            height = QFontMetrics(font).height()
            self._draw(painter, rect.left(), rect.top() + 6 + (rect.height() - 6 - height) // 2, index.data(),
                       palette.color(palette.ColorRole.Text))
            painter.restore()
            return
        practice: Practice = index.data(PRACTICE_ROLE)
        selected = self._view.selectionModel().isSelected(index)
        text_colour = palette.color(palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text)
        # The theme's muted colour from the application's palette: the view's own, under the style sheet, has a
        # half-transparent placeholder colour too faint to read comfortably (about 3:1 on white).
        muted = text_colour if selected else QGuiApplication.palette().color(palette.ColorRole.PlaceholderText)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        bold_fm = QFontMetrics(bold)
        left, top, width = rect.left() + 6, rect.top() + int(line * 0.35), self._text_width(option.rect.width())
        duration = practice.minutes_label
        dwidth = bold_fm.horizontalAdvance(duration)
        self._draw(painter, left + width - dwidth, top, duration, text_colour)
        title = elided(bold_fm, practice.title, width - dwidth - 8)
        self._draw(painter, left, top, title, text_colour)
        painter.setFont(option.font)
        lines = wrapped(fm, practice.summary, width, SUMMARY_LINES)  # wrapped, not cut, on the screens people have
        if title != practice.title or " ".join(lines) != practice.summary:
            self.cut.add(practice.id)
        else:
            self.cut.discard(practice.id)
        summary_top = top + line + int(line * 0.25)
        for n, words in enumerate(lines):
            self._draw(painter, left, summary_top + n * line, words, muted)
        painter.restore()

    def _draw(self, painter: QPainter, x: int, y: int, text: str, colour: QColor) -> None:
        """``text`` in ``colour`` and the painter's font, its top left corner at (x, y)."""
        markup = f'<span style="color:{colour.name()}">{_escaped(text)}</span>'
        static = self._texts.get(markup)
        if static is None:
            if len(self._texts) > 200:  # the filters and the window's width come and go; keep the cache small
                self._texts.clear()
            static = self._texts[markup] = QStaticText(markup)
            static.setTextWidth(NO_WRAP)  # else it is wrapped to a "reasonable" shape; the words are cut to fit
        painter.drawStaticText(QPoint(x, y), static)


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


def _escaped(text: str) -> str:
    """``text`` safe inside markup (what ``html.escape`` does for text between tags; that module brings in
    html.entities, about 8 million instructions at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PracticeDetail(QWidget):
    """What a practice is, what happens in it, whose idea it follows, and a Start button."""

    start_requested = Signal(str)
    #: "Back to all practices", shown when the details are open in place of the list (a narrow window).
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
        self.when.setText((self.tr("<b>Good for:</b> ") + _escaped(", ".join(hints))) if hints else "")
        items = ""
        for s in practice.steps:
            items += ("<li>" + self.tr("{step} · {length}", "a step in What happens").format(
                          step=_escaped(step_in_words(s)), length=duration_label(s.duration))
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


class LibraryView(QWidget):
    """The library screen: filters on top, the grouped list on the left, details on the right; in a narrow window
    (under ``theme.ONE_COLUMN_WIDTH``) one column, a practice's details opening in place of the list."""

    start_requested = Signal(str)
    chooser_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.chooser_button = QPushButton(self.tr("What do I need now?"), objectName="chooserButton")
        self.chooser_button.setAccessibleName(self.tr("What do I need now? Suggest a practice"))
        self.chooser_button.clicked.connect(self.chooser_requested)
        self._library = library
        self.search = QLineEdit(objectName="librarySearch")
        self.search.setPlaceholderText(self.tr("Search practices (for example: meeting, kind, breath)"))
        self.search.setAccessibleName(self.tr("Search practices"))
        # The clear button appears only once there is text; creating it (a style icon) waits until then.
        self.search.textChanged.connect(self._offer_clear_button)
        self.length = QComboBox(objectName="lengthFilter")
        self.length.setAccessibleName(self.tr("Filter by length"))
        for label, _, _ in LENGTHS:
            self.length.addItem(QCoreApplication.translate("LibraryView", str(label)))
        self.need = QComboBox(objectName="needFilter")
        self.need.setAccessibleName(self.tr("Filter by what you need"))
        self.need.addItem(self.tr("Any need"), "")
        for need in NEEDS:
            self.need.addItem(need_label(need), need)
        self.model = QStandardItemModel(self)
        self.list = QListView(objectName="practiceList")
        self.list.setAccessibleName(self.tr("Practices"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(PracticeDelegate(self.list))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows are as tall as their words need at the width
        self.list.setMinimumWidth(280)
        self.detail = PracticeDetail()
        self.detail.start_requested.connect(self.start_requested)
        self.detail.back_requested.connect(self.show_list)
        self._one_column = False
        self.empty = QLabel(self.tr("Nothing matches those filters. Try a different length or need."),
                            objectName="emptyNote")
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.notice = QLabel(objectName="libraryNotice")
        self.notice.setProperty("role", "notice")
        self.notice.setWordWrap(True)
        self.notice_button = QPushButton(self.tr("Details", "show the skipped files"),
                                         objectName="libraryNoticeDetails")
        self.notice_button.setAccessibleName(self.tr("Show which practice files were skipped"))
        self.notice_button.clicked.connect(self._show_problems)

        filters = self._filters = QHBoxLayout()
        filters.addWidget(self.chooser_button)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.length, 1)
        filters.addWidget(self.need, 1)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.notice_button)
        left = self._left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.list)
        left_lay.addWidget(self.empty)
        splitter = self.splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)  # half each: a practice's title and length share one line in the list
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])  # half each from the start too (else the details' wish for room wins)
        splitter.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*page_margins())
        lay.setSpacing(tokens.space(tokens.SPACE_S))
        self._chooser_row = QHBoxLayout()  # the chooser's button on a line of its own in one column
        self._chooser_row.addStretch(1)
        lay.addLayout(self._chooser_row)
        lay.addLayout(filters)
        lay.addLayout(notice_row)
        lay.addWidget(splitter, 1)

        self.search.textChanged.connect(self.refresh)
        self.length.currentIndexChanged.connect(self.refresh)
        self.need.currentIndexChanged.connect(self.refresh)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._clicked)
        self._update_notice()
        self.refresh()

    def set_library(self, library: Library) -> None:
        self._library = library
        self._update_notice()
        self.refresh()

    def visible_practices(self) -> list[Practice]:
        lo, hi = LENGTHS[self.length.currentIndex()][1:]
        need = self.need.currentData()
        text = self.search.text()
        return [
            p for p in self._library.sorted()
            if p.duration >= lo and (hi is None or p.duration <= hi)
            and (not need or need in p.needs) and p.matches(text)
        ]

    def refresh(self) -> None:
        keep = self.detail.practice.id if self.detail.practice else None
        self.model.clear()
        current: Family | None = None
        select_row = None
        for practice in self.visible_practices():
            if practice.family != current:
                current = practice.family
                header = QStandardItem(current.label_text)
                header.setData(True, HEADER_ROLE)
                header.setEditable(False)
                header.setSelectable(False)
                header.setAccessibleText(self.tr("{family} (group)").format(family=current.label_text))
                self.model.appendRow(header)
            item = QStandardItem(practice.title)
            item.setData(practice, PRACTICE_ROLE)
            item.setAccessibleText(self.tr("{title}, {length}", "a practice in the list").format(
                title=practice.title, length=practice.minutes_label))
            item.setAccessibleDescription(practice.summary)
            item.setToolTip(practice.summary)
            item.setEditable(False)
            self.model.appendRow(item)
            if practice.id == keep:
                select_row = self.model.rowCount() - 1
        self.empty.setVisible(self.model.rowCount() == 0)
        self.list.setVisible(self.model.rowCount() > 0)
        if select_row is not None:
            self.list.setCurrentIndex(self.model.index(select_row, 0))
        elif self.model.rowCount():
            self.detail.show_practice(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the search box moves into the results (the box does not use it, so it arrives here).
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.focus_results():
            return
        if event.key() == Qt.Key.Key_Escape and self.details_in_place:
            self.show_list()
            return
        super().keyPressEvent(event)

    # -- one column in a narrow window -------------------------------------------------------------------------
    @property
    def one_column(self) -> bool:
        """Whether the list and the details share one column (a narrow window)."""
        return self._one_column

    @property
    def details_in_place(self) -> bool:
        """Whether a practice's details are showing in place of the list (one column only)."""
        return self._one_column and not self._left.isVisibleTo(self)

    def set_one_column(self, one: bool) -> None:
        """One column (the list, and a practice's details in its place when opened) or two side by side."""
        if one == self._one_column:
            return
        self._one_column = one
        if one:
            self._filters.removeWidget(self.chooser_button)
            self._chooser_row.insertWidget(0, self.chooser_button)
        else:
            self._chooser_row.removeWidget(self.chooser_button)
            self._filters.insertWidget(0, self.chooser_button)
        self.detail.back.setVisible(one)
        self._left.show()
        self.detail.setVisible(not one)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.set_one_column(self.window().width() < tokens.ONE_COLUMN_WIDTH)
        super().resizeEvent(event)

    def open_details(self, practice_id: str | None = None) -> None:
        """In one column: the chosen practice's details in place of the list, the keyboard on Begin."""
        if practice_id is not None:
            self.select(practice_id)
        if self.detail.practice is None:
            return
        if self._one_column:
            self._left.hide()
            self.detail.show()
            self.detail.start_button.setFocus()

    def show_list(self) -> None:
        """Back from a practice's details to the list (one column), the keyboard on the practice it was on."""
        if not self._one_column:
            return
        self.detail.hide()
        self._left.show()
        self.list.setFocus()

    def focus_results(self) -> bool:
        """Put the keyboard on the list: on the practice already chosen, else the first one shown."""
        current = self.list.currentIndex()
        if not (current.isValid() and current.data(PRACTICE_ROLE) is not None):
            rows = (self.model.index(r, 0) for r in range(self.model.rowCount()))
            first = next((i for i in rows if i.data(PRACTICE_ROLE) is not None), None)
            if first is None:
                return False
            self.list.setCurrentIndex(first)
        self.list.setFocus()
        return True

    def _offer_clear_button(self, text: str) -> None:
        if text:
            self.search.setClearButtonEnabled(True)
            self.search.textChanged.disconnect(self._offer_clear_button)

    def select(self, practice_id: str) -> bool:
        for row in range(self.model.rowCount()):
            practice = self.model.item(row).data(PRACTICE_ROLE)
            if practice is not None and practice.id == practice_id:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        practice = current.data(PRACTICE_ROLE) if current.isValid() else None
        if practice is not None:
            self.detail.show_practice(practice)

    def _activated(self, index: QModelIndex) -> None:
        practice = index.data(PRACTICE_ROLE)
        if practice is None:
            return
        if self._one_column:  # Enter opens the details, with Begin; Enter again begins
            self.open_details(practice.id)
        else:
            self.start_requested.emit(practice.id)

    def _clicked(self, index: QModelIndex) -> None:
        if self._one_column and index.data(PRACTICE_ROLE) is not None:
            self.open_details(index.data(PRACTICE_ROLE).id)

    def _update_notice(self) -> None:
        count = len({p.source for p in self._library.problems})
        if count == 1:
            text = self.tr("{count} practice file could not be read and was skipped. Everything else works as usual.")
        else:
            text = self.tr("{count} practice files could not be read and were skipped. "
                           "Everything else works as usual.")
        self.notice.setText(text.format(count=count))
        self.notice.setVisible(bool(count))
        self.notice_button.setVisible(bool(count))

    def _show_problems(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = "\n\n".join(str(p) for p in self._library.problems)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Skipped practice files"),
                          self.tr("These files were skipped. Each line says what to change."), parent=self)
        box.setDetailedText(text)
        box.setInformativeText(text[:600])
        box.exec()
        box.deleteLater()

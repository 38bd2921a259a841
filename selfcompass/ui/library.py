"""The practice library: grouped by family, filtered by length and need, searchable, with a detail pane."""

from __future__ import annotations

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
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.formatting import escape_html
from selfcompass.core.library import Library
from selfcompass.core.practice import NEEDS, Family, Practice, need_label
from selfcompass.ui import theme as tokens
from selfcompass.ui.first_frame import USER_ROLE, elided, wrapped
from selfcompass.ui.layout import page_margins
from selfcompass.ui.practice_detail import PracticeDetail

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

# A width no row reaches, so the words of a row are never wrapped (they are cut to fit before).
NO_WRAP = 100_000.0
# The most lines a practice's summary takes in the list (each row is as tall as its summary needs).
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
        # The practices whose title or summary the last paint of their row had to cut short (the layout test,
        # tests/ui/test_screen_fit.py, reads it: painted words have no widget of their own to measure).
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
        markup = f'<span style="color:{colour.name()}">{escape_html(text)}</span>'
        static = self._texts.get(markup)
        if static is None:
            if len(self._texts) > 200:  # the filters and the window's width come and go; keep the cache small
                self._texts.clear()
            static = self._texts[markup] = QStaticText(markup)
            static.setTextWidth(NO_WRAP)  # else it is wrapped to a "reasonable" shape; the words are cut to fit
        painter.drawStaticText(QPoint(x, y), static)


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

"""The journal page's widgets: search and filters, the lazy list, the editor, the undo bar and the locked state."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.formatting import escape_html
from selfcompass.core.i18n import QT_TRANSLATE_NOOP
from selfcompass.ui.journal.editor import EntryEditor
from selfcompass.ui.journal.model import MOOD_WORDS, HtmlRole, JournalListModel, mood_word
from selfcompass.ui.layout import page_margins
from selfcompass.ui.protection.dialogs import UnlockPanel
from selfcompass.ui.theme import ONE_COLUMN_WIDTH, SPACE_XS, space

# The date filter's choices (English source text; translated where the combo box is filled).
DATE_RANGES = ((QT_TRANSLATE_NOOP("JournalView", "Any time"), None),
               (QT_TRANSLATE_NOOP("JournalView", "Past 7 days"), 7),
               (QT_TRANSLATE_NOOP("JournalView", "Past 30 days"), 30),
               (QT_TRANSLATE_NOOP("JournalView", "Past year"), 365))


class _EntryDelegate(QStyledItemDelegate):
    """Draws a row as a little rich-text card (title, date and mood in words, preview or snippet)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option_text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = option_text
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HtmlRole) or "")
        doc.setTextWidth(option.rect.width() - 12)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        # Whole lines only: a preview longer than the row ends at the last line that fits, never half a line.
        clip = QRectF(0, 0, option.rect.width() - 12, _whole_lines_height(doc, option.rect.height() - 8))
        painter.setClipRect(clip)
        # The words take the row's text colour: the accent's own text colour on a selected row (a document drawn
        # with drawContents would use the window's text colour, unreadable on the accent in every theme).
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, int(line * 4.9))  # the title, the date line and two lines of the preview


def _whole_lines_height(doc: QTextDocument, room: float) -> float:
    """How far down ``doc`` its lines that fit whole in ``room`` reach."""
    layout = doc.documentLayout()
    reached = 0.0
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for n in range(lines.lineCount()):
            bottom = top + lines.lineAt(n).rect().bottom()
            if bottom > room:
                return reached
            reached = bottom
        block = block.next()
    return room


class JournalView(QWidget):
    """The page. The journal feature (selfcompass.features.journal.controller) fills it and reacts to its signals."""

    new_requested = Signal()
    filters_changed = Signal()
    undo_requested = Signal()
    repair_requested = Signal()  # "Repair the journal…" under the title, offered while entries are damaged

    def __init__(self, model: JournalListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalView")
        self.model = model
        self.stack = QStackedWidget(objectName="journalStack")
        self.unlock = UnlockPanel()
        content = QWidget(objectName="journalContent")

        self.search = QLineEdit(objectName="journalSearch", placeholderText=self.tr("Search your journal"))
        self.search.setAccessibleName(self.tr("Search your journal"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter = QComboBox(objectName="journalTagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show entries with tag"))
        self.tag_filter.addItem(self.tr("Any tag"), None)
        self.mood_filter = QComboBox(objectName="journalMoodFilter")
        self.mood_filter.setAccessibleName(self.tr("Show entries with mood"))
        self.mood_filter.addItem(self.tr("Any mood"), None)
        for value in MOOD_WORDS:
            self.mood_filter.addItem(self.tr("Mood {value} – {word}", "mood filter choice").format(
                value=value, word=mood_word(value)), value)
        self.date_filter = QComboBox(objectName="journalDateFilter")
        self.date_filter.setAccessibleName(self.tr("Show entries from"))
        for label, days in DATE_RANGES:
            self.date_filter.addItem(QCoreApplication.translate("JournalView", label), days)
        self.new_button = QPushButton(self.tr("&New entry"), objectName="journalNew")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.mood_filter)
        bar.addWidget(self.date_filter)
        bar.addWidget(self.new_button)

        self.count = QLabel(objectName="journalCount")
        self.count.setAccessibleName(self.tr("Number of entries"))
        self.undo_bar = QFrame(objectName="journalUndoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_text = QLabel(self.tr("Entry deleted."), objectName="journalUndoText")
        self.undo_button = QPushButton(self.tr("&Undo", "undo deleting an entry"), objectName="journalUndo")
        self.undo_close = QPushButton(self.tr("Dismiss", "close the undo bar"), objectName="journalUndoDismiss")
        self.undo_close.setFlat(True)
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        undo_row.addWidget(self.undo_close)
        self.undo_bar.hide()

        self.list = QListView(objectName="journalList")
        self.list.setAccessibleName(self.tr("Journal entries, newest first"))
        self.list.setModel(model)
        self.list.setItemDelegate(_EntryDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.editor = EntryEditor()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        column = QVBoxLayout(content)
        column.setContentsMargins(0, space(SPACE_XS), 0, 0)  # in line with the page's title
        column.addLayout(bar)
        column.addWidget(self.count)
        column.addWidget(self.undo_bar)
        column.addWidget(self.splitter, 1)
        self.stack.addWidget(content)
        self.stack.addWidget(self.unlock)
        self.message = QLabel(objectName="journalMessage", wordWrap=True)  # damaged entries: the offer to repair
        self.message.hide()
        self.message.linkActivated.connect(lambda _link: self.repair_requested.emit())
        title = QLabel(self.tr("Journal", "page title"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr("Yours alone: what you write stays on this computer and is never part of what you "
                               "share with a coach."), objectName="journalIntro", wordWrap=True)
        intro.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*page_margins())  # as on every page
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

        self.new_button.clicked.connect(self.new_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_close.clicked.connect(self.undo_bar.hide)
        self.search.textChanged.connect(self.filters_changed)
        for combo in (self.tag_filter, self.mood_filter, self.date_filter):
            combo.currentIndexChanged.connect(self.filters_changed)
        model.count_known.connect(self._show_count)

    def _show_count(self, n: int) -> None:
        count = f"{n:,}"
        if self.model.query:
            if n == 0:
                text = self.tr("No entries match.")
            elif n == 1:
                text = self.tr("{count} matching entry").format(count=count)
            else:
                text = self.tr("{count} matching entries").format(count=count)
        elif n == 0:
            text = self.tr("No entries yet.")
        elif n == 1:
            text = self.tr("{count} entry").format(count=count)
        else:
            text = self.tr("{count} entries").format(count=count)
        self.count.setText(text)

    def set_locked(self, locked: bool) -> None:
        self.stack.setCurrentIndex(1 if locked else 0)
        if locked:
            self.unlock.reset()
            self.count.clear()
            self.undo_bar.hide()

    @property
    def locked(self) -> bool:
        return self.stack.currentIndex() == 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        # One column in a narrow window (ui/theme.py ONE_COLUMN_WIDTH): the entry under the list, not beside it.
        narrow = self.window().width() < ONE_COLUMN_WIDTH
        self.splitter.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the search box moves into the results (the box does not use it, so it arrives here).
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.model.rowCount():
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.model.index(0, 0))
            self.list.setFocus()
            return
        super().keyPressEvent(event)

    def show_repair_offer(self, damaged: int) -> None:
        """Under the title while ``damaged`` entries cannot be read: what that means, and the way to repair it."""
        if not damaged:
            self.message.hide()
            return
        said = (self.tr("1 entry could not be read because part of the file is damaged.") if damaged == 1 else
                self.tr("{count} entries could not be read because part of the file is damaged.").format(
                    count=f"{damaged:,}"))
        self.message.setText(f'{escape_html(said)} <a href="repair">{escape_html(self.tr("Repair the journal…"))}</a>')
        self.message.show()

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag, n in tags:
            self.tag_filter.addItem(self.tr("{tag} ({count})", "a tag and how many entries have it").format(
                tag=tag, count=n), tag)
        found = self.tag_filter.findData(current) if current is not None else 0
        self.tag_filter.setCurrentIndex(max(found, 0))
        self.tag_filter.blockSignals(False)

    def show_undo(self, text: str) -> None:
        self.undo_text.setText(text)
        self.undo_bar.show()

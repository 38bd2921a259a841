"""A lazy list of journal entries (or search hits), newest first, fetched a page at a time from an EntrySource."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from selfcompass.core import moods
from selfcompass.core.formatting import date_time_text, escape_html
from selfcompass.core.journal import EntrySummary, JournalFilter, SearchHit, highlight_segments

PAGE_SIZE = 200
# The one mood scale (core/moods.py), the same words as the end of a practice and Insights; re-exported here for
# the journal's widgets.
MOOD_WORDS = moods.MOOD_WORDS

EntryIdRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
Row = EntrySummary | SearchHit


class EntrySource(Protocol):
    """Where the rows come from (the journal feature asks the database thread); answers arrive later, on the UI
    thread. With a ``query`` the rows are search hits, else entries newest first."""

    def count(self, query: str, flt: JournalFilter, on_done: Callable[[int], None]) -> None: ...

    def page(self, query: str, flt: JournalFilter, after: EntrySummary | None, offset: int, limit: int,
             on_done: Callable[[list[Row]], None], on_error: Callable[[BaseException], None]) -> None: ...


def mood_word(mood: int) -> str:
    """The mood's word (1 to 5), translated."""
    return moods.mood_word(mood)


def mood_text(mood: int | None) -> str:
    """Words and the number, so mood never rests on colour alone."""
    if mood is None:
        return ""
    return QCoreApplication.translate("JournalListModel", "Mood {mood} of 5, {word}").format(
        mood=mood, word=moods.mood_in_sentence(mood))


def marked_html(text: str) -> str:
    """Search marks to <b>, with everything else escaped (the journal text is never treated as markup)."""
    return "".join(f"<b>{escape_html(part)}</b>" if hit else escape_html(part)
                   for part, hit in highlight_segments(text))


class JournalListModel(QAbstractListModel):
    """Rows are EntrySummary (browsing) or SearchHit (searching); more are fetched as the view scrolls."""

    count_known = Signal(int)  # how many entries match, once the worker says
    page_loaded = Signal()

    def __init__(self, source: EntrySource, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = page_size
        self._rows: list[Row] = []
        self._query = ""
        self._filter = JournalFilter()
        self._generation = 0
        self._fetching = False
        self._exhausted = True  # nothing to fetch until reload()
        self.total: int | None = None

    # -- what to show ------------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def filter(self) -> JournalFilter:
        return self._filter

    def reload(self, query: str | None = None, flt: JournalFilter | None = None) -> None:
        """Start again from the first page (after a save, a delete, a new search or filter)."""
        if query is not None:
            self._query = query.strip()
        if flt is not None:
            self._filter = flt
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._fetching = False
        self.total = None
        self.endResetModel()
        generation = self._generation
        self._source.count(self._query, self._filter, lambda n: self._counted(generation, n))
        self.fetchMore(QModelIndex())

    def recount(self) -> None:
        """Ask for the count again, keeping the rows shown (damaged entries were found and left out)."""
        generation = self._generation
        self._source.count(self._query, self._filter, lambda n: self._counted(generation, n))

    def clear(self) -> None:
        """Forget everything shown (locking): no personal data stays in the model."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self._fetching = False
        self.total = None
        self.endResetModel()

    def _counted(self, generation: int, n: int) -> None:
        if generation == self._generation:
            self.total = n
            self.count_known.emit(n)

    # -- Qt's lazy-loading protocol ------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, text, flt, limit = self._generation, self._query, self._filter, self._page_size
        offset = len(self._rows)
        last = self._rows[-1] if self._rows and not text else None
        after = last if isinstance(last, EntrySummary) else None
        self._source.page(text, flt, after, offset, limit, lambda rows: self._arrived(generation, rows),
                          lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, rows: list[Row]) -> None:
        if generation != self._generation:
            return  # a newer search or filter replaced this one
        self._fetching = False
        if len(rows) < self._page_size:
            self._exhausted = True
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self._exhausted = True
            self.page_loaded.emit()

    # -- rows ------------------------------------------------------------------------------------------
    def row(self, index: int) -> Row:
        return self._rows[index]

    def row_of(self, entry_id: int) -> int | None:
        for n, row in enumerate(self._rows):
            if row.id == entry_id:
                return n
        return None

    def remove_entry(self, entry_id: int) -> None:
        n = self.row_of(entry_id)
        if n is not None:
            self.beginRemoveRows(QModelIndex(), n, n)
            del self._rows[n]
            self.endRemoveRows()
            if self.total:
                self.total -= 1
                self.count_known.emit(self.total)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == EntryIdRole:
            return row.id
        if role == RowRole:
            return row
        created = row.created_at.astimezone()
        when = date_time_text(created)  # the house style: "9 November 2026 at 14:30"
        mood = mood_text(row.mood)
        if isinstance(row, SearchHit):
            title_marked, body_marked = row.title, row.snippet
        else:
            title_marked, body_marked = row.title, row.preview
        title_plain = "".join(p for p, _ in highlight_segments(title_marked)) or when
        body_plain = "".join(p for p, _ in highlight_segments(body_marked))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title_plain}\n{body_plain}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(p for p in (title_plain, when, mood, body_plain) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(p for p in (when, mood, ", ".join(row.tags)) if p)
        if role == HtmlRole:
            meta = " · ".join(escape_html(p) for p in (when, mood, ", ".join(row.tags)) if p)
            head = marked_html(title_marked) if row.title else escape_html(when)
            return (f"<div><b>{head}</b></div><div style='font-size:small'>{meta}</div>"
                    f"<div>{marked_html(body_marked)}</div>")
        return None

"""The journal list's rows, read on the database thread: the model's source (ui/journal/model.py's EntrySource)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from selfcompass.core.journal import EntrySummary, JournalFilter
from selfcompass.storage.worker import DatabaseWorker
from selfcompass.ui.journal.model import Row

if TYPE_CHECKING:
    from selfcompass.storage.database import Database


class JournalEntries:
    """The list's rows, fetched on the database thread (ui/journal/model.py's EntrySource)."""

    def __init__(self, worker: DatabaseWorker) -> None:
        self._worker = worker
        self.unreadable_seen: Callable[[int], None] = lambda _n: None  # damaged entries left out of the list

    def count(self, query: str, flt: JournalFilter, on_done: Callable[[int], None]) -> None:
        if query:
            self._worker.submit(lambda db: db.journal.search_count(query, flt), on_done, lambda _e: None)
        else:
            self._worker.submit(lambda db: db.journal.count(flt), on_done, lambda _e: None)

    def page(self, query: str, flt: JournalFilter, after: EntrySummary | None, offset: int, limit: int,
             on_done: Callable[[list[Row]], None], on_error: Callable[[BaseException], None]) -> None:
        def rows(db: Database) -> tuple[list[Row], int]:
            if query:
                found: list[Row] = list(db.journal.search(query, flt, limit=limit, offset=offset))
            else:
                found = list(db.journal.page_after(after, limit, flt))
            return found, db.journal.unreadable_live()

        def arrived(result: tuple[list[Row], int]) -> None:
            on_done(result[0])
            self.unreadable_seen(result[1])

        self._worker.submit(rows, arrived, on_error)

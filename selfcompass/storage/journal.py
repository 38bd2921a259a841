"""The journal: entries, tags, drafts, FTS5 search, paging for a lazy list, soft delete, export and import."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from selfcompass.core.i18n import translate
from selfcompass.core.journal import (
    MARK_END,
    MARK_START,
    Draft,
    EntrySummary,
    JournalEntry,
    JournalFilter,
    Progress,
    SearchHit,
    SessionLink,
    check_mood,
    normalise_tags,
    to_fts_query,
)
from selfcompass.core.journal_files import (
    JournalImportError,
    entry_to_json,
    entry_to_markdown,
    export_header,
    markdown_filename,
    parse_journal_json,
)
from selfcompass.storage.engine import is_damage
from selfcompass.storage.errors import StorageUnavailable
from selfcompass.storage.files import write_atomic
from selfcompass.storage.timefmt import from_text, to_text

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)
T = TypeVar("T")
PREVIEW_CHARS = 160
RANKED_MAX = 5000  # above this many matches, search results come newest first (see search())
_ENTRY_COLS = ("e.id, e.uuid, e.title, e.body, e.tags, e.mood, e.created_at, e.updated_at, e.deleted_at, "
               "e.session_id, e.step_index, e.prompt, s.practice_id, s.started_at")
_ENTRY_FROM = "journal_entry e LEFT JOIN practice_session s ON s.id = e.session_id"
# The next batch of live entries after an id, in id order (export, and the consistent snapshot behind it).
_LIVE_AFTER = (f"SELECT {_ENTRY_COLS} FROM {_ENTRY_FROM} WHERE e.id > ? AND e.deleted_at IS NULL "
               "ORDER BY e.id LIMIT ?")
# The same ids from the index alone, which a damaged entry's own page does not hold.
_LIVE_IDS_AFTER = ("SELECT e.id FROM journal_entry e INDEXED BY ix_journal_live WHERE e.id > ? "
                   "AND e.deleted_at IS NULL{skip} ORDER BY e.id LIMIT ?")
_SUMMARY_COLS = (f"e.id, e.uuid, e.title, substr(e.body, 1, {PREVIEW_CHARS}), e.tags, e.mood, e.created_at, "
                 "e.updated_at, e.session_id")


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def _tags_text(tags: Sequence[str]) -> str:
    return "\n".join(tags)


def _tags_tuple(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split("\n") if t)


def _entry(row: Sequence[Any]) -> JournalEntry:
    (eid, uid, title, body, tags, mood, created, updated, deleted, sid, step, prompt, pid, started) = row
    return JournalEntry(
        body=body, created_at=from_text(created), updated_at=from_text(updated), title=title,
        tags=_tags_tuple(tags), mood=mood, uuid=uid, session_id=sid,
        session=SessionLink(pid, from_text(started)) if pid is not None else None, step_index=step,
        prompt=prompt, deleted_at=from_text(deleted) if deleted else None, id=eid)


def _summary(row: Sequence[Any]) -> EntrySummary:
    eid, uid, title, preview, tags, mood, created, updated, sid = row
    return EntrySummary(eid, uid, title, " ".join(preview.split()), _tags_tuple(tags), mood,
                        from_text(created), from_text(updated), sid)


def _skip_sql(skip: Iterable[int], column: str = "e.id") -> str:
    """A clause leaving out entries known to be unreadable (ids are integers, so they are written inline). Tested on
    an index's id (or the search index's rowid), a damaged entry's own page is never read."""
    ids = sorted(skip)
    return f" AND {column} NOT IN ({', '.join(str(int(i)) for i in ids)})" if ids else ""


def _where(flt: JournalFilter, *, deleted: bool = False, skip: Iterable[int] = ()) -> tuple[str, list[Any]]:
    clauses = ["e.deleted_at IS NOT NULL" if deleted else "e.deleted_at IS NULL"]
    params: list[Any] = []
    for tag in normalise_tags(flt.tags):
        clauses.append("EXISTS (SELECT 1 FROM journal_tag t WHERE t.entry_id = e.id AND t.tag = ?)")
        params.append(tag.casefold())
    if flt.moods:
        clauses.append(f"e.mood IN ({', '.join('?' * len(flt.moods))})")
        params.extend(int(m) for m in flt.moods)
    if flt.since is not None:
        clauses.append("e.created_at >= ?")
        params.append(to_text(flt.since))
    if flt.until is not None:
        clauses.append("e.created_at < ?")
        params.append(to_text(flt.until))
    if flt.session_id is not None:
        clauses.append("e.session_id = ?")
        params.append(flt.session_id)
    # The skip comes first, so it is tested on the index's id before the entry's own row is read.
    return _skip_sql(skip)[5:] + (" AND " if skip else "") + " AND ".join(clauses), params


def _live_entries(after: Callable[[int], Sequence[Any]]) -> Iterator[JournalEntry]:
    """Live entries in id order, a batch at a time: ``after(last_id)`` gives the next rows (none at the end)."""
    last = 0
    while rows := after(last):
        for row in rows:
            yield _entry(row)
        last = rows[-1][0]


def _clear_parts(folder: Path, pattern: str) -> None:
    """Hidden part files an export killed half way left in the person's folder (write_atomic names them
    ``.<name>.<random>.part``; only one SelfCompass writes at a time, so none of them is in use)."""
    try:
        for part in folder.glob(pattern):
            part.unlink(missing_ok=True)
    except OSError:
        pass


def _write_atomically(target: Path, chunks: Iterable[str], *, clear: bool = True) -> None:
    """Write beside the target and rename, so a crash never leaves half a file (and nothing goes to /tmp)."""
    if clear:
        _clear_parts(target.parent, f".{target.name}.*.part")
    try:
        write_atomic(target, chunks)
    except OSError as exc:
        raise StorageUnavailable(translate("Storage", "The export could not be written."),
                                 #: {folder} is a folder's path; {reason} the system's words, such as "No space left".
                                 fix=translate("Storage", "Check there is space and you can write to {folder} "
                                               "({reason}).").format(folder=target.parent,
                                                                     reason=exc.strerror or exc)) from None


class JournalRepository:
    """All journal reads and writes. Methods are safe to call from a worker thread (one connection each)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        # Entries whose stored bytes are damaged (a flipped byte in their row or, protected, in their page): every
        # read leaves them out, so one damaged entry never hides the others. Found when a read meets them.
        self.unreadable: set[int] = set()
        self.export_skipped = 0  # entries the last export had to leave out

    # --- damage is contained -----------------------------------------------------------------------------

    def _readable(self, ids: Sequence[int]) -> bool:
        with self._engine.connect() as c:
            try:
                rows = c.exec_driver_sql(f"SELECT {_ENTRY_COLS} FROM {_ENTRY_FROM} WHERE e.id IN "
                                         f"({', '.join(str(int(i)) for i in ids)})").all()
                for row in rows:
                    _entry(row)
            except Exception as exc:
                if not is_damage(exc):
                    raise
                return False
        return True

    def _find_unreadable(self, ids: Iterable[int]) -> set[int]:
        """The damaged entries among ``ids``: read in large batches, halving a batch that fails, so a few damaged
        entries among thousands cost a few dozen reads. Each is remembered (by id only: never its text)."""
        found: set[int] = set()
        todo = [i for i in dict.fromkeys(ids) if i not in self.unreadable]
        stack = [todo[n:n + 512] for n in range(0, len(todo), 512)]
        while stack:
            batch = stack.pop()
            if not batch or self._readable(batch):
                continue
            if len(batch) == 1:
                found.add(batch[0])
            else:
                stack += [batch[:len(batch) // 2], batch[len(batch) // 2:]]
        if found:
            log.warning("%d journal %s could not be read (damaged) and %s left out", len(found),
                        "entry" if len(found) == 1 else "entries", "is" if len(found) == 1 else "are")
            self.unreadable |= found
        return found

    def _guarded(self, read: Callable[[], T], candidates: Callable[[], Iterable[int]]) -> T:
        """``read()``; if a damaged entry stops it, find the damaged ones among ``candidates()`` (the ids that read
        touches, from an index where it can), leave them out and read again."""
        while True:
            try:
                return read()
            except Exception as exc:
                if not is_damage(exc) or not self._find_unreadable(candidates()):
                    raise

    def unreadable_live(self) -> int:
        """How many entries in the list could not be read (they are left out of it and of its count)."""
        if not self.unreadable:
            return 0
        with self._engine.connect() as c:
            return int(c.exec_driver_sql(
                "SELECT count(*) FROM journal_entry e INDEXED BY ix_journal_live WHERE e.deleted_at IS NULL AND "
                f"e.id IN ({', '.join(str(i) for i in sorted(self.unreadable))})").scalar_one())

    # --- writing ---------------------------------------------------------------------------------------

    def _session_id_for(self, c: Connection, entry: JournalEntry) -> int | None:
        if entry.session_id is not None:
            return entry.session_id
        if entry.session is None:
            return None
        row = c.exec_driver_sql("SELECT id FROM practice_session WHERE practice_id = ? AND started_at = ?",
                                (entry.session.practice_id, to_text(entry.session.started_at))).first()
        return row[0] if row else None

    def _insert(self, c: Connection, entry: JournalEntry) -> int:
        check_mood(entry.mood)
        tags = normalise_tags(entry.tags)
        cur = c.exec_driver_sql(
            "INSERT INTO journal_entry (uuid, title, body, tags, mood, created_at, updated_at, deleted_at, "
            "session_id, step_index, prompt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry.uuid, entry.title, entry.body, _tags_text(tags), entry.mood, to_text(entry.created_at),
             to_text(entry.updated_at), to_text(entry.deleted_at) if entry.deleted_at else None,
             self._session_id_for(c, entry), entry.step_index, entry.prompt))
        new_id = int(cur.lastrowid)
        self._set_tags(c, new_id, tags, new=True)
        return new_id

    def _set_tags(self, c: Connection, entry_id: int, tags: Sequence[str], new: bool = False) -> None:
        if not new:
            c.exec_driver_sql("DELETE FROM journal_tag WHERE entry_id = ?", (entry_id,))
        keys = {t.casefold() for t in tags}
        if keys:
            c.exec_driver_sql("INSERT INTO journal_tag (entry_id, tag) VALUES (?, ?)",
                              [(entry_id, k) for k in sorted(keys)])

    def add(self, entry: JournalEntry) -> int:
        """Save a new entry; returns its id. Committed (and on disk) when this returns."""
        with self._engine.begin() as c:
            return self._insert(c, entry)

    def add_many(self, entries: Sequence[JournalEntry], progress: Progress | None = None) -> list[int]:
        """Save many new entries in one transaction."""
        ids = []
        with self._engine.begin() as c:
            for n, entry in enumerate(entries, 1):
                ids.append(self._insert(c, entry))
                if progress and (n % 1000 == 0 or n == len(entries)):
                    progress(n, len(entries))
        return ids

    def update(self, entry: JournalEntry) -> None:
        """Save changes to an existing entry (found by uuid)."""
        check_mood(entry.mood)
        tags = normalise_tags(entry.tags)
        with self._engine.begin() as c:
            row = c.exec_driver_sql("SELECT id FROM journal_entry WHERE uuid = ?", (entry.uuid,)).first()
            if row is None:
                raise KeyError(entry.uuid)
            c.exec_driver_sql(
                "UPDATE journal_entry SET title = ?, body = ?, tags = ?, mood = ?, updated_at = ?, "
                "prompt = ? WHERE id = ?",
                (entry.title, entry.body, _tags_text(tags), entry.mood, to_text(entry.updated_at),
                 entry.prompt, row[0]))
            self._set_tags(c, row[0], tags)

    def delete(self, entry_id: int, now: datetime | None = None, *, draft_slot: str | None = None) -> None:
        """Move an entry to the bin (undo with ``restore``); with ``draft_slot``, that slot's draft goes in the same
        transaction (the editor's unsaved text about the entry deleted)."""
        with self._engine.begin() as c:
            c.exec_driver_sql("UPDATE journal_entry SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                              (to_text(now or datetime.now(UTC)), entry_id))
            if draft_slot is not None:
                c.exec_driver_sql("DELETE FROM journal_draft WHERE slot = ?", (draft_slot,))

    def restore(self, entry_id: int) -> None:
        with self._engine.begin() as c:
            c.exec_driver_sql("UPDATE journal_entry SET deleted_at = NULL WHERE id = ?", (entry_id,))

    def purge_deleted(self, before: datetime | None = None) -> int:
        """Remove binned entries for good (all of them, or those binned before ``before``)."""
        with self._engine.begin() as c:
            if before is None:
                cur = c.exec_driver_sql("DELETE FROM journal_entry WHERE deleted_at IS NOT NULL")
            else:
                cur = c.exec_driver_sql("DELETE FROM journal_entry WHERE deleted_at < ?", (to_text(before),))
            if cur.rowcount:
                # Rewrite the index so the removed words do not linger in old FTS segments.
                c.exec_driver_sql("INSERT INTO journal_fts(journal_fts) VALUES('optimize')")
            return int(cur.rowcount)

    # --- reading ---------------------------------------------------------------------------------------

    def get(self, entry_id: int) -> JournalEntry | None:
        """The entry, or None if there is none or it could not be read (damaged)."""
        if entry_id in self.unreadable:
            return None
        try:
            with self._engine.connect() as c:
                row = c.exec_driver_sql(f"SELECT {_ENTRY_COLS} FROM {_ENTRY_FROM} WHERE e.id = ?",
                                        (entry_id,)).first()
                return None if row is None else _entry(row)
        except Exception as exc:
            if not is_damage(exc):
                raise
            self._find_unreadable([entry_id])
            return None

    def get_by_uuid(self, uid: str) -> JournalEntry | None:
        with self._engine.connect() as c:
            row = c.exec_driver_sql(f"SELECT {_ENTRY_COLS} FROM {_ENTRY_FROM} WHERE e.uuid = ?", (uid,)).first()
            return None if row is None else _entry(row)

    def count(self, flt: JournalFilter = JournalFilter()) -> int:  # noqa: B008 - frozen dataclass
        """Live entries matching ``flt``. Unfiltered, this reads the trigger-kept counter: constant time."""
        if flt == JournalFilter():
            with self._engine.connect() as c:
                live = int(c.exec_driver_sql("SELECT live FROM journal_counter WHERE id = 1").scalar_one())
            return live - self.unreadable_live()
        where, params = _where(flt, skip=self.unreadable)
        with self._engine.connect() as c:  # through the live index: a damaged entry's page is never read
            return int(c.exec_driver_sql(f"SELECT count(*) FROM journal_entry e INDEXED BY ix_journal_live "
                                         f"WHERE {where}", tuple(params)).scalar_one())

    def page(self, offset: int, limit: int, flt: JournalFilter = JournalFilter()) -> list[EntrySummary]:  # noqa: B008
        """Entries newest first, rows ``offset`` to ``offset + limit`` (for a lazy list model)."""

        def read(cols: str) -> list[Any]:
            where, params = _where(flt, skip=self.unreadable)
            with self._engine.connect() as c:
                return list(c.exec_driver_sql(
                    f"SELECT {cols} FROM journal_entry e WHERE {where} "
                    "ORDER BY e.created_at DESC, e.id DESC LIMIT ? OFFSET ?", (*params, limit, offset)).all())

        rows = self._guarded(lambda: [_summary(r) for r in read(_SUMMARY_COLS)], lambda: [r[0] for r in read("e.id")])
        return rows

    def page_after(self, last: EntrySummary | None, limit: int,
                   flt: JournalFilter = JournalFilter()) -> list[EntrySummary]:  # noqa: B008
        """Keyset paging: the ``limit`` entries after ``last`` (newest first); constant cost at any depth."""

        def read(cols: str) -> list[Any]:
            where, params = _where(flt, skip=self.unreadable)
            if last is not None:
                where += " AND (e.created_at, e.id) < (?, ?)"
                params += [to_text(last.created_at), last.id]
            with self._engine.connect() as c:
                return list(c.exec_driver_sql(
                    f"SELECT {cols} FROM journal_entry e WHERE {where} "
                    "ORDER BY e.created_at DESC, e.id DESC LIMIT ?", (*params, limit)).all())

        return self._guarded(lambda: [_summary(r) for r in read(_SUMMARY_COLS)], lambda: [r[0] for r in read("e.id")])

    def deleted(self, limit: int = 200) -> list[EntrySummary]:
        """The bin, most recently deleted first."""

        def read(cols: str) -> list[Any]:
            where, params = _where(JournalFilter(), deleted=True, skip=self.unreadable)
            with self._engine.connect() as c:
                # The bin's own index (revision 0005): a damaged entry is passed over by id, its row never read.
                return list(c.exec_driver_sql(f"SELECT {cols} FROM journal_entry e INDEXED BY ix_journal_binned "
                                              f"WHERE {where} ORDER BY e.deleted_at DESC, e.id DESC LIMIT ?",
                                              (*params, limit)).all())

        return self._guarded(lambda: [_summary(r) for r in read(_SUMMARY_COLS)], lambda: [r[0] for r in read("e.id")])

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of entries, most used first."""
        def read() -> list[Any]:
            with self._engine.connect() as c:
                return list(c.exec_driver_sql(
                    "SELECT t.tag, count(*) FROM journal_tag t JOIN journal_entry e ON e.id = t.entry_id "
                    f"WHERE e.deleted_at IS NULL{_skip_sql(self.unreadable, 't.entry_id')} GROUP BY t.tag "
                    "ORDER BY count(*) DESC, t.tag").all())

        def ids() -> list[int]:
            with self._engine.connect() as c:
                return [r[0] for r in c.exec_driver_sql("SELECT DISTINCT entry_id FROM journal_tag")]

        return [(r[0], int(r[1])) for r in self._guarded(read, ids)]

    def search(self, text: str, flt: JournalFilter = JournalFilter(), limit: int = 50,  # noqa: B008
               offset: int = 0) -> list[SearchHit]:
        """Entries matching every word typed (the last as a prefix), best first (bm25), with snippets.

        bm25 must score every match before sorting, which for a word found in most entries of a large journal
        takes too long; when more than ``RANKED_MAX`` entries match, hits come newest first instead (FTS5 can
        stream those) and ``SearchHit.ranked`` is False, so the screen can suggest adding a word.
        """
        query = to_fts_query(text)
        if query is None:
            return []
        with self._engine.connect() as c:
            matches: int = c.exec_driver_sql(
                "SELECT count(*) FROM (SELECT 1 FROM journal_fts WHERE journal_fts MATCH ? LIMIT ?)",
                (query, RANKED_MAX + 1)).scalar_one()
        ranked = matches <= RANKED_MAX
        order = "rank" if ranked else "journal_fts.rowid DESC"

        def read() -> list[Any]:
            where, params = _where(flt, skip=self.unreadable)
            where += _skip_sql(self.unreadable, "journal_fts.rowid")
            sql = (f"SELECT e.id, e.uuid, e.created_at, e.mood, e.tags, "
                   f"highlight(journal_fts, 0, '{MARK_START}', '{MARK_END}'), "
                   f"snippet(journal_fts, 1, '{MARK_START}', '{MARK_END}', '…', 24), rank "
                   "FROM journal_fts JOIN journal_entry e ON e.id = journal_fts.rowid "
                   f"WHERE journal_fts MATCH ? AND {where} ORDER BY {order} LIMIT ? OFFSET ?")
            with self._engine.connect() as c:
                return list(c.exec_driver_sql(sql, (query, *params, limit, offset)).all())

        def matching() -> list[int]:  # the index alone: every match may be read before the order is known
            with self._engine.connect() as c:
                return [r[0] for r in c.exec_driver_sql("SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?",
                                                        (query,))]

        return [SearchHit(r[0], r[1], r[5], r[6], float(r[7]), _tags_tuple(r[4]), r[3], from_text(r[2]), ranked)
                for r in self._guarded(read, matching)]

    def search_count(self, text: str, flt: JournalFilter = JournalFilter()) -> int:  # noqa: B008
        query = to_fts_query(text)
        if query is None:
            return 0
        where, params = _where(flt, skip=self.unreadable)
        where += _skip_sql(self.unreadable, "journal_fts.rowid")
        with self._engine.connect() as c:
            return int(c.exec_driver_sql(
                "SELECT count(*) FROM journal_fts JOIN journal_entry e ON e.id = journal_fts.rowid "
                f"WHERE journal_fts MATCH ? AND {where}", (query, *params)).scalar_one())

    def iter_entries(self, batch: int = 1000) -> Iterator[JournalEntry]:
        """Every live entry, oldest first, read in batches (for export), each batch in its own short read."""

        return _live_entries(lambda last: self._live_batch(None, last, batch))

    def _live_batch(self, c: Connection | None, last: int, batch: int) -> Sequence[Any]:
        """The next ``batch`` live rows after id ``last``, read in ``c`` (or a connection of its own), leaving out
        (and finding) damaged ones."""
        def read_in(conn: Connection) -> Sequence[Any]:
            if not self.unreadable:
                rows = conn.exec_driver_sql(_LIVE_AFTER, (last, batch)).all()
            else:  # the ids from the index, then each row by its id: a damaged entry's page is never read
                ids = [r[0] for r in conn.exec_driver_sql(_LIVE_IDS_AFTER.format(skip=_skip_sql(self.unreadable)),
                                                          (last, batch))]
                rows = conn.exec_driver_sql(f"SELECT {_ENTRY_COLS} FROM {_ENTRY_FROM} WHERE e.id IN "
                                            f"({', '.join(str(i) for i in ids)}) ORDER BY e.id").all() if ids else []
            for row in rows:
                _entry(row)
            return rows

        def read() -> Sequence[Any]:
            if c is not None and not c.invalidated:
                return read_in(c)
            with self._engine.connect() as own:  # a connection that met a damaged page is not used again
                return read_in(own)

        def ids() -> list[int]:
            with self._engine.connect() as other:
                return [r[0] for r in other.exec_driver_sql(
                    _LIVE_IDS_AFTER.format(skip=_skip_sql(self.unreadable)), (last, batch))]

        return self._guarded(read, ids)

    # --- drafts ----------------------------------------------------------------------------------------

    def save_draft(self, draft: Draft) -> None:
        """Autosave the editor slot's unsaved text (replacing the previous draft of that slot)."""
        with self._engine.begin() as c:
            c.exec_driver_sql(
                "INSERT INTO journal_draft (slot, entry_uuid, title, body, tags, mood, session_id, prompt, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(slot) DO UPDATE SET "
                "entry_uuid = excluded.entry_uuid, title = excluded.title, body = excluded.body, "
                "tags = excluded.tags, mood = excluded.mood, session_id = excluded.session_id, "
                "prompt = excluded.prompt, updated_at = excluded.updated_at",
                (draft.slot, draft.entry_uuid, draft.title, draft.body, _tags_text(normalise_tags(draft.tags)),
                 draft.mood, draft.session_id, draft.prompt, to_text(draft.updated_at)))

    def load_draft(self, slot: str) -> Draft | None:
        with self._engine.connect() as c:
            row = c.exec_driver_sql(
                "SELECT slot, body, updated_at, title, tags, mood, entry_uuid, session_id, prompt "
                "FROM journal_draft WHERE slot = ?", (slot,)).first()
        if row is None:
            return None
        return Draft(row[0], row[1], from_text(row[2]), row[3], _tags_tuple(row[4]), row[5], row[6], row[7],
                     row[8])

    def drafts(self) -> list[str]:
        """Slots holding a draft (to offer restoring them after a crash)."""
        with self._engine.connect() as c:
            return [r[0] for r in c.exec_driver_sql("SELECT slot FROM journal_draft ORDER BY updated_at DESC")]

    def discard_draft(self, slot: str) -> None:
        with self._engine.begin() as c:
            c.exec_driver_sql("DELETE FROM journal_draft WHERE slot = ?", (slot,))

    def save_as_entry(self, draft: Draft, now: datetime) -> JournalEntry | None:
        """Save what the person wrote as an entry, in one call: the draft is written first (so it is kept if
        anything after fails), then becomes an entry (new, or updating the one it edits) and leaves its slot in one
        transaction. Returns the saved entry (None if there was nothing to save)."""
        self.save_draft(draft)
        entry_id = self.save_draft_as_entry(draft.slot, now)
        return None if entry_id is None else self.get(entry_id)

    def save_draft_as_entry(self, slot: str, now: datetime) -> int | None:
        """Turn a slot's draft into a saved entry (new or updating the one it edits) and drop the draft,
        in one transaction. Returns the entry id."""
        draft = self.load_draft(slot)
        if draft is None:
            return None
        with self._engine.begin() as c:
            existing = None
            if draft.entry_uuid:
                existing = c.exec_driver_sql("SELECT id FROM journal_entry WHERE uuid = ?",
                                             (draft.entry_uuid,)).first()
            tags = normalise_tags(draft.tags)
            if existing:
                c.exec_driver_sql("UPDATE journal_entry SET title = ?, body = ?, tags = ?, mood = ?, "
                                  "updated_at = ?, prompt = ? WHERE id = ?",
                                  (draft.title, draft.body, _tags_text(tags), draft.mood, to_text(now),
                                   draft.prompt, existing[0]))
                self._set_tags(c, existing[0], tags)
                entry_id = int(existing[0])
            else:
                entry = JournalEntry(body=draft.body, created_at=now, updated_at=now, title=draft.title,
                                     tags=tags, mood=draft.mood, session_id=draft.session_id, prompt=draft.prompt)
                if draft.entry_uuid:
                    entry = replace(entry, uuid=draft.entry_uuid)
                entry_id = self._insert(c, entry)
            c.exec_driver_sql("DELETE FROM journal_draft WHERE slot = ?", (slot,))
        return entry_id

    # --- export and import -----------------------------------------------------------------------------

    def _snapshot(self, c: Connection, batch: int = 1000) -> Iterator[JournalEntry]:
        """Every live entry, oldest first, all read inside ``c``'s one read transaction (a consistent view).
        Damaged entries are left out and counted in ``export_skipped``."""
        before = set(self.unreadable)
        self.export_skipped = 0

        def after(last: int) -> Sequence[Any]:
            rows = self._live_batch(c, last, batch)
            self.export_skipped = len(self.unreadable - before)
            return rows

        return _live_entries(after)

    def _live_count(self, c: Connection) -> int:
        return int(c.exec_driver_sql("SELECT count(*) FROM journal_entry WHERE deleted_at IS NULL").scalar_one())

    def export_json(self, target: Path, now: datetime | None = None, progress: Progress | None = None) -> int:
        """Write every live entry to ``target`` as JSON (round-trips every field), streaming entry by entry from
        one consistent snapshot. Returns the count written; damaged entries are left out (``export_skipped``), so
        the count comes last, once it is known."""
        written = 0
        with self._engine.connect() as c:
            total = self._live_count(c) - self.unreadable_live()
            head = export_header(now or datetime.now(UTC), total)
            del head["count"]
            text = json.dumps(head, ensure_ascii=False, indent=1)

            def chunks() -> Iterator[str]:
                nonlocal written
                yield text[:-2] + ',\n "entries": [\n'
                for n, entry in enumerate(self._snapshot(c), 1):
                    yield ("" if n == 1 else ",\n") + json.dumps(entry_to_json(entry), ensure_ascii=False)
                    written = n
                    if progress and (n % 1000 == 0 or n == total):
                        progress(n, total)
                yield f'\n ],\n "count": {written}\n}}\n'

            _write_atomically(target, chunks())
        return written

    def export_markdown(self, target: Path, *, one_file: bool = True, progress: Progress | None = None) -> int:
        """One readable Markdown file at ``target``, or (``one_file=False``) a folder with one file per entry."""
        written = 0
        with self._engine.connect() as c:
            total = self._live_count(c) - self.unreadable_live()
            if one_file:
                def chunks() -> Iterator[str]:
                    nonlocal written
                    yield "# " + translate("Journal", "My SelfCompass journal") + "\n\n"
                    for n, entry in enumerate(self._snapshot(c), 1):
                        yield entry_to_markdown(entry, heading_level=2) + "\n"
                        written = n
                        if progress and (n % 1000 == 0 or n == total):
                            progress(n, total)

                _write_atomically(target, chunks())
                return written
            try:
                target.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageUnavailable(translate("Storage", "The export folder could not be created."),
                                         #: {folder} is a folder's path; {reason} the system's own words.
                                         fix=translate("Storage", "Check you can write to {folder} ({reason}).")
                                         .format(folder=target.parent, reason=exc.strerror)) from None
            _clear_parts(target, ".*.md.*.part")
            for n, entry in enumerate(self._snapshot(c), 1):
                _write_atomically(target / markdown_filename(entry), [entry_to_markdown(entry)], clear=False)
                written = n
                if progress and (n % 200 == 0 or n == total):
                    progress(n, total)
        return written

    def import_json(self, source: Path, progress: Progress | None = None) -> ImportReport:
        """Import an export, all or nothing. Entries are matched by uuid, so importing twice changes nothing;
        where both sides have an entry, the more recently edited version is kept.

        The size is checked before anything is read, and the file is read a piece at a time, each entry saved as
        it is checked inside one transaction (undone at the first problem): memory holds a piece and an entry,
        never the whole file."""
        from selfcompass.core.journal_files import MAX_IMPORT_BYTES, Unstreamable, stream_journal_json

        try:
            size = source.stat().st_size
        except OSError as exc:
            raise self._unreadable_import(source, exc) from None
        if size > MAX_IMPORT_BYTES:
            #: Follows a file's name, as in "journal.json: is larger than 512 MB".
            raise JournalImportError(translate("JournalImport", "is larger than {size} MB").format(
                size=MAX_IMPORT_BYTES // (1024 * 1024)), source=source.name,
                fix=translate("JournalImport", "Split the export."))
        try:
            with source.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text, \
                    self._engine.begin() as c:
                def read_so_far() -> int:
                    return raw.tell()

                return self._import_entries(c, stream_journal_json(text, source=source.name), progress,
                                            lambda n: max(n, n * size // max(read_so_far(), 1)))
        except Unstreamable:
            pass  # an export whose entries come before its format: read whole (its size is within the limit)
        except OSError as exc:
            raise self._unreadable_import(source, exc) from None
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise self._unreadable_import(source, exc) from None
        entries = parse_journal_json(data, source=source.name)
        del data
        with self._engine.begin() as c:
            return self._import_entries(c, iter(entries), progress, lambda _n: len(entries))

    @staticmethod
    def _unreadable_import(source: Path, exc: OSError) -> JournalImportError:
        #: Follows a file's name, as in "journal.json: could not be read (No such file or directory)".
        return JournalImportError(translate("JournalImport", "could not be read ({reason})").format(
            reason=exc.strerror or exc), source=source.name,
            fix=translate("JournalImport", "Check the file is there and you can open it."))

    def _import_entries(self, c: Connection, entries: Iterator[JournalEntry], progress: Progress | None,
                        total: Callable[[int], int]) -> ImportReport:
        added = updated = unchanged = 0
        n = 0
        for n, entry in enumerate(entries, 1):
            row = c.exec_driver_sql(f"SELECT {_ENTRY_COLS} FROM {_ENTRY_FROM} WHERE e.uuid = ?",
                                    (entry.uuid,)).first()
            if row is None:
                self._insert(c, entry)
                added += 1
            else:
                mine = _entry(row)
                same = (mine.title, mine.body, mine.tags, mine.mood, mine.prompt, mine.created_at,
                        mine.updated_at) == (entry.title, entry.body, entry.tags, entry.mood, entry.prompt,
                                             entry.created_at, entry.updated_at)
                if same or entry.updated_at <= mine.updated_at:
                    unchanged += 1
                else:
                    c.exec_driver_sql(
                        "UPDATE journal_entry SET title = ?, body = ?, tags = ?, mood = ?, updated_at = ?, "
                        "prompt = ?, deleted_at = NULL WHERE id = ?",
                        (entry.title, entry.body, _tags_text(entry.tags), entry.mood,
                         to_text(entry.updated_at), entry.prompt, mine.id))
                    self._set_tags(c, int(mine.id or 0), entry.tags)
                    updated += 1
            if progress and n % 1000 == 0:
                progress(n, total(n))
        if progress and n:
            progress(n, n)
        return ImportReport(added, updated, unchanged)

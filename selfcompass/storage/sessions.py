"""Practice sessions: record one with its writing answers, read recent ones, total minutes by week.

Writing answers are stored as journal entries linked to their session (revision 0002), so they can be
searched, edited and exported like any other entry; a session reads them back as ``WritingAnswer`` objects.
The note written at the end of a practice is an entry too (revision 0004: linked, with no writing step), in
the same transaction; the session row keeps no copy of it.

Plain SQL through SQLAlchemy Core, as the journal's repository does: the ORM bought nothing here but about 6 MB
of modules and its identity map (issue 24), so ``sqlalchemy.orm`` is never imported while the app runs.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from selfcompass.core.i18n import translate
from selfcompass.core.practice import Family
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.storage.timefmt import from_text, to_text

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

_SESSION_COLS = ("id, practice_id, practice_title, family, started_at, ended_at, planned_seconds, "
                 "practised_seconds, outcome, rating_before, rating_after, note")
_INSERT_ENTRY = ("INSERT INTO journal_entry (uuid, title, body, tags, mood, created_at, updated_at, deleted_at, "
                 "session_id, step_index, prompt) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)")


class Reflection(NamedTuple):
    """The journal entry a session's end-of-practice note becomes."""

    title: str
    body: str
    tags: str  # "\n"-joined, as journal_entry.tags holds them
    mood: int | None
    created_at: datetime


def reflection_entry(record: SessionRecord) -> Reflection | None:
    """The journal entry a session's end-of-practice note becomes (None for no note): titled from the practice,
    its mood the feeling after, tagged with the practice's family, linked to the session with no writing step."""
    note = record.note.strip()
    if not note:
        return None
    try:
        tags = Family(record.family).label_text
    except ValueError:
        tags = ""
    mood = record.rating_after if record.rating_after in (1, 2, 3, 4, 5) else None
    #: The title of a journal entry written at the end of a practice whose name is not known.
    title = record.practice_title or translate("Sessions", "After a practice")
    return Reflection(title, note, tags, mood, record.ended_at)


def _to_record(row: Sequence[Any], writings: Sequence[WritingAnswer], note: str | None = None) -> SessionRecord:
    (sid, practice_id, title, family, started, ended, planned, practised, outcome, before, after, own_note) = row
    return SessionRecord(
        practice_id=practice_id, practice_title=title, family=family,
        started_at=from_text(started), ended_at=from_text(ended), planned_seconds=planned,
        practised_seconds=practised, outcome=Outcome(outcome), rating_before=before, rating_after=after,
        note=own_note if note is None else note, writings=tuple(writings), id=sid,
    )


def _in(ids: Sequence[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)  # ids are integers, written inline


class SessionRepository:
    """Reads and writes practice sessions; returns core ``SessionRecord`` objects."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def record(self, record: SessionRecord) -> int:
        """Store the session and its writing answers (as journal entries) in one transaction; returns its id.

        Saving the same session twice (same practice, start and end) keeps one and returns its id: a session kept
        while the journal was locked arrives from safekeeping and from the job that waited for the unlock."""
        started, ended = to_text(record.started_at), to_text(record.ended_at)
        with self._engine.begin() as c:
            found = c.exec_driver_sql(
                "SELECT id FROM practice_session WHERE practice_id = ? AND started_at = ? AND ended_at = ? LIMIT 1",
                (record.practice_id, started, ended)).first()
            if found is not None:
                return int(found[0])
            cur = c.exec_driver_sql(
                "INSERT INTO practice_session (practice_id, practice_title, family, started_at, ended_at, "
                "planned_seconds, practised_seconds, outcome, rating_before, rating_after, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",  # the note is an entry
                (record.practice_id, record.practice_title, record.family, started, ended,
                 float(record.planned_seconds), float(record.practised_seconds), str(record.outcome),
                 record.rating_before, record.rating_after))
            session_id = int(cur.lastrowid)
            for w in record.writings:
                c.exec_driver_sql(_INSERT_ENTRY, (str(uuid.uuid4()), record.practice_title, w.text, "", None,
                                                  ended, ended, session_id, w.step_index, w.prompt))
            if (reflection := reflection_entry(record)) is not None:
                when = to_text(reflection.created_at)
                cur = c.exec_driver_sql(_INSERT_ENTRY, (
                    str(uuid.uuid4()), reflection.title, reflection.body, reflection.tags, reflection.mood,
                    when, when, session_id, None, ""))
                entry_id = int(cur.lastrowid)
                for tag in dict.fromkeys(t.casefold() for t in reflection.tags.split("\n") if t):
                    c.exec_driver_sql("INSERT INTO journal_tag (entry_id, tag) VALUES (?, ?)", (entry_id, tag))
            return session_id

    def reflection_of(self, session_id: int) -> int | None:
        """The id of the journal entry that holds a session's end-of-practice note (None if it has none, or it
        was deleted)."""
        with self._engine.connect() as c:
            row = c.exec_driver_sql(
                "SELECT id FROM journal_entry WHERE session_id = ? AND step_index IS NULL AND deleted_at IS NULL "
                "ORDER BY id LIMIT 1", (int(session_id),)).first()
            return None if row is None else int(row[0])

    def _writings(self, c: Connection, ids: Sequence[int]) -> dict[int, list[WritingAnswer]]:
        out: dict[int, list[WritingAnswer]] = defaultdict(list)
        if not ids:
            return out
        rows: list[Any] = c.exec_driver_sql(  # type: ignore[assignment]
            f"SELECT session_id, step_index, prompt, body FROM journal_entry WHERE session_id IN ({_in(ids)}) "
            "AND step_index IS NOT NULL AND deleted_at IS NULL ORDER BY session_id, step_index, id").all()
        for sid, step, prompt, body in rows:
            out[sid].append(WritingAnswer(step, prompt, body))
        return out

    def _notes(self, c: Connection, ids: Sequence[int]) -> dict[int, str]:
        """The end-of-practice notes of these sessions, read from their journal entries (revision 0004)."""
        if not ids:
            return {}
        rows: list[Any] = c.exec_driver_sql(  # type: ignore[assignment]
            f"SELECT session_id, body FROM journal_entry WHERE session_id IN ({_in(ids)}) "
            "AND step_index IS NULL AND deleted_at IS NULL ORDER BY id DESC").all()
        return {sid: body for sid, body in rows}  # newest first, so the first note written wins

    def get(self, session_id: int) -> SessionRecord | None:
        with self._engine.connect() as c:
            row = c.exec_driver_sql(f"SELECT {_SESSION_COLS} FROM practice_session WHERE id = ?",
                                    (int(session_id),)).first()
            if row is None:
                return None
            return _to_record(row, self._writings(c, [row[0]])[row[0]], self._notes(c, [row[0]]).get(row[0]))

    def recent(self, limit: int = 20) -> list[SessionRecord]:
        """The newest sessions first."""
        with self._engine.connect() as c:
            rows = c.exec_driver_sql(f"SELECT {_SESSION_COLS} FROM practice_session "
                                     "ORDER BY started_at DESC, id DESC LIMIT ?", (int(limit),)).all()
            ids = [r[0] for r in rows]
            writings, notes = self._writings(c, ids), self._notes(c, ids)
            return [_to_record(r, writings.get(r[0], []), notes.get(r[0])) for r in rows]

    def count(self) -> int:
        with self._engine.connect() as c:
            return int(c.exec_driver_sql("SELECT count(*) FROM practice_session").scalar_one())

    def minutes_by_week(self, since: datetime | None = None) -> dict[date, float]:
        """Minutes practised per week (keyed by the Monday, UTC), oldest week first."""
        sql, params = "SELECT started_at, practised_seconds FROM practice_session", []
        if since is not None:
            sql, params = sql + " WHERE started_at >= ?", [to_text(since)]
        totals: dict[date, float] = defaultdict(float)
        with self._engine.connect() as c:
            rows: list[Any] = c.exec_driver_sql(sql, tuple(params)).all()  # type: ignore[assignment]
            for started, seconds in rows:
                day = from_text(started).date()
                totals[day - timedelta(days=day.weekday())] += seconds / 60.0
        return dict(sorted(totals.items()))

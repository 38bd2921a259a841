"""Practice sessions: record one with its writing answers, read recent ones, total minutes by week.

Writing answers are stored as journal entries linked to their session (revision 0002), so they can be
searched, edited and exported like any other entry; a session reads them back as ``WritingAnswer`` objects.
The note written at the end of a practice is an entry too (revision 0004: linked, with no writing step), in
the same transaction; the session row keeps no copy of it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from selfcompass.core.i18n import translate
from selfcompass.core.practice import Family
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.storage.models import JournalEntryRow, JournalTagRow, PracticeSessionRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def reflection_entry(record: SessionRecord, session_id: int) -> JournalEntryRow | None:
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
    return JournalEntryRow(uuid=str(uuid.uuid4()), title=title, body=note, tags=tags, mood=mood,
                           created_at=record.ended_at, updated_at=record.ended_at, session_id=session_id,
                           step_index=None, prompt="")


def _to_record(row: PracticeSessionRow, writings: Sequence[WritingAnswer], note: str | None = None) -> SessionRecord:
    return SessionRecord(
        practice_id=row.practice_id, practice_title=row.practice_title, family=row.family,
        started_at=row.started_at, ended_at=row.ended_at, planned_seconds=row.planned_seconds,
        practised_seconds=row.practised_seconds, outcome=Outcome(row.outcome),
        rating_before=row.rating_before, rating_after=row.rating_after,
        note=row.note if note is None else note, writings=tuple(writings), id=row.id,
    )


class SessionRepository:
    """Reads and writes practice sessions; returns core ``SessionRecord`` objects."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def record(self, record: SessionRecord) -> int:
        """Store the session and its writing answers (as journal entries) in one transaction; returns its id.

        Saving the same session twice (same practice, start and end) keeps one and returns its id: a session kept
        while the journal was locked arrives from safekeeping and from the job that waited for the unlock."""
        row = PracticeSessionRow(
            practice_id=record.practice_id, practice_title=record.practice_title, family=record.family,
            started_at=record.started_at, ended_at=record.ended_at, planned_seconds=record.planned_seconds,
            practised_seconds=record.practised_seconds, outcome=str(record.outcome),
            rating_before=record.rating_before, rating_after=record.rating_after, note="",  # the note is an entry
        )
        with self._sessions.begin() as s:
            found = s.scalar(select(PracticeSessionRow.id).where(
                PracticeSessionRow.practice_id == record.practice_id,
                PracticeSessionRow.started_at == record.started_at,
                PracticeSessionRow.ended_at == record.ended_at).limit(1))
            if found is not None:
                return found
            s.add(row)
            s.flush()
            for w in record.writings:
                s.add(JournalEntryRow(
                    uuid=str(uuid.uuid4()), title=record.practice_title, body=w.text, tags="", mood=None,
                    created_at=record.ended_at, updated_at=record.ended_at, session_id=row.id,
                    step_index=w.step_index, prompt=w.prompt))
            if (reflection := reflection_entry(record, row.id)) is not None:
                s.add(reflection)
                s.flush()
                for tag in reflection.tags.split("\n") if reflection.tags else ():
                    s.add(JournalTagRow(entry_id=reflection.id, tag=tag.casefold()))
            return row.id

    def reflection_of(self, session_id: int) -> int | None:
        """The id of the journal entry that holds a session's end-of-practice note (None if it has none, or it
        was deleted)."""
        with self._sessions() as s:
            return s.scalar(select(JournalEntryRow.id).where(
                JournalEntryRow.session_id == session_id, JournalEntryRow.step_index.is_(None),
                JournalEntryRow.deleted_at.is_(None)).order_by(JournalEntryRow.id).limit(1))

    def _writings(self, s: Session, ids: Sequence[int]) -> dict[int, list[WritingAnswer]]:
        out: dict[int, list[WritingAnswer]] = defaultdict(list)
        if not ids:
            return out
        query = (select(JournalEntryRow.session_id, JournalEntryRow.step_index, JournalEntryRow.prompt,
                        JournalEntryRow.body)
                 .where(JournalEntryRow.session_id.in_(ids), JournalEntryRow.step_index.is_not(None),
                        JournalEntryRow.deleted_at.is_(None))
                 .order_by(JournalEntryRow.session_id, JournalEntryRow.step_index, JournalEntryRow.id))
        for sid, step, prompt, body in s.execute(query):
            if sid is not None and step is not None:  # both are, by the query; this tells the type checker
                out[sid].append(WritingAnswer(step, prompt, body))
        return out

    def _notes(self, s: Session, ids: Sequence[int]) -> dict[int, str]:
        """The end-of-practice notes of these sessions, read from their journal entries (revision 0004)."""
        if not ids:
            return {}
        query = (select(JournalEntryRow.session_id, JournalEntryRow.body)
                 .where(JournalEntryRow.session_id.in_(ids), JournalEntryRow.step_index.is_(None),
                        JournalEntryRow.deleted_at.is_(None))
                 .order_by(JournalEntryRow.id.desc()))
        return {sid: body for sid, body in s.execute(query) if sid is not None}

    def get(self, session_id: int) -> SessionRecord | None:
        with self._sessions() as s:
            row = s.get(PracticeSessionRow, session_id)
            if row is None:
                return None
            return _to_record(row, self._writings(s, [row.id])[row.id], self._notes(s, [row.id]).get(row.id))

    def recent(self, limit: int = 20) -> list[SessionRecord]:
        """The newest sessions first."""
        with self._sessions() as s:
            rows = s.scalars(select(PracticeSessionRow)
                             .order_by(PracticeSessionRow.started_at.desc(), PracticeSessionRow.id.desc())
                             .limit(limit)).all()
            ids = [r.id for r in rows]
            writings, notes = self._writings(s, ids), self._notes(s, ids)
            return [_to_record(r, writings.get(r.id, []), notes.get(r.id)) for r in rows]

    def count(self) -> int:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(PracticeSessionRow)) or 0

    def minutes_by_week(self, since: datetime | None = None) -> dict[date, float]:
        """Minutes practised per week (keyed by the Monday, UTC), oldest week first."""
        query = select(PracticeSessionRow.started_at, PracticeSessionRow.practised_seconds)
        if since is not None:
            query = query.where(PracticeSessionRow.started_at >= since)
        totals: dict[date, float] = defaultdict(float)
        with self._sessions() as s:
            for started, seconds in s.execute(query):
                day = started.date()
                totals[day - timedelta(days=day.weekday())] += seconds / 60.0
        return dict(sorted(totals.items()))

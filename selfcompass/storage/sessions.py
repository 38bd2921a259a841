"""Practice sessions: record one with its writing answers, read recent ones, total minutes by week."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer
from selfcompass.storage.models import PracticeSessionRow, WritingAnswerRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def _to_record(row: PracticeSessionRow) -> SessionRecord:
    return SessionRecord(
        practice_id=row.practice_id, practice_title=row.practice_title, family=row.family,
        started_at=row.started_at, ended_at=row.ended_at, planned_seconds=row.planned_seconds,
        practised_seconds=row.practised_seconds, outcome=Outcome(row.outcome),
        rating_before=row.rating_before, rating_after=row.rating_after, note=row.note,
        writings=tuple(WritingAnswer(w.step_index, w.prompt, w.text) for w in row.writings),
        id=row.id,
    )


class SessionRepository:
    """Reads and writes practice sessions; returns core ``SessionRecord`` objects."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def record(self, record: SessionRecord) -> int:
        """Store the session and its writing answers in one transaction; returns the new id."""
        row = PracticeSessionRow(
            practice_id=record.practice_id, practice_title=record.practice_title, family=record.family,
            started_at=record.started_at, ended_at=record.ended_at, planned_seconds=record.planned_seconds,
            practised_seconds=record.practised_seconds, outcome=str(record.outcome),
            rating_before=record.rating_before, rating_after=record.rating_after, note=record.note,
            writings=[WritingAnswerRow(step_index=w.step_index, prompt=w.prompt, text=w.text)
                      for w in record.writings],
        )
        with self._sessions.begin() as s:
            s.add(row)
            s.flush()
            return row.id

    def get(self, session_id: int) -> SessionRecord | None:
        with self._sessions() as s:
            row = s.get(PracticeSessionRow, session_id, options=[selectinload(PracticeSessionRow.writings)])
            return None if row is None else _to_record(row)

    def recent(self, limit: int = 20) -> list[SessionRecord]:
        """The newest sessions first."""
        with self._sessions() as s:
            rows = s.scalars(select(PracticeSessionRow).options(selectinload(PracticeSessionRow.writings))
                             .order_by(PracticeSessionRow.started_at.desc(), PracticeSessionRow.id.desc())
                             .limit(limit)).all()
            return [_to_record(r) for r in rows]

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

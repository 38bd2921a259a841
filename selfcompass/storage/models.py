"""SQLAlchemy 2 typed models. Migrations never import this module: each one states its own schema."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from selfcompass.storage.timefmt import from_text, to_text


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes stored as fixed-width UTC text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        return None if value is None else to_text(value)

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        return None if value is None else from_text(value)


class Base(DeclarativeBase):
    pass


class PracticeSessionRow(Base):
    __tablename__ = "practice_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    practice_id: Mapped[str] = mapped_column(String(200))
    practice_title: Mapped[str] = mapped_column(Text)
    family: Mapped[str] = mapped_column(String(50))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    planned_seconds: Mapped[float]
    practised_seconds: Mapped[float]
    outcome: Mapped[str] = mapped_column(String(20))
    rating_before: Mapped[int | None]
    rating_after: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_practice_session_started_at", "started_at"),)


class JournalEntryRow(Base):
    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")  # "\n"-joined copy of journal_tag, for the FTS index
    mood: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("practice_session.id", ondelete="SET NULL"))
    step_index: Mapped[int | None]
    prompt: Mapped[str] = mapped_column(Text, default="")


class JournalTagRow(Base):
    __tablename__ = "journal_tag"

    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)


class JournalDraftRow(Base):
    __tablename__ = "journal_draft"

    slot: Mapped[str] = mapped_column(String(100), primary_key=True)
    entry_uuid: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[int | None]
    session_id: Mapped[int | None]
    prompt: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

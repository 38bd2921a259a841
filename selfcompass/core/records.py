"""Plain records that cross the line between the core, storage and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Outcome(StrEnum):
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True)
class WritingAnswer:
    """What someone wrote in a practice's writing step."""

    step_index: int
    prompt: str
    text: str


@dataclass(frozen=True)
class SessionRecord:
    """One practice session, finished or stopped. Times are timezone-aware (UTC)."""

    practice_id: str
    practice_title: str
    family: str
    started_at: datetime
    ended_at: datetime
    planned_seconds: float
    practised_seconds: float
    outcome: Outcome
    rating_before: int | None = None  # 1–5, optional
    rating_after: int | None = None  # 1–5, optional
    note: str = ""
    writings: tuple[WritingAnswer, ...] = ()
    id: int | None = field(default=None, compare=False)

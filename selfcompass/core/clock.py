"""Time as a port: the core asks a Clock, tests move a ManualClock by hand.

``datetime`` is imported where it is used: the first window needs a clock, not the time, and the module costs
about 4.5 million instructions to import (see docs/architecture.md, "Start-up").
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from datetime import datetime


class Clock(Protocol):
    """What the core needs of time: a monotonic reading and the wall-clock now."""

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        from datetime import UTC, datetime

        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: datetime | None = None) -> None:
        from datetime import UTC, datetime

        self._mono = 1000.0
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a manual clock only moves forward; use jump() for wall-clock jumps")
        from datetime import timedelta

        self._mono += seconds
        self._now += timedelta(seconds=seconds)

    def jump(self, to: datetime) -> None:
        """Move the wall clock only (a clock change, a resync); monotonic time is untouched."""
        self._now = to


def parse_aware(value: object) -> datetime | None:
    """An ISO 8601 time with its UTC offset, as our JSON files store times; anything else (not text, not a time,
    a time without an offset, or one so near the ends of the calendar that it has no UTC equivalent) gives None."""
    from datetime import UTC, datetime

    if not isinstance(value, str):
        return None
    try:
        at = datetime.fromisoformat(value)
        if at.utcoffset() is None:
            return None
        at.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return at

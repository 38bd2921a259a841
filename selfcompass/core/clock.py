"""Time as a port: the core asks a Clock and arms named Timers; tests move a manual clock and fire them by hand.

``datetime`` is imported where it is used: the first window needs a clock, not the time, and the module costs
about 4.5 million instructions to import (see docs/architecture.md, "Start-up").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from datetime import datetime


class Clock(Protocol):
    """What the core needs of time: a monotonic reading and the wall-clock now."""

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class Ticker(Protocol):
    """A named repeating timer (the player's tick, the journal's autosave): started, stopped, asked if running."""

    def start(self, interval_ms: int) -> None: ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


#: Makes a named Ticker that calls the callback every interval while started.
TickerFactory = Callable[[str, Callable[[], None]], Ticker]


class Timers(Protocol):
    """The one timer abstraction: named one-shot timers at wall-clock moments, and named repeating tickers.

    The app has one (``scheduling.timers.QtTimers``); tests use a fake fired by hand (``tests/doubles.py``)."""

    def start_at(self, name: str, when: datetime, callback: Callable[[], None]) -> None:
        """Arm (or re-arm) the named timer; the callback runs once, at or soon after ``when``."""

    def cancel(self, name: str) -> None: ...

    def pending(self) -> dict[str, datetime]: ...

    def cancel_all(self) -> None: ...

    def ticker(self, name: str, callback: Callable[[], None]) -> Ticker:
        """A named repeating timer calling ``callback`` every interval while started."""


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        from datetime import UTC, datetime

        return datetime.now(UTC)


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

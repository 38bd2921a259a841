"""The app's one timer service: named one-shot timers at wall-clock moments, and named repeating tickers (Qt).

The Qt timer never waits more than a minute at a time. Monotonic timers stop while a laptop sleeps and
know nothing of wall-clock changes, so each minute it compares the wall clock with the monotonic clock;
when they disagree (a sleep, a resync, a hand-set clock) it calls back early so the owner can re-plan.
It never ticks faster than that: idle, the app wakes once a minute at most.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer

from selfcompass.core.clock import Clock, Ticker

#: The longest single wait; also how often a jump in the wall clock can be noticed.
CHECK_EVERY = timedelta(minutes=1)
#: A gap between wall and monotonic time larger than this counts as a jump or a sleep.
JUMP_TOLERANCE = timedelta(seconds=30)


@dataclass
class _Armed:
    when: datetime
    callback: Callable[[], None]
    wall: datetime
    mono: float


class QtTimers(QObject):
    """Single-shot QTimers, at most a minute long each, re-armed until their wall-clock moment."""

    def __init__(self, clock: Clock, parent: QObject | None = None,
                 check_every: timedelta = CHECK_EVERY) -> None:
        super().__init__(parent)
        self._clock = clock
        self._check_ms = int(check_every.total_seconds() * 1000)
        self._timers: dict[str, QTimer] = {}
        self._armed: dict[str, _Armed] = {}

    def start_at(self, name: str, when: datetime, callback: Callable[[], None]) -> None:
        self._armed[name] = _Armed(when, callback, self._clock.now(), self._clock.monotonic())
        self._arm(name)

    def cancel(self, name: str) -> None:
        self._armed.pop(name, None)
        timer = self._timers.get(name)
        if timer is not None:
            timer.stop()

    def cancel_all(self) -> None:
        """Stop and release every timer (call before the owner goes away)."""
        self._armed.clear()
        for timer in self._timers.values():
            timer.stop()
            timer.deleteLater()
        self._timers.clear()

    def pending(self) -> dict[str, datetime]:
        return {name: a.when for name, a in self._armed.items()}

    def ticker(self, name: str, callback: Callable[[], None]) -> Ticker:
        return QtTicker(name, callback, self)

    def interval_ms(self, name: str) -> int | None:
        """How long the underlying QTimer waits (for tests)."""
        timer = self._timers.get(name)
        return timer.interval() if timer is not None and timer.isActive() else None

    def _arm(self, name: str) -> None:
        armed = self._armed[name]
        timer = self._timers.get(name)
        if timer is None:
            timer = QTimer(self)
            timer.setObjectName(f"selfcompass.{name}")
            timer.setSingleShot(True)
            timer.setTimerType(_coarse())
            timer.timeout.connect(lambda n=name: self._fired(n))
            self._timers[name] = timer
        delay_ms = int((armed.when - self._clock.now()).total_seconds() * 1000)
        timer.start(max(0, min(delay_ms, self._check_ms)))

    def _fired(self, name: str) -> None:
        armed = self._armed.get(name)
        if armed is None:
            return
        now, mono = self._clock.now(), self._clock.monotonic()
        wall_passed = now - armed.wall
        mono_passed = timedelta(seconds=mono - armed.mono)
        jumped = abs(wall_passed - mono_passed) > JUMP_TOLERANCE
        if now >= armed.when or jumped:
            self.cancel(name)
            armed.callback()
            return
        armed.wall, armed.mono = now, mono
        self._arm(name)


class QtTicker(QObject):
    """A named precise QTimer calling ``callback`` every ``interval_ms`` while started."""

    def __init__(self, name: str, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._timer = QTimer(self)
        self._timer.setObjectName(name)
        self._timer.setTimerType(_precise())
        self._timer.timeout.connect(callback)

    def start(self, interval_ms: int) -> None:
        if not self._timer.isActive() or self._timer.interval() != interval_ms:
            self._timer.start(interval_ms)

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()


def _coarse() -> Any:
    from PySide6.QtCore import Qt

    return Qt.TimerType.CoarseTimer


def _precise() -> Any:
    """``Qt.TimerType.PreciseTimer``, named only when a ticker is made: naming it on import would build PySide6's
    whole ``Qt`` namespace before the first frame (see ui/first_frame.py)."""
    from PySide6.QtCore import Qt

    return Qt.TimerType.PreciseTimer

"""Named one-shot timers armed for a wall-clock moment: a Qt implementation and a fake fired by hand.

The Qt timer never waits more than a minute at a time. Monotonic timers stop while a laptop sleeps and
know nothing of wall-clock changes, so each minute it compares the wall clock with the monotonic clock;
when they disagree (a sleep, a resync, a hand-set clock) it calls back early so the owner can re-plan.
It never ticks faster than that: idle, the app wakes once a minute at most.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer

from selfcompass.core.clock import Clock, ManualClock

#: The longest single wait; also how often a jump in the wall clock can be noticed.
CHECK_EVERY = timedelta(minutes=1)
#: A gap between wall and monotonic time larger than this counts as a jump or a sleep.
JUMP_TOLERANCE = timedelta(seconds=30)


class Timers(Protocol):
    """What the reminder service needs: named one-shot timers at wall-clock moments."""

    def start_at(self, name: str, when: datetime, callback: Callable[[], None]) -> None:
        """Arm (or re-arm) the named timer; the callback runs once, at or soon after ``when``."""

    def cancel(self, name: str) -> None: ...

    def pending(self) -> dict[str, datetime]: ...

    def cancel_all(self) -> None: ...


@dataclass
class _Armed:
    when: datetime
    callback: Callable[[], None]
    wall: datetime
    mono: float


class FakeTimers:
    """Timers for tests: nothing happens until the test moves a ManualClock and fires what is due."""

    def __init__(self, clock: ManualClock) -> None:
        self._clock = clock
        self._armed: dict[str, tuple[datetime, Callable[[], None]]] = {}
        self.fired: list[tuple[str, datetime]] = []

    def start_at(self, name: str, when: datetime, callback: Callable[[], None]) -> None:
        self._armed[name] = (when, callback)

    def cancel(self, name: str) -> None:
        self._armed.pop(name, None)

    def cancel_all(self) -> None:
        self._armed.clear()

    def pending(self) -> dict[str, datetime]:
        return {name: when for name, (when, _) in self._armed.items()}

    def next_at(self) -> datetime | None:
        return min((when for when, _ in self._armed.values()), default=None)

    def fire_due(self) -> int:
        """Fire every timer due at the clock's now, earliest first; returns how many fired."""
        count = 0
        while True:
            now = self._clock.now()
            due = sorted((when, name) for name, (when, _) in self._armed.items() if when <= now)
            if not due:
                return count
            _when, name = due[0]
            _, callback = self._armed.pop(name)
            self.fired.append((name, now))
            callback()
            count += 1

    def run_until(self, until: datetime) -> None:
        """Move the clock from timer to timer up to ``until``, firing each as it comes due."""
        while True:
            nxt = self.next_at()
            if nxt is None or nxt > until:
                break
            if nxt > self._clock.now():
                self._clock.advance((nxt - self._clock.now()).total_seconds())
            self.fire_due()
        if until > self._clock.now():
            self._clock.advance((until - self._clock.now()).total_seconds())

    def sleep(self, span: timedelta) -> None:
        """A laptop sleep: time passes with no timer firing, then whatever is due fires on waking."""
        self._clock.advance(span.total_seconds())
        self.fire_due()


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
            timer.setTimerType(Qt.TimerType.CoarseTimer)
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

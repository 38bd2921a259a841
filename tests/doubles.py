"""Test doubles: a clock moved by hand, the app's timers and tickers fired by hand (no sleeping), and a narrator
that records what it was asked to say."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta


class ManualClock:
    """A clock that moves only when told to; for tests and simulations."""

    def __init__(self, start: datetime | None = None) -> None:
        self._mono = 1000.0
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a manual clock only moves forward; use jump() for wall-clock jumps")
        self._mono += seconds
        self._now += timedelta(seconds=seconds)

    def jump(self, to: datetime) -> None:
        """Move the wall clock only (a clock change, a resync); monotonic time is untouched."""
        self._now = to


class FakeTicker:
    """A repeating timer for tests: records the interval and fires only when told to."""

    def __init__(self, name: str, callback: Callable[[], None]) -> None:
        self.name = name
        self._callback = callback
        self.interval_ms: int | None = None

    def start(self, interval_ms: int) -> None:
        self.interval_ms = interval_ms

    def stop(self) -> None:
        self.interval_ms = None

    def is_active(self) -> bool:
        return self.interval_ms is not None

    def fire(self) -> None:
        if self.interval_ms is not None:
            self._callback()


class FakeTimers:
    """Timers for tests: nothing happens until the test moves a ManualClock and fires what is due."""

    def __init__(self, clock: ManualClock) -> None:
        self._clock = clock
        self._armed: dict[str, tuple[datetime, Callable[[], None]]] = {}
        self.fired: list[tuple[str, datetime]] = []
        #: Every ticker made, by name (the last one made under a name).
        self.tickers: dict[str, FakeTicker] = {}

    def ticker(self, name: str, callback: Callable[[], None]) -> FakeTicker:
        self.tickers[name] = FakeTicker(name, callback)
        return self.tickers[name]

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


class FakeNarrator:
    """Stands in for the speech narrator: records what it was asked to say."""

    def __init__(self, reason: str | None = None) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            unavailable = Signal(str)
            voices_listed = Signal(list)

        self._signals = _Signals()
        self.unavailable = self._signals.unavailable
        self.voices_listed = self._signals.voices_listed
        self.unavailable_reason = reason
        self.said: list[str] = []
        self.calls: list[str] = []

    def speak(self, text: str) -> None:
        self.said.append(text)

    def prepare(self, texts: object) -> None:
        self.calls.append("prepare")

    def stop(self) -> None:
        self.calls.append("stop")

    def pause(self) -> None:
        self.calls.append("pause")

    def resume(self) -> None:
        self.calls.append("resume")

    def set_voice(self, voice: str | None) -> None:
        self.calls.append(f"voice {voice}")

    def set_rate(self, rate: float) -> None:
        self.calls.append(f"rate {rate}")

    def set_volume(self, volume: float) -> None:
        self.calls.append(f"volume {volume}")

    def request_voices(self) -> None:
        self.voices_listed.emit([])

    def get_ready(self) -> None:
        self.calls.append("get_ready")

    def shutdown(self) -> None:
        self.calls.append("shutdown")

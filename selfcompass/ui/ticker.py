"""A repeating tick behind a tiny interface, so tests can fire it by hand instead of waiting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer


class Ticker(Protocol):
    def start(self, interval_ms: int) -> None: ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...


TickerFactory = Callable[[str, Callable[[], None]], Ticker]


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


class FakeTicker:
    """For tests: records the interval and fires only when told to."""

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


def qt_ticker_factory(parent: QObject) -> TickerFactory:
    return lambda name, callback: QtTicker(name, callback, parent)


def _precise():
    """``Qt.TimerType.PreciseTimer``, named only when a ticker is made: naming it on import would build PySide6's
    whole ``Qt`` namespace before the first frame (see ui/first_frame.py)."""
    from PySide6.QtCore import Qt

    return Qt.TimerType.PreciseTimer

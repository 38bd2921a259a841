"""Guards against known faults in the Qt binding that would crash a long-running app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_signals_does_not_leak_references_to_true() -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit; after a few hundred the interpreter aborts.
    emitter = _Emitter()
    emitter.plain.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.plain.emit()
        emitter.carrying.emit(1)
    assert sys.getrefcount(True) - before >= -5

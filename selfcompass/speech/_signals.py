"""Emit Qt signals safely on PySide6 6.12.0, whose ``SignalInstance.emit`` loses a reference to True.

On 6.12.0 every Python ``emit()`` call returns True without owning a reference to it, so each call drops
True's reference count by one. After a few thousand emits Python aborts with "bool_dealloc: deallocating
True or False". ``emit`` below checks once whether the running PySide6 has the fault and, if so, gives the
reference back. Giving back too many would be harmless (True is never freed), too few is not.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_PROBE_EMITS = 64


class _Probe(QObject):
    ping = Signal()


def _give_back_true(times: int = 1) -> None:
    import ctypes  # only on the faulty PySide6: importing it costs the first line of narration 4 ms

    for _ in range(times):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


@functools.cache
def emit_drops_true() -> bool:
    """Whether this PySide6 loses a reference to True on each emit (checked once per process)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    faulty = lost >= _PROBE_EMITS // 2
    if faulty:
        _give_back_true(_PROBE_EMITS)
    return faulty


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, keeping True's reference count whole on PySide6 6.12.0."""
    result = signal.emit(*args)
    if result is True and emit_drops_true():
        _give_back_true()

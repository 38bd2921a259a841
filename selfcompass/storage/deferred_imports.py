"""Stand-ins for two standard modules SQLAlchemy imports but a desktop app on SQLite never uses.

SQLAlchemy 2 imports ``asyncio`` (for its async extension) and ``importlib.metadata`` (for plugin entry points) as
soon as it is imported, whatever the dialect. Between them they bring in ssl, socket, subprocess, email and csv:
about 9 MB of memory and 30 ms, for code the app never runs. ``defer()``, called just before SQLAlchemy is first
imported, puts a stand-in module in ``sys.modules`` for each that is not loaded yet. A stand-in loads the real
module the first time anything is read from it (and from then on ``import`` gives the real one), so code that
does need them still works, only later. ``asyncio.iscoroutine``, which SQLAlchemy reads while it is imported, is
a small function that loads asyncio only when called (SQLAlchemy calls it only on its async paths).
"""

from __future__ import annotations

import sys
import threading
from types import ModuleType
from typing import Any

DEFERRED = ("asyncio", "importlib.metadata")
_lock = threading.RLock()


class Deferred(ModuleType):
    """A module not loaded yet: reading any attribute loads the real one and reads it there."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)  # copy, pickle and inspect probe these; no reason to load for them
        return getattr(real(self.__name__), attr)


def real(name: str) -> ModuleType:
    """The real module ``name``, loaded now if a stand-in was holding its place."""
    with _lock:
        held = sys.modules.get(name)
        if isinstance(held, Deferred):
            del sys.modules[name]
            try:
                return _load(name)
            except BaseException:
                sys.modules[name] = held
                raise
        if held is None:
            return _load(name)
        return held


def _load(name: str) -> ModuleType:
    """Import one of DEFERRED by a plain import statement (nothing in the package loads a module by its name)."""
    if name == "asyncio":
        import asyncio as module
    elif name == "importlib.metadata":
        import importlib.metadata as module  # type: ignore[no-redef]
    else:  # pragma: no cover - DEFERRED names only these two
        raise ValueError(f"{name} is not deferred")
    return module


def _iscoroutine(obj: object) -> bool:
    return bool(real("asyncio").iscoroutine(obj))


def defer() -> None:
    """Hold the places of the modules in DEFERRED that are not loaded yet. Cheap; safe to call more than once."""
    with _lock:
        for name in DEFERRED:
            if name in sys.modules:
                continue
            stand_in = Deferred(name, "Loaded on first use (selfcompass.storage.deferred_imports).")
            if name == "asyncio":
                stand_in.iscoroutine = _iscoroutine  # type: ignore[attr-defined]
            sys.modules[name] = stand_in
            parent, _, child = name.rpartition(".")
            if parent:
                setattr(sys.modules[parent], child, stand_in)

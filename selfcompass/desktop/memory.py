"""Giving memory back once a batch of work is done: the module sources Python keeps, and what the C heap holds free.

Two things hold memory that nothing will use again:

- **Module sources.** PySide6 installs an import hook that reads the source of every module imported after it,
  to see whether the module names PySide6 (its ``__feature__`` switches; PYSIDE-2029). It reads through
  ``inspect.getsource``, so Python's ``linecache`` keeps each source, as lines, for the life of the process: about
  6 MB at start-up and 6 MB more once the journal has brought in SQLAlchemy, for text nobody reads. Worse, those
  lines are small strings made between the long-lived objects of the same imports, so clearing the cache later
  leaves Python's memory pools part-empty: measured after a tour of every page, 9 MB more than the objects in
  them. ``spare_import_hook`` gives the hook the same answer without the cache (it looks for the bytes
  ``PySide6`` in the file, which is all ``inspect.getsource`` was used for), so the lines are never made.
  (A bundle has no sources beside it, so there both ways find nothing.)
- **Freed heap.** glibc keeps memory a released page freed inside the process, scattered through the heap,
  until asked to hand it back (``malloc_trim``). Elsewhere the C library does this itself or has no such call.

``spare_import_hook`` is called by the command line just before the GUI's modules load (it imports PySide6 then).
``let_go`` is called after the steps that follow the first window, when the database has opened (SQLAlchemy's
modules are in), and when a hidden page has been released. ``pss_kb`` reads this process's memory as the
benchmarks do.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def let_go() -> None:
    """Forget module sources read on import, then hand freed memory back to the system where the C library can."""
    linecache.clearcache()
    if sys.platform != "linux":
        return
    try:
        import ctypes

        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        pass


def _names_pyside(module: ModuleType) -> bool:
    """What PySide6's ``_mod_uses_pyside`` answers, without reading the source through ``linecache``: does the
    module's source file contain "PySide6"? False where there is no source to read (a built-in or compiled module,
    a bundle), as ``inspect.getsource``'s errors make it answer there."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def spare_import_hook() -> bool:
    """Import PySide6 (which installs its import hook) and answer the hook without keeping every module's source
    (see the module's docstring). False, and nothing changed, if this PySide6 has no such hook."""
    import PySide6.QtCore  # noqa: F401 - the hook is installed with PySide6's first module

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _names_pyside  # type: ignore[attr-defined]  # read as a global by feature_imported
    return True


def pss_kb() -> int:
    """Proportional set size of this process in kB (Linux); 0 where it cannot be read."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

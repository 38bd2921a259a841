"""Giving memory back once a batch of work is done: the module sources Python keeps, and what the C heap holds free.

Two things hold memory that nothing will use again:

- **Module sources.** PySide6 installs an import hook that reads the source of every module imported after it,
  to see whether the module names PySide6 (its ``__feature__`` switches; PYSIDE-2029). Python's ``linecache``
  keeps each source it reads, as lines, for the life of the process: about 6 MB at start-up and 6 MB more once
  the journal has brought in SQLAlchemy, for text nobody reads. Dropping the cache costs nothing: a traceback
  reads the lines it shows from the file again. (A bundle has no sources beside it, so there the hook finds
  nothing to keep.)
- **Freed heap.** glibc keeps memory a released page freed inside the process, scattered through the heap,
  until asked to hand it back (``malloc_trim``). Elsewhere the C library does this itself or has no such call.

``let_go`` is called after the steps that follow the first window, when the database has opened (SQLAlchemy's
modules are in), and when a hidden page has been released.
"""

from __future__ import annotations

import linecache
import sys


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

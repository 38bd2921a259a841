"""A pytest plugin for `make test-core`: Qt, SQLAlchemy and the speech engine cannot be imported at all, so the core
tests prove the core runs as pure Python (`-p block_qt`, with tests/ on the path)."""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

BLOCKED = frozenset({"PySide6", "shiboken6", "sqlalchemy", "alembic", "pyttsx3", "sqlcipher3"})


class _Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname.partition(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"{fullname} is blocked: the core runs without it", name=fullname)
        return None


if any(name.partition(".")[0] in BLOCKED for name in sys.modules):
    raise RuntimeError("a blocked module was imported before the blocker: run with -p block_qt")
sys.meta_path.insert(0, _Blocker())

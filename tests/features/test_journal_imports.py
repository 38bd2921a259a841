"""Opening the journal loads no asyncio, email, importlib.metadata, Alembic or SQLAlchemy's ORM (issue 24): checked in
fresh processes.

SQLAlchemy imports asyncio and importlib.metadata (and through it email) when it is imported; storage holds their
places with stand-ins (storage/deferred_imports.py) that load them only if read. Alembic loads only when a
migration runs: the first opening of a new database migrates it, so that one is allowed Alembic. The repositories use
SQLAlchemy Core, so its ORM (about 6 MB) is never loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

OPEN_THE_JOURNAL = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from selfcompass.paths import AppPaths
from selfcompass.storage import open_database
import selfcompass.features.journal.controller, selfcompass.ui.journal
folder = Path(sys.argv[1])
db = open_database(AppPaths(folder, folder, folder / "cache", folder / "logs"))
db.journal.count(); db.journal.page(0, 100); db.journal.search("quiet"); db.sessions.recent(5)
db.sessions.minutes_by_week(); db.sessions.count()
db.close()
from selfcompass.storage.deferred_imports import Deferred
loaded = {name: not isinstance(sys.modules.get(name, Deferred(name)), Deferred)
          for name in ("asyncio", "email", "importlib.metadata", "alembic")}
loaded["sqlalchemy.orm"] = "sqlalchemy.orm" in sys.modules
print(json.dumps(loaded))
"""


def open_the_journal(folder: Path) -> dict[str, bool]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", OPEN_THE_JOURNAL, str(folder)], capture_output=True, text=True,
                          timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    loaded: dict[str, bool] = json.loads(done.stdout.splitlines()[-1])
    return loaded


@pytest.mark.slow
def test_opening_the_journal_imports_no_asyncio_email_alembic_or_orm(tmp_path: Path) -> None:
    first = open_the_journal(tmp_path)  # a new database: the migration runs, with Alembic
    assert first["alembic"], first  # (Alembic itself reads importlib.metadata: allowed while it migrates)
    again = open_the_journal(tmp_path)
    assert again == {"asyncio": False, "email": False, "importlib.metadata": False, "alembic": False,
                     "sqlalchemy.orm": False}, again


def test_a_stand_in_loads_the_real_module_when_read() -> None:
    code = ("import sys; from selfcompass.storage.deferred_imports import defer, Deferred; defer(); "
            "import asyncio, importlib.metadata as m; assert isinstance(asyncio, Deferred); "
            "assert asyncio.iscoroutine(1) is False; assert m.version('sqlalchemy'); "
            "import asyncio as again; assert not isinstance(again, Deferred) and again.run; print('ok')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "ok", done.stderr

"""The reminder state file (``reminders-state.json`` in the data folder): quiet, snooze, focus and recent prompts."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from selfcompass.core.reminders.state import dumps, loads
from selfcompass.core.reminders.types import Holds, PromptRecord
from selfcompass.storage.files import write_atomic

log = logging.getLogger(__name__)

#: In the data folder; its format is core/reminders/state.py's (see docs/reminders.md, "Kept across a restart").
STATE_FILE = "reminders-state.json"


class ReminderStateFile:
    """Reads the state once at start and writes it whole (atomically) each time it changes. Neither ever raises:
    reminders still work on a read-only or full disk, and only a restart would forget what was asked."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / STATE_FILE
        self._saved = ""  # the text on disk, so an unchanged state is not written again

    def load(self, now: datetime) -> tuple[Holds, list[PromptRecord]]:
        """What was asked when SelfCompass last ran; a missing, unreadable or damaged file gives a fresh start."""
        try:
            self._saved = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            pass  # a first start: nothing asked yet
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("reminder state not read (%s); starting afresh", exc.__class__.__name__)
        return loads(self._saved, now)

    def save(self, holds: Holds, history: Iterable[PromptRecord], now: datetime) -> bool:
        """Write the state if it changed; False when it could not be written (the reason is logged)."""
        text = dumps(holds, history, now)
        if text == self._saved:
            return True
        try:
            write_atomic(self.path, text, make_folder=True)
        except OSError as exc:
            log.warning("reminder state not saved (%s)", exc.__class__.__name__)
            return False
        self._saved = text
        return True

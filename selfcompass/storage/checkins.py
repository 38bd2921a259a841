"""Check-in results in a small JSON file in the data folder, written atomically; questionnaires from files.

The storage engineer owns the database; until it has a table for check-ins, results live in
``<data>/checkins.json``. Questionnaires a coach adds are validated and copied to ``<data>/questionnaires/``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from selfcompass.core.checkin import CheckinLog, dumps, loads
from selfcompass.core.datafile import DataFileError
from selfcompass.core.questionnaire import Questionnaire, load_questionnaire
from selfcompass.storage.files import write_atomic

SHIPPED_ID = "weekly-checkin"


class CheckinStore:
    def __init__(self, data_dir: Path, shipped_dir: Path) -> None:
        self.path = data_dir / "checkins.json"
        self.custom_dir = data_dir / "questionnaires"
        self._shipped_dir = shipped_dir

    def questionnaires(self) -> tuple[list[Questionnaire], list[str]]:
        """The shipped check-in first, then any a coach added; problems are returned, not raised."""
        found: list[Questionnaire] = []
        problems: list[str] = []
        files = sorted(self._shipped_dir.glob("*.toml"))
        if self.custom_dir.is_dir():
            files += sorted(self.custom_dir.glob("*.toml"))
        for path in files:
            try:
                q = load_questionnaire(path)
            except DataFileError as exc:
                problems.append(str(exc))
                continue
            if q.id not in {f.id for f in found}:
                found.append(q)
        found.sort(key=lambda q: q.id != SHIPPED_ID)
        return found, problems

    def add_questionnaire(self, source: Path) -> Questionnaire:
        """Check a coach's file and keep a copy. Raises DataFileError (with lines and fixes) if it is not usable."""
        q = load_questionnaire(source)
        self.custom_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, self.custom_dir / f"{q.id}.toml")
        return q

    def load(self, questionnaires: list[Questionnaire]) -> CheckinLog:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return CheckinLog()
        return loads(text, questionnaires)

    def save(self, log: CheckinLog) -> None:
        write_atomic(self.path, dumps(log), make_folder=True)

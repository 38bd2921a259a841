"""Check-in results in a small JSON file in the data folder, written atomically; questionnaires from files.

The storage engineer owns the database; until it has a table for check-ins, results live in
``<data>/checkins.json``. Questionnaires a coach adds are validated and copied to ``<data>/questionnaires/``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from selfcompass.core.checkin import CheckinLog, CheckinResult, dumps, loads, offer_due, take
from selfcompass.core.datafile import DataFileError
from selfcompass.core.questionnaire import Questionnaire, load_questionnaire
from selfcompass.storage.files import write_atomic

SHIPPED_ID = "weekly-checkin"


class CheckinStore:
    """The check-in file and the questionnaires: the shipped ones and any a coach added."""

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
        write_atomic(self.custom_dir / f"{q.id}.toml", source.read_bytes(), make_folder=True)
        return q

    def load(self, questionnaires: list[Questionnaire]) -> CheckinLog:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return CheckinLog()
        return loads(text, questionnaires)

    def save(self, log: CheckinLog) -> None:
        write_atomic(self.path, dumps(log), make_folder=True)

    def record(self, q: Questionnaire, answers: Mapping[str, int], now: datetime) -> CheckinResult:
        """Score a check-in and keep it with the others. Raises OSError if the file can't be written."""
        log = self.load(self.questionnaires()[0])
        result = take(q, answers, now)
        log.results.append(result)
        self.save(log)
        return result

    def note_offer_if_due(self, now: datetime) -> bool:
        """Whether the weekly offer is due now; if so, keep the moment, so it comes at most once a week. False
        when the moment can't be kept (OSError): without a record of the offer it would repeat."""
        log = self.load(self.questionnaires()[0])
        if not offer_due(log, now):
            return False
        log.last_offered = now
        try:
            self.save(log)
        except OSError:
            return False
        return True

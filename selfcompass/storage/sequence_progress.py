"""A ProgressStore kept in plain files: sequences as TOML (the export format), progress as a small JSON file.

Progress holds only enrolments and completions (dates, days, practice ids, minutes, ratings): never notes or
writing. Files are replaced atomically, so a crash mid-write leaves the previous version intact.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from selfcompass.core.datafile import DataFileError, Problem
from selfcompass.core.i18n import translate
from selfcompass.core.practice import Practice
from selfcompass.core.sequences.follow import Completion, Enrolment, Pace
from selfcompass.core.sequences.loader import load_sequence_file
from selfcompass.core.sequences.model import Sequence
from selfcompass.core.sequences.writer import sequence_to_toml
from selfcompass.storage.files import move_aside, write_atomic

PROGRESS_VERSION = 1


class FileProgressStore:
    """``folder/sequences/<id>.toml`` for the sequences a person imported or started, and
    ``folder/sequence-progress.json`` for where they are. ``problems`` lists anything that could not be read."""

    def __init__(self, folder: Path, library: Mapping[str, Practice]) -> None:
        self._folder = folder
        self._library = library
        self.problems: list[Problem] = []
        self._enrolments: dict[str, Enrolment] = {}
        self._completions: list[Completion] = []
        self._sequences: dict[str, Sequence] = {}
        self._load()

    @property
    def progress_file(self) -> Path:
        return self._folder / "sequence-progress.json"

    @property
    def sequences_folder(self) -> Path:
        return self._folder / "sequences"

    # --- ProgressStore ---------------------------------------------------------------------------------

    def sequences(self) -> list[Sequence]:
        return list(self._sequences.values())

    def save_sequence(self, sequence: Sequence) -> None:
        self.sequences_folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.sequences_folder / f"{sequence.id}.toml", sequence_to_toml(sequence), make_folder=True)
        self._sequences[sequence.id] = sequence

    def enrolments(self) -> list[Enrolment]:
        return list(self._enrolments.values())

    def save_enrolment(self, enrolment: Enrolment) -> None:
        self._enrolments[enrolment.sequence_id] = enrolment
        self._save_progress()

    def completions(self, sequence_id: str | None = None) -> list[Completion]:
        return [c for c in self._completions if sequence_id is None or c.sequence_id == sequence_id]

    def add_completion(self, completion: Completion) -> None:
        key = (completion.sequence_id, completion.day, completion.practice_id)
        if any((c.sequence_id, c.day, c.practice_id) == key for c in self._completions):
            return
        self._completions.append(completion)
        self._save_progress()

    # --- files -----------------------------------------------------------------------------------------

    def _load(self) -> None:
        if self.sequences_folder.is_dir():
            for path in sorted(self.sequences_folder.glob("*.toml")):
                try:
                    seq = load_sequence_file(path, self._library, f"sequences/{path.name}")
                except DataFileError as exc:
                    self.problems.extend(exc.problems)  # e.g. a practice it uses has gone from the library
                    continue
                self._sequences[seq.id] = seq
        if not self.progress_file.is_file():
            return
        try:
            data = json.loads(self.progress_file.read_text(encoding="utf-8"))
            if data.get("version", 0) > PROGRESS_VERSION:
                raise ValueError(translate("Sequences", "it was written by a newer SelfCompass"))
            self._enrolments = {e.sequence_id: e for e in map(_enrolment, data.get("enrolments", []))}
            self._completions = [_completion(c) for c in data.get("completions", [])]
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            kept = self.progress_file.with_suffix(".json.unreadable")
            move_aside(self.progress_file, kept)  # keep it for a person (or support) to look at
            #: {reason} says why, often in the system's own English words.
            self.problems.append(Problem(self.progress_file.name, "", translate("Sequences", "could not be read "
                                                                               "({reason}).").format(reason=exc),
                                         translate("Sequences", "sequence progress starts afresh; the old file is "
                                                   "kept as {file}.").format(file=kept.name)))
            self._enrolments, self._completions = {}, []

    def _save_progress(self) -> None:
        data = {"version": PROGRESS_VERSION,
                "enrolments": [_plain(asdict(e)) for e in self._enrolments.values()],
                "completions": [_plain(asdict(c)) for c in self._completions]}
        write_atomic(self.progress_file, json.dumps(data, indent=1, sort_keys=True), make_folder=True)


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else str(v) if isinstance(v, Pace) else v)
            for k, v in values.items()}


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _enrolment(d: dict[str, Any]) -> Enrolment:
    return Enrolment(str(d["sequence_id"]), date.fromisoformat(d["started_on"]), Pace(d.get("pace", "carry-on")),
                     int(d.get("shift_days", 0)), _day(d.get("paused_on")), _day(d.get("left_on")))


def _completion(d: dict[str, Any]) -> Completion:
    def rating(v: Any) -> int | None:
        return None if v is None else int(v)

    return Completion(str(d["sequence_id"]), int(d["day"]), str(d["practice_id"]), date.fromisoformat(d["on"]),
                      float(d.get("practised_seconds", 0.0)), rating(d.get("rating_before")),
                      rating(d.get("rating_after")))

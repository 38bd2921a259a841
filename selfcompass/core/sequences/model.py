"""The sequence model: days of practices with the coach's notes, and practices the coach wrote."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from selfcompass.core.narration import Script, Speech, StepScript
from selfcompass.core.practice import Practice


@dataclass(frozen=True)
class CustomPractice:
    """A practice written by the coach inside the sequence file.

    ``narration`` is the raw script markup (as in ``audio_scripts/``); when it is empty the narrator
    reads each step's own text and the captions show it, so every custom practice can be followed.
    """

    practice: Practice
    narration: str = ""
    script: Script | None = field(default=None, compare=False, repr=False)

    @property
    def id(self) -> str:
        return self.practice.id

    def effective_script(self) -> Script:
        return self.script if self.script is not None else default_script(self.practice)


def default_script(practice: Practice) -> Script:
    """Narration for a practice with no script of its own: each step's text, spoken once as it begins."""
    steps = tuple(StepScript((Speech(" ".join(step.text.split())),)) for step in practice.steps)
    return Script(practice.id, steps, practice.source)


@dataclass(frozen=True)
class Day:
    """One day of a sequence: practices (by id, in order), the coach's note, an optional journal prompt."""

    note: str
    practices: tuple[str, ...]
    title: str = ""
    journal: str = ""


@dataclass(frozen=True)
class Sequence:
    id: str
    title: str
    author: str
    description: str
    days: tuple[Day, ...]
    contact: str = ""
    start: date | None = None  # None: the sequence starts on the day the person imports it
    custom: tuple[CustomPractice, ...] = ()
    source: str = field(default="", compare=False)

    @property
    def length(self) -> int:
        return len(self.days)

    def custom_by_id(self) -> dict[str, CustomPractice]:
        return {c.id: c for c in self.custom}

    def practice(self, practice_id: str, library: Mapping[str, Practice]) -> Practice | None:
        """The practice for an id: the coach's own first, then the library."""
        for c in self.custom:
            if c.id == practice_id:
                return c.practice
        return library.get(practice_id)

    def script(self, practice_id: str, library_scripts: Mapping[str, Script]) -> Script | None:
        for c in self.custom:
            if c.id == practice_id:
                return c.effective_script()
        return library_scripts.get(practice_id)

    def practice_ids(self) -> list[str]:
        """Every practice id used, once each, in first-use order."""
        seen: dict[str, None] = {}
        for day in self.days:
            for pid in day.practices:
                seen.setdefault(pid, None)
        return list(seen)

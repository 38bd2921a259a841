"""Practices as data: the typed model that the loader builds from TOML and the player runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class Family(StrEnum):
    PAUSE = "pause"
    SELF_COMPASSION = "self-compassion"
    ATTENTION = "attention"
    LEADERSHIP = "leadership"

    @property
    def label(self) -> str:
        return {
            "pause": "Mindful pauses",
            "self-compassion": "Self-compassion",
            "attention": "Attention hygiene",
            "leadership": "Compassionate leadership",
        }[self.value]


class StepKind(StrEnum):
    INSTRUCTION = "instruction"
    BREATHE = "breathe"
    WRITE = "write"
    REFLECT = "reflect"


class BreathPhase(StrEnum):
    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"

    @property
    def label(self) -> str:
        return {"inhale": "Breathe in", "hold_in": "Hold", "exhale": "Breathe out", "hold_out": "Rest"}[self.value]


#: What a person might need right now; the chooser and the library filter use these.
NEEDS = ("calm", "kindness", "focus", "courage", "transition")
#: The three parts of self-compassion (after Kristin Neff) and the two tones it can take.
ASPECTS = ("kindness", "common-humanity", "mindfulness")
TONES = ("tender", "fierce")


@dataclass(frozen=True)
class BreathPattern:
    """Seconds for each phase of one breath, and how many breaths."""

    inhale: float
    hold_in: float
    exhale: float
    hold_out: float
    cycles: int

    @property
    def cycle_seconds(self) -> float:
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    @property
    def total_seconds(self) -> float:
        return self.cycle_seconds * self.cycles

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds

    def phases(self) -> list[tuple[BreathPhase, float]]:
        """The non-empty phases of one breath, in order."""
        seq = [
            (BreathPhase.INHALE, self.inhale),
            (BreathPhase.HOLD_IN, self.hold_in),
            (BreathPhase.EXHALE, self.exhale),
            (BreathPhase.HOLD_OUT, self.hold_out),
        ]
        return [(p, s) for p, s in seq if s > 0]


@dataclass(frozen=True)
class Step:
    kind: StepKind
    text: str
    duration: float
    pattern: BreathPattern | None = None
    prompt: str = ""  # for write steps: the question the answer responds to

    @property
    def waits_for_person(self) -> bool:
        """Writing steps never hurry anyone: the player waits for 'Continue'."""
        return self.kind is StepKind.WRITE


@dataclass(frozen=True)
class Practice:
    id: str
    title: str
    family: Family
    summary: str
    duration: float
    attribution: str
    steps: tuple[Step, ...]
    needs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    aspects: tuple[str, ...] = ()
    tone: str = ""
    source: str = field(default="", compare=False)

    @property
    def minutes_label(self) -> str:
        return duration_label(self.duration)

    @property
    def has_writing(self) -> bool:
        return any(s.kind is StepKind.WRITE for s in self.steps)

    def matches(self, text: str) -> bool:
        """Case-insensitive search: every word typed must start a word of the title, summary, needs or tags."""
        needles = re.findall(r"\w+", text.casefold())
        if not needles:
            return True
        hay = " ".join([self.title, self.summary, self.family.label, *self.needs, *self.tags]).casefold()
        words = re.findall(r"\w+", hay)
        return all(any(w.startswith(n) for w in words) for n in needles)


def duration_label(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} sec"
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return f"{minutes} min"
    if rest == 30:
        return f"{minutes}½ min"
    return f"{minutes} min {rest} s"

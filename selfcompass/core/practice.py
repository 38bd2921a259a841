"""Practices as data: the typed model that the loader builds from TOML and the player runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate


class Family(StrEnum):
    PAUSE = "pause"
    SELF_COMPASSION = "self-compassion"
    ATTENTION = "attention"
    LEADERSHIP = "leadership"

    @property
    def label(self) -> str:
        """The family's name in UK English (the CLI and search use it); ``label_text`` is the shown one."""
        return _FAMILY_LABELS[self.value]

    @property
    def label_text(self) -> str:
        """The family's name in the person's language."""
        return translate("Practice", _FAMILY_LABELS[self.value])


# Shown on screens through label_text; the CLI and search keep the English.
_FAMILY_LABELS = {
    "pause": QT_TRANSLATE_NOOP("Practice", "Mindful pauses"),
    "self-compassion": QT_TRANSLATE_NOOP("Practice", "Self-compassion"),
    "attention": QT_TRANSLATE_NOOP("Practice", "Attention hygiene"),
    "leadership": QT_TRANSLATE_NOOP("Practice", "Compassionate leadership"),
}


class StepKind(StrEnum):
    INSTRUCTION = "instruction"
    BREATHE = "breathe"
    WRITE = "write"
    REFLECT = "reflect"
    # Quiet time the person sets the length of: no words, only a bell (see ``with_minutes``).
    TIMER = "timer"


class BreathPhase(StrEnum):
    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"

    @property
    def label(self) -> str:
        """The phase's word in UK English; ``label_text`` is the shown one."""
        return _PHASE_LABELS[self.value]

    @property
    def label_text(self) -> str:
        """The phase's word in the person's language."""
        return translate("Practice", _PHASE_LABELS[self.value])


_PHASE_LABELS = {
    "inhale": QT_TRANSLATE_NOOP("Practice", "Breathe in"),
    #: The breath held after breathing in.
    "hold_in": QT_TRANSLATE_NOOP("Practice", "Hold"),
    "exhale": QT_TRANSLATE_NOOP("Practice", "Breathe out"),
    #: The pause after breathing out.
    "hold_out": QT_TRANSLATE_NOOP("Practice", "Rest"),
}


# What a person might need right now; the chooser and the library filter use these.
NEEDS = ("calm", "kindness", "focus", "courage", "transition")
# The three parts of self-compassion (after Kristin Neff) and the two tones it can take.
ASPECTS = ("kindness", "common-humanity", "mindfulness")
TONES = ("tender", "fierce")

# The need choices, in the order the UI shows them, with the words it shows (UK English: see ``need_label``).
NEED_LABELS: dict[str, str] = {
    "calm": QT_TRANSLATE_NOOP("Practice", "Calm"),
    "kindness": QT_TRANSLATE_NOOP("Practice", "Kindness"),
    "focus": QT_TRANSLATE_NOOP("Practice", "Focus"),
    "courage": QT_TRANSLATE_NOOP("Practice", "Courage"),
    "transition": QT_TRANSLATE_NOOP("Practice", "A transition"),
}


def need_label(need: str) -> str:
    """The words for a need (a key of NEED_LABELS) in the person's language."""
    return translate("Practice", NEED_LABELS[need])


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
    def is_timer(self) -> bool:
        """An unguided timer: the person chooses the minutes and a bell; nothing is said."""
        return any(s.kind is StepKind.TIMER for s in self.steps)

    @property
    def has_writing(self) -> bool:
        return any(s.kind is StepKind.WRITE for s in self.steps)

    def matches(self, text: str) -> bool:
        """Case-insensitive search: every word typed must start a word of the title, summary, needs or tags."""
        needles = re.findall(r"\w+", text.casefold())
        if not needles:
            return True
        hay = " ".join([self.title, self.summary, self.family.label, self.family.label_text, *self.needs,
                        *self.tags]).casefold()
        words = re.findall(r"\w+", hay)
        return all(any(w.startswith(n) for w in words) for n in needles)


# The unguided timer's choices: whole minutes from TIMER_SHORTEST to TIMER_LONGEST, and a bell every so many
# minutes (0: no bell until the end).
TIMER_SHORTEST, TIMER_LONGEST = 1, 30
BELL_EVERY_CHOICES = (0, 1, 2, 5)


def with_minutes(practice: Practice, minutes: int) -> Practice:
    """The timer ``practice`` set to run for ``minutes`` (kept between the shortest and longest allowed).

    A timer practice has one timer step; the copy's step and duration are the chosen length, so the run, the
    progress bar and the saved record all follow the person's choice.
    """
    if not practice.is_timer:
        raise ValueError(f"{practice.id} is not a timer")
    seconds = float(min(max(int(minutes), TIMER_SHORTEST), TIMER_LONGEST) * 60)
    steps = tuple(replace(s, duration=seconds) if s.kind is StepKind.TIMER else s for s in practice.steps)
    return replace(practice, duration=sum(s.duration for s in steps), steps=steps)


def duration_label(seconds: float) -> str:
    """A practice's length as the library shows it: "40 sec", "3 min", "2½ min", "1 min 40 sec"."""
    seconds = round(seconds)
    if seconds < 60:
        return translate("Durations", "{seconds} sec").format(seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return translate("Durations", "{minutes} min").format(minutes=minutes)
    if rest == 30:
        #: Minutes and a half, such as "2½ min".
        return translate("Durations", "{minutes}½ min").format(minutes=minutes)
    return translate("Durations", "{minutes} min {seconds} sec").format(minutes=minutes, seconds=rest)

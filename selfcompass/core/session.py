"""The guided session as a small state machine driven by an injected clock.

The player calls :meth:`PracticeRun.tick` from a timer; the run works out, from the clock alone, which step
is current, where the breath is, which caption is due, and returns the events since the last tick. Tests move
a :class:`~selfcompass.core.clock.ManualClock` and call ``tick`` by hand: a five-minute practice runs in
milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from selfcompass.core.clock import Clock
from selfcompass.core.i18n import translate
from selfcompass.core.narration import DEFAULT_CUES, DEFAULT_WPM, Script, StepScript, TimedCaption, captions
from selfcompass.core.practice import BreathPhase, Practice, Step, StepKind
from selfcompass.core.records import Outcome, SessionRecord, WritingAnswer


class RunState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def over(self) -> bool:
        return self in (RunState.FINISHED, RunState.STOPPED)


@dataclass(frozen=True)
class StepStarted:
    index: int
    step: Step


@dataclass(frozen=True)
class CaptionDue:
    text: str


@dataclass(frozen=True)
class BreathChanged:
    phase: BreathPhase
    cycle: int
    cue: str  # the word to speak now, or "" to stay quiet


@dataclass(frozen=True)
class WaitingForPerson:
    index: int


@dataclass(frozen=True)
class RunEnded:
    outcome: Outcome


@dataclass(frozen=True)
class BellDue:
    """Ring the bell: a timer step has begun, reached one of its intervals, or come to its end."""

    seconds: float  # into the step


Event = StepStarted | CaptionDue | BreathChanged | WaitingForPerson | RunEnded | BellDue


@dataclass(frozen=True)
class BreathView:
    """Where the breath is now: enough to draw the pacer and write its label."""

    phase: BreathPhase
    phase_seconds: float
    phase_elapsed: float
    cycle: int
    cycles: int

    @property
    def phase_remaining(self) -> float:
        return max(0.0, self.phase_seconds - self.phase_elapsed)

    @property
    def fraction(self) -> float:
        return min(1.0, self.phase_elapsed / self.phase_seconds) if self.phase_seconds else 1.0

    @property
    def expansion(self) -> float:
        """0 (empty lungs) to 1 (full): the pacer's size. Eased so it starts and ends gently."""
        f = self.fraction
        eased = f * f * (3 - 2 * f)
        return {
            BreathPhase.INHALE: eased,
            BreathPhase.HOLD_IN: 1.0,
            BreathPhase.EXHALE: 1.0 - eased,
            BreathPhase.HOLD_OUT: 0.0,
        }[self.phase]

    @property
    def count(self) -> int:
        """The whole seconds left in this phase, counted down (4, 3, 2, 1)."""
        return max(1, int(self.phase_remaining + 0.999))


class PracticeRun:
    """One run of a practice, from start to finished or stopped."""

    def __init__(self, practice: Practice, clock: Clock, script: Script | None = None,
                 wpm: float = DEFAULT_WPM, bell_every: float = 0.0) -> None:
        """``bell_every``: seconds between bells in a timer step (0: a bell at its start and end only)."""
        self.practice = practice
        self._clock = clock
        self._script = script
        self._wpm = wpm
        self._bell_every = max(0.0, bell_every)
        self._bells_rung = 0  # interval bells rung in this step
        self.state = RunState.READY
        self.index = 0
        self._step_base = 0.0  # seconds of this step run before the last resume
        self._resumed_at = 0.0
        self._practised_before = 0.0  # seconds of earlier steps actually run
        self._captions: list[TimedCaption] = []
        self._caption_next = 0
        self._breath_key: tuple[int, BreathPhase] | None = None
        self._waiting_told = False
        self.caption = ""
        self.answers: dict[int, str] = {}
        self.started_at = clock.now()
        self.ended_at = self.started_at

    # -- reading the state -------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.practice.steps[self.index]

    @property
    def step_script(self) -> StepScript | None:
        if self._script is None or self.index >= len(self._script.steps):
            return None
        return self._script.steps[self.index]

    def step_elapsed(self) -> float:
        running = self._clock.monotonic() - self._resumed_at if self.state is RunState.RUNNING else 0.0
        return self._step_base + running

    def step_length(self) -> float:
        """How long this step runs: its duration, or longer when its last line would otherwise be cut short.

        Scripts fit their steps at 120 words a minute (the slowest pace Settings allow); a voice read slower than
        its estimate still finishes its sentence before the next step begins.
        """
        if self.step.waits_for_person or not self._captions:
            return self.step.duration
        return max(self.step.duration, self._captions[-1].end)

    def step_remaining(self) -> float:
        return max(0.0, self.step_length() - self.step_elapsed())

    def practised_seconds(self) -> float:
        current = 0.0 if self.state.over else min(self.step_elapsed(), self.step.duration)
        return self._practised_before + current

    def remaining_seconds(self) -> float:
        later = sum(s.duration for s in self.practice.steps[self.index + 1:])
        return 0.0 if self.state.over else self.step_remaining() + later

    def progress(self) -> float:
        if self.state is RunState.FINISHED:
            return 1.0
        done = sum(s.duration for s in self.practice.steps[: self.index])
        return min(1.0, (done + min(self.step_elapsed(), self.step.duration)) / self.practice.duration)

    @property
    def waiting(self) -> bool:
        """A writing step whose suggested time is up: the run waits for the person."""
        return self.step.waits_for_person and self.step_elapsed() >= self.step.duration

    def breath(self) -> BreathView | None:
        step = self.step
        if step.kind is not StepKind.BREATHE or step.pattern is None or self.state is RunState.READY:
            return None
        t = min(self.step_elapsed(), step.duration - 1e-9)
        cycle, within = divmod(max(0.0, t), step.pattern.cycle_seconds)
        for phase, seconds in step.pattern.phases():
            if within < seconds:
                return BreathView(phase, seconds, within, int(cycle), step.pattern.cycles)
            within -= seconds
        phase, seconds = step.pattern.phases()[-1]
        return BreathView(phase, seconds, seconds, int(cycle), step.pattern.cycles)

    # -- commands ------------------------------------------------------------------------------
    def start(self) -> list[Event]:
        if self.state is not RunState.READY:
            return []
        self.started_at = self._clock.now()
        self.state = RunState.RUNNING
        return self._enter_step(0)

    def pause(self) -> None:
        if self.state is RunState.RUNNING:
            self._step_base = self.step_elapsed()
            self.state = RunState.PAUSED

    def resume(self) -> None:
        if self.state is RunState.PAUSED:
            self._resumed_at = self._clock.monotonic()
            self.state = RunState.RUNNING

    def toggle_pause(self) -> None:
        if self.state is RunState.RUNNING:
            self.pause()
        else:
            self.resume()

    def skip(self) -> list[Event]:
        """Move on to the next step now (also how a writing step is continued)."""
        if self.state not in (RunState.RUNNING, RunState.PAUSED):
            return []
        was_paused = self.state is RunState.PAUSED
        events = self._advance()
        if was_paused and not self.state.over:
            self.pause()
        return events

    def stop(self) -> list[Event]:
        if self.state.over or self.state is RunState.READY:
            if self.state is RunState.READY:
                self.state = RunState.STOPPED
                self.ended_at = self._clock.now()
                return [RunEnded(Outcome.STOPPED)]
            return []
        self._practised_before += min(self.step_elapsed(), self.step_length())
        self.state = RunState.STOPPED
        self.ended_at = self._clock.now()
        return [RunEnded(Outcome.STOPPED)]

    def set_answer(self, step_index: int, text: str) -> None:
        self.answers[step_index] = text

    def tick(self) -> list[Event]:
        """Everything that has happened since the last tick, in order."""
        events: list[Event] = []
        guard = len(self.practice.steps) + 1
        while self.state is RunState.RUNNING and guard:
            guard -= 1
            events.extend(self._step_events())
            if self.step.waits_for_person:
                if self.waiting and not self._waiting_told:
                    self._waiting_told = True
                    events.append(WaitingForPerson(self.index))
                break
            if self.step_elapsed() < self.step_length():
                break
            # The step is over: carry any overshoot into the next one so a late tick loses no time.
            overshoot = self.step_elapsed() - self.step_length()
            if self.step.kind is StepKind.TIMER:
                events.append(BellDue(self.step.duration))  # the end of quiet time, rung only when it is reached
            events.extend(self._advance(carry=overshoot))
        return events

    # -- the record ------------------------------------------------------------------------------
    def record(self, rating_before: int | None = None, rating_after: int | None = None,
               note: str = "") -> SessionRecord:
        outcome = Outcome.FINISHED if self.state is RunState.FINISHED else Outcome.STOPPED
        writings = tuple(
            WritingAnswer(i, self.practice.steps[i].prompt, text)
            for i, text in sorted(self.answers.items()) if text.strip()
        )
        return SessionRecord(
            practice_id=self.practice.id, practice_title=self.practice.title,
            family=self.practice.family.value, started_at=self.started_at, ended_at=self.ended_at,
            planned_seconds=self.practice.duration, practised_seconds=round(self.practised_seconds(), 1),
            outcome=outcome, rating_before=rating_before, rating_after=rating_after, note=note,
            writings=writings,
        )

    # -- internals ------------------------------------------------------------------------------
    def _advance(self, carry: float = 0.0) -> list[Event]:
        self._practised_before += min(self.step_elapsed() - carry, self.step_length())
        if self.index + 1 >= len(self.practice.steps):
            self.state = RunState.FINISHED
            self.ended_at = self._clock.now()
            self.caption = ""
            return [RunEnded(Outcome.FINISHED)]
        events = self._enter_step(self.index + 1, carry)
        return events

    def _enter_step(self, index: int, carry: float = 0.0) -> list[Event]:
        self.index = index
        self._step_base = carry
        self._resumed_at = self._clock.monotonic()
        self._breath_key = None
        self._waiting_told = False
        self._bells_rung = 0
        script = self.step_script
        self._captions = captions(script, self._wpm) if script else []
        self._caption_next = 0
        self.caption = ""
        start: list[Event] = [BellDue(0.0)] if self.step.kind is StepKind.TIMER else []
        return [StepStarted(index, self.step), *start, *self._step_events()]

    def _step_events(self) -> list[Event]:
        events: list[Event] = []
        elapsed = self.step_elapsed()
        while self._caption_next < len(self._captions) and self._captions[self._caption_next].start <= elapsed:
            self.caption = self._captions[self._caption_next].text
            self._caption_next += 1
            events.append(CaptionDue(self.caption))
        if self.step.kind is StepKind.TIMER and self._bell_every > 0:
            # Interval bells strictly inside the step: the end has its own bell, rung once.
            while True:
                due = (self._bells_rung + 1) * self._bell_every
                if due >= self.step.duration - 1e-6 or due > elapsed:
                    break
                self._bells_rung += 1
                events.append(BellDue(due))
        view = self.breath()
        if view is not None:
            key = (view.cycle, view.phase)
            if key != self._breath_key:
                self._breath_key = key
                events.append(BreathChanged(view.phase, view.cycle, self._cue_for(view)))
        return events

    def _cue_for(self, view: BreathView) -> str:
        script = self.step_script
        intro_end = self._captions[-1].end if self._captions else 0.0
        phase_start = self.step_elapsed() - view.phase_elapsed
        if phase_start < intro_end - 0.05:
            return ""  # let the introduction finish before cueing
        if script is not None and script.cues is not None:
            return script.cues.word_for(view.phase, view.cycle)  # the script's own words, in its language
        word = DEFAULT_CUES.word_for(view.phase, view.cycle)
        return translate("Narration", word) if word else ""

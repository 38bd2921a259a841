"""The session state machine: timing, pause, skip, stop, breath phases and cues, all on a manual clock."""

from __future__ import annotations

import pytest
from doubles import ManualClock

from selfcompass.core.narration import parse_script
from selfcompass.core.practice import BreathPattern, BreathPhase, Family, Practice, Step, StepKind
from selfcompass.core.records import Outcome
from selfcompass.core.session import (
    BreathChanged,
    CaptionDue,
    PracticeRun,
    RunEnded,
    RunState,
    StepStarted,
    WaitingForPerson,
)


def practice(*steps: Step) -> Practice:
    return Practice("test", "Test", Family.PAUSE, "A test.", sum(s.duration for s in steps), "Written here.",
                    tuple(steps))


INTRO = Step(StepKind.INSTRUCTION, "Settle.", 10)
BREATH = Step(StepKind.BREATHE, "Breathe.", 24, BreathPattern(4, 2, 6, 0, 2))
WRITE = Step(StepKind.WRITE, "Write.", 30, prompt="What would you say to a friend?")
END = Step(StepKind.REFLECT, "Notice.", 5)


def test_runs_through_every_step_in_order() -> None:
    clock = ManualClock()
    run = PracticeRun(practice(INTRO, BREATH, END), clock)
    events = run.start()
    assert events[0] == StepStarted(0, INTRO)
    clock.advance(10)
    assert StepStarted(1, BREATH) in run.tick()
    clock.advance(24)
    assert StepStarted(2, END) in run.tick()
    clock.advance(5)
    assert run.tick()[-1] == RunEnded(Outcome.FINISHED)
    assert run.state is RunState.FINISHED
    assert run.practised_seconds() == pytest.approx(39)
    assert run.progress() == 1.0


def test_a_late_tick_carries_overshoot_and_can_cross_several_steps() -> None:
    clock = ManualClock()
    run = PracticeRun(practice(INTRO, BREATH, END), clock)
    run.start()
    clock.advance(10 + 24 + 2)
    events = run.tick()
    assert [e.index for e in events if isinstance(e, StepStarted)] == [1, 2]
    assert run.index == 2
    assert run.step_elapsed() == pytest.approx(2)


def test_pause_freezes_time_and_resume_continues() -> None:
    clock = ManualClock()
    run = PracticeRun(practice(INTRO, END), clock)
    run.start()
    clock.advance(4)
    run.pause()
    clock.advance(600)
    assert run.tick() == []
    assert run.step_elapsed() == pytest.approx(4)
    run.resume()
    clock.advance(6)
    assert StepStarted(1, END) in run.tick()


def test_breath_phases_follow_the_pattern_and_the_pacer_grows_and_shrinks() -> None:
    clock = ManualClock()
    run = PracticeRun(practice(BREATH), clock)
    seen = [(e.cycle, e.phase) for e in run.start() if isinstance(e, BreathChanged)]
    sizes = []
    for _ in range(24 * 4):
        view = run.breath()
        assert view is not None
        sizes.append(view.expansion)
        for e in run.tick():
            if isinstance(e, BreathChanged):
                seen.append((e.cycle, e.phase))
        clock.advance(0.25)
    phases = [BreathPhase.INHALE, BreathPhase.HOLD_IN, BreathPhase.EXHALE]
    assert seen[:6] == [(0, p) for p in phases] + [(1, p) for p in phases]
    assert min(sizes) == pytest.approx(0, abs=0.01)
    assert max(sizes) == pytest.approx(1, abs=0.01)
    clock.advance(0.1)
    assert isinstance(run.tick()[-1], RunEnded)


def test_breath_view_counts_down_whole_seconds() -> None:
    clock = ManualClock()
    run = PracticeRun(practice(BREATH), clock)
    run.start()
    clock.advance(0.5)
    view = run.breath()
    assert view is not None and view.phase is BreathPhase.INHALE and view.count == 4
    clock.advance(3)
    assert run.breath().count == 1  # type: ignore[union-attr]


def test_cues_wait_for_the_introduction_and_stop_after_the_cycles_asked_for() -> None:
    script, problems = parse_script('[step 1]\n[cues in="In" hold="Hold" out="Out" cycles=1]\nBreathe with me.\n',
                                    "test", "test.txt")
    assert not problems and script is not None
    clock = ManualClock()
    run = PracticeRun(practice(BREATH), clock, script)
    events = run.start()
    assert CaptionDue("Breathe with me.") in events
    cues = []
    for _ in range(24 * 4):
        clock.advance(0.25)
        cues += [e.cue for e in run.tick() if isinstance(e, BreathChanged)]
    # The first in-breath starts under the introduction (no cue); cueing stops after one breath.
    assert cues[:2] == ["Hold", "Out"]
    assert set(cues[2:]) <= {""}


def test_writing_steps_wait_for_the_person() -> None:
    clock = ManualClock()
    run = PracticeRun(practice(WRITE, END), clock)
    run.start()
    clock.advance(30)
    assert run.tick() == [WaitingForPerson(0)]
    clock.advance(300)
    assert run.tick() == []
    assert run.index == 0 and run.waiting
    run.set_answer(0, "Be gentle with yourself.")
    assert StepStarted(1, END) in run.skip()
    clock.advance(5)
    run.tick()
    record = run.record(rating_after=4)
    assert record.outcome is Outcome.FINISHED
    assert record.writings[0].text == "Be gentle with yourself."
    assert record.writings[0].prompt == WRITE.prompt
    assert record.rating_after == 4


def test_stop_records_what_was_practised_and_is_kind_about_it() -> None:
    clock = ManualClock()
    run = PracticeRun(practice(INTRO, BREATH), clock)
    run.start()
    clock.advance(7)
    assert run.stop() == [RunEnded(Outcome.STOPPED)]
    assert run.stop() == []
    assert run.tick() == []
    record = run.record()
    assert record.outcome is Outcome.STOPPED
    assert record.practised_seconds == pytest.approx(7)


def test_skip_while_paused_stays_paused_and_skip_on_last_step_finishes() -> None:
    clock = ManualClock()
    run = PracticeRun(practice(INTRO, END), clock)
    run.start()
    run.pause()
    run.skip()
    assert run.index == 1 and run.state is RunState.PAUSED
    assert run.skip() == [RunEnded(Outcome.FINISHED)]


def test_captions_follow_the_script_timeline() -> None:
    script, _ = parse_script("[step 1]\nFirst line. [pause 3] Second line.\n", "test", "t.txt")
    clock = ManualClock()
    run = PracticeRun(practice(INTRO), clock, script)
    assert CaptionDue("First line.") in run.start()
    clock.advance(1)
    assert run.tick() == []
    clock.advance(4)
    assert run.tick() == [CaptionDue("Second line.")]
    assert run.caption == "Second line."


def test_a_line_read_slower_than_its_step_is_never_cut_short() -> None:
    """At a pace slower than the script was fitted to, the step waits for its last line, then moves on."""
    clock = ManualClock()
    script, problems = parse_script("[step 1]\nLet your shoulders drop, and let the breath find its own pace now.\n"
                                    "[step 2]\nNotice.\n", "test", "test.txt")
    assert script is not None and not problems
    short = Step(StepKind.INSTRUCTION, "Settle.", 3)
    run = PracticeRun(practice(short, END), clock, script, wpm=60)
    run.start()
    last_line_ends = 13 * 60 / 60 + 0.35  # thirteen words at 60 a minute, and a sentence's gap
    assert run.step_length() == pytest.approx(last_line_ends)
    clock.advance(3)
    assert not [e for e in run.tick() if isinstance(e, StepStarted)]
    assert run.index == 0 and run.step_remaining() > 0
    clock.advance(last_line_ends - 3)
    assert StepStarted(1, END) in run.tick()


def test_at_the_paces_settings_allow_every_step_keeps_its_own_length() -> None:
    from selfcompass.core.settings import BY_KEY

    slowest = BY_KEY["speech_rate"].minimum
    assert slowest is not None and slowest >= 120  # meditation pace: every script fits it (tests/content)
    script, _ = parse_script("[step 1]\nSettle.\n[step 2]\nNotice.\n", "test", "test.txt")
    run = PracticeRun(practice(INTRO, END), ManualClock(), script, wpm=slowest)
    run.start()
    assert run.step_length() == INTRO.duration

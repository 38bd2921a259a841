"""The unguided timer: a quiet practice the person sets the length of, with a bell at its start, its chosen
intervals and its end, run on a manual clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from doubles import ManualClock

from selfcompass.core.datafile import DataFileError
from selfcompass.core.narration import check_against, parse_script
from selfcompass.core.practice import TIMER_LONGEST, TIMER_SHORTEST, StepKind, with_minutes
from selfcompass.core.practice_loader import load_library, practice_from_mapping
from selfcompass.core.records import Outcome
from selfcompass.core.session import BellDue, PracticeRun, RunEnded, RunState

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(ROOT / "practices", ROOT / "audio_scripts")
TIMER = LIBRARY.practices["unguided-timer"]


def run_for(minutes: int, bell_every_minutes: int) -> tuple[PracticeRun, list[float]]:
    clock = ManualClock()
    run = PracticeRun(with_minutes(TIMER, minutes), clock, LIBRARY.scripts[TIMER.id],
                      bell_every=bell_every_minutes * 60.0)
    events = run.start()
    while not run.state.over:
        clock.advance(0.25)
        events += run.tick()
    assert isinstance(events[-1], RunEnded)
    return run, [e.seconds for e in events if isinstance(e, BellDue)]


def test_the_shipped_timer_is_one_quiet_step_in_the_pause_family() -> None:
    assert TIMER.is_timer and [s.kind for s in TIMER.steps] == [StepKind.TIMER]
    assert LIBRARY.scripts[TIMER.id].spoken_text == ""
    assert not any(p.is_timer for p in LIBRARY.practices.values() if p.id != TIMER.id)


@pytest.mark.parametrize(("minutes", "every", "bells"), [
    (3, 0, [0, 180]),
    (3, 1, [0, 60, 120, 180]),
    (5, 2, [0, 120, 240, 300]),
    (10, 5, [0, 300, 600]),
    (5, 5, [0, 300]),  # an interval that lands on the end rings once
])
def test_bells_ring_at_the_start_each_interval_and_the_end(minutes: int, every: int, bells: list[float]) -> None:
    run, rung = run_for(minutes, every)
    assert rung == bells
    record = run.record()
    assert record.outcome is Outcome.FINISHED
    assert record.planned_seconds == minutes * 60
    assert record.practised_seconds == pytest.approx(minutes * 60)


def test_the_chosen_minutes_stay_within_the_allowed_range() -> None:
    assert with_minutes(TIMER, 0).duration == TIMER_SHORTEST * 60
    assert with_minutes(TIMER, 90).duration == TIMER_LONGEST * 60
    assert with_minutes(TIMER, 12).steps[0].duration == 720
    with pytest.raises(ValueError):
        with_minutes(LIBRARY.practices["box-breathing"], 5)


def test_stopping_or_finishing_early_rings_no_end_bell() -> None:
    clock = ManualClock()
    run = PracticeRun(with_minutes(TIMER, 2), clock, bell_every=60)
    assert [e for e in run.start() if isinstance(e, BellDue)] == [BellDue(0.0)]
    clock.advance(30)
    assert not [e for e in run.tick() if isinstance(e, BellDue)]
    run.toggle_pause()
    clock.advance(600)  # paused: time stands still, no bells
    assert run.tick() == []
    run.toggle_pause()
    assert [e for e in run.skip() if isinstance(e, BellDue)] == []
    assert run.state is RunState.FINISHED
    assert run.record().practised_seconds == pytest.approx(30)


def _timer_data(**more: object) -> dict[str, object]:
    data: dict[str, object] = {
        "schema": 1, "id": "quiet", "title": "Quiet", "family": "pause", "summary": "Quiet time.",
        "duration": 60, "attribution": "Written for SelfCompass.",
        "steps": [{"kind": "timer", "text": "Rest.", "duration": 60}]}
    data.update(more)
    return data


def test_a_timer_practice_has_exactly_one_step() -> None:
    assert practice_from_mapping(_timer_data(), "quiet.toml").is_timer
    two = _timer_data(duration=70, steps=[{"kind": "instruction", "text": "Hello.", "duration": 10},
                                          {"kind": "timer", "text": "Rest.", "duration": 60}])
    with pytest.raises(DataFileError, match="a timer practice has 2 steps"):
        practice_from_mapping(two, "quiet.toml")


def test_a_timer_step_says_nothing() -> None:
    practice = practice_from_mapping(_timer_data(), "quiet.toml")
    quiet, _ = parse_script("[step 1]\n", "quiet", "quiet.txt")
    assert quiet is not None and check_against(quiet, practice) == []
    talking, _ = parse_script("[step 1]\nBreathe in.\n", "quiet", "quiet.txt")
    assert talking is not None
    [problem] = check_against(talking, practice)
    assert "timer step is quiet" in str(problem)

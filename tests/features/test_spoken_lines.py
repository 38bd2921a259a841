"""Narration is prepared for exactly what a run will say, in the order it says it (issue 24)."""

from __future__ import annotations

import pytest
from doubles import ManualClock

from selfcompass.app import load_default_library
from selfcompass.core.library import Library
from selfcompass.core.narration import Script
from selfcompass.core.practice import Practice
from selfcompass.core.session import BreathChanged, CaptionDue, PracticeRun, RunState
from selfcompass.features.practice import spoken_lines


@pytest.fixture(scope="module")
def library() -> Library:
    return load_default_library()


def said_by_a_run(practice: Practice, script: Script, wpm: float) -> list[str]:
    """Every line a run hands the player to speak, ticked through with a manual clock (ordered, each once)."""
    clock = ManualClock()
    run = PracticeRun(practice, clock, script, wpm=wpm)
    lines: dict[str, None] = {}
    events = run.start()
    while True:
        for event in events:
            text = event.text if isinstance(event, CaptionDue) else ""
            text = event.cue if isinstance(event, BreathChanged) else text
            if text:
                lines[text] = None
        if run.state is not RunState.RUNNING:
            break
        if run.waiting:
            events = run.skip()
            continue
        clock.advance(0.05)
        events = run.tick()
    return list(lines)


def test_every_shipped_practice_prepares_what_its_run_says(library: Library) -> None:
    checked = 0
    for practice_id, practice in library.practices.items():
        script = library.scripts.get(practice_id)
        if script is None:
            continue
        for wpm in (120, 160, 220):
            assert spoken_lines(practice, script, wpm) == said_by_a_run(practice, script, wpm), (practice_id, wpm)
        checked += 1
    assert checked > 20


def test_whole_step_texts_are_not_prepared(library: Library) -> None:
    practice = library.practices["box-breathing"]
    script = library.scripts["box-breathing"]
    lines = spoken_lines(practice, script, 160)
    multi = [step.spoken_text for step in script.steps if len(step.segments) > 1]
    assert multi and not set(multi) & set(lines)

"""A whole session driven through the real widgets, offscreen, on a manual clock."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from selfcompass.core.practice import BreathPhase
from selfcompass.core.records import Outcome
from selfcompass.storage import open_database


def advance(app, seconds: float, step: float = 0.5) -> None:
    """Move the clock and fire the player's ticker as a real timer would."""
    ticker = app.test_tickers["player-tick"]
    remaining = seconds
    while remaining > 1e-9:
        dt = min(step, remaining)
        app.test_clock.advance(dt)
        remaining -= dt
        ticker.fire()


def test_a_whole_session_from_library_to_database_row(make_app, qtbot) -> None:
    app = make_app(voice_enabled=True)
    win = app.window
    win.show()
    started = time.perf_counter()
    library = win.library_view
    library.search.setText("box")
    assert [p.id for p in library.visible_practices()] == ["box-breathing"]
    assert library.select("box-breathing")
    qtbot.mouseClick(library.detail.start_button, Qt.MouseButton.LeftButton)
    player = app.player
    assert win.pages.currentWidget() is player
    assert player.step_text.text().startswith("Sit or stand")
    assert player.caption.text() == "Let's take a couple of minutes."
    assert app.test_narrator.said == ["Let's take a couple of minutes."]

    advance(app, 12.25)
    assert player.pacer.isVisible()
    assert player.pacer._view.phase is BreathPhase.INHALE
    small = player.pacer.radius_fraction()
    advance(app, 3)
    assert player.pacer.radius_fraction() > small  # grows on the in-breath
    assert app.test_tickers["player-tick"].interval_ms == 33  # smooth while the pacer moves
    advance(app, 1)
    assert player.pacer._view.phase is BreathPhase.HOLD_IN
    advance(app, 4)
    assert player.pacer._view.phase is BreathPhase.EXHALE
    big = player.pacer.radius_fraction()
    advance(app, 2)
    assert player.pacer.radius_fraction() < big  # shrinks on the out-breath
    assert "Hold" in app.test_narrator.said and "Out" in app.test_narrator.said

    qtbot.keyClick(player, Qt.Key.Key_Space)  # pause
    assert player.pause_button.text() == "&Resume"
    assert app.test_tickers["player-tick"].interval_ms is None  # nothing ticks while paused
    assert "pause" in app.test_narrator.calls
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert "resume" in app.test_narrator.calls

    qtbot.mouseClick(player.skip_button, Qt.MouseButton.LeftButton)  # skip the rest of the breathing
    assert player.step_of.text() == "Step 3 of 3"
    advance(app, 8)
    assert player.stack.currentIndex() == 1
    assert player.end_title.text() == "Thank you for taking this time."
    qtbot.mouseClick(player.feelings.button(4), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(player.note, "Shoulders lower.")
    qtbot.mouseClick(player.done_button, Qt.MouseButton.LeftButton)
    driven = time.perf_counter() - started
    assert win.pages.currentWidget() is library
    qtbot.waitUntil(lambda: bool(app.recorded), timeout=10_000)
    print(f"session driven in {driven * 1000:.0f} ms")

    app.shutdown()
    with open_database(app.paths) as db:
        [row] = db.sessions.recent()
    assert row.practice_id == "box-breathing"
    assert row.outcome is Outcome.FINISHED
    assert row.rating_after == 4
    assert row.note == "Shoulders lower."
    assert row.practised_seconds == pytest.approx(12 + 10.25 + 8, abs=0.1)


def test_stopping_with_escape_is_recorded_kindly(make_app, qtbot) -> None:
    app = make_app(ask_feeling=False)
    app.window.show()
    app.start_practice("box-breathing")
    advance(app, 5)
    qtbot.keyClick(app.player.pause_button, Qt.Key.Key_Escape)
    assert app.player.end_title.text() == "Stopping is fine."
    assert not app.player.feelings.button(1).isVisible()
    app.player.finish()
    qtbot.waitUntil(lambda: bool(app.recorded), timeout=10_000)


def test_closing_mid_session_keeps_the_session(make_app, qtbot) -> None:
    app = make_app()
    app.window.show()
    app.start_practice("box-breathing")
    advance(app, 3)
    app.window.close()
    with open_database(app.paths) as db:
        [row] = db.sessions.recent()
    assert row.outcome is Outcome.STOPPED


def test_without_a_speech_engine_the_captions_carry_on(make_app, qtbot) -> None:
    from selfcompass.speech.narrator import SilentNarrator

    reason = "Spoken guidance isn't available on this computer, so the words will stay on screen."
    app = make_app(narrator=SilentNarrator(reason), voice_enabled=True)
    app.window.show()
    app.start_practice("box-breathing")
    assert app.window.notice.text() == reason
    assert app.player.caption.text() == "Let's take a couple of minutes."
    advance(app, 100)
    assert app.player.stack.currentIndex() == 1  # reached the end screen


def test_reduced_motion_keeps_the_pacer_still(make_app) -> None:
    app = make_app(reduced_motion=True)
    app.window.show()
    app.start_practice("box-breathing")
    advance(app, 13)
    first = app.player.pacer.radius_fraction()
    advance(app, 2)
    assert app.player.pacer.radius_fraction() == first == 1.0
    assert app.test_tickers["player-tick"].interval_ms == 250  # no animation frames at all
    assert app.player.pacer.accessibleDescription() == "Breathe in"


def test_every_practice_opens_and_runs_to_its_end(make_app) -> None:
    app = make_app()
    app.window.show()
    for practice in app.library.sorted():
        app.start_practice(practice.id)
        for _ in range(len(practice.steps) + 1):
            advance(app, practice.duration + 1, step=5)
            if app.player.stack.currentIndex() == 1:
                break
            app.player.skip()  # a writing step waits for Continue
        assert app.player.stack.currentIndex() == 1, practice.id
        app.player.finish()
    assert app.window.pages.currentWidget() is app.window.library_view

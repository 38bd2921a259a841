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
    qtbot.waitUntil(lambda: bool(app.recorded), timeout=10_000)
    assert player.saved_label.text() == "Saved to your journal."  # a note: the end screen says where it went
    qtbot.mouseClick(player.done_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.home  # back where it started from (the list was never opened)
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
    from selfcompass.core.lazy import Lazy

    app = make_app()
    app.practice.bell = Lazy(FakeBell)
    app.window.show()
    for practice in app.library.sorted():
        app.start_practice(practice.id)
        if practice.is_timer:
            app.player.start_timer()  # the setup page's Start, with its first choices
        for _ in range(len(practice.steps) + 1):
            advance(app, practice.duration + 1, step=5)
            if app.player.stack.currentIndex() == 1:
                break
            app.player.skip()  # a writing step waits for Continue
        assert app.player.stack.currentIndex() == 1, practice.id
        app.player.finish()
    assert app.window.pages.currentWidget() is app.window.home  # back where they started from


class FakeBell:
    def __init__(self) -> None:
        self.rings: list[float] = []
        self.clock = None

    def ring(self) -> None:
        self.rings.append(self.clock.monotonic() if self.clock else 0.0)

    def set_volume(self, volume: float) -> None:
        pass


def test_the_unguided_timer_asks_how_long_then_runs_quietly_with_its_bells(make_app, qtbot) -> None:
    from selfcompass.core.lazy import Lazy

    app = make_app(voice_enabled=True)
    bell = FakeBell()
    bell.clock = app.test_clock
    app.practice.bell = Lazy(lambda: bell)
    win = app.window
    win.show()
    library = win.library_view
    assert library.select("unguided-timer")
    qtbot.mouseClick(library.detail.start_button, Qt.MouseButton.LeftButton)
    player = app.player
    assert win.pages.currentWidget() is player
    assert player.stack.currentWidget().objectName() == "timerSetup"
    assert player.setup_title.text() == "Unguided timer" and not player.active
    player.minutes.setValue(2)
    player.bells.button(1).click()  # a bell every minute
    qtbot.mouseClick(player.timer_start, Qt.MouseButton.LeftButton)
    assert player.active and player.stack.currentIndex() == 0
    assert player.pacer.isVisible() and player.pacer.timer_text == "2:00"
    assert len(bell.rings) == 1  # the start
    advance(app, 61)
    assert len(bell.rings) == 2 and player.pacer.timer_text == "0:59"
    advance(app, 60)
    assert len(bell.rings) == 3  # the end
    assert player.stack.currentIndex() == 1
    assert "2 min" in player.end_text.text()
    assert app.test_narrator.said == []  # unguided: nothing is spoken
    qtbot.mouseClick(player.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(app.recorded), timeout=10_000)
    app.shutdown()
    with open_database(app.paths) as db:
        [row] = db.sessions.recent()
    assert row.practice_id == "unguided-timer" and row.planned_seconds == 120


def test_not_now_on_the_timer_goes_back_with_nothing_recorded(make_app, qtbot) -> None:
    from selfcompass.core.lazy import Lazy

    app = make_app()
    bell = FakeBell()
    app.practice.bell = Lazy(lambda: bell)
    win = app.window
    win.show()
    app.practice.start_id("unguided-timer")
    player = app.player
    assert player.stack.currentWidget().objectName() == "timerSetup"
    qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert win.pages.currentWidget() is not player and win.nav.isVisible()
    assert bell.rings == [] and app.practice.recorded == []
    app.practice.start_id("box-breathing")  # a guided practice afterwards starts straight away
    assert player.stack.currentIndex() == 0 and player.active

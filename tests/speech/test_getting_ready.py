"""Speech is made ready when a practice is likely soon (the chooser opens), never at start-up: the first line of a
practice chosen then sounds within milliseconds (benchmarks/bench_narration.py), and a run that never speaks never
carries QtMultimedia."""

from __future__ import annotations


def test_opening_the_chooser_gets_speech_ready(make_app) -> None:
    app = make_app(voice_enabled=True)
    assert app.practice.narrator.peek() is None  # nothing made at start-up
    app.open_chooser()
    assert app.test_narrator.calls == ["get_ready"]
    app.chooser.reject()


def test_with_the_voice_off_the_chooser_makes_nothing(make_app) -> None:
    app = make_app(voice_enabled=False)
    app.open_chooser()
    assert app.practice.narrator.peek() is None
    assert "get_ready" not in app.test_narrator.calls
    app.chooser.reject()

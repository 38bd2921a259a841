"""The narrator: worker-thread rendering, queue, stop/pause, cache and the quiet fallbacks."""

from __future__ import annotations

import os
import threading
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QObject

from selfcompass.speech import narrator as narrator_mod
from selfcompass.speech._signals import emit, emit_drops_true
from selfcompass.speech.audio import NO_AUDIO_OUTPUT, AudioPlayer, QtAudioPlayer
from selfcompass.speech.narrator import (
    Narrator,
    SilentNarrator,
    SpeechNarrator,
    create_narrator,
)
from selfcompass.speech.render import UNAVAILABLE, RenderError, Voice

WAIT_MS = 5000


def write_silence(path: Path, seconds: float = 0.1) -> float:
    frames = int(22050 * seconds)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x00\x00" * frames)
    return frames / 22050


class FakeRenderer:
    """Stands in for render_to_wav: writes a short silent WAV and records what it was asked, and where."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.calls: list[tuple[str, str | None, int]] = []
        self.threads: set[int] = set()
        self.fail_on = fail_on
        self.voices_given: list[list[Any] | None] = []
        self._lock = threading.Lock()

    def __call__(self, text: str, path: Path, *, voice: str | None, rate: int, engine: Any,
                 voices: list[Any] | None = None) -> float:
        with self._lock:
            self.voices_given.append(voices)
            self.calls.append((text, voice, rate))
            self.threads.add(threading.get_ident())
        if text == self.fail_on:
            raise RenderError("The voice couldn't say this line.")
        if text == "explode":
            raise ValueError("a bug in a driver")
        return write_silence(Path(path))

    @property
    def texts(self) -> list[str]:
        with self._lock:
            return [c[0] for c in self.calls]


class FakeEngine:
    driver_name = "fake"

    def getProperty(self, name: str) -> Any:
        assert name == "voices"
        return [SimpleNamespace(id="gmw/en-us", name="English (America)", languages=["en-us"]),
                SimpleNamespace(id="gmw/en", name="English (Great Britain)", languages=["en-gb"])]


class FakePlayer(AudioPlayer):
    def __init__(self, parent: QObject | None = None, ok: bool = True) -> None:
        super().__init__(parent)
        self.ok = ok
        self.played: list[Path] = []
        self.state = "idle"
        self.volume: float | None = None

    def available(self) -> tuple[bool, str]:
        return (True, "") if self.ok else (False, NO_AUDIO_OUTPUT)

    def play(self, path: Path) -> None:
        assert path.is_file()
        self.played.append(path)
        self.state = "playing"

    def stop(self) -> None:
        self.state = "stopped"

    def pause(self) -> None:
        self.state = "paused"

    def resume(self) -> None:
        self.state = "playing"

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def finish(self) -> None:
        self.state = "idle"
        emit(self.finished)

    def fail(self) -> None:
        self.state = "idle"
        emit(self.failed, "could not open the file")


class Recorder:
    def __init__(self, narrator: Narrator) -> None:
        self.started: list[str] = []
        self.finished = 0
        self.unavailable: list[str] = []
        narrator.speaking_started.connect(self.started.append)
        narrator.speaking_finished.connect(self._on_finished)
        narrator.unavailable.connect(self.unavailable.append)

    def _on_finished(self) -> None:
        self.finished += 1


class Rig:
    def __init__(self, narrator: SpeechNarrator, renderer: FakeRenderer, players: list[FakePlayer]) -> None:
        self.narrator = narrator
        self.renderer = renderer
        self._players = players
        self.events = Recorder(narrator)

    @property
    def player(self) -> FakePlayer:
        return self._players[0]


@pytest.fixture
def make_rig(tmp_path: Path) -> Iterator[Callable[..., Rig]]:
    made: list[SpeechNarrator] = []

    def make(*, cache: Path | None = None, ok: bool = True, renderer: FakeRenderer | None = None,
             **kwargs: Any) -> Rig:
        players: list[FakePlayer] = []

        def player_factory(parent: QObject) -> FakePlayer:
            player = FakePlayer(parent, ok=ok)
            players.append(player)
            return player

        renderer = renderer or FakeRenderer()
        narrator = SpeechNarrator(cache or tmp_path / "narration", player_factory=player_factory,
                                  renderer=renderer,
                                  engine_factory=kwargs.pop("engine_factory", lambda driver: FakeEngine()), **kwargs)
        made.append(narrator)
        return Rig(narrator, renderer, players)

    yield make
    for narrator in made:
        thread = narrator._thread
        narrator.shutdown()
        assert thread is None or thread.isFinished()


def test_renders_on_the_worker_and_reports_back_without_blocking(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.speak("Let's take a couple of minutes.")
    assert rig.events.started == []  # speak() only queued the line; the worker renders it
    with qtbot.waitSignal(rig.narrator.speaking_started, timeout=WAIT_MS) as blocker:
        pass
    assert blocker.args == ["Let's take a couple of minutes."]
    assert threading.get_ident() not in rig.renderer.threads
    assert len(rig.renderer.threads) == 1
    assert rig.player.state == "playing"
    with qtbot.waitSignal(rig.narrator.speaking_finished, timeout=WAIT_MS):
        rig.player.finish()
    assert not rig.narrator.is_speaking


def test_voices_are_listed_on_the_worker(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    with qtbot.waitSignal(rig.narrator.voices_listed, timeout=WAIT_MS) as blocker:
        rig.narrator.request_voices()
    assert blocker.args[0] == [Voice("gmw/en-us", "English (America)", ("en-us",)),
                               Voice("gmw/en", "English (Great Britain)", ("en-gb",))]
    rig.narrator.speak("Hello.")
    qtbot.waitUntil(lambda: rig.events.started == ["Hello."], timeout=WAIT_MS)
    assert rig.renderer.calls == [("Hello.", "gmw/en", 160)]  # the English (UK) voice by default


def test_shutdown_leaves_no_thread_running(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.prepare(["One.", "Two.", "Three."])
    thread = rig.narrator._thread
    assert thread is not None and thread.isRunning()
    rig.narrator.shutdown()
    assert thread.isFinished()
    assert rig.narrator._thread is None
    rig.narrator.speak("After the end.")  # ignored, no new thread
    assert rig.narrator._thread is None
    rig.narrator.shutdown()  # twice is fine


def test_no_thread_until_first_use(make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.set_voice("gmw/en")
    rig.narrator.set_rate(150)
    rig.narrator.set_volume(0.5)
    rig.narrator.stop()
    assert rig.narrator._thread is None


def test_lines_play_in_order_one_after_another(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    for text in ("First.", "Second.", "Third."):
        rig.narrator.speak(text)
    qtbot.waitUntil(lambda: rig.events.started == ["First."], timeout=WAIT_MS)
    # Every file back on the UI thread, not only rendered: the worker's last signal may still be on its way.
    qtbot.waitUntil(lambda: len(rig.renderer.calls) == 3 and not rig.narrator._pending, timeout=WAIT_MS)
    assert rig.narrator.queued == 2
    for expected in (["First.", "Second."], ["First.", "Second.", "Third."]):
        rig.player.finish()
        assert rig.events.started == expected
    rig.player.finish()
    assert rig.events.finished == 3
    assert rig.narrator.queued == 0


def test_stop_during_queued_speech_clears_the_queue(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    for text in ("First.", "Second.", "Third."):
        rig.narrator.speak(text)
    qtbot.waitUntil(lambda: rig.events.started == ["First."], timeout=WAIT_MS)
    rig.narrator.stop()
    assert rig.player.state == "stopped"
    assert rig.events.finished == 1
    assert rig.narrator.queued == 0
    assert not rig.narrator.is_speaking
    qtbot.waitUntil(lambda: not rig.narrator._pending, timeout=WAIT_MS)  # late renders come back...
    assert rig.events.started == ["First."]  # ...and play nothing
    rig.player.finish()  # a stray end-of-media after stop changes nothing
    assert rig.events.finished == 1


def test_stop_before_anything_plays(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.speak("First.")
    rig.narrator.speak("Second.")
    rig.narrator.stop()
    assert rig.events.finished == 0  # nothing was sounding
    qtbot.waitUntil(lambda: not rig.narrator._pending, timeout=WAIT_MS)
    assert rig.events.started == []
    rig.narrator.speak("Third.")  # the narrator carries on afterwards
    qtbot.waitUntil(lambda: rig.events.started == ["Third."], timeout=WAIT_MS)


def test_the_same_text_twice_renders_once(qtbot: Any, make_rig: Callable[..., Rig], tmp_path: Path) -> None:
    rig = make_rig()
    rig.narrator.speak("Breathe in.")
    rig.narrator.speak("Breathe   in.")  # same words, different spacing
    qtbot.waitUntil(lambda: len(rig.events.started) == 1, timeout=WAIT_MS)
    rig.player.finish()
    assert rig.events.started == ["Breathe in.", "Breathe in."]
    assert rig.renderer.texts == ["Breathe in."]
    assert rig.player.played[0] == rig.player.played[1]
    cached = list((tmp_path / "narration").iterdir())
    assert [p.suffix for p in cached] == [".wav"]  # no half-written ".part" file left behind

    # A new narrator (the next app run) finds the file on disk and renders nothing.
    again = make_rig()
    again.narrator.speak("Breathe in.")
    qtbot.waitUntil(lambda: again.events.started == ["Breathe in."], timeout=WAIT_MS)
    assert again.renderer.calls == []

    # A different rate or voice is a different recording.
    again.narrator.set_rate(120)
    again.narrator.speak("Breathe in.")
    again.narrator.set_voice("gmw/en-gb-scotland")
    again.narrator.speak("Breathe in.")
    qtbot.waitUntil(lambda: len(again.renderer.calls) == 2, timeout=WAIT_MS)
    assert again.renderer.calls == [("Breathe in.", "gmw/en", 120), ("Breathe in.", "gmw/en-gb-scotland", 120)]


def test_prepare_renders_in_the_background_without_playing(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.prepare(["In", "Hold", "Out", "", "In"])
    qtbot.waitUntil(lambda: not rig.narrator._pending, timeout=WAIT_MS)
    assert sorted(rig.renderer.texts) == ["Hold", "In", "Out"]
    assert rig.events.started == []
    rig.narrator.speak("Hold")
    assert rig.events.started == ["Hold"]  # already rendered: starts at once
    assert len(rig.renderer.calls) == 3


def test_prepare_renders_in_the_order_given_one_at_a_time(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.prepare(["One.", "Two.", "Three.", "Four."])
    assert len(rig.narrator._pending) == 4 and rig.narrator._in_flight is not None  # the worker holds one at a time
    qtbot.waitUntil(lambda: not rig.narrator._pending, timeout=WAIT_MS)
    assert rig.renderer.texts == ["One.", "Two.", "Three.", "Four."]


def test_a_line_to_speak_goes_ahead_of_pre_renders(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.prepare(["One.", "Two.", "Three.", "Four.", "Five."])
    rig.narrator.speak("Four.")  # asked for while "One." is on the worker: next after it, not fourth
    rig.narrator.speak("Now.")  # a line nobody prepared: after the first spoken one, ahead of the rest
    qtbot.waitUntil(lambda: not rig.narrator._pending, timeout=WAIT_MS)
    assert rig.renderer.texts == ["One.", "Four.", "Now.", "Two.", "Three.", "Five."]
    qtbot.waitUntil(lambda: rig.events.started == ["Four."], timeout=WAIT_MS)


def test_a_new_prepare_replaces_pre_renders_not_yet_started(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.prepare(["Old one.", "Old two.", "Old three."])
    rig.narrator.prepare(["New one."])
    qtbot.waitUntil(lambda: not rig.narrator._pending, timeout=WAIT_MS)
    assert rig.renderer.texts == ["Old one.", "New one."]  # the first was already on the worker


def test_the_cache_is_read_before_the_engine_starts(qtbot: Any, make_rig: Callable[..., Rig],
                                                    tmp_path: Path) -> None:
    cache = tmp_path / "shared-cache"
    first = make_rig(cache=cache)
    first.narrator.speak("Breathe in.")
    qtbot.waitUntil(lambda: first.events.started == ["Breathe in."], timeout=WAIT_MS)
    first.narrator.shutdown()
    opened: list[str | None] = []

    def engine_factory(driver: str | None) -> FakeEngine:
        opened.append(driver)
        return FakeEngine()

    again = make_rig(cache=cache, engine_factory=engine_factory)
    again.narrator.speak("Breathe in.")
    qtbot.waitUntil(lambda: again.events.started == ["Breathe in."], timeout=WAIT_MS)
    assert opened == []  # played from the cache: the engine was never started
    again.narrator.speak("Something new.")
    qtbot.waitUntil(lambda: not again.narrator._pending, timeout=WAIT_MS)
    assert opened == [None]


def test_getting_ready_makes_the_player_and_thread_but_renders_nothing(qtbot: Any,
                                                                         make_rig: Callable[..., Rig]) -> None:
    opened: list[str | None] = []
    rig = make_rig(engine_factory=lambda driver: opened.append(driver) or FakeEngine())
    rig.narrator.get_ready()
    thread = rig.narrator._thread
    assert rig.player is not None and thread is not None and thread.isRunning()
    rig.narrator.get_ready()  # again: nothing new
    assert rig.narrator._thread is thread and len(rig._players) == 1
    assert opened == [] and rig.renderer.calls == []  # no engine, no render: only what a first line waits for
    rig.narrator.speak("Breathe in.")
    qtbot.waitUntil(lambda: rig.events.started == ["Breathe in."], timeout=WAIT_MS)


def test_getting_ready_after_shutdown_or_without_an_engine_does_nothing(qtbot: Any,
                                                                        make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.shutdown()
    rig.narrator.get_ready()
    assert rig.narrator._thread is None and rig._players == []
    silent = SilentNarrator("no voice here")
    silent.get_ready()  # a silent narrator has nothing to make, and says nothing yet
    assert silent.unavailable_reason is None


def test_voices_are_listed_once_per_engine(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    listed: list[int] = []

    class CountingEngine(FakeEngine):
        def getProperty(self, name: str) -> Any:
            listed.append(1)
            return super().getProperty(name)

    rig = make_rig(engine_factory=lambda driver: CountingEngine())
    rig.narrator.prepare(["One.", "Two.", "Three."])
    qtbot.waitUntil(lambda: not rig.narrator._pending, timeout=WAIT_MS)
    rig.narrator.request_voices()
    with qtbot.waitSignal(rig.narrator.voices_listed, timeout=WAIT_MS):
        rig.narrator.request_voices()
    assert len(listed) == 1
    assert all(voices and voices[0].id == "gmw/en-us" for voices in rig.renderer.voices_given)


def test_a_line_that_fails_to_render_is_skipped(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig(renderer=FakeRenderer(fail_on="Unsayable."))
    for text in ("Unsayable.", "explode", "Carry on."):
        rig.narrator.speak(text)
    qtbot.waitUntil(lambda: rig.events.started == ["Carry on."], timeout=WAIT_MS)
    assert rig.events.unavailable == []
    assert rig.narrator.unavailable_reason is None


def test_a_line_that_fails_to_play_is_skipped_and_rendered_again_next_time(
        qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.speak("First.")
    rig.narrator.speak("Second.")
    qtbot.waitUntil(lambda: rig.events.started == ["First."] and not rig.narrator._pending, timeout=WAIT_MS)
    rig.player.fail()
    assert rig.events.finished == 1
    assert rig.events.started == ["First.", "Second."]
    rig.player.finish()
    rig.narrator.speak("First.")  # asked for again: the worker looks again (and finds the file on disk)
    qtbot.waitUntil(lambda: rig.events.started[-1:] == ["First."] and len(rig.events.started) == 3,
                    timeout=WAIT_MS)
    assert rig.events.unavailable == []


def test_leftovers_from_an_interrupted_render_are_cleared(qtbot: Any, make_rig: Callable[..., Rig],
                                                          tmp_path: Path) -> None:
    cache = tmp_path / "narration"
    cache.mkdir()
    (cache / "abc.part.wav").write_bytes(b"half")
    rig = make_rig(cache=cache)
    rig.narrator.speak("Hello.")
    qtbot.waitUntil(lambda: rig.events.started == ["Hello."], timeout=WAIT_MS)
    assert not (cache / "abc.part.wav").exists()


def test_the_worker_ages_out_old_lines_when_it_starts(qtbot: Any, make_rig: Callable[..., Rig],
                                                      tmp_path: Path) -> None:
    cache = tmp_path / "narration"
    cache.mkdir()
    ancient = cache / "0123456789abcdef.wav"
    ancient.write_bytes(b"RIFF")
    os.utime(ancient, (0, 0))  # last spoken in 1970: far beyond speech/cache.py's age limit
    rig = make_rig(cache=cache)
    rig.narrator.speak("Hello.")
    qtbot.waitUntil(lambda: rig.events.started == ["Hello."], timeout=WAIT_MS)
    assert not ancient.exists()
    assert [p.suffix for p in cache.iterdir()] == [".wav"]  # the new line stays


def test_pause_and_resume(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig()
    rig.narrator.speak("First.")
    qtbot.waitUntil(lambda: rig.events.started == ["First."], timeout=WAIT_MS)
    rig.narrator.pause()
    assert rig.player.state == "paused"
    rig.narrator.resume()
    assert rig.player.state == "playing"

    # Paused between lines: the next line waits for resume().
    rig.narrator.pause()
    rig.narrator.speak("Second.")
    qtbot.waitUntil(lambda: not rig.narrator._pending, timeout=WAIT_MS)
    rig.player.finish()
    assert rig.events.started == ["First."]
    rig.narrator.resume()
    assert rig.events.started == ["First.", "Second."]


def test_volume_is_clamped_and_reaches_the_player(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig(volume=0.3)
    rig.narrator.speak("Hello.")
    assert rig.player.volume == pytest.approx(0.3)
    rig.narrator.set_volume(7)
    assert rig.player.volume == 1.0
    rig.narrator.set_volume(-1)
    assert rig.player.volume == 0.0


def test_no_audio_output_says_so_once_and_carries_on(qtbot: Any, make_rig: Callable[..., Rig]) -> None:
    rig = make_rig(ok=False)
    rig.narrator.speak("Hello.")
    rig.narrator.prepare(["Hello again."])
    rig.narrator.speak("Hello again.")
    assert rig.events.unavailable == [NO_AUDIO_OUTPUT]
    assert rig.narrator.unavailable_reason == NO_AUDIO_OUTPUT
    assert rig.renderer.calls == []  # nothing to hear, so nothing rendered
    assert rig.narrator._thread is None
    rig.player.ok = True  # headphones plugged in
    rig.narrator.speak("Hello.")
    qtbot.waitUntil(lambda: rig.events.started == ["Hello."], timeout=WAIT_MS)
    assert rig.events.unavailable == [NO_AUDIO_OUTPUT]


def test_no_engine_gives_a_narrator_that_says_so_once(qtbot: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import pyttsx3

    def broken(driver: str | None = None, debug: bool = False) -> None:
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")

    monkeypatch.setattr(pyttsx3, "init", broken)
    narrator = create_narrator(tmp_path / "narration", player_factory=lambda parent: FakePlayer(parent))
    events = Recorder(narrator)
    try:
        with qtbot.waitSignal(narrator.unavailable, timeout=WAIT_MS) as blocker:
            narrator.speak("Hello.")
            narrator.speak("Are you there?")
        assert blocker.args[0].startswith(UNAVAILABLE)
        narrator.speak("Still nothing?")
        narrator.prepare(["One more."])
        narrator.pause()
        narrator.resume()
        narrator.stop()
        assert len(events.unavailable) == 1
        assert events.started == []
        with qtbot.waitSignal(narrator.voices_listed, timeout=WAIT_MS) as voices:
            narrator.request_voices()
        assert voices.args == [[]]
    finally:
        narrator.shutdown()


def test_without_pyttsx3_the_factory_gives_a_silent_narrator(qtbot: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(narrator_mod, "_pyttsx3_installed", lambda: False)
    narrator = create_narrator(tmp_path)
    assert isinstance(narrator, SilentNarrator)
    events = Recorder(narrator)
    narrator.speak("Hello.")
    narrator.speak("Hello again.")
    narrator.prepare(["x"])
    assert events.unavailable == [UNAVAILABLE]
    assert narrator.unavailable_reason == UNAVAILABLE
    for call in (narrator.stop, narrator.pause, narrator.resume, narrator.shutdown):
        call()
    narrator.set_voice(None)
    narrator.set_rate(100)
    narrator.set_volume(0.5)
    with qtbot.waitSignal(narrator.voices_listed, timeout=WAIT_MS) as voices:
        narrator.request_voices()
    assert voices.args == [[]]
    assert events.started == []


def test_narration_turned_off_is_silent_without_complaint(tmp_path: Path) -> None:
    narrator = create_narrator(tmp_path, enabled=False)
    events = Recorder(narrator)
    narrator.speak("Hello.")
    assert isinstance(narrator, SilentNarrator)
    assert events.unavailable == []
    assert narrator.unavailable_reason is None


def test_the_factory_gives_a_speech_narrator_where_pyttsx3_is_installed(tmp_path: Path) -> None:
    narrator = create_narrator(tmp_path, voice="gmw/en", rate=150, volume=0.8)
    assert isinstance(narrator, SpeechNarrator)
    assert narrator._thread is None  # nothing started yet
    narrator.shutdown()


@pytest.mark.speech
def test_real_engine_through_the_worker(qtbot: Any, tmp_path: Path) -> None:
    from selfcompass.speech.render import engine_available

    if not engine_available()[0]:
        pytest.skip("no speech engine here")
    players: list[FakePlayer] = []

    def factory(parent: QObject) -> FakePlayer:
        players.append(FakePlayer(parent))
        return players[-1]

    narrator = create_narrator(tmp_path / "narration", player_factory=factory)
    try:
        with qtbot.waitSignal(narrator.speaking_started, timeout=WAIT_MS):
            narrator.speak("Hello.")
        with wave.open(str(players[0].played[0]), "rb") as wav:
            assert 0.3 < wav.getnframes() / wav.getframerate() < 2.0
    finally:
        narrator.shutdown()


def test_qt_player_plays_a_short_file_to_its_end(qtbot: Any, tmp_path: Path) -> None:
    """QMediaPlayer plays in real time even with no audio device, so the file is a tenth of a second."""
    clip = tmp_path / "tick.wav"
    write_silence(clip, 0.1)
    player = QtAudioPlayer()
    ok, reason = player.available()
    assert ok or reason == NO_AUDIO_OUTPUT
    player.set_volume(0.5)
    failures: list[str] = []
    player.failed.connect(failures.append)
    with qtbot.waitSignal(player.finished, timeout=WAIT_MS):
        player.play(clip)
    assert failures == []
    with qtbot.waitSignal(player.finished, timeout=WAIT_MS):
        player.play(clip)  # the same file again plays again
    player.stop()
    player.deleteLater()


def test_qt_player_reports_a_file_it_cannot_play(qtbot: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF" + bytes(10) + b"not really audio" * 8)
    player = QtAudioPlayer()
    with qtbot.waitSignal(player.failed, timeout=WAIT_MS):
        player.play(bad)
    player.stop()
    player.deleteLater()


def test_many_emits_leave_true_whole() -> None:
    """PySide6 6.12.0 loses a reference to True on every emit(); the helper gives it back."""
    import sys

    narrator = SilentNarrator()
    emit_drops_true()
    before = sys.getrefcount(True)
    for _ in range(5000):
        emit(narrator.speaking_finished)
    assert abs(sys.getrefcount(True) - before) < 50


def test_with_no_sound_device_the_real_player_makes_the_narrator_say_so(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioOutputs():
        pytest.skip("this computer has a sound output")
    narrator = create_narrator(tmp_path / "narration")
    events = Recorder(narrator)
    try:
        narrator.speak("Hello.")
        narrator.speak("Hello again.")
        assert events.unavailable == [NO_AUDIO_OUTPUT]
        assert narrator._thread is None  # nothing to hear, so nothing rendered
    finally:
        narrator.shutdown()

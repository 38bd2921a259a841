"""Rendering narration to WAV with pyttsx3: voices, the missing-engine path, and real espeak-ng timing."""

from __future__ import annotations

import threading
import wave
from pathlib import Path
from typing import Any

import pytest

from selfcompass.core.narration import Speech, parse_script, speech_seconds
from selfcompass.speech import render
from selfcompass.speech.render import RenderError, SpeechUnavailable, Voice, preferred_voice

#: espeak-ng's real length may differ from the script estimate by this share (measured: about 0.8 of the
#: estimate at 160 wpm for whole scripts; see docs/speech.md).
TIMING_TOLERANCE = 0.40

LONG_PASSAGE = (
    "Let's take a few minutes just for you. There's nothing you need to get right. "
    "You might like to sit back in your chair and let your hands rest. "
    "Notice the weight of your body where it meets the seat, and the floor beneath your feet. "
    "If your mind is still busy with the last meeting, that's understandable. "
    "Let it be busy for a moment, and see whether the breath can be a place to come back to. "
    "Breathing in, you might notice the cool air at your nose. Breathing out, a little warmer. "
    "When a thought pulls you away, and it will, you can come back gently, without judging yourself. "
    "Leading people through hard days asks a lot of you. For these few moments, you can ask nothing "
    "of yourself at all. If it helps, place a hand on your chest and feel it rise and fall. "
    "Offer yourself the same kindness you would offer a colleague who had a difficult shift. "
    "Rest here for a few more breaths. When you're ready, let your eyes open and notice the room around "
    "you, the light, the sounds. Carry a little of this calm into whatever comes next."
)


def _needs_engine() -> None:
    ok, reason = render.engine_available()
    if not ok:
        pytest.skip(f"no speech engine here: {reason}")


def _script_lines(repo_root: Path) -> list[str]:
    source = repo_root / "audio_scripts" / "box-breathing.txt"
    script, problems = parse_script(source.read_text(encoding="utf-8"), "box-breathing", str(source))
    assert script is not None, problems
    return [seg.text for step in script.steps for seg in step.segments if isinstance(seg, Speech)]


# Voices ----------------------------------------------------------------------------------------------


ESPEAK = [Voice("gmw/en-029", "English (Caribbean)", ("en-029",)),
          Voice("gmw/en-us", "English (America)", ("en-us",)),
          Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
          Voice("gmw/en-gb-scotland", "English (Scotland)", ("en-gb-scotland",))]
SAPI5 = [Voice(r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_EN-US_ZIRA_11.0",
               "Microsoft Zira Desktop - English (United States)", ("en_US",)),
         Voice(r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Speech\Voices\Tokens\TTS_MS_EN-GB_HAZEL_11.0",
               "Microsoft Hazel Desktop - English (Great Britain)", ("en_GB",))]
MACOS = [Voice("com.apple.voice.compact.en-US.Samantha", "Samantha", ("en_US",)),
         Voice("com.apple.voice.compact.en-GB.Daniel", "Daniel", ("en_GB",)),
         Voice("com.apple.voice.compact.fr-FR.Thomas", "Thomas", ("fr_FR",))]


@pytest.mark.parametrize(("voices", "expected"), [
    (ESPEAK, "gmw/en"),
    (SAPI5, SAPI5[1].id),
    (MACOS, "com.apple.voice.compact.en-GB.Daniel"),
    ([Voice("x", "Microsoft David - English (United Kingdom)", ())], "x"),
    ([Voice("gmw/en-us", "English (America)", ("en-us",)), Voice("roa/fr", "French", ("fr-fr",))],
     "gmw/en-us"),
    ([Voice("roa/fr", "French", ("fr-fr",))], None),
    ([], None),
])
def test_preferred_voice_is_english_uk_when_there_is_one(voices: list[Voice], expected: str | None) -> None:
    assert preferred_voice(voices) == expected


def test_clamp_rate_keeps_speech_understandable() -> None:
    assert render.clamp_rate(10) == render.MIN_RATE
    assert render.clamp_rate(1000) == render.MAX_RATE
    assert render.clamp_rate(160.4) == 160


# No engine -------------------------------------------------------------------------------------------


def test_missing_engine_is_reported_gently(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyttsx3

    def broken(driver: str | None = None, debug: bool = False) -> None:
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")

    monkeypatch.setattr(pyttsx3, "init", broken)
    ok, reason = render.engine_available()
    assert not ok
    assert reason.startswith("Spoken guidance isn't available on this computer")
    assert "eSpeak" not in reason  # the technical detail goes to the log, not to the person
    assert render.list_voices() == []
    with pytest.raises(SpeechUnavailable):
        render.render_to_wav("Hello.", "unused.wav")


def test_oserror_from_the_driver_also_means_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyttsx3

    def broken(driver: str | None = None, debug: bool = False) -> None:
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    monkeypatch.setattr(pyttsx3, "init", broken)
    assert render.engine_available()[0] is False


def test_nothing_to_say_is_a_render_error(tmp_path: Path) -> None:
    with pytest.raises(RenderError):
        render.render_to_wav("   ", tmp_path / "blank.wav", engine=object())


class StuckEngine:
    """An engine whose run loop never ends by itself, like espeak when its end-of-message callback is lost."""

    driver_name = "stuck"

    def __init__(self) -> None:
        self.properties: dict[str, Any] = {}
        self._released = threading.Event()

    def getProperty(self, name: str) -> Any:
        return []

    def setProperty(self, name: str, value: Any) -> None:
        self.properties[name] = value

    def save_to_file(self, text: str, filename: str) -> None:
        pass

    def runAndWait(self) -> None:
        assert self._released.wait(timeout=30), "the watchdog never ended the run"

    def endLoop(self) -> None:
        self._released.set()


class DroppingEngine:
    """An engine that writes an empty file for its first ``drops`` lines, as espeak-ng now and then does."""

    driver_name = "dropping"

    def __init__(self, drops: int) -> None:
        self.drops = drops
        self.runs = 0
        self._target = ""

    def getProperty(self, name: str) -> Any:
        return []

    def setProperty(self, name: str, value: Any) -> None:
        pass

    def save_to_file(self, text: str, filename: str) -> None:
        self._target = filename

    def runAndWait(self) -> None:
        self.runs += 1
        with wave.open(self._target, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(22050)
            wav.writeframes(b"" if self.runs <= self.drops else b"\0\0" * 22050)


def test_an_empty_file_is_rendered_once_more_before_giving_up(tmp_path: Path) -> None:
    once = DroppingEngine(drops=1)
    assert render.render_to_wav("Hello.", tmp_path / "a.wav", engine=once) == pytest.approx(1.0)
    assert once.runs == 2
    always = DroppingEngine(drops=5)
    with pytest.raises(RenderError, match="empty"):
        render.render_to_wav("Hello.", tmp_path / "b.wav", engine=always)
    assert always.runs == 2  # one retry, not a loop


def test_a_run_that_never_ends_is_abandoned(tmp_path: Path) -> None:
    engine = StuckEngine()
    with pytest.raises(RenderError, match="too long"):
        render.render_to_wav("Hello.", tmp_path / "stuck.wav", engine=engine, rate=500, timeout=0.05)
    assert engine.properties == {"rate": render.MAX_RATE, "volume": 1.0}


def test_audio_seconds_rejects_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(RenderError):
        render.audio_seconds(tmp_path / "missing.wav")
    empty = tmp_path / "empty.wav"
    with wave.open(str(empty), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"")
    with pytest.raises(RenderError):
        render.audio_seconds(empty)
    aiff_like = tmp_path / "mac.wav"
    aiff_like.write_bytes(b"FORM" + bytes(200))  # sound, but not a WAV: length unknown, still playable
    assert render.audio_seconds(aiff_like) == 0.0


# Real espeak-ng ---------------------------------------------------------------------------------------


@pytest.mark.speech
def test_real_voices_include_english_uk() -> None:
    _needs_engine()
    voices = render.list_voices()
    assert voices
    chosen = preferred_voice(voices)
    assert chosen is not None
    assert any(v.id == chosen and "en-gb" in [lang.lower() for lang in v.languages] for v in voices)


@pytest.mark.speech
def test_render_writes_a_wav_quietly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _needs_engine()
    out = tmp_path / "hello.wav"
    seconds = render.render_to_wav("Hello, and welcome.", out)
    assert capsys.readouterr().out == ""  # pyttsx3's "Audio saved to …" is kept off stdout
    with wave.open(str(out), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        assert seconds == pytest.approx(wav.getnframes() / 22050)
    assert 0.5 < seconds < 3.0


@pytest.mark.speech
def test_real_narration_length_is_close_to_the_script_estimate(tmp_path: Path, repo_root: Path) -> None:
    _needs_engine()
    engine = render.open_engine()
    rate = 160
    lines = [*_script_lines(repo_root), LONG_PASSAGE]
    real = estimate = 0.0
    for number, line in enumerate(lines):
        real += render.render_to_wav(line, tmp_path / f"{number}.wav", rate=rate, engine=engine)
        estimate += speech_seconds(line, rate)
    assert abs(real - estimate) <= TIMING_TOLERANCE * estimate, (real, estimate)
    # espeak-ng speaks a little faster than the estimate, which errs on the side of leaving room.
    assert real <= estimate * 1.05


@pytest.mark.speech
def test_a_faster_rate_gives_shorter_audio(tmp_path: Path) -> None:
    _needs_engine()
    engine = render.open_engine()
    text = "Notice how you are now. Nothing needs to have changed."
    slow = render.render_to_wav(text, tmp_path / "slow.wav", rate=120, engine=engine)
    fast = render.render_to_wav(text, tmp_path / "fast.wav", rate=220, engine=engine)
    assert fast < slow * 0.8


@pytest.mark.speech
def test_an_unknown_voice_falls_back_to_the_default(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _needs_engine()
    seconds = render.render_to_wav("Hello.", tmp_path / "v.wav", voice="no/such-voice")
    assert seconds > 0.2
    assert "no/such-voice" in caplog.text


@pytest.mark.speech
def test_an_unwritable_folder_is_a_render_error_not_a_hang(tmp_path: Path) -> None:
    _needs_engine()
    with pytest.raises(RenderError):
        render.render_to_wav("Hello.", tmp_path / "missing-folder" / "x.wav")

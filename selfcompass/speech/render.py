"""Text to an audio file through pyttsx3 (espeak-ng, SAPI5 or NSSpeechSynthesizer), with no Qt.

Everything here blocks while the engine works, so the app calls it from the narrator's worker thread only
(the CLI and tests may call it directly). pyttsx3 engines are not thread-safe: one thread should own one.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import threading
import wave
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.errors import KnownError

log = logging.getLogger(__name__)

DEFAULT_RATE = 160
MIN_RATE = 80
MAX_RATE = 300

# Kept in English; translated where it is shown: translate("Speech", UNAVAILABLE).
UNAVAILABLE = QT_TRANSLATE_NOOP("Speech", "Spoken guidance isn't available on this computer, so the words will "
                                          "stay on screen.")
_INSTALL_HINT = {
    "linux": QT_TRANSLATE_NOOP("Speech", "Installing the espeak-ng package (libespeak-ng1) would add a voice."),
    "win32": QT_TRANSLATE_NOOP("Speech", "Windows speech (SAPI5) didn't start."),
    "darwin": QT_TRANSLATE_NOOP("Speech", "The macOS speech service didn't start."),
}

# A WAV header alone is 44 bytes; anything this small holds no sound.
_MIN_AUDIO_BYTES = 64


class SpeechUnavailable(KnownError):
    """No speech engine could be started on this computer."""

    def __init__(self, detail: str = "") -> None:
        hint = _INSTALL_HINT.get(sys.platform)
        super().__init__(translate("Speech", UNAVAILABLE), fix=translate("Speech", hint) if hint else "")
        self.detail = detail


class RenderError(KnownError):
    """The engine started but one line could not be turned into sound."""


class EmptyAudio(RenderError):
    """The engine finished but wrote no sound (espeak-ng now and then drops a line; once more usually works)."""


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...]


def open_engine(driver: str | None = None) -> Any:
    """Start a pyttsx3 engine (``driver`` None picks the platform default); raises SpeechUnavailable."""
    _init_com_for_this_thread()
    try:
        import pyttsx3

        engine = pyttsx3.init(driver)
        _settle_new_engine(engine)
        return engine
    # Drivers fail in many ways when their system part is missing: ImportError, RuntimeError from the
    # espeak loader, OSError from ctypes, COM and Objective-C errors. All of them mean "no speech here".
    except Exception as exc:
        log.warning("Speech engine could not start: %s: %s", type(exc).__name__, exc)
        raise SpeechUnavailable(f"{type(exc).__name__}: {exc}") from exc


def engine_available(driver: str | None = None) -> tuple[bool, str]:
    """Whether a speech engine starts here, and a gentle reason when it doesn't. Blocks briefly."""
    try:
        open_engine(driver)
    except SpeechUnavailable as exc:
        return False, str(exc)
    return True, ""


def list_voices(engine: Any = None) -> list[Voice]:
    """The engine's voices; an empty list when there is no engine."""
    try:
        engine = engine if engine is not None else open_engine()
        raw = engine.getProperty("voices") or []
        return [_to_voice(v) for v in raw]
    except SpeechUnavailable:
        return []
    except Exception as exc:  # a driver that can't list its voices can usually still speak
        log.warning("Couldn't list the voices: %s: %s", type(exc).__name__, exc)
        return []


def preferred_voice(voices: Iterable[Voice]) -> str | None:
    """The id of an English (UK) voice when there is one, else any English voice, else None."""
    voices = list(voices)

    def langs(v: Voice) -> list[str]:
        return [lang.lower().replace("_", "-") for lang in v.languages]

    checks = (
        lambda v: "en-gb" in langs(v),
        lambda v: any(lang.startswith("en-gb") for lang in langs(v)),
        lambda v: any(word in v.name.lower() for word in ("great britain", "united kingdom", "british")),
        lambda v: any(lang == "en" or lang.startswith("en-") for lang in langs(v)),
        lambda v: v.name.lower().startswith("english"),
    )
    for check in checks:
        for voice in voices:
            if check(voice):
                return voice.id
    return None


def render_to_wav(text: str, path: str | os.PathLike[str], *, voice: str | None = None,
                  rate: int = DEFAULT_RATE, engine: Any = None, timeout: float | None = None,
                  voices: list[Voice] | None = None) -> float:
    """Speak ``text`` into the file at ``path`` and return its length in seconds.

    ``voice`` None means the preferred (English UK) voice. Returns 0.0 when the file is sound but not a
    WAV the ``wave`` module reads (macOS writes AIFF). ``timeout`` (seconds; default scales with the text)
    ends a run that never finishes. ``voices``: the engine's voices when the caller listed them already
    (listing 131 espeak voices on every line cost about 5 ms each). Raises SpeechUnavailable or RenderError.
    """
    if not text.strip():
        raise RenderError("There was nothing to say.")
    engine = engine if engine is not None else open_engine()
    path = Path(path)
    _set_voice(engine, voice, voices or list_voices(engine))
    engine.setProperty("rate", clamp_rate(rate))
    engine.setProperty("volume", 1.0)  # loudness is applied at playback, so one file serves every volume
    _wait_for_espeak(engine)
    # Fail early and cleanly if the folder isn't writable: the espeak driver writes the file inside a
    # C callback, where an error is swallowed and its run loop then never ends.
    try:
        path.touch()
    except OSError as exc:
        raise RenderError("The narration cache folder can't be written to.", fix=str(exc)) from exc
    try:
        return _render_once(engine, text, path, timeout)
    except EmptyAudio:
        _wait_for_espeak(engine)
        return _render_once(engine, text, path, timeout)  # a second empty file is reported


def _render_once(engine: Any, text: str, path: Path, timeout: float | None) -> float:
    # A safety net, not a schedule: engines render far faster than speech. If the driver's run loop never
    # ends (espeak's end-of-message callback lost), end it from outside so the worker isn't stuck for ever.
    timed_out = threading.Event()

    def give_up() -> None:
        timed_out.set()
        _end_run(engine)

    watchdog = threading.Timer(timeout if timeout is not None else 10.0 + len(text) / 20.0, give_up)
    watchdog.daemon = True
    watchdog.start()
    try:
        # pyttsx3's espeak driver prints "Audio saved to …" for every file.
        with contextlib.redirect_stdout(io.StringIO()):
            engine.save_to_file(text, str(path))
            engine.runAndWait()
    except Exception as exc:  # the driver raised mid-run: leave the engine usable for the next line
        _end_run(engine)
        raise RenderError("The voice couldn't say this line.", fix=f"{type(exc).__name__}: {exc}") from exc
    finally:
        watchdog.cancel()
        watchdog.join()
    if timed_out.is_set():
        raise RenderError("The voice took too long to say this line.")
    return audio_seconds(path)


def audio_seconds(path: str | os.PathLike[str]) -> float:
    """Length of a rendered file in seconds (0.0 if it is sound in a format ``wave`` can't read)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RenderError("The voice didn't write a sound file.") from exc
    if size < _MIN_AUDIO_BYTES:
        raise EmptyAudio("The voice wrote an empty sound file.")
    try:
        with wave.open(str(path), "rb") as wav:
            frames, framerate = wav.getnframes(), wav.getframerate()
    except (wave.Error, EOFError):
        return 0.0
    if frames == 0:
        raise EmptyAudio("The voice wrote an empty sound file.")
    return frames / float(framerate)


def clamp_rate(rate: float) -> int:
    return int(min(MAX_RATE, max(MIN_RATE, round(rate))))


def audio_suffix(engine: Any, driver: str | None = None) -> str:
    """The file suffix the engine really writes (NSSpeechSynthesizer writes AIFF whatever the name).

    With no engine yet, from the driver asked for or, for the default, the one pyttsx3 picks on this platform."""
    name = getattr(engine, "driver_name", None) or driver or ("nsss" if sys.platform == "darwin" else "")
    return ".aiff" if name == "nsss" else ".wav"


def _set_voice(engine: Any, voice: str | None, voices: list[Voice]) -> None:
    known = {v.id.lower(): v.id for v in voices}
    chosen = known.get(voice.lower()) if voice else None
    if voice and chosen is None:
        # A voice chosen on another computer, or removed since: carry on in the default voice. (pyttsx3
        # would swallow the error and keep whatever voice was set last, so check the id ourselves.)
        log.warning("Voice %r is not available here; using the default voice", voice)
    chosen = chosen or preferred_voice(voices)
    if chosen:
        engine.setProperty("voice", chosen)


def _end_run(engine: Any) -> None:
    """End a pyttsx3 run loop from outside (a watchdog thread, or after the driver raised).

    ``Engine.endLoop()`` can't do it: pyttsx3 marks the engine "not in a loop" as soon as it queues its
    own end command, before the driver's loop starts. So end the driver's loop through the proxy, then
    clear the engine's flag so the next ``runAndWait()`` isn't refused.
    """
    proxy = getattr(engine, "proxy", None)
    with contextlib.suppress(Exception):
        if proxy is not None:
            proxy.endLoop(True)
        else:
            engine.endLoop()
    if getattr(engine, "_inLoop", False):
        engine._inLoop = False
    with contextlib.suppress(Exception):
        if proxy is not None:
            proxy.setBusy(False)


def _settle_new_engine(engine: Any) -> None:
    """A new espeak engine starts "busy", so its first runAndWait returns before the file is written.

    One empty run puts it in the state where runAndWait waits for the end of synthesis.
    """
    if getattr(engine, "driver_name", "") == "espeak" and engine.isBusy():
        with contextlib.redirect_stdout(io.StringIO()):
            engine.runAndWait()


def _wait_for_espeak(engine: Any) -> None:
    """espeak-ng runs asynchronously under pyttsx3: without this, a new rate or voice sometimes applies a
    line late (measured: about half the time). Synchronize() returns once espeak's queue is empty."""
    if getattr(engine, "driver_name", "") != "espeak":
        return
    from pyttsx3.drivers import _espeak

    _espeak.Synchronize()


def _to_voice(raw: Any) -> Voice:
    languages = []
    for lang in getattr(raw, "languages", None) or []:
        if isinstance(lang, bytes):  # older espeak drivers hand back raw bytes with a priority prefix
            lang = lang.lstrip(b"\x00\x01\x02\x03\x04\x05").decode("utf-8", "ignore")
        if lang:
            languages.append(str(lang))
    return Voice(str(raw.id), str(getattr(raw, "name", None) or raw.id), tuple(languages))


def _init_com_for_this_thread() -> None:
    """SAPI5 runs through COM, which each thread must join before use (untested off Windows)."""
    if sys.platform != "win32":
        return
    with contextlib.suppress(Exception):
        import comtypes

        comtypes.CoInitialize()

"""The narrator: speaks what the player tells it to, rendered on a worker thread and played through Qt.

The player decides *when* a segment or cue is due and calls ``speak``; the narrator only turns text into
sound. ``SpeechNarrator`` renders with pyttsx3 on one worker thread that owns the engine, caches the files,
and plays them with QtMultimedia on the UI thread. ``SilentNarrator`` does nothing, so the captions carry
on where there is no voice or no speaker. ``create_narrator`` picks one at run time.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from selfcompass.core.i18n import translate
from selfcompass.speech._signals import emit, emit_drops_true
from selfcompass.speech.audio import AudioPlayer, QtAudioPlayer
from selfcompass.speech.render import (
    DEFAULT_RATE,
    UNAVAILABLE,
    clamp_rate,
    open_engine,
    render_to_wav,
)
from selfcompass.speech.worker import EngineFactory, Renderer, RenderWorker

try:  # Python's own SHA-256, the same digest as hashlib's, whose import loads OpenSSL: 3 ms before the first line
    from _sha256 import sha256
except ImportError:  # Python 3.12 renamed it; any other build
    from hashlib import sha256

log = logging.getLogger(__name__)

_Job = tuple[str, str, str, int]  # key, text, voice ("" = default), rate

_CACHE_VERSION = "1"  # bump when the way files are rendered changes, so old files are not reused
_SHUTDOWN_WAIT_MS = 10_000



class Narrator(QObject):
    """What the player talks to. Every method returns at once; results arrive by signal."""

    # Spoken guidance can't be heard here; emitted at most once in a narrator's life, with a gentle reason.
    unavailable = Signal(str)
    # A line has started to sound (its text, for highlighting a caption).
    speaking_started = Signal(str)
    # The line that was sounding has ended, or was stopped.
    speaking_finished = Signal()
    # The voices this computer offers (a list of render.Voice; empty when there is no engine).
    voices_listed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        emit_drops_true()  # check the PySide6 emit fault here, on the UI thread, before any worker emits
        self._unavailable_reason: str | None = None
        self._unavailable_told = False

    @property
    def unavailable_reason(self) -> str | None:
        """Why nothing will be heard, once that is known (None while speech seems to work)."""
        return self._unavailable_reason

    def speak(self, text: str) -> None:
        """Say ``text`` after whatever is playing or queued."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop the current line now and forget the queue."""
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def set_voice(self, voice_id: str | None) -> None:
        """Use this voice for lines spoken from now on (None: the English UK voice when there is one)."""
        raise NotImplementedError

    def set_rate(self, wpm: float) -> None:
        raise NotImplementedError

    def set_volume(self, volume: float) -> None:
        """Loudness from 0.0 to 1.0, applied at once (also to the line that is playing)."""
        raise NotImplementedError

    def prepare(self, texts: Iterable[str]) -> None:
        """Render these lines in the background so they start promptly when spoken."""
        raise NotImplementedError

    def request_voices(self) -> None:
        """Ask for the list of voices; ``voices_listed`` answers (for a settings screen)."""
        raise NotImplementedError

    def get_ready(self) -> None:
        """A line may be asked for soon: make now what the first one would wait for. Does nothing by default."""

    def shutdown(self) -> None:
        """Stop, end the worker thread and wait for it. Call once, when the app closes."""
        raise NotImplementedError

    def _report_unavailable(self, reason: str) -> None:
        if self._unavailable_reason is None:
            self._unavailable_reason = reason
        if not self._unavailable_told:
            self._unavailable_told = True
            emit(self.unavailable, self._unavailable_reason)


class SilentNarrator(Narrator):
    """Says nothing; the captions carry the words. With a ``reason``, the first request reports it."""

    def __init__(self, reason: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reason = reason

    def _tell(self) -> None:
        if self._reason:
            self._report_unavailable(self._reason)

    def speak(self, text: str) -> None:
        self._tell()

    def prepare(self, texts: Iterable[str]) -> None:
        self._tell()

    def stop(self) -> None:
        pass

    def pause(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def set_voice(self, voice_id: str | None) -> None:
        pass

    def set_rate(self, wpm: float) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def request_voices(self) -> None:
        emit(self.voices_listed, [])

    def shutdown(self) -> None:
        pass


class SpeechNarrator(Narrator):
    """pyttsx3 on one worker thread (made on first use), a file cache, and QtMultimedia playback.

    ``player_factory`` builds the AudioPlayer (default: QtAudioPlayer); ``renderer`` and ``engine_factory``
    stand in for render_to_wav and open_engine. Tests inject all three so no sound or engine is needed.
    """

    _render_requested = Signal(str, str, str, int)  # key, text, voice ("" = default), rate
    _close_requested = Signal()
    _voices_requested = Signal()

    def __init__(self, cache_dir: str | os.PathLike[str], *, voice: str | None = None,
                 rate: float = DEFAULT_RATE, volume: float = 1.0, driver: str | None = None,
                 player_factory: Callable[[QObject], AudioPlayer] | None = None,
                 renderer: Renderer | None = None, engine_factory: EngineFactory | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_dir = Path(cache_dir)
        self._voice = voice or None
        self._rate = clamp_rate(rate)
        self._volume = _clamp_volume(volume)
        self._driver = driver
        self._player_factory = player_factory or QtAudioPlayer
        self._renderer = renderer or render_to_wav
        self._engine_factory = engine_factory or open_engine
        self._player: AudioPlayer | None = None
        self._thread: QThread | None = None
        self._worker: RenderWorker | None = None
        self._queue: deque[tuple[str, str]] = deque()  # (key, text) waiting to be spoken
        self._ready: dict[str, str] = {}  # key -> rendered file
        self._pending: set[str] = set()  # keys asked for and not yet back: in flight or waiting below
        # Renders waiting for the worker, which is handed one at a time so a line asked to be spoken always goes
        # ahead of pre-renders: (key, text, voice, rate), spoken lines first in the order asked, then pre-renders.
        self._wanted: deque[_Job] = deque()
        self._backlog: deque[_Job] = deque()
        self._in_flight: str | None = None
        self._current: str | None = None  # key of the line sounding now
        self._paused = False
        self._engine_reason: str | None = None
        self._shut_down = False

    # The interface -------------------------------------------------------------------------------------

    def speak(self, text: str) -> None:
        text = _normalise(text)
        if self._shut_down or not text or self._silent():
            return
        key = self._key(text)
        self._queue.append((key, text))
        self._request(key, text, spoken=True)
        self._pump()

    def prepare(self, texts: Iterable[str]) -> None:
        """Render these lines in the background, in this order, behind any line asked to be spoken; they replace
        pre-renders from an earlier ``prepare`` that have not started (a new practice has begun)."""
        if self._shut_down or self._silent():
            return
        for job in self._backlog:
            self._pending.discard(job[0])
        self._backlog.clear()
        for raw in texts:
            text = _normalise(raw)
            if text:
                self._request(self._key(text), text)

    def stop(self) -> None:
        self._queue.clear()
        self._paused = False
        if self._current is not None:
            self._current = None
            if self._player is not None:
                self._player.stop()
            emit(self.speaking_finished)

    def pause(self) -> None:
        if self._paused:
            return
        self._paused = True
        if self._current is not None and self._player is not None:
            self._player.pause()

    def resume(self) -> None:
        if not self._paused:
            return
        self._paused = False
        if self._current is not None and self._player is not None:
            self._player.resume()
        else:
            self._pump()

    def set_voice(self, voice_id: str | None) -> None:
        self._voice = voice_id or None

    def set_rate(self, wpm: float) -> None:
        self._rate = clamp_rate(wpm)

    def set_volume(self, volume: float) -> None:
        self._volume = _clamp_volume(volume)
        if self._player is not None:
            self._player.set_volume(self._volume)

    def get_ready(self) -> None:
        """Make the player (QtMultimedia and its media back-end, about 20 ms on the UI thread the first time) and
        start the worker thread, so a practice started later says its first cached line within a few
        milliseconds. Starts no speech engine and renders nothing; once made, both stay until shutdown."""
        if self._shut_down or self._engine_reason is not None:
            return
        self._ensure_player()
        self._ensure_worker()

    def request_voices(self) -> None:
        if self._shut_down or self._engine_reason is not None:
            emit(self.voices_listed, [])
            return
        self._ensure_worker()
        emit(self._voices_requested)

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self.stop()
        self._shut_down = True
        if self._thread is not None and self._worker is not None:
            self._worker.closing = True
            emit(self._close_requested)  # queued behind any renders, which now return at once
            if not self._thread.wait(_SHUTDOWN_WAIT_MS):
                log.warning("The speech thread is still busy after %d ms", _SHUTDOWN_WAIT_MS)
                self._thread.quit()
                self._thread.wait()
            self._worker.rendered.disconnect(self._on_rendered)
            self._worker.render_failed.disconnect(self._on_render_failed)
            self._worker.engine_failed.disconnect(self._on_engine_failed)
            self._worker.voices_listed.disconnect(self.voices_listed)
        self._thread = None
        self._worker = None

    # Inside -------------------------------------------------------------------------------------------

    @property
    def is_speaking(self) -> bool:
        return self._current is not None

    @property
    def queued(self) -> int:
        """Lines waiting behind the current one."""
        return len(self._queue)

    def _key(self, text: str) -> str:
        parts = (_CACHE_VERSION, self._driver or "", self._voice or "", str(self._rate), text)
        return sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]

    def _silent(self) -> bool:
        """True (after saying why, once) when nothing can be heard now."""
        if self._engine_reason is not None:
            self._report_unavailable(self._engine_reason)
            return True
        ok, reason = self._ensure_player().available()
        if not ok:
            # Checked again on every request, so plugging in headphones brings the voice back.
            self._report_unavailable(reason)
            return True
        return False

    def _ensure_player(self) -> AudioPlayer:
        if self._player is None:
            player = self._player_factory(self)
            player.set_volume(self._volume)
            player.finished.connect(self._on_player_finished)
            player.failed.connect(self._on_player_failed)
            self._player = player
        return self._player

    def _ensure_worker(self) -> RenderWorker:
        if self._worker is None:
            thread = QThread()
            thread.setObjectName("speech-render")
            worker = RenderWorker(self._cache_dir, self._driver, self._engine_factory, self._renderer)
            worker.moveToThread(thread)
            self._render_requested.connect(worker.render)
            self._close_requested.connect(worker.close)
            self._voices_requested.connect(worker.list_voices)
            worker.voices_listed.connect(self.voices_listed)
            worker.rendered.connect(self._on_rendered)
            worker.render_failed.connect(self._on_render_failed)
            worker.engine_failed.connect(self._on_engine_failed)
            thread.start()
            self._thread, self._worker = thread, worker
        return self._worker

    def _request(self, key: str, text: str, *, spoken: bool = False) -> None:
        if key in self._ready or key == self._in_flight:
            return
        if key in self._pending:
            if not spoken:
                return
            waiting = next((job for job in self._backlog if job[0] == key), None)
            if waiting is None:
                return  # already wanted for speaking
            self._backlog.remove(waiting)  # about to be said: it goes ahead of the other pre-renders
            self._wanted.append(waiting)
        else:
            self._pending.add(key)
            job = (key, text, self._voice or "", self._rate)
            (self._wanted if spoken else self._backlog).append(job)
        self._dispatch()

    def _dispatch(self) -> None:
        """Hand the worker its next render when it has none."""
        if self._in_flight is not None or self._shut_down:
            return
        queue = self._wanted or self._backlog
        if not queue:
            return
        key, text, voice, rate = queue.popleft()
        self._in_flight = key
        self._ensure_worker()
        emit(self._render_requested, key, text, voice, rate)

    def _pump(self) -> None:
        """Start the next line if nothing is sounding, nothing is paused and its file is ready."""
        while self._current is None and not self._paused and self._queue:
            key, text = self._queue[0]
            if key in self._ready:
                self._queue.popleft()
                self._current = key
                self._ensure_player().play(Path(self._ready[key]))
                emit(self.speaking_started, text)
                return
            if key in self._pending:
                return  # wait for the worker
            self._queue.popleft()  # its render failed: skip the line, the caption still shows it

    @Slot(str, str, float)
    def _on_rendered(self, key: str, path: str, seconds: float) -> None:
        self._finished_job(key)
        self._ready[key] = path
        self._pump()
        self._dispatch()

    @Slot(str, str)
    def _on_render_failed(self, key: str, reason: str) -> None:
        self._finished_job(key)  # not ready and not pending: _pump skips it
        self._pump()
        self._dispatch()

    def _finished_job(self, key: str) -> None:
        self._pending.discard(key)
        if self._in_flight == key:
            self._in_flight = None

    @Slot(str)
    def _on_engine_failed(self, reason: str) -> None:
        self._engine_reason = reason or translate("Speech", UNAVAILABLE)
        self._pending.clear()
        self._wanted.clear()
        self._backlog.clear()
        self._in_flight = None
        self._queue.clear()
        self._report_unavailable(self._engine_reason)

    @Slot()
    def _on_player_finished(self) -> None:
        if self._current is None:
            return
        self._current = None
        emit(self.speaking_finished)
        self._pump()

    @Slot(str)
    def _on_player_failed(self, message: str) -> None:
        log.warning("A narration line couldn't be played: %s", message)
        if self._current is not None:
            self._ready.pop(self._current, None)  # render it again next time (the file may have gone)
        self._on_player_finished()


def create_narrator(cache_dir: str | os.PathLike[str], *, enabled: bool = True, voice: str | None = None,
                    rate: float = DEFAULT_RATE, volume: float = 1.0, driver: str | None = None,
                    player_factory: Callable[[QObject], AudioPlayer] | None = None,
                    parent: QObject | None = None) -> Narrator:
    """The best narrator this computer supports, falling back quietly to a silent one.

    Nothing here starts the engine (that could take a moment): the worker tries on first use and, if it
    fails, the narrator says so once through ``unavailable`` and then stays quiet.
    """
    if not enabled:
        return SilentNarrator(parent=parent)
    if not _pyttsx3_installed():
        log.info("pyttsx3 is not installed; narration is off")
        return SilentNarrator(translate("Speech", UNAVAILABLE), parent=parent)
    return SpeechNarrator(cache_dir, voice=voice, rate=rate, volume=volume, driver=driver,
                          player_factory=player_factory, parent=parent)


def _pyttsx3_installed() -> bool:
    return importlib.util.find_spec("pyttsx3") is not None


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _clamp_volume(volume: float) -> float:
    return min(1.0, max(0.0, float(volume)))

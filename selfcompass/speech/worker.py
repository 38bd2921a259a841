"""The speech engine's own thread: one ``RenderWorker`` owns the pyttsx3 engine, renders lines to cached files and
lists voices; every result goes back to the narrator (on the UI thread) by signal. Nothing here plays sound."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from selfcompass.core.i18n import translate
from selfcompass.speech._signals import emit
from selfcompass.speech.cache import mark_used, prune
from selfcompass.speech.render import (
    UNAVAILABLE,
    RenderError,
    SpeechUnavailable,
    Voice,
    audio_seconds,
    audio_suffix,
    list_voices,
    preferred_voice,
)
from selfcompass.storage.files import publish

log = logging.getLogger(__name__)

Renderer = Callable[..., float]  # same signature as render_to_wav
EngineFactory = Callable[[str | None], Any]


class RenderWorker(QObject):
    """Lives on the worker thread and owns the speech engine; every result goes back by signal."""

    rendered = Signal(str, str, float)  # key, file path, seconds
    render_failed = Signal(str, str)  # key, reason (no spoken text)
    engine_failed = Signal(str)  # gentle reason
    voices_listed = Signal(list)

    def __init__(self, cache_dir: Path, driver: str | None, engine_factory: EngineFactory,
                 renderer: Renderer) -> None:
        super().__init__()
        self._cache_dir = cache_dir
        self._driver = driver
        self._engine_factory = engine_factory
        self._renderer = renderer
        self._engine: Any = None
        self._engine_dead = False
        self._suffix = audio_suffix(None, driver)  # known before the engine starts, so the cache is read first
        self._default_voice: str | None = None
        self._voices: list[Voice] = []  # listed once, when the engine starts
        # Set from the UI thread at shutdown so queued renders are skipped (a plain bool is atomic enough).
        self.closing = False

    @Slot(str, str, str, int)
    def render(self, key: str, text: str, voice: str, rate: int) -> None:
        if self.closing:
            return
        if self._engine_dead:
            emit(self.render_failed, key, "no speech engine")
            return
        # The cache first: a line rendered before plays without starting the engine (tens of milliseconds).
        path = self._cache_dir / f"{key}{self._suffix}"
        if path.exists():
            try:
                seconds = audio_seconds(path)
                mark_used(path)
                emit(self.rendered, key, str(path), seconds)
                return
            except RenderError:
                path.unlink(missing_ok=True)  # a damaged file from an earlier run: render it again
        if not self._start_engine():
            return
        part = self._cache_dir / f"{key}.part{self._suffix}"
        try:
            seconds = self._renderer(text, part, voice=voice or self._default_voice, rate=rate,
                                     engine=self._engine, voices=self._voices)
            publish(part, path)
        except RenderError as exc:
            part.unlink(missing_ok=True)
            log.warning("A narration line couldn't be rendered (%s): %s", key[:12], exc)
            emit(self.render_failed, key, str(exc))
        # A driver bug must not kill the worker silently (the narrator would wait for ever).
        except Exception as exc:
            part.unlink(missing_ok=True)
            log.warning("A narration line failed to render (%s)", key[:12], exc_info=True)
            emit(self.render_failed, key, f"{type(exc).__name__}: {exc}")
        else:
            emit(self.rendered, key, str(path), seconds)

    @Slot()
    def list_voices(self) -> None:
        if self.closing:
            return
        voices = list(self._voices) if not self._engine_dead and self._start_engine() else []
        emit(self.voices_listed, voices)

    @Slot()
    def close(self) -> None:
        """Let go of the engine on the thread that made it, then end this thread's event loop."""
        self._engine = None
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def _start_engine(self) -> bool:
        if self._engine is not None:
            return True
        try:
            engine = self._engine_factory(self._driver)
            self._voices = list_voices(engine)
            self._default_voice = preferred_voice(self._voices)
            self._suffix = audio_suffix(engine, self._driver)
            self._make_cache_dir()
        except SpeechUnavailable as exc:
            self._engine_dead = True
            emit(self.engine_failed, str(exc))
            return False
        except OSError as exc:
            self._engine_dead = True
            log.warning("The narration cache folder can't be made: %s", exc)
            emit(self.engine_failed, translate("Speech", UNAVAILABLE))
            return False
        self._engine = engine
        return True

    def _make_cache_dir(self) -> None:
        # mode, not umask: the umask is process-wide and other threads may be creating files right now.
        self._cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        for leftover in self._cache_dir.glob("*.part.*"):  # from a run that ended mid-render
            leftover.unlink(missing_ok=True)
        prune(self._cache_dir, now=time.time())  # once a run, on this thread (see speech/cache.py)

"""The timer's bell: one short sound file played on the UI thread, QtMultimedia loaded on its first ring.

A missing speaker or file is quiet, never an error: the timer's ring on screen and its countdown carry on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl


class SoundBell(QObject):
    """Rings ``path`` (a short WAV) at ``volume`` (0 to 1). Each ring starts the sound again from its beginning."""

    def __init__(self, path: Path, volume: float = 0.8, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._volume = volume
        self._effect: Any = None

    def _made(self) -> Any:
        if self._effect is None:
            from PySide6.QtMultimedia import QSoundEffect  # first ring only: start-up never pays for it

            self._effect = QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(self._path)))
            self._effect.setVolume(self._volume)
        return self._effect

    def ring(self) -> None:
        if not self._path.is_file():
            return
        effect = self._made()
        effect.stop()
        effect.play()

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        if self._effect is not None:
            self._effect.setVolume(volume)

    def stop(self) -> None:
        if self._effect is not None:
            self._effect.stop()

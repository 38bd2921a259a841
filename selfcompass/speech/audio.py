"""Playing a rendered file on the UI thread: the narrator's ears. ``QtAudioPlayer`` is the real one (QtMultimedia,
loaded on first use); tests give the narrator a fake with the same signals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.speech._signals import emit

# Kept in English; translated where it is shown: translate("Speech", NO_AUDIO_OUTPUT).
NO_AUDIO_OUTPUT = QT_TRANSLATE_NOOP("Speech", "Spoken guidance needs a speaker or headphones, and none were found "
                                              "on this computer, so the words will stay on screen.")


class AudioPlayer(QObject):
    """Plays one file at a time on the UI thread. Tests inject a fake with the same signals."""

    # The file played to its end (not emitted after stop()).
    finished = Signal()
    # The file couldn't be played; the message is for the log.
    failed = Signal(str)

    def available(self) -> tuple[bool, str]:
        """Whether anything can be heard now, and a gentle reason when not."""
        raise NotImplementedError

    def play(self, path: Path) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def pause(self) -> None:
        raise NotImplementedError

    def resume(self) -> None:
        raise NotImplementedError

    def set_volume(self, volume: float) -> None:
        raise NotImplementedError


class QtAudioPlayer(AudioPlayer):
    """QMediaPlayer + QAudioOutput. QtMultimedia is imported here, on first use, not at app start."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6 import QtMultimedia

        self._qm = QtMultimedia
        self._output = QtMultimedia.QAudioOutput(self)
        self._player = QtMultimedia.QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        self._active = False

    def available(self) -> tuple[bool, str]:
        if not self._qm.QMediaDevices.audioOutputs():
            return False, translate("Speech", NO_AUDIO_OUTPUT)
        return True, ""

    def play(self, path: Path) -> None:
        self._active = True
        self._player.setSource(QUrl())  # so the same file twice in a row plays again from its start
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def stop(self) -> None:
        self._active = False
        self._player.stop()

    def pause(self) -> None:
        self._player.pause()

    def resume(self) -> None:
        if self._active:
            self._player.play()

    def set_volume(self, volume: float) -> None:
        # The setting is a slider position; ears hear loudness logarithmically, QAudioOutput wants linear.
        audio = self._qm.QtAudio
        self._output.setVolume(audio.convertVolume(volume, audio.VolumeScale.LogarithmicVolumeScale,
                                                   audio.VolumeScale.LinearVolumeScale))

    def _on_status(self, status: Any) -> None:
        status_enum = self._qm.QMediaPlayer.MediaStatus
        if not self._active:
            return
        if status == status_enum.EndOfMedia:
            self._active = False
            emit(self.finished)
        elif status == status_enum.InvalidMedia:
            self._active = False
            emit(self.failed, "invalid media")

    def _on_error(self, error: Any, message: str) -> None:
        if self._active and error != self._qm.QMediaPlayer.Error.NoError:
            self._active = False
            emit(self.failed, message or str(error))

"""Test set-up: headless Qt, private temporary data folders, and no timers or threads left behind."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false;qt.qpa.*=false")

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the real user folders: every platformdirs location points into a temp folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("SELFCOMPASS_DATA_DIR", raising=False)


@pytest.fixture
def repo_root() -> Path:
    return ROOT


class FakeNarrator:
    """Stands in for the speech narrator: records what it was asked to say."""

    def __init__(self, reason: str | None = None) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            unavailable = Signal(str)
            voices_listed = Signal(list)

        self._signals = _Signals()
        self.unavailable = self._signals.unavailable
        self.voices_listed = self._signals.voices_listed
        self.unavailable_reason = reason
        self.said: list[str] = []
        self.calls: list[str] = []

    def speak(self, text: str) -> None:
        self.said.append(text)

    def prepare(self, texts: object) -> None:
        self.calls.append("prepare")

    def stop(self) -> None:
        self.calls.append("stop")

    def pause(self) -> None:
        self.calls.append("pause")

    def resume(self) -> None:
        self.calls.append("resume")

    def set_voice(self, voice: str | None) -> None:
        self.calls.append(f"voice {voice}")

    def set_rate(self, rate: float) -> None:
        self.calls.append(f"rate {rate}")

    def set_volume(self, volume: float) -> None:
        self.calls.append(f"volume {volume}")

    def request_voices(self) -> None:
        self.voices_listed.emit([])

    def shutdown(self) -> None:
        self.calls.append("shutdown")


@pytest.fixture
def make_app(qtbot, tmp_path: Path):
    """Build the real app on a temp data folder, with a manual clock and hand-fired tickers."""
    from doubles import FakeTimers, ManualClock

    from selfcompass.app import SelfCompassApp, make_qapp
    from selfcompass.core.settings import Settings
    from selfcompass.paths import AppPaths

    made = []

    def build(narrator: FakeNarrator | None = None, **values: object):
        settings = Settings.defaults()
        settings.values.update({"welcome_seen": True, **values})
        paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "cache", tmp_path / "logs")
        paths.ensure()
        clock = ManualClock()
        timers = FakeTimers(clock)
        fake = narrator or FakeNarrator()
        app = SelfCompassApp(make_qapp(), paths, settings=settings, clock=clock, timers=timers,
                             narrator_factory=lambda *_: fake)
        app.test_clock = clock  # type: ignore[attr-defined]
        app.test_tickers = timers.tickers  # type: ignore[attr-defined]
        app.test_timers = timers  # type: ignore[attr-defined]
        app.test_narrator = fake  # type: ignore[attr-defined]
        qtbot.addWidget(app.window)
        made.append(app)
        return app

    yield build
    for app in made:
        app.window.close()
        app.shutdown()

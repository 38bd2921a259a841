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


class _QtWatch:
    """Records every QTimer and QThread started from Python, so a test that leaves one running can be named
    (after napari's dangling-timer check)."""

    def __init__(self) -> None:
        self.timers: list[object] = []
        self.threads: list[object] = []
        self._originals: tuple[object, object] | None = None

    def install(self) -> bool:
        try:
            from PySide6.QtCore import QThread, QTimer
        except ImportError:  # the core-only job runs with PySide6 blocked
            return False
        timer_start, thread_start = self._originals = QTimer.start, QThread.start
        timers, threads = self.timers, self.threads

        def start_timer(timer: QTimer, *args: object) -> None:
            timers.append(timer)
            timer_start(timer, *args)

        def start_thread(thread: QThread, *args: object) -> None:
            threads.append(thread)
            thread_start(thread, *args)

        QTimer.start = start_timer  # type: ignore[method-assign]
        QThread.start = start_thread  # type: ignore[method-assign]
        return True

    def uninstall(self) -> None:
        if self._originals is not None:
            from PySide6.QtCore import QThread, QTimer

            QTimer.start, QThread.start = self._originals  # type: ignore[method-assign,assignment]

    def still_running(self) -> list[str]:
        running = []
        for timer in self.timers:
            try:
                if timer.isActive():  # type: ignore[attr-defined]
                    running.append("timer " + (timer.objectName() or repr(timer)))  # type: ignore[attr-defined]
            except RuntimeError:  # its C++ object is gone with its owner: not running
                continue
        for thread in self.threads:
            try:
                if thread.isRunning() and not thread.wait(5000):  # type: ignore[attr-defined]
                    running.append("thread " + (thread.objectName() or repr(thread)))  # type: ignore[attr-defined]
            except RuntimeError:
                continue
        self.timers.clear()
        self.threads.clear()
        return running


_qt_watch = _QtWatch()


@pytest.fixture(autouse=True)
def _nothing_left_running(request: pytest.FixtureRequest) -> object:
    """Fail a test that leaves a QTimer it started running, or a thread alive, once its own clean-up has run."""
    import threading

    watching = _qt_watch.install()
    before = set(threading.enumerate())
    yield
    _qt_watch.uninstall()
    if watching:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        for widget in list(QApplication.topLevelWidgets()) if app is not None else []:
            widget.close()  # what pytest-qt's qtbot would do; windows close their features' timers
        running = _qt_watch.still_running()
        assert not running, f"{request.node.name} left these running: {running}"
    for thread in set(threading.enumerate()) - before:
        if isinstance(thread, threading._DummyThread):  # a Qt thread that ran Python: checked above
            continue
        thread.join(timeout=5)  # a worker finishing its last job; no test may leave one running for good
        assert not thread.is_alive(), f"{request.node.name} left a thread running: {thread.name}"


@pytest.fixture
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def make_app(qtbot, tmp_path: Path):
    """Build the real app on a temp data folder, with a manual clock and hand-fired tickers."""
    from doubles import FakeNarrator, FakeTimers, ManualClock

    from selfcompass.app import SelfCompassApp, make_qapp
    from selfcompass.core.settings import Settings
    from selfcompass.paths import AppPaths

    made = []

    def build(narrator: FakeNarrator | None = None, **values: object):
        settings = Settings.defaults()
        # Someone who has been through the first run and chose "a few" nudges, unless the test says otherwise.
        welcomed = values.get("welcome_seen", True)
        settings.values.update({"welcome_seen": True, "first_run_done": welcomed,
                                "nudges": "some" if welcomed else "unset", **values})
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
        # Closing with writing that could not be saved asks the person; a test that means to ask answers itself.
        app.journal.ask_close_unsaved = lambda: True  # type: ignore[attr-defined]
        qtbot.addWidget(app.window)
        made.append(app)
        return app

    yield build
    for app in made:
        app.window.close()
        app.shutdown()

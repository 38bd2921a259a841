"""Offline by construction: a whole practice session and its database write complete with sockets refused.

import-linter's "Offline by construction" contract forbids the network modules; it cannot name subpackages
of an outside package, so the Qt network and web modules are checked here by reading the source.
"""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
from doubles import FakeTimers, ManualClock

from selfcompass.app import SelfCompassApp
from selfcompass.core.records import Outcome
from selfcompass.core.settings import Settings
from selfcompass.paths import AppPaths

NETWORK_MODULES = ("socket", "ssl", "urllib", "http", "ftplib", "smtplib", "xmlrpc", "requests", "httpx",
                   "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
                   "PySide6.QtWebSockets", "PySide6.QtWebChannel", "PySide6.QtNetworkAuth")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way of opening a socket raises, and is noted (so a swallowed attempt still fails the test)."""
    attempts: list[str] = []

    class RefusedSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(f"socket{args}")
            raise OSError("network access is blocked in this test")

    def refuse(name: str):
        def refused(*args: object, **kwargs: object):
            attempts.append(f"{name}{args}")
            raise OSError("network access is blocked in this test")

        return refused

    monkeypatch.setattr(socket, "socket", RefusedSocket)
    for name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_block_really_blocks(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443))
    with pytest.raises(OSError):
        socket.socket()
    assert len(no_network) == 2


def test_a_full_session_with_writing_is_recorded_offline(qapp, qtbot, tmp_path: Path, no_network: list[str]) -> None:
    paths = AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "cache", tmp_path / "logs")
    paths.ensure()
    settings = Settings.defaults()
    settings.values.update(welcome_seen=True)
    clock = ManualClock()
    timers = FakeTimers(clock)
    tickers = timers.tickers.values()
    app = SelfCompassApp(qapp, paths, settings=settings, clock=clock, timers=timers)
    qtbot.addWidget(app.window)
    app.window.show()
    app.after_first_show()
    app.start_practice("evening-journal")
    practice = app.library.practices["evening-journal"]
    wrote = 0
    for _ in range(int(practice.duration) + 60):  # one simulated second a turn, never a real wait
        if not app.player.active:
            break
        run = app.player.run
        assert run is not None
        if run.step.waits_for_person or (run.step.kind.value == "write" and run.step_elapsed() >= 5):
            wrote += 1
            app.player.writing.setPlainText(f"Something kind, part {wrote}.")
            app.player.skip()
            continue
        clock.advance(1.0)
        for ticker in tickers:
            ticker.fire()
    assert not app.player.active, "the practice did not reach its end"
    assert app.player.run is not None and app.player.run.state.over
    app.player.finish()
    qtbot.waitUntil(lambda: bool(app.recorded), timeout=15000)
    app.window.close()  # closing shuts the database worker down
    assert not app.database.busy

    from selfcompass.storage import open_database

    with open_database(paths) as db:
        sessions = db.sessions.recent()
    assert [s.practice_id for s in sessions] == ["evening-journal"]
    assert sessions[0].outcome is Outcome.FINISHED
    assert [w.text for w in sessions[0].writings] == [f"Something kind, part {n}." for n in range(1, wrote + 1)]
    assert wrote == 3
    assert no_network == []


@pytest.mark.speech
def test_narration_renders_offline(tmp_path: Path, no_network: list[str]) -> None:
    from selfcompass.speech.render import engine_available, render_to_wav

    available, reason = engine_available()
    if not available:
        pytest.skip(reason)
    assert render_to_wav("You might notice your breath.", tmp_path / "line.wav") > 0
    assert no_network == []


def imported_modules(path: Path) -> set[str]:
    """Every module named by an import anywhere in the file, including imports inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_module_of_the_app_imports_a_network_module(repo_root: Path) -> None:
    offenders = []
    for path in sorted((repo_root / "selfcompass").rglob("*.py")):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(repo_root)}: {name}")
    assert offenders == []


def test_the_scan_would_catch_a_lazy_qt_network_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def later():\n    from PySide6 import QtNetwork\n    import urllib.request\n", encoding="utf-8")
    assert {"PySide6.QtNetwork", "urllib.request"} <= imported_modules(sample)

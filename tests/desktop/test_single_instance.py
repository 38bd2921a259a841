"""One writer: a second launch on the same data folder brings the running window forward and opens nothing."""

from __future__ import annotations

import subprocess
import sys


def test_a_second_app_on_the_same_folder_raises_the_first_and_quits(make_app, qtbot) -> None:
    first = make_app()
    installed = first.journal.configure(quit_app=lambda: None)
    first.window.show()
    first.window.showMinimized()
    assert installed.instance_lock is not None and installed.instance_lock.held
    quits: list[bool] = []
    second = make_app()
    other = second.journal.configure(quit_app=lambda: quits.append(True))
    assert other.second_instance and other.feature is None
    assert second.database.held  # the second never opens the database
    qtbot.waitUntil(lambda: bool(quits))
    qtbot.waitUntil(lambda: installed.raise_count == 1)
    assert not first.window.isMinimized()
    assert not (first.paths.data / "selfcompass.raise").exists()  # the request was taken


def test_a_second_process_is_refused_and_its_raise_request_arrives(make_app, qtbot) -> None:
    app = make_app()
    installed = app.journal.configure(quit_app=lambda: None)
    app.window.show()
    code = ("import sys; from selfcompass.paths import AppPaths; from pathlib import Path\n"
            "from selfcompass.storage.instance import AlreadyRunning, InstanceLock, request_raise\n"
            "p = AppPaths(Path(sys.argv[1]), Path(sys.argv[1]), Path(sys.argv[1]), Path(sys.argv[1]))\n"
            "try:\n    InstanceLock.acquire(p)\nexcept AlreadyRunning:\n    request_raise(p); sys.exit(3)\n")
    done = subprocess.run([sys.executable, "-c", code, str(app.paths.data)], check=False, timeout=60)
    assert done.returncode == 3
    qtbot.waitUntil(lambda: installed.raise_count == 1)


def test_the_lock_is_released_on_close_so_the_next_launch_opens(make_app, qtbot) -> None:
    app = make_app()
    installed = app.journal.configure(quit_app=lambda: None)
    app.window.close()
    assert not installed.instance_lock.held
    again = make_app().journal.configure(quit_app=lambda: None)
    assert not again.second_instance and again.instance_lock.held


def test_a_second_launch_ends_before_loading_qt_and_brings_the_first_forward(make_app, qtbot) -> None:
    app = make_app()
    installed = app.journal.configure(quit_app=lambda: None)
    app.window.show()
    code = ("import sys\n"
            "from selfcompass.cli import run\n"
            "code = run(['--data-dir', sys.argv[1]])\n"
            "print('exit', code, 'qt', 'PySide6' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code, str(app.paths.data)], capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.stdout.strip() == "exit 0 qt False", done.stdout + done.stderr
    assert "already open" in done.stderr
    qtbot.waitUntil(lambda: installed.raise_count == 1)


def test_start_up_claims_the_folder_and_the_journal_keeps_that_lock(qtbot, tmp_path) -> None:
    from selfcompass.app import SelfCompassApp, make_qapp
    from selfcompass.startup import prepare

    prepared = prepare(tmp_path)
    assert prepared.instance_lock is not None and prepared.instance_lock.held
    assert prepare(tmp_path, bring_forward=False).already_running
    assert not (tmp_path / "selfcompass.raise").exists()  # starting quietly at login asks nothing
    app = SelfCompassApp(make_qapp(), prepared.paths, settings=prepared.settings,
                         instance_lock=prepared.instance_lock)  # as run_gui hands it over
    qtbot.addWidget(app.window)
    assert app.journal.instance_lock is prepared.instance_lock and not app.journal.second_instance
    app.window.close()
    app.shutdown()
    assert not prepared.instance_lock.held

"""One writer: a second launch on the same data folder brings the running window forward and opens nothing."""

from __future__ import annotations

import subprocess
import sys

from selfcompass.ui.journal.wiring import install_journal


def test_a_second_app_on_the_same_folder_raises_the_first_and_quits(make_app, qtbot) -> None:
    first = make_app()
    installed = install_journal(first, quit_app=lambda: None)
    first.window.show()
    first.window.showMinimized()
    assert installed.instance_lock is not None and installed.instance_lock.held
    quits: list[bool] = []
    second = make_app()
    other = install_journal(second, quit_app=lambda: quits.append(True))
    assert other.second_instance and other.feature is None
    assert second.database.held  # the second never opens the database
    qtbot.waitUntil(lambda: bool(quits))
    qtbot.waitUntil(lambda: installed.raise_count == 1)
    assert not first.window.isMinimized()
    assert not (first.paths.data / "selfcompass.raise").exists()  # the request was taken


def test_a_second_process_is_refused_and_its_raise_request_arrives(make_app, qtbot) -> None:
    app = make_app()
    installed = install_journal(app, quit_app=lambda: None)
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
    installed = install_journal(app, quit_app=lambda: None)
    app.window.close()
    assert not installed.instance_lock.held
    again = install_journal(make_app(), quit_app=lambda: None)
    assert not again.second_instance and again.instance_lock.held

"""One writer: the second launch finds the lock held, asks the first to come forward, and never opens the db."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from selfcompass.paths import AppPaths
from selfcompass.storage.instance import AlreadyRunning, InstanceLock, raise_request_path, request_raise


def make_paths(root: Path) -> AppPaths:
    return AppPaths(root / "data", root / "config", root / "cache", root / "logs")


def test_second_lock_in_another_process_is_refused_and_freed_on_kill(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    code = ("import sys; from pathlib import Path; from selfcompass.paths import AppPaths; "
            "from selfcompass.storage.instance import InstanceLock; r = Path(sys.argv[1]); "
            "lock = InstanceLock.acquire(AppPaths(r / 'data', r, r, r)); print('HELD', flush=True); "
            "sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "HELD"
        with pytest.raises(AlreadyRunning, match="already open"):
            InstanceLock.acquire(paths)
        request_raise(paths)
        assert raise_request_path(paths).exists()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        holder.stdin.close()
        holder.stdout.close()
    with InstanceLock.acquire(paths) as lock:  # the OS dropped the lock with the process: no stale lock
        assert lock.held
    assert not lock.held


def test_release_lets_the_next_launch_in(tmp_path: Path) -> None:
    paths = make_paths(tmp_path)
    first = InstanceLock.acquire(paths)
    first.release()
    second = InstanceLock.acquire(paths)
    second.release()

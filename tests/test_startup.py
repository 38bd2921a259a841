"""The first window waits for nothing heavy: checked in a real launch (`python -m selfcompass`), offscreen.

`make bench` measures how long start-up takes; this keeps the reasons it is quick from quietly regressing:
no database, speech, multimedia, player or journal screen, and no QStyle Python type (its enums cost ~7 ms),
either when the window is first shown or by the end of its first paint. Also that Python's cycle collector is
held off until the window is up, and on again afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from selfcompass.app.run import BENCH_ENV


def launch(data: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", BENCH_ENV: "0.1"}
    done = subprocess.run([sys.executable, "-m", "selfcompass", "--data-dir", str(data)], capture_output=True,
                          text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def heavy(lines: list[str], when: str) -> list[str]:
    prefix = f"heavy {when}:"
    line = next(x for x in lines if x.startswith(prefix))
    return line.removeprefix(prefix).split()


def test_first_window_loads_nothing_heavy(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"welcome_seen": True}))
    first = launch(tmp_path)  # reads and checks every practice file, then caches the library
    assert heavy(first, "at shown") == ["tomllib", "selfcompass.core.narration"], first  # to check the scripts
    again = launch(tmp_path)  # an ordinary start: the cached library, no TOML parsing
    assert "shown" in again
    assert heavy(again, "at shown") == [], again
    assert heavy(again, "after first paint") == [], again
    # Python's cycle collector is held off through start-up (selfcompass/__main__.py) and back once the window is up.
    assert "collector at shown: off" in again and "collector when idle: on" in again, again

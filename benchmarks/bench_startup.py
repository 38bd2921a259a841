"""Time from launch to the first shown main window, and idle memory (PSS), beside a bare PySide6 window.

Budgets (issue 2): at most 1.5x the bare window's start time and at most 40 MB more memory. Both programs run
under the same X server (Xvfb when there is no display), alternately, several times; medians are compared.

The package is byte-compiled first. PySide6's own modules were compiled when pip installed them, and an installed
SelfCompass (the bundle, or a first run that writes __pycache__) starts from bytecode too; without this step a
machine with PYTHONDONTWRITEBYTECODE set would recompile every module on every launch and measure that instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Result, median
from display import x_display

ROOT = Path(__file__).resolve().parent.parent
RUNS = 11
IDLE_SECONDS = 3.0


def launch(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from Popen to the program saying its window is shown, and its idle PSS in kB."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    shown = None
    pss = 0
    for line in proc.stdout:
        if line.startswith("shown") and shown is None:
            shown = time.perf_counter() - t0
        elif line.startswith("pss_kb"):
            pss = int(line.split()[1])
    proc.wait(timeout=60)
    if shown is None:
        raise RuntimeError(f"{cmd} never showed a window (exit {proc.returncode})")
    return shown, pss


def measure(commands: dict[str, list[str]], env: dict[str, str]) -> dict[str, tuple[list[float], list[int]]]:
    out: dict[str, tuple[list[float], list[int]]] = {name: ([], []) for name in commands}
    for cmd in commands.values():  # warm the file cache once each
        launch(cmd, env)
    for _ in range(RUNS):
        for name, cmd in commands.items():
            t, pss = launch(cmd, env)
            out[name][0].append(t)
            out[name][1].append(pss)
    return out


def run() -> list[Result]:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "selfcompass")], check=True)
    with x_display() as display, tempfile.TemporaryDirectory() as data:
        if display is None:
            return [Result("start-up (no X server or Xvfb found)", 0, "s")]
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", SELFCOMPASS_BENCH_SHOWN=str(IDLE_SECONDS),
                   SELFCOMPASS_DATA_DIR=data, QT_LOGGING_RULES="*.debug=false;qt.multimedia.*=false")
        # Seen the welcome already, so both show one plain window.
        Path(data, "settings.json").write_text('{"welcome_seen": true}')
        results = measure({
            "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
            "app": [sys.executable, "-m", "selfcompass"],
        }, env)
    bare_t, app_t = median(results["bare"][0]), median(results["app"][0])
    bare_m, app_m = median(results["bare"][1]) / 1024, median(results["app"][1]) / 1024
    return [
        Result("launch to first shown window (bare PySide6)", bare_t, "s"),
        Result("launch to first shown main window", app_t, "s", floor=bare_t, budget="<= 1.5x bare",
               ok=app_t <= 1.5 * bare_t),
        Result("idle memory PSS (bare PySide6)", bare_m, "MB"),
        Result("idle memory PSS (app, library shown)", app_m, "MB", floor=bare_m, budget="<= bare + 40 MB",
               ok=app_m - bare_m <= 40),
    ]

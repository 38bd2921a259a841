"""Narration: from a practice's start to its first line's sound starting, on a first run and from the cache.

Each figure is the median of fresh processes (benchmarks/narration_probe.py), so a first practice of the day pays
for what it really pays: the speech modules and QtMultimedia imported, the worker thread started and, on a first
run, the engine started and the line rendered. Budgets (issue 24): under 100 ms on a first run, under 30 ms
cached once speech has been made ready (the app does that when the chooser opens, not at start-up: a run that
never speaks would carry QtMultimedia all day). Printed beside it: the same with nothing made ready (the first
thing a fresh process does), and, when a bundle is built, that again with the bundle's stand-ins for QtQuick and
QtQml (packaging/qt_stubs.py), which the media back-end then loads instead of 17 MB of libraries. The same
practice started again in the same run is printed too. The method before issue 24 (each step's whole text
prepared first) is timed once beside it with the same code, so the change of order is visible.

Like bench_startup.py, the app's modules are compiled first: with PYTHONDONTWRITEBYTECODE set, a module edited
since its .pyc was written would be compiled again in every probe (3 ms for the narrator alone).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import Result, median

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "benchmarks" / "narration_probe.py"
RUNS = 5
PRACTICE = "box-breathing"


def probe(cache: Path, *extra: str, library_path: Path | None = None) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*.debug=false;qt.multimedia.*=false",
               PYTHONPATH=str(ROOT))
    if library_path is not None:  # found before the media plugin's own RUNPATH: the bundle's stand-ins
        env["LD_LIBRARY_PATH"] = str(library_path)
    done = subprocess.run([sys.executable, str(PROBE), str(cache), PRACTICE, *extra], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"narration probe failed: {done.stderr[-500:]}")
    out: dict[str, float] = json.loads(lines[-1])
    return out


def bundle_stubs(into: Path) -> Path | None:
    """A folder holding only the built bundle's QtQuick and QtQml stand-ins, or None without a bundle that has them."""
    from bench_bundle import BUNDLE

    lib = BUNDLE / "_internal" / "PySide6" / "Qt" / "lib"
    names = ("libQt6Quick.so.6", "libQt6Qml.so.6")
    if not sys.platform.startswith("linux") or not all((lib / n).is_file() and (lib / n).stat().st_size < 1e6
                                                         for n in names):
        return None
    into.mkdir()
    for name in names:
        shutil.copy(lib / name, into / name)
    return into


def run() -> list[Result]:
    try:
        import pyttsx3  # noqa: F401
    except ImportError:
        return [Result("narration (pyttsx3 not installed): skipped", 0, "")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "selfcompass")], check=True)
    cold: list[float] = []
    cached: list[float] = []
    ready: list[float] = []
    stubbed: list[float] = []
    again: list[float] = []
    old_cold: list[float] = []
    lines = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "narration"
        stubs = bundle_stubs(Path(tmp) / "stubs")
        for _ in range(RUNS):
            shutil.rmtree(cache, ignore_errors=True)
            first = probe(cache)
            cold.append(first["ms"])
            lines = first["lines"]
            second = probe(cache)
            cached.append(second["ms"])
            again.append(second["ms_again"])
            ready.append(probe(cache, "--ready")["ms"])
            if stubs is not None:
                stubbed.append(probe(cache, library_path=stubs)["ms"])
            shutil.rmtree(cache, ignore_errors=True)
            old_cold.append(probe(cache, "--step-texts")["ms"])
    first_ms, cached_ms, ready_ms = median(cold), median(cached), median(ready)
    return [
        Result(f"narration start to first sound, first run ({lines:.0f} lines)", first_ms, "ms",
               budget="< 100 ms", ok=first_ms < 100),
        Result("narration start to first sound, cached, speech made ready (the chooser opened)", ready_ms, "ms",
               budget="< 30 ms", ok=ready_ms < 30),
        Result("  cached, nothing made ready (the first thing a fresh process does)", cached_ms, "ms"),
        *([Result("  the same, with the bundle's QtQuick and QtQml stand-ins", median(stubbed), "ms")]
          if stubbed else []),
        Result("  the same practice again in the same run, cached", median(again), "ms"),
        Result("  first run with each step's whole text prepared first (the old order)", median(old_cold), "ms"),
    ]


if __name__ == "__main__":
    for result in run():
        print(result.line())

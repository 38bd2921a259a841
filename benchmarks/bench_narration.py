"""Narration: from a practice's start to its first line's sound starting, on a first run and from the cache.

Each figure is the median of fresh processes (benchmarks/narration_probe.py), so a first practice of the day pays
for what it really pays: the speech modules and QtMultimedia imported, the worker thread started and, on a first
run, the engine started and the line rendered. Budgets (issue 24): under 100 ms on a first run, under 30 ms
cached. The same practice started again in the same run is printed too. The method before issue 24 (each step's
whole text prepared first) is timed once beside it with the same code, so the change of order is visible.
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


def probe(cache: Path, *extra: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="*.debug=false;qt.multimedia.*=false",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(PROBE), str(cache), PRACTICE, *extra], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"narration probe failed: {done.stderr[-500:]}")
    out: dict[str, float] = json.loads(lines[-1])
    return out


def run() -> list[Result]:
    try:
        import pyttsx3  # noqa: F401
    except ImportError:
        return [Result("narration (pyttsx3 not installed): skipped", 0, "")]
    cold: list[float] = []
    cached: list[float] = []
    again: list[float] = []
    old_cold: list[float] = []
    lines = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "narration"
        for _ in range(RUNS):
            shutil.rmtree(cache, ignore_errors=True)
            first = probe(cache)
            cold.append(first["ms"])
            lines = first["lines"]
            second = probe(cache)
            cached.append(second["ms"])
            again.append(second["ms_again"])
            shutil.rmtree(cache, ignore_errors=True)
            old_cold.append(probe(cache, "--step-texts")["ms"])
    first_ms, cached_ms = median(cold), median(cached)
    return [
        Result(f"narration start to first sound, first run ({lines:.0f} lines)", first_ms, "ms",
               budget="< 100 ms", ok=first_ms < 100),
        Result("narration start to first sound, cached", cached_ms, "ms", budget="< 30 ms", ok=cached_ms < 30),
        Result("  the same practice again in the same run, cached", median(again), "ms"),
        Result("  first run with each step's whole text prepared first (the old order)", median(old_cold), "ms"),
    ]


if __name__ == "__main__":
    for result in run():
        print(result.line())

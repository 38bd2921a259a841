"""The PyInstaller bundle: its size on disk and zipped, and its start-up beside running from source.

Budgets (issue 3): unpacked under 200 MB, zipped under 90 MB, and launch to first shown window within 1.5x of
`python -m selfcompass`. Start-up uses the same probe as bench_startup.py (SELFCOMPASS_BENCH_SHOWN makes the app
print "shown" when its window is first exposed, then quit), alternating the two commands. Skips, with a line
saying so, when dist/SelfCompass has not been built (`make bundle`).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from common import Result, median

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "SelfCompass"
RUNS = 5
MB = 1e6


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / ("SelfCompass.exe" if sys.platform == "win32" else "SelfCompass")


def folder_bytes(folder: Path) -> int:
    """Bytes of every file in ``folder``; a symbolic link counts as itself, not as what it points at."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath, name)
            total += path.lstat().st_size
    return total


def zipped_bytes(folder: Path) -> int:
    sys.path.insert(0, str(ROOT / "packaging"))
    from make_zip import make_zip

    with tempfile.TemporaryDirectory() as tmp:
        return make_zip(folder, Path(tmp) / "bundle.zip").stat().st_size


def sizes(bundle: Path = BUNDLE) -> list[Result]:
    unpacked = folder_bytes(bundle) / MB
    zipped = zipped_bytes(bundle) / MB
    return [
        Result("bundle size unpacked", unpacked, "MB", budget="< 200 MB", ok=unpacked < 200),
        Result("bundle size zipped", zipped, "MB", budget="< 90 MB", ok=zipped < 90),
    ]


def start_up(bundle: Path = BUNDLE, runs: int = RUNS) -> list[Result]:
    from bench_startup import launch
    from display import x_display

    with x_display() as display, tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, SELFCOMPASS_BENCH_SHOWN="0.5", SELFCOMPASS_DATA_DIR=data,
                   QT_LOGGING_RULES="*.debug=false;qt.multimedia.*=false")
        if display is None:  # no X server: offscreen still shows (and exposes) the window
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        Path(data, "settings.json").write_text('{"welcome_seen": true}', encoding="utf-8")
        commands = {"source": [sys.executable, "-m", "selfcompass"], "bundle": [str(executable(bundle))]}
        times: dict[str, list[float]] = {name: [] for name in commands}
        for cmd in commands.values():  # warm the file cache once each
            launch(cmd, env)
        for _ in range(runs):
            for name, cmd in commands.items():
                times[name].append(launch(cmd, env)[0])
    source, frozen = median(times["source"]), median(times["bundle"])
    platform = "offscreen" if display is None else "X11"
    return [
        Result(f"launch to first window from source ({platform})", source, "s"),
        Result(f"launch to first window from the bundle ({platform})", frozen, "s", floor=source,
               budget="<= 1.5x source", ok=frozen <= 1.5 * source),
    ]


def run() -> list[Result]:
    if not executable(BUNDLE).is_file():
        return [Result("bundle not built (run `make bundle` first): skipped", 0, "")]
    return sizes(BUNDLE) + start_up(BUNDLE)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    for result in run():
        print(result.line())

"""Instructions executed from launch to the first shown window, the app beside a bare PySide6 window.

    make instructions            # to the first expose, as bench_startup.py times it
    make instructions PAINTED=1  # to the end of the first paint

Wall-clock start-up ratios wander by a tenth or more from run to run on a busy machine; the number of
instructions a launch executes, counted by valgrind's callgrind, is the same to within a fraction of a percent.
That makes it the way to judge a single change to start-up (docs/architecture.md, "Start-up"). ``make bench``
stays the measure of record. Needs valgrind (``apt-get install valgrind``); each launch takes 10-30 seconds.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from display import x_display

ROOT = Path(__file__).resolve().parent.parent
STOP = Path(__file__).resolve().parent / "stop_at.py"
TARGETS = {"bare": str(ROOT / "benchmarks" / "bare_window.py"), "app": "selfcompass"}


def count(target: str, env: dict[str, str]) -> int:
    """Instructions the launched program itself executes (not any process it starts) until it stops."""
    cmd = [sys.executable, str(STOP), target]
    subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)  # warm
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg.%p", *cmd], env=env,
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    first = re.search(r"^==(\d+)==", done.stderr, re.MULTILINE)
    collected = dict(re.findall(r"^==(\d+)== Collected : (\d+)", done.stderr, re.MULTILINE))
    if first is None or first.group(1) not in collected:
        raise RuntimeError(f"no instruction count for {target}:\n{done.stderr[-2000:]}")
    return int(collected[first.group(1)])


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed; run: sudo apt-get install valgrind", file=sys.stderr)
        return 2
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "selfcompass")], check=True)
    stop_at = "painted" if os.environ.get("PAINTED") else "shown"
    with x_display() as display, tempfile.TemporaryDirectory() as data:
        if display is None:
            print("no X server or Xvfb found", file=sys.stderr)
            return 2
        Path(data, "settings.json").write_text('{"welcome_seen": true}')
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", SELFCOMPASS_BENCH_SHOWN="0.5",
                   SELFCOMPASS_DATA_DIR=data, STOP_AT=stop_at, PYTHONHASHSEED="0",
                   QT_LOGGING_RULES="*.debug=false;qt.multimedia.*=false")
        counts = {name: count(target, env) for name, target in TARGETS.items()}
    print(f"instructions to the first {'paint' if stop_at == 'painted' else 'expose'}:")
    for name, n in counts.items():
        print(f"  {name:<5} {n / 1e6:8.1f} million")
    print(f"  ratio {counts['app'] / counts['bare']:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

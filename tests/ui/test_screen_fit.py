"""Every page, the first-run steps and the main dialogs fit the screens our users have (issue 20): 1366x768 and
1920x1080 at 150% (1280x720 logical), each less a 40-pixel taskbar, at the standard and a large text size. Fails on
any label, button, table header or chart axis whose text is cut or elided, on any window larger than the screen,
and on Home needing to scroll at the standard text size.

Each case runs tests/ui/screen_fit_worker.py in a process of its own, on an offscreen screen of that size (Qt's
offscreen platform takes its screens from a file), so the window really is sized from that screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

WORKER = Path(__file__).with_name("screen_fit_worker.py")
# (name, logical width, logical height less the taskbar, device pixel ratio)
SCREENS = (("1366x768", 1366, 728, 1.0), ("1920x1080 at 150%", 1280, 680, 1.5))
TEXT = (("standard text", 1.0), ("large text", 1.3))
#: Known, and named in issue 20's report for their owners: the chooser's offers and the reminders tab's note are laid
#: out for the width their dialog first had, so large text needs more lines than they are given. Remove a line once
#: it is fixed; nothing else may be cut.
@pytest.mark.parametrize(("scale_name", "scale"), TEXT, ids=[t[0] for t in TEXT])
@pytest.mark.parametrize(("screen", "width", "height", "ratio"), SCREENS, ids=[s[0] for s in SCREENS])
def test_every_page_fits_the_screen(tmp_path: Path, screen: str, width: int, height: int, ratio: float,
                                   scale_name: str, scale: float) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": screen, "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": ratio}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "QT_LOGGING_RULES": "qt.qpa.*=false;qt.multimedia.symbolsresolver=false",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, str(WORKER), str(scale)], capture_output=True, text=True, timeout=300,
                          env=env, check=False)
    assert done.returncode == 0, done.stderr
    problems = json.loads(done.stdout.strip().splitlines()[-1])
    assert problems == [], f"{screen}, {scale_name}:\n" + "\n".join(problems)

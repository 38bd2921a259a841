"""Is the person presenting or in a full-screen app? Then prompts wait. Windows asks the shell; else a guess.

Back-ends, best first: Windows ``SHQueryUserNotificationState`` (the same signal Windows uses to hold its own
notifications), then, on X11 only, whether the active window is full screen (via ``xprop``, if installed),
then "unknown", which never holds a prompt. See docs/presentation-awareness.md.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Protocol


class Presence(StrEnum):
    PRESENTING = "presenting"  # presentation mode, a slideshow
    FULL_SCREEN = "full-screen"  # a full-screen app or game, a video call shared full screen
    AWAY = "away"  # locked or screen saver
    AVAILABLE = "available"
    UNKNOWN = "unknown"

    @property
    def hold_prompts(self) -> bool:
        return self in (Presence.PRESENTING, Presence.FULL_SCREEN, Presence.AWAY)


class PresenceDetector(Protocol):
    name: str

    def state(self) -> Presence: ...


#: QUERY_USER_NOTIFICATION_STATE values from shellapi.h.
QUNS = {
    1: Presence.AWAY,  # QUNS_NOT_PRESENT: screen saver, locked, fast user switching
    2: Presence.FULL_SCREEN,  # QUNS_BUSY: a full-screen application
    3: Presence.FULL_SCREEN,  # QUNS_RUNNING_D3D_FULL_SCREEN
    4: Presence.PRESENTING,  # QUNS_PRESENTATION_MODE
    5: Presence.AVAILABLE,  # QUNS_ACCEPTS_NOTIFICATIONS
    6: Presence.AVAILABLE,  # QUNS_QUIET_TIME: the first hour after setting up Windows
    7: Presence.FULL_SCREEN,  # QUNS_APP: a Windows Store app full screen
}


class WindowsNotificationState:
    """Asks shell32.SHQueryUserNotificationState. ``query`` is injectable for tests on any platform."""

    name = "windows"

    def __init__(self, query: Callable[[], int | None] | None = None) -> None:
        self._query = query or self._shell_query

    @staticmethod
    def _shell_query() -> int | None:
        import ctypes  # Windows only; asked just before a nudge

        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return None
        value = ctypes.c_int(0)
        try:
            result = windll.shell32.SHQueryUserNotificationState(ctypes.byref(value))
        except (OSError, AttributeError):
            return None
        return value.value if result == 0 else None  # S_OK

    def state(self) -> Presence:
        code = self._query()
        return QUNS.get(code, Presence.UNKNOWN) if code is not None else Presence.UNKNOWN


class X11FullScreen:
    """Whether the active X11 window is full screen, through xprop. Unknown on any failure."""

    name = "x11-fullscreen"

    def __init__(self, run: Callable[[list[str]], str | None] | None = None) -> None:
        self._run = run or _run_xprop

    def state(self) -> Presence:
        root = self._run(["xprop", "-root", "_NET_ACTIVE_WINDOW"])
        if not root or "#" not in root:
            return Presence.UNKNOWN
        window = root.rsplit("#", 1)[1].strip().split(",")[0].strip()
        if not window or window in ("0x0", "0"):
            return Presence.UNKNOWN
        props = self._run(["xprop", "-id", window, "_NET_WM_STATE"])
        if props is None:
            return Presence.UNKNOWN
        return Presence.FULL_SCREEN if "_NET_WM_STATE_FULLSCREEN" in props else Presence.AVAILABLE


def _run_xprop(args: list[str]) -> str | None:
    import subprocess  # only when a nudge is due: a third of a megabyte the app need not hold between them

    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=1.0, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


class UnknownPresence:
    """The quiet fallback: never holds a prompt."""

    name = "unknown"

    def state(self) -> Presence:
        return Presence.UNKNOWN


def detect_presence(platform: str = sys.platform, env: Mapping[str, str] | None = None) -> PresenceDetector:
    """Pick the best back-end for this machine, quietly falling back to 'unknown'."""
    env = os.environ if env is None else env
    if platform == "win32":
        return WindowsNotificationState()
    on_x11 = bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")
    if platform.startswith("linux") and on_x11 and shutil.which("xprop"):
        return X11FullScreen()
    return UnknownPresence()

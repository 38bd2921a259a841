"""`make screenshots`: every page, the first-run steps and the main dialogs as PNGs in docs/screenshots/, on a real
(Xvfb) screen the size our users have, in the light, dark and high-contrast themes.

Two screens, each with a 40-pixel taskbar taken off (run once for each, as the Makefile does):
  1366   a 1366x768 laptop:                 xvfb-run -s "-screen 0 1366x768x24"  python -m tools.screenshots out 1366
  1280   1920x1080 at 150% (1280x720 logical): QT_SCALE_FACTOR=1.5 xvfb-run -s "-screen 0 1920x1080x24" ... out 1280
Files are named <page>-<size>-<theme>.png (home-1366-light.png). A temporary data folder, a manual clock (Monday
08:50 in London) and hand-fired timers make every picture the same.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

# The test doubles, found as conftest finds them: textstat installs a package of its own named "tests".
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

THEMES = ("light", "dark", "high-contrast")
TASKBAR = 40  # logical pixels a taskbar takes from the screen


def main(out_dir: str = "docs/screenshots", size: str = "1366", themes: str = ",".join(THEMES),
         text_scale: str = "1.0") -> int:
    from selfcompass.app import make_qapp

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    qapp = make_qapp()
    shots: list[str] = []
    for theme in themes.split(","):
        take_all(qapp, out, size, theme, float(text_scale), shots)
    print("\n".join(shots))
    return 0


def window_size() -> tuple[int, int]:
    """The screen less a taskbar, in logical pixels: what a maximised window gets."""
    free = QGuiApplication.primaryScreen().availableGeometry()
    return free.width(), free.height() - TASKBAR


def make(qapp, theme: str, text_scale: float, *, first_run: bool = False):
    """An app on a fresh folder, Monday 08:50 in London, with a tray-less window the size of the screen."""
    from datetime import UTC, datetime

    from doubles import FakeTimers, ManualClock

    from selfcompass.app import SelfCompassApp
    from selfcompass.core.settings import Settings
    from selfcompass.paths import AppPaths

    tmp = Path(tempfile.mkdtemp(prefix="selfcompass-shots-"))
    clock = ManualClock()
    clock.jump(datetime(2026, 3, 2, 8, 50, tzinfo=UTC))
    settings = Settings.defaults()
    settings.values.update(theme=theme, text_scale=text_scale)
    if not first_run:
        settings.values.update(welcome_seen=True, first_run_done=True, nudges="some")
    app = SelfCompassApp(qapp, AppPaths(tmp, tmp, tmp / "cache", tmp / "logs"), settings=settings, clock=clock,
                         timers=FakeTimers(clock))
    win = app.window
    win.resize(*window_size())
    win.move(0, 0)
    win.show()
    return app, clock


def take_all(qapp, out: Path, size: str, theme: str, text_scale: float, shots: list[str]) -> None:
    from selfcompass.paths import resource_dir

    scale = "" if text_scale == 1.0 else "-large"

    def name(page: str) -> Path:
        return out / f"{page}-{size}{scale}-{theme}.png"

    # The first run, each step.
    app, _clock = make(qapp, theme, text_scale, first_run=True)
    page = app.home.first_run
    assert page is not None
    for step, label in enumerate(("welcome", "work", "nudges", "voice")):
        page.go(step)
        if label == "nudges":
            page.calendar_steps.show()
        grab(qapp, app.window, name(f"first-run-{step + 1}-{label}"), shots)
    app.window.close()
    app.shutdown()

    # Home and every page, on a Monday morning with a calendar and a sequence.
    app, clock = make(qapp, theme, text_scale)
    win = app.window
    app.install_features(reminders={"tray_available": False})
    feature = app.features["reminders"]
    feature.calendar.import_now(resource_dir() / "tests" / "data" / "calendars" / "outlook_week.ics")
    app.settings.values["calendar_file"] = str(resource_dir() / "tests" / "data" / "calendars" / "outlook_week.ics")
    view = app.features["sequences"].view
    view.follow(next(s for s in view._shipped if s.id == "compassionate-leader"))
    view.refresh()
    app.home.refresh()
    win.show_page("home")
    grab(qapp, win, name("home"), shots)
    win.library_view.select("box-breathing")
    win.show_page("library")
    grab(qapp, win, name("library"), shots)
    win.show_page("journal")
    grab(qapp, win, name("journal"), shots)
    win.show_page("help")
    grab(qapp, win, name("help"), shots)
    win.show_page("today")
    grab(qapp, win, name("today"), shots)
    win.show_page("calendar")
    grab(qapp, win, name("calendar"), shots)
    win.show_page("insights")
    _wait(qapp, lambda: app.insights.insights.data is not None)  # its numbers come from the database thread
    grab(qapp, win, name("insights"), shots)
    win.show_page("checkin")
    grab(qapp, win, name("checkin"), shots)
    app.change_setting("coach_mode", True)
    win.show_page("coach")
    grab(qapp, win, name("coach"), shots)
    # Dialogs: the chooser and Settings.
    win.show_page("home")
    app.open_chooser()
    grab(qapp, app.chooser, name("chooser"), shots)
    app.chooser.close()
    app.open_settings()
    grab(qapp, app.settings_dialog, name("settings"), shots)
    app.settings_dialog.tabs.setCurrentIndex(1)
    grab(qapp, app.settings_dialog, name("settings-reminders"), shots)
    app.settings_dialog.close()
    # The player and its end screen.
    app.start_practice("box-breathing")
    clock.advance(12 + 2.2)
    app.player.tick()
    grab(qapp, win, name("player"), shots)
    app.player.stop()
    grab(qapp, win, name("end"), shots)
    app.player.finish()
    win.close()
    app.shutdown()


def _wait(qapp, ready, seconds: float = 10.0) -> None:
    """Serve events until ``ready()`` (or ``seconds`` pass: the picture then shows what a person would see)."""
    import time

    end = time.monotonic() + seconds
    while not ready() and time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)


def grab(qapp, win, path: Path, shots: list[str]) -> None:
    for _ in range(5):
        qapp.processEvents()
    screen = QGuiApplication.primaryScreen()
    if QGuiApplication.platformName() == "offscreen":
        pixmap = win.grab()
    else:
        geo = win.frameGeometry()
        pixmap = screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
    pixmap.save(str(path))
    shots.append(str(path))


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

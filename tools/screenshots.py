"""`make screenshots`: the library, the player, Today and Calendar on a real (Xvfb) screen, as PNGs for docs/.

Uses a temporary data folder, a manual clock and a hand-fired ticker so every picture is the same.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

# The test doubles, found as conftest finds them: textstat installs a package of its own named "tests".
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def main(out_dir: str = "docs/screenshots") -> int:
    from doubles import FakeTimers, ManualClock

    from selfcompass.app import SelfCompassApp, make_qapp
    from selfcompass.core.settings import Settings
    from selfcompass.paths import AppPaths

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    qapp = make_qapp()
    tmp = Path(tempfile.mkdtemp(prefix="selfcompass-shots-"))
    clock = ManualClock()
    timers = FakeTimers(clock)

    shots: list[str] = []
    for theme in ("light", "dark", "high-contrast"):
        settings = Settings.defaults()
        settings.values.update(theme=theme, welcome_seen=True)
        app = SelfCompassApp(qapp, AppPaths(tmp, tmp, tmp / "cache", tmp / "logs"), settings=settings, clock=clock,
                             timers=timers)
        win = app.window
        win.resize(1180, 760)
        win.move(0, 0)
        win.show()
        win.library_view.select("box-breathing")
        grab(qapp, win, out / f"library-{theme}.png", shots)
        win.show_page("help")
        grab(qapp, win, out / f"help-{theme}.png", shots)
        app.start_practice("box-breathing")
        clock.advance(12 + 2.2)
        app.player.tick()
        grab(qapp, win, out / f"player-{theme}.png", shots)
        app.player.stop()
        grab(qapp, win, out / f"end-{theme}.png", shots)
        app.player.finish()
        win.close()
        app.shutdown()
    today_and_calendar(qapp, out, shots)
    print("\n".join(shots))
    return 0


def today_and_calendar(qapp, out: Path, shots: list[str]) -> None:
    """Today and Calendar (light theme) on a Monday morning: the calendar in tests/data imported, the shipped
    "Compassionate leader" sequence followed, no tray (so the plan shows in the window)."""
    from datetime import UTC, datetime

    from doubles import FakeTimers, ManualClock

    from selfcompass.app import SelfCompassApp
    from selfcompass.core.settings import Settings
    from selfcompass.paths import AppPaths, resource_dir

    tmp = Path(tempfile.mkdtemp(prefix="selfcompass-shots-"))
    clock = ManualClock()
    clock.jump(datetime(2026, 3, 2, 8, 50, tzinfo=UTC))  # Monday 08:50 in London
    settings = Settings.defaults()
    settings.values.update(welcome_seen=True)
    app = SelfCompassApp(qapp, AppPaths(tmp, tmp, tmp / "cache", tmp / "logs"), settings=settings, clock=clock,
                         timers=FakeTimers(clock))
    win = app.window
    win.resize(1180, 800)
    win.move(0, 0)
    win.show()
    app.install_features(reminders={"tray_available": False})
    feature = app.features["reminders"]
    feature.calendar.import_now(resource_dir() / "tests" / "data" / "calendars" / "outlook_week.ics")
    view = app.features["sequences"].view
    view.follow(next(s for s in view._shipped if s.id == "compassionate-leader"))
    view.refresh()
    win.show_page("today")
    grab(qapp, win, out / "today-light.png", shots)
    win.show_page("calendar")
    grab(qapp, win, out / "calendar-light.png", shots)
    win.close()
    app.shutdown()


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

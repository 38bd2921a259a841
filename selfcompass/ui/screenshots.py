"""`make screenshots`: the library and the player on a real (Xvfb) screen, saved as PNGs for docs/.

Uses a temporary data folder, a manual clock and a hand-fired ticker so every picture is the same.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication


def main(out_dir: str = "docs/screenshots") -> int:
    from selfcompass.app import SelfCompassApp, make_qapp
    from selfcompass.core.clock import ManualClock
    from selfcompass.core.settings import Settings
    from selfcompass.paths import AppPaths
    from selfcompass.ui.ticker import FakeTicker

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    qapp = make_qapp()
    tmp = Path(tempfile.mkdtemp(prefix="selfcompass-shots-"))
    clock = ManualClock()
    tickers: list[FakeTicker] = []

    def factory(name, callback):
        ticker = FakeTicker(name, callback)
        tickers.append(ticker)
        return ticker

    shots: list[str] = []
    for theme in ("light", "dark", "high-contrast"):
        settings = Settings.defaults()
        settings.values.update(theme=theme, welcome_seen=True)
        app = SelfCompassApp(qapp, AppPaths(tmp, tmp, tmp / "cache", tmp / "logs"), settings=settings, clock=clock,
                             ticker_factory=factory)
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
    print("\n".join(shots))
    return 0


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

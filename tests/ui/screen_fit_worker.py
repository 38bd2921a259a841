"""Run by tests/ui/test_screen_fit.py in a process of its own, on an offscreen screen the size our users have (less a
taskbar): visits every page, the first-run steps and the main dialogs, and prints (as JSON) every label, button,
table header or chart axis whose text does not fit its widget, and every window larger than the screen.

    QT_QPA_PLATFORM=offscreen:configfile=<screen.json> python tests/ui/screen_fit_worker.py <text scale>
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for the doubles

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QLabel,
    QWidget,
)

SLACK = 1  # pixels of rounding allowed


def problems_in(place: str, root: QWidget) -> list[str]:
    """What in ``root`` (as it is on screen now) has text that does not fit."""
    found: list[str] = []
    QApplication.processEvents()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.width() <= 1 or widget.height() <= 1:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            text = widget.text()
            if widget.wordWrap():
                need_h = widget.heightForWidth(widget.width())
                if need_h > widget.height() + SLACK:
                    found.append(f"{place}: label {name} {text[:40]!r} needs {need_h} px high, has {widget.height()}")
            else:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + SLACK:
                    found.append(f"{place}: label {name} {text[:40]!r} needs {hint.width()} px wide, "
                                 f"has {widget.width()}")
                if hint.height() > widget.height() + SLACK:
                    found.append(f"{place}: label {name} {text[:40]!r} needs {hint.height()} px high, "
                                 f"has {widget.height()}")
            if text.rstrip().endswith(("…", "...")) and widget.toolTip().startswith(text.rstrip(".… ")):
                found.append(f"{place}: label {name} is elided")
        elif isinstance(widget, QAbstractButton) and widget.text() and type(widget).__name__ != "QTabBar":
            hint = widget.sizeHint()
            if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + 2 * SLACK:
                found.append(f"{place}: button {name} {widget.text()[:40]!r} needs {hint.width()}x{hint.height()}, "
                             f"has {widget.width()}x{widget.height()}")
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is None:
                continue
            from PySide6.QtCore import Qt

            metrics = widget.fontMetrics()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else model.rowCount()
            for section in range(count):
                if widget.isSectionHidden(section):
                    continue
                text = str(model.headerData(section, widget.orientation(), Qt.ItemDataRole.DisplayRole) or "")
                room = widget.sectionSize(section)
                if widget.orientation() == Qt.Orientation.Horizontal:
                    need = metrics.horizontalAdvance(text) + 8
                else:
                    need = metrics.height()
                if text and need > room + SLACK:
                    found.append(f"{place}: header {name} {text!r} needs {need} px, has {room}")
        if type(widget).__name__ == "ChartCanvas":
            found += _chart_problems(place, widget)
    return found


def painted_cut(place: str, root: QWidget) -> list[str]:
    """Words a list's delegate paints itself (the practice list's rows) that it had to cut short: they have no widget
    of their own to measure, so the delegate says which rows it cut when it last painted them."""
    found: list[str] = []
    for view in root.findChildren(QAbstractScrollArea):
        delegate = getattr(view, "itemDelegate", lambda: None)()
        if delegate is None or not hasattr(delegate, "cut") or not view.isVisibleTo(root):
            continue
        delegate.cut.clear()
        view.viewport().grab()  # paints every row in sight
        found += [f"{place}: row {row} in {view.objectName()} is cut short" for row in sorted(delegate.cut)]
    return found


def _chart_problems(place: str, canvas: QWidget) -> list[str]:
    """A chart whose category labels had to be shortened for the room each category gets, or whose plot has no
    room left between its labels (ui/chart_canvas.py)."""
    out = []
    name = canvas.accessibleName() or canvas.objectName()
    labels = canvas.category_labels()  # type: ignore[attr-defined]
    if labels and not canvas.labels_fit():  # type: ignore[attr-defined]
        cut = [label for label in labels if label.endswith("…")]
        out.append(f"{place}: chart {name!r} shortens its labels {cut[:3]}")
    plot = canvas.plot_area()  # type: ignore[attr-defined]
    if labels and plot.height() < 3 * canvas.fontMetrics().height():
        out.append(f"{place}: chart {name!r} has {plot.height():.0f} px left for its plot")
    return out


def window_problems(place: str, window: QWidget) -> list[str]:
    free = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > free.width() or frame.height() > free.height():
        return [f"{place}: window {frame.width()}x{frame.height()} is larger than the screen's "
                f"{free.width()}x{free.height()}"]
    return []


def scrolls(place: str, area: QAbstractScrollArea) -> list[str]:
    bar = area.verticalScrollBar()
    return [f"{place}: needs scrolling ({bar.maximum()} px)"] if bar.maximum() > 0 else []


def main(text_scale: float) -> list[str]:
    from doubles import FakeNarrator, FakeTimers, ManualClock

    from selfcompass.app import SelfCompassApp, make_qapp
    from selfcompass.core.settings import Settings
    from selfcompass.paths import AppPaths, resource_dir

    qapp = make_qapp()
    found: list[str] = []

    def make(first_run: bool) -> tuple[SelfCompassApp, ManualClock]:
        tmp = Path(tempfile.mkdtemp(prefix="selfcompass-fit-"))
        clock = ManualClock(datetime(2026, 3, 2, 8, 50, tzinfo=UTC))
        settings = Settings.defaults()
        settings.values.update(text_scale=text_scale, theme="light")
        if not first_run:
            settings.values.update(welcome_seen=True, first_run_done=True, nudges="some")
        app = SelfCompassApp(qapp, AppPaths(tmp, tmp, tmp / "cache", tmp / "logs"), settings=settings, clock=clock,
                             timers=FakeTimers(clock), narrator_factory=lambda *_: FakeNarrator())
        app.window.show_first()
        QApplication.processEvents()
        return app, clock

    app, _ = make(first_run=True)
    found += window_problems("main window", app.window)
    page = app.home.first_run
    assert page is not None
    for step in range(4):
        page.go(step)
        if step == 2:
            page.calendar_steps.show()
        found += problems_in(f"first run step {step + 1}", app.window)
    app.window.close()
    app.shutdown()

    app, clock = make(first_run=False)
    win = app.window
    app.install_features(reminders={"tray_available": False})
    calendar = resource_dir() / "tests" / "data" / "calendars" / "outlook_week.ics"
    app.features["reminders"].calendar.import_now(calendar)
    app.settings.values["calendar_file"] = str(calendar)
    view = app.features["sequences"].view
    view.follow(next(s for s in view._shipped if s.id == "compassionate-leader"))
    view.refresh()
    app.home.refresh()
    QApplication.processEvents()  # the journal's passphrase offer joins Home
    win.show_page("home")
    found += problems_in("home", win)
    if text_scale == 1.0:
        found += scrolls("home", win.home.scroll_area)
    app.change_setting("coach_mode", True)
    for key in ("library", "journal", "insights", "checkin", "help", "today", "calendar", "coach"):
        win.show_page(key)
        for _ in range(3):
            QApplication.processEvents()
        found += problems_in(key, win) + painted_cut(key, win)
    # A narrow window (under theme.ONE_COLUMN_WIDTH): the practice list in one column, then a practice's details in
    # its place; Home without its drawing.
    win.showNormal()
    win.resize(1000, win.height())
    win.show_page("library")
    QApplication.processEvents()
    library = win.library_view
    assert library.one_column, "a 1000-pixel window shows the practice list in one column"
    found += problems_in("library, narrow", win) + painted_cut("library, narrow", win)
    library.open_details("box-breathing")
    QApplication.processEvents()
    assert library.details_in_place
    found += problems_in("practice details in place, narrow", win)
    library.show_list()
    win.show_page("journal")
    QApplication.processEvents()
    found += problems_in("journal, narrow", win)
    win.show_page("home")
    QApplication.processEvents()
    found += problems_in("home, narrow", win)
    win.show_page("home")
    app.open_chooser()
    QApplication.processEvents()
    found += window_problems("chooser", app.chooser) + problems_in("chooser", app.chooser)
    app.chooser.close()
    app.open_settings()
    dialog = app.settings_dialog
    QApplication.processEvents()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        found += window_problems(f"settings tab {tab + 1}", dialog) + problems_in(f"settings tab {tab + 1}", dialog)
    dialog.close()
    app.start_practice("box-breathing")
    clock.advance(14.2)
    app.player.tick()
    found += problems_in("player", win)
    app.player.stop()
    found += problems_in("end screen", win)
    app.player.finish()
    win.close()
    app.shutdown()
    return found


if __name__ == "__main__":
    print(json.dumps(main(float(sys.argv[1]))))

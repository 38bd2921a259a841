"""Every page's title starts in the same place (ui/layout.page_margins), so moving between pages the eye finds the
title where it left the last one. Before, Home and Today sat 8 pixels further in than the Journal, Calendar,
Insights and Help, and the Practices page 16."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel


def _title_x(app, key: str) -> int:
    app.window.show_page(key)
    QApplication.processEvents()
    page = app.window.pages.currentWidget()
    titles = [w for w in page.findChildren(QLabel) if w.property("role") in ("title", "display") and w.isVisible()]
    assert titles, key
    return titles[0].mapTo(app.window, QPoint(0, 0)).x()


def test_every_titled_page_starts_its_title_where_home_does(make_app) -> None:
    app = make_app()
    app.install_features(reminders={"tray_available": False})
    app.change_setting("coach_mode", True)
    app.window.resize(1366, 728)
    app.window.show()
    home = _title_x(app, "home")
    places = ["journal", "insights", "today", "calendar", "checkin", "coach"]
    assert {key: _title_x(app, key) for key in places} == dict.fromkeys(places, home)
    app.window.show_page("library")  # no title: its first row starts there instead
    QApplication.processEvents()
    first = app.window.library_view.chooser_button
    assert first.mapTo(app.window, QPoint(0, 0)).x() == home

"""The sidebar: a page reached from a place (Calendar and Today from Home, the check-in from Insights) keeps that
place marked, and clicking it, or pressing Enter on it, goes back there. Before, the marked row did not change,
so a click on Home from the Calendar page did nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from selfcompass.ui.first_frame import USER_ROLE


def _row(window, key: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(window.nav.count()) if window.nav.item(r).data(USER_ROLE) == key)


def test_the_marked_place_takes_you_back_from_a_page_reached_from_it(make_app, qtbot) -> None:
    app = make_app()
    app.install_features(reminders={"tray_available": False})
    window = app.window
    window.show()
    for reached, place in (("calendar", "home"), ("today", "home"), ("checkin", "insights")):
        window.show_page(place)
        window.show_page(reached)
        assert window.nav.currentRow() == _row(window, place)  # the place stays marked
        item = window.nav.item(_row(window, place))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.nav.visualItemRect(item).center())
        QApplication.processEvents()
        assert window.pages.currentWidget() is window.page(place), reached
    window.show_page("calendar")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.page("home")

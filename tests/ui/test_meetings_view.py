"""The weekly meeting load view: chart, suggestions and table from a week of meetings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from selfcompass.core.meetings import Meeting, week_load
from selfcompass.ui.meeting_load import MeetingLoadView

LONDON = ZoneInfo("Europe/London")


def test_view_shows_chart_suggestions_and_table(qtbot: QtBot) -> None:
    def m(day: int, h: int, minutes: int) -> Meeting:
        s = datetime(2026, 3, day, h, tzinfo=LONDON).astimezone(UTC)
        return Meeting(s, s + timedelta(minutes=minutes))

    load = week_load([m(31, 10, 60), m(31, 11, 60), m(31, 12, 60), m(31, 13, 60), m(30, 9, 30)],
                     date(2026, 3, 30))
    view = MeetingLoadView()
    qtbot.addWidget(view)
    view.set_load(load)
    view.show()
    drawn = view.chart.series()
    assert [values for _, values, _ in drawn] == [[0.5, 4.0, 0.0, 0.0, 0.0], [0.5, 4.0, 0.0, 0.0, 0.0]]
    assert view.chart.categories() == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    assert view.chart.legend_shown() and not view.chart.values_shown()  # two sets; the table has the numbers
    assert "Tuesday has four hours back to back" in view.suggestions.text()
    assert view.table.rowCount() == 5
    assert view.table.item(1, 0).text() == "Tuesday 31 Mar"
    assert view.table.item(1, 1).text() == "4 h 00 min"
    assert view.table.item(1, 3).text() == "47%"
    assert "Monday 30 March" in view.heading.text()
    view.set_load(load)  # redrawing replaces, never stacks
    assert len(view.chart.series()) == 2
    # The working day (9 h) rounded up to an even number of hours, ticks two hours apart.
    assert view.chart.axis_range() == (0, 10)
    assert view.chart.ticks() == ["0 h", "2 h", "4 h", "6 h", "8 h", "10 h"]


def test_the_chart_follows_the_theme_and_the_table_shows_every_day(qtbot: QtBot) -> None:
    from selfcompass.ui.chart_style import series_colours
    from selfcompass.ui.theme import THEMES

    start = datetime(2026, 3, 31, 10, tzinfo=LONDON).astimezone(UTC)
    load = week_load([Meeting(start, start + timedelta(hours=1))], date(2026, 3, 30))
    dark = THEMES["dark"]
    view = MeetingLoadView(dark)
    qtbot.addWidget(view)
    view.set_load(load)
    view.show()
    corner = view.chart.grab().toImage()
    inside = corner.pixelColor(corner.width() // 2, 3 * corner.devicePixelRatio()).name()
    assert inside == dark.surface  # not a white chart on a dark page
    assert [colour for *_, colour in view.chart.series()] == series_colours(dark)[:2]
    light = THEMES["light"]
    view.set_theme(light)
    image = view.chart.grab().toImage()
    assert image.pixelColor(image.width() // 2, 3 * image.devicePixelRatio()).name() == light.surface
    assert [colour for *_, colour in view.chart.series()] == series_colours(light)[:2]
    table = view.table  # all five days in view: no scroll bar of its own inside the scrolling page
    qtbot.waitUntil(lambda: table.viewport().height() >= table.verticalHeader().length())
    assert table.verticalScrollBar().maximum() == 0

"""The weekly meeting load: a bar chart of hours per day, the kind suggestions, and the numbers in a table."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, month_name, short_month, short_weekday, weekday_name
from selfcompass.core.meetings import WeekLoad, hours_words
from selfcompass.ui.chart_style import add_axes, clear_chart, fit_rows, series_colours, style_chart
from selfcompass.ui.theme import THEMES, Theme

#: Table headings; translated where the table is built.
COLUMNS = (QT_TRANSLATE_NOOP("MeetingLoadView", "Day"), QT_TRANSLATE_NOOP("MeetingLoadView", "In meetings"),
           QT_TRANSLATE_NOOP("MeetingLoadView", "Longest run"),
           QT_TRANSLATE_NOOP("MeetingLoadView", "Share of working day"),
           QT_TRANSLATE_NOOP("MeetingLoadView", "Back-to-back runs"), QT_TRANSLATE_NOOP("MeetingLoadView", "Meetings"))


def _hours(span: timedelta) -> float:
    return round(span.total_seconds() / 3600, 2)


def _hm(span: timedelta) -> str:
    minutes = round(span.total_seconds() / 60)
    return QCoreApplication.translate("MeetingLoadView", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}")


class MeetingLoadView(QWidget):
    """Call ``set_load(week_load(meetings, monday, working_week))`` whenever the calendar or week changes."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingLoad")
        self.theme = theme or THEMES["light"]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up with the Calendar page above it
        self.heading = QLabel(self.tr("Your week in meetings"), self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.chart_view.setAccessibleName(self.tr("Chart of hours in meetings each day"))
        style_chart(self.chart, self.chart_view, self.theme)
        self.suggestions = QLabel(self)
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("MeetingLoadView", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Meeting numbers for each day"))
        for w in (self.heading, self.summary, self.chart_view, self.suggestions, self.table):
            layout.addWidget(w)
        self._load: WeekLoad | None = None

    @property
    def load(self) -> WeekLoad | None:
        return self._load

    def set_load(self, load: WeekLoad) -> None:
        self._load = load
        ws = load.week_start
        self.heading.setText(self.tr("Your week in meetings, from {weekday} {day} {month}").format(
            weekday=weekday_name(ws), day=ws.day, month=month_name(ws)))
        spent = hours_words(load.meeting_time) if load.meeting_time else self.tr("no time", "no time in meetings")
        longest = hours_words(load.longest_run) if load.longest_run else self.tr("none", "no long stretch of meetings")
        summary = self.tr("{spent} in meetings, about {percent}% of your working time. Longest stretch without a "
                          "break: {longest}.").format(spent=spent, percent=round(load.share * 100), longest=longest)
        self.summary.setText(f"{summary[:1].upper()}{summary[1:]}")
        self._draw_chart(load)
        items = "".join(f"<li>{s}</li>" for s in load.suggestions)
        self.suggestions.setText(f"<ul>{items}</ul>" if items else "")
        self._fill_table(load)

    def set_theme(self, theme: Theme) -> None:
        """Colours for a newly chosen theme; the chart is drawn again in them."""
        self.theme = theme
        style_chart(self.chart, self.chart_view, theme)
        if self._load is not None:
            self._draw_chart(self._load)

    def _draw_chart(self, load: WeekLoad) -> None:
        clear_chart(self.chart)
        meetings = QBarSet(self.tr("Hours in meetings"))
        longest = QBarSet(self.tr("Longest run without a break"))
        first, second = series_colours(self.theme)[:2]
        for bar_set, colour in ((meetings, first), (longest, second)):
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(self.theme.text))
        names = []
        for d in load.days:
            names.append(short_weekday(d.day))
            meetings.append(_hours(d.meeting_time))
            longest.append(_hours(d.longest_run))
        series = QBarSeries()
        series.append(meetings)
        series.append(longest)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(names)
        y = QValueAxis()
        top = max([_hours(d.working_time) for d in load.days] + [_hours(d.meeting_time) for d in load.days] + [1])
        top_even = max(2, int(top + 0.999) + int(top + 0.999) % 2)  # whole-hour ticks, two hours apart
        y.setRange(0, top_even)
        y.setTickCount(top_even // 2 + 1)
        y.setLabelFormat(self.tr("%d h", "chart axis: a whole number of hours"))
        add_axes(self.chart, x, y, [series], self.theme)

    def _fill_table(self, load: WeekLoad) -> None:
        self.table.setRowCount(len(load.days))
        for row, d in enumerate(load.days):
            when = self.tr("{weekday} {day} {month}", "a table row's date, e.g. Monday 3 Mar").format(
                weekday=d.name_text, day=d.day.day, month=short_month(d.day))
            cells = (when, _hm(d.meeting_time), _hm(d.longest_run),
                     f"{round(d.share * 100)}%", str(len(d.back_to_back)), str(d.count))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        fit_rows(self.table)

    def series_values(self) -> list[list[float]]:
        """The numbers drawn, per bar set (for tests and screen readers)."""
        out = []
        for series in self.chart.series():
            for bar_set in series.barSets():  # type: ignore[attr-defined]
                out.append([bar_set.at(i) for i in range(bar_set.count())])
        return out

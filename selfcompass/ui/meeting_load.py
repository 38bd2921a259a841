"""The weekly meeting load: this week or next, a bar chart of hours per day, the kind suggestions, the numbers in
a table (with the pauses that would be offered as meetings end), and how to bring a fresher calendar in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from selfcompass.core.i18n import QT_TRANSLATE_NOOP, month_name, short_month, short_weekday, weekday_name
from selfcompass.core.meetings import WeekLoad, hours_words
from selfcompass.core.reminders.types import ReminderRules
from selfcompass.core.reminders.week import WeekFigures, day_cells, hours_minutes
from selfcompass.ui.chart_canvas import ChartCanvas
from selfcompass.ui.chart_style import fit_rows
from selfcompass.ui.theme import THEMES, Theme

#: Table headings; translated where the table is built.
COLUMNS = (QT_TRANSLATE_NOOP("MeetingLoadView", "Day"), QT_TRANSLATE_NOOP("MeetingLoadView", "In meetings"),
           QT_TRANSLATE_NOOP("MeetingLoadView", "Longest run"),
           QT_TRANSLATE_NOOP("MeetingLoadView", "Share of working day"),
           QT_TRANSLATE_NOOP("MeetingLoadView", "Back-to-back runs"), QT_TRANSLATE_NOOP("MeetingLoadView", "Meetings"))


def _hours(span: timedelta) -> float:
    return round(span.total_seconds() / 3600, 2)


def _hm(span: timedelta) -> str:
    return hours_minutes(span)  # as `selfcompass calendar check` prints it


class MeetingLoadView(QWidget):
    """Call ``set_load(week_load(meetings, monday, working_week))`` whenever the calendar or week changes."""

    def __init__(self, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingLoad")
        self.theme = theme or THEMES["light"]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # lines up with the Calendar page above it
        self.heading = QLabel(self.tr("Your week in meetings"), self)
        self.heading.setProperty("role", "heading")  # the type scale's heading (ui/theme.py)
        # This week or next: meetings are planned ahead, so next week is where a change can still be made.
        self.this_week = QPushButton(self.tr("This week"), self, objectName="calendarThisWeek")
        self.next_week = QPushButton(self.tr("Next week"), self, objectName="calendarNextWeek")
        self._week_buttons = QButtonGroup(self)
        week_row = QHBoxLayout()
        for index, button in enumerate((self.this_week, self.next_week)):
            button.setCheckable(True)
            self._week_buttons.addButton(button, index)
            week_row.addWidget(button)
        week_row.addStretch(1)
        self.this_week.setChecked(True)
        self._week_buttons.idClicked.connect(self.show_week)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.chart = ChartCanvas(self.theme, self, minimum_height=220)
        self.chart.setAccessibleName(self.tr("Chart of hours in meetings each day"))
        self.suggestions = QLabel(self)
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("MeetingLoadView", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Meeting numbers for each day"))
        self.refresh_help = QLabel(self.tr(
            "<b>Keeping it up to date.</b> Your calendar changes: export it again now and then, saving over the same "
            "file, and SelfCompass reads it again by itself.<br>"
            "<b>Outlook on Windows:</b> File, Save Calendar, choose a date range, then Save.<br>"
            "<b>Outlook on the web and NHSmail:</b> Settings, Calendar, Shared calendars, Publish a calendar, then "
            "open the link it gives to save the calendar file, or ask your IT team which way your trust allows.<br>"
            "<b>Google Calendar:</b> Settings, Import and export, Export; unzip what it saves and choose the "
            "calendar file inside."), self)
        self.refresh_help.setObjectName("calendarRefreshHelp")
        self.pauses = QLabel(self)
        self.pauses.setObjectName("calendarPauses")
        self.pauses.setWordWrap(True)
        self.pauses.setTextFormat(Qt.TextFormat.RichText)
        self.refresh_help.setWordWrap(True)
        self.refresh_help.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        layout.addLayout(week_row)
        for w in (self.summary, self.chart, self.suggestions, self.table, self.pauses, self.refresh_help):
            layout.addWidget(w)
        self._load: WeekLoad | None = None
        self._weeks: list[WeekFigures] = []
        self._rules: ReminderRules | None = None
        self._shown: WeekFigures | None = None

    @property
    def load(self) -> WeekLoad | None:
        return self._load

    def set_weeks(self, weeks: Sequence[WeekFigures], rules: ReminderRules) -> None:
        """This week and next (``core.reminders.week.week_figures``), with the pauses the rules would offer."""
        self._weeks = list(weeks)
        self._rules = rules
        self.next_week.setEnabled(len(self._weeks) > 1)
        self.show_week(self._week_buttons.checkedId() if self._week_buttons.checkedId() < len(self._weeks) else 0)

    def show_week(self, index: int) -> None:
        """0: this week, 1: next week."""
        if not 0 <= index < len(self._weeks):
            return
        self._week_buttons.button(index).setChecked(True)
        self._shown = self._weeks[index]
        self.set_load(self._shown.load, keep_figures=True)

    def set_load(self, load: WeekLoad, *, keep_figures: bool = False) -> None:
        if not keep_figures:
            self._shown = None
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
        self.chart.set_theme(theme)

    def _draw_chart(self, load: WeekLoad) -> None:
        top = max([_hours(d.working_time) for d in load.days] + [_hours(d.meeting_time) for d in load.days] + [1])
        top_even = max(2, int(top + 0.999) + int(top + 0.999) % 2)  # whole-hour ticks, two hours apart
        hours = self.tr("%d h", "chart axis: a whole number of hours")
        self.chart.set_bars([short_weekday(d.day) for d in load.days],
                            [(self.tr("Hours in meetings"), [_hours(d.meeting_time) for d in load.days]),
                             (self.tr("Longest run without a break"), [_hours(d.longest_run) for d in load.days])],
                            ticks=range(0, top_even + 1, 2), tick_text=lambda v: hours.replace("%d", str(round(v))),
                            values_shown=False)

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
        # Wide enough for its columns: the words below must not squeeze the table into a sideways scroll bar.
        self.table.setMinimumWidth(self.table.horizontalHeader().length() + 2 * self.table.frameWidth())
        self._fill_pauses(load)

    def _fill_pauses(self, load: WeekLoad) -> None:
        """The transition pauses that would be offered each day, under the table (a column would not fit)."""
        if self._shown is None or self._rules is None:
            self.pauses.setText("")
            return
        lines = []
        for d in load.days:
            when, *_, pauses = day_cells(d, self._shown, self._rules)
            lines.append(self.tr("{day}: {pauses}", "a day, then its pause times").format(day=when, pauses=pauses))
        heading = self.tr("<b>Pauses as meetings end</b> (with pauses on, in your working hours):")
        self.pauses.setText("<br>".join([heading, *lines]))

    def pause_rows(self) -> list[tuple[str, str]]:
        """(day, pause times) as shown, for tests and screen readers."""
        if self._shown is None or self._rules is None or self._load is None:
            return []
        return [(cells[0], cells[4]) for cells in (day_cells(d, self._shown, self._rules) for d in self._load.days)]

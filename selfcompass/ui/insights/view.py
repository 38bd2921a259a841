"""The Insights page, words first: one sentence about this week at the top, then a card for each part of the last
eight weeks, each with a chart only once there is something to draw and its numbers behind "Show the numbers".
Everything shown is gathered on the worker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from selfcompass.core import insights
from selfcompass.core.checkin import CheckinLog, part_words, trend
from selfcompass.core.formatting import axis_date, date_text, minutes_text
from selfcompass.core.i18n import translate
from selfcompass.core.insights import FamilyShare, Feelings, WeekSummary
from selfcompass.core.meetings import Meeting, WorkingWeek
from selfcompass.core.questionnaire import Questionnaire
from selfcompass.core.records import SessionRecord
from selfcompass.ui.insights.charts import ChartPanel
from selfcompass.ui.layout import scrolling_body
from selfcompass.ui.theme import Theme


@dataclass(frozen=True)
class InsightsData:
    weeks: list[date]
    minutes: list[float]
    families: list[FamilyShare]
    feelings: Feelings
    meeting_hours: list[float] | None  # None when there is no calendar
    checkins: list[tuple[datetime, dict[str, float]]]
    questionnaire: Questionnaire | None
    week: WeekSummary = field(default_factory=lambda: WeekSummary(0, 0, 0.0, ""))


def gather(sessions: Sequence[SessionRecord], today: date, zone: tzinfo | None, meetings: Sequence[Meeting] | None,
           working: WorkingWeek | None, log: CheckinLog, questionnaire: Questionnaire | None,
           weeks: int = insights.DEFAULT_WEEKS) -> InsightsData:
    """Pure: everything the page shows, worked out from records (runs on the database worker)."""
    mondays = insights.recent_weeks(today, weeks)
    hours = insights.meeting_hours_per_week(meetings, mondays, working) if meetings is not None else None
    points = trend(log.results, questionnaire) if questionnaire is not None else []
    return InsightsData(mondays, insights.minutes_per_week(sessions, mondays, zone), insights.by_family(sessions),
                        insights.feelings(sessions, mondays, zone), hours, points, questionnaire,
                        insights.week_summary(sessions, today, zone, meetings))


def week_label(monday: date) -> str:
    """A chart axis's short date, such as "3 Nov" (the table gives the whole date)."""
    return axis_date(monday)


class InsightsView(QWidget):
    """Shows an :class:`InsightsData`; asks for the check-in through ``checkin_requested``."""

    checkin_requested = Signal()
    notice = Signal(str)
    # The one calendar suggestion's action: add a calendar, or see this week's meetings (the Calendar page).
    calendar_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsView")
        self.theme = theme
        layout = scrolling_body(self, self.tr("Insights"))
        title = QLabel(self.tr("Insights"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr("A gentle look back over the last eight weeks. Nothing here is a target: it is simply "
                               "what happened, for you to notice."))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.status = QLabel(self.tr("Gathering your insights…"))
        self.status.setWordWrap(True)
        # Words first: this week in one sentence, above everything else.
        self.summary = QLabel(objectName="insightsSummary")
        self.summary.setProperty("role", "heading")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("This week"))
        self.checkin_button = QPushButton(self.tr("Take the weekly check-in…"))
        self.checkin_button.setAccessibleName(self.tr("Take the weekly check-in (optional)"))
        self.checkin_button.clicked.connect(self.checkin_requested)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.checkin_button)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        self.minutes = ChartPanel("minutes", self.tr("Minutes of practice each week"), theme)
        self.families = ChartPanel("families", self.tr("Practices by kind"), theme)
        self.feelings = ChartPanel("feelings", self.tr("How you felt, before and after"), theme)
        self.meetings = ChartPanel("meetings", self.tr("Hours in meetings each week"), theme)
        self.checkin = ChartPanel("checkin", self.tr("Your weekly check-in over time"), theme)
        self.panels = (self.minutes, self.families, self.feelings, self.meetings, self.checkin)
        for panel in self.panels:
            panel.save_failed.connect(self.notice)
            panel.setVisible(False)  # nothing to draw while the numbers are gathered: no empty frames
            layout.addWidget(panel)
        # The one calendar suggestion, with its action, under the meetings' words (never repeated elsewhere).
        self.calendar_button = QPushButton(objectName="insightsCalendarAction")
        self.calendar_button.clicked.connect(self.calendar_requested)
        self.meetings.body.insertWidget(2, self.calendar_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.data: InsightsData | None = None

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        for panel in self.panels:
            panel.set_theme(theme)
        if self.data is not None:
            self.set_data(self.data)

    def set_failed(self, text: str) -> None:
        self.status.setText(text)

    def set_data(self, data: InsightsData) -> None:
        self.data = data
        self.status.setText("")
        self.status.setVisible(False)
        for panel in (self.minutes, self.families, self.feelings):
            panel.setVisible(True)
        self.summary.setText(insights.summary_words(data.week))
        labels = [week_label(w) for w in data.weeks]
        long_labels = [self.tr("Week from {date}").format(date=date_text(w)) for w in data.weeks]
        week = self.tr("Week", "first column of a chart's table")
        minutes, minute = self.tr("minutes", "unit: axis title, after numbers"), self.tr("minute", "unit after a 1")
        hours, hour = self.tr("hours", "unit: axis title, after numbers"), self.tr("hour", "unit after a 1")
        self.minutes.set_words(insights.minutes_words(data.minutes))
        self.minutes.set_bars(labels, [(self.tr("Minutes"), data.minutes)], unit=minutes, one=minute,
                              first_column=week, horizontal_labels=long_labels, cell_text=_minutes_cell)
        self.minutes.show_chart(any(data.minutes))
        self.families.set_words(insights.family_words(data.families))
        self.families.set_bars([f.label for f in data.families],
                               [(self.tr("Practices"), [f.sessions for f in data.families])],
                               unit=self.tr("practices", "unit: axis title, after numbers"),
                               one=self.tr("practice", "unit after a 1"),
                               first_column=self.tr("Kind of practice"))
        self.families.show_chart(any(f.sessions for f in data.families))
        f = data.feelings
        self.feelings.set_words(insights.feelings_words(f))
        self.feelings.set_lines(labels, [(self.tr("Before (average)"), list(f.before)),
                                         (self.tr("After (average)"), list(f.after))],
                                unit=self.tr("of 5", "a feeling rated on a scale of 1 to 5"), first_column=week,
                                low=1, high=5)
        self.feelings.show_chart(any(v is not None for v in (*f.before, *f.after)))
        self.meetings.setVisible(True)
        in_meetings = self.tr("Hours in meetings")
        if data.meeting_hours is None:
            self.meetings.set_words(self.tr("Add your calendar and the time you spend in meetings each week will "
                                            "show here, next to your practice."))
            self.calendar_button.setText(self.tr("Add my calendar"))
            self.meetings.set_bars(labels, [(in_meetings, [0.0] * len(labels))], unit=hours, one=hour,
                                   first_column=week, horizontal_labels=long_labels)
            self.meetings.show_chart(False)
        else:
            busy = max(data.meeting_hours, default=0.0) >= 10
            self.meetings.set_words(insights.meeting_words(data.meeting_hours)
                                    + (" " + self.tr("Busy weeks might be when a short pause helps most.")
                                       if busy else ""))
            self.calendar_button.setText(self.tr("Plan pauses around this week's meetings"))
            self.meetings.set_bars(labels, [(in_meetings, data.meeting_hours)], unit=hours, one=hour,
                                   first_column=week, horizontal_labels=long_labels,
                                   cell_text=lambda h: minutes_text(h * 3600))
            self.meetings.show_chart(any(data.meeting_hours))
        self._set_checkin(data)

    def _set_checkin(self, data: InsightsData) -> None:
        q = data.questionnaire
        if q is None:
            self.checkin.setVisible(False)
            return
        latest = data.checkins[-1][1] if data.checkins else {}
        known = {s.id for s in q.subscales}
        self.checkin.set_words(insights.checkin_words([part_words(q, k, v) for k, v in latest.items() if k in known]))
        dates = [week_label(when) for when, _ in data.checkins] or ["—"]
        lines = [(s.title, [scores.get(s.id) for _, scores in data.checkins] or [None]) for s in q.subscales]
        low, high = (q.score_range(q.subscales[0].id) if q.method == "mean"
                     else (0.0, max(q.score_range(s.id)[1] for s in q.subscales)))
        first = self.tr("Check-in", "first column of a chart's table: when it was taken")
        self.checkin.set_lines(dates, lines, unit="", first_column=first, low=low, high=high)
        self.checkin.show_chart(bool(data.checkins))


def _minutes_cell(minutes: float) -> str:
    """A week's practice in the table, in whole minutes ("none" for a quiet week, never "0 minutes")."""
    if minutes <= 0:
        #: In the table of minutes each week: a week with no practice.
        return translate("InsightsView", "none")
    return minutes_text(minutes * 60)

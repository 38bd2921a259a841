"""A week of the calendar in figures, as the Calendar page and ``selfcompass calendar check`` both show it: each
day's hours in busy meetings, the longest run without a break, back-to-back runs, and the transition pauses the
reminder rules would offer. One function makes them, so the two always agree."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from selfcompass.core.i18n import short_month, translate
from selfcompass.core.meetings import DayLoad, Meeting, MeetingIndex, WeekLoad, week_load
from selfcompass.core.reminders.planner import plan
from selfcompass.core.reminders.rules import rules_from_settings
from selfcompass.core.reminders.types import TINY, Kind, ReminderRules


@dataclass(frozen=True)
class WeekFigures:
    """One week's load, and the transition pauses that would be offered on each of its days."""

    load: WeekLoad
    transitions: tuple[tuple[date, tuple[datetime, ...]], ...]

    def transitions_on(self, day: date) -> tuple[datetime, ...]:
        return dict(self.transitions).get(day, ())


def figure_rules(settings: Mapping[str, Any]) -> ReminderRules:
    """The rules the figures use: the person's working pattern and quiet hours with the full set of pauses, so the
    page and the check show where pauses fit, whatever number of nudges is chosen now."""
    return rules_from_settings({**settings, "nudges": "some"})[0]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_figures(meetings: Iterable[Meeting] | MeetingIndex, monday: date, rules: ReminderRules) -> WeekFigures:
    """The figures of the seven days from ``monday``; only busy meetings count (free and all-day ones never do).
    The pauses are those the full set of rules would offer on a day with nothing shown yet, in the person's working
    pattern (a night shift's pauses fall on the day it starts)."""
    index = meetings if isinstance(meetings, MeetingIndex) else MeetingIndex(meetings)
    load = week_load(index.blocking, monday, rules.working)
    pauses: list[tuple[date, tuple[datetime, ...]]] = []
    for d in load.days:
        if not rules.working.is_working_day(d.day):
            pauses.append((d.day, ()))
            continue
        start, end = rules.working.bounds(d.day)  # the whole shift, into the next morning for a night shift
        planned = plan(rules, index, [], start - TINY, end)
        pauses.append((d.day, tuple(p.at for p in planned if p.kind == Kind.TRANSITION and start <= p.at < end)))
    return WeekFigures(load, tuple(pauses))


def hours_minutes(span: timedelta) -> str:
    """'2 h 05 min': a table's length of time."""
    minutes = round(span.total_seconds() / 60)
    #: A length of time in a table: {hours} whole hours and {minutes} minutes (two digits), such as "2 h 05 min".
    return translate("Meetings", "{hours} h {minutes} min").format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")


def day_cells(d: DayLoad, figures: WeekFigures, rules: ReminderRules) -> tuple[str, str, str, str, str]:
    """One day's row, as the page's table and the check command show it: the day, hours in meetings, the longest
    run without a break, back-to-back runs, and the transition pauses."""
    #: A table row's date: {weekday} a day's name, {day} the day of the month, {month} a short month, "Monday 3 Mar".
    when = translate("Meetings", "{weekday} {day} {month}").format(weekday=d.name_text, day=d.day.day,
                                                                   month=short_month(d.day))
    times = [f"{t.astimezone(rules.zone):%H:%M}" for t in figures.transitions_on(d.day)]
    #: No pauses on a day, in a table cell.
    pauses = ", ".join(times) if times else translate("Meetings", "none")
    return when, hours_minutes(d.meeting_time), hours_minutes(d.longest_run), str(len(d.back_to_back)), pauses

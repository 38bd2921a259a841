"""The simulated working week that tests/core and tests/scheduling both replay: the March clock change, a
real-looking Outlook calendar, a sleep, and the prompts expected."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from selfcompass.core.meetings import Meeting, WorkingWeek
from selfcompass.core.reminders.planner import Kind, ReminderRules, Rule, TimeRange
from selfcompass.scheduling.calendar_import import import_calendar

LONDON = ZoneInfo("Europe/London")
CALENDAR = Path(__file__).parent / "data" / "calendars" / "outlook_week.ics"

#: Thursday 26 March to Friday 3 April 2026: the clocks go forward on Sunday 29 March.
WEEK_START = datetime(2026, 3, 26, 8, 0, tzinfo=LONDON)
WEEK_END = datetime(2026, 4, 3, 18, 0, tzinfo=LONDON)
#: The laptop sleeps for three hours on Wednesday, over two pauses.
SLEEP_FROM = datetime(2026, 4, 1, 11, 20, tzinfo=LONDON)
SLEEP = timedelta(hours=3)

# Worked out by hand from the rules below; see the comments for the days that test something.
EXPECTED = [
    "Thu 26 09:15 transition",  # huddle ends
    "Thu 26 10:00 inbox",
    "Thu 26 12:00 interval",  # two hours after the inbox check
    "Thu 26 13:55 gap",  # threshold pause before the 14:00 1:1
    "Thu 26 14:30 transition",  # the 14:00 interval was held by the 1:1; the 13:55 gap reset it
    "Thu 26 15:00 inbox",  # the webinar is marked free, so it neither blocks nor brings a transition
    "Thu 26 17:00 interval",
    "Thu 26 17:15 shutdown",
    # Friday: the huddle is an EXDATE; the all-day awards event is free time.
    "Fri 27 10:00 inbox",
    "Fri 27 12:00 interval",
    "Fri 27 14:00 interval",
    "Fri 27 15:00 inbox",
    "Fri 27 17:00 interval",
    "Fri 27 17:15 shutdown",
    # Monday, first day of British Summer Time: the huddle moved to 09:30 (RECURRENCE-ID); times stay local.
    "Mon 30 09:45 transition",  # and the 10:00 inbox check is dropped: only 15 minutes later
    "Mon 30 11:45 interval",
    "Mon 30 13:45 interval",
    "Mon 30 15:00 inbox",
    "Mon 30 17:00 interval",
    "Mon 30 17:15 shutdown",
    # Tuesday: four back-to-back hours 10:00 to 14:00 (one meeting from Google in UTC). No prompt inside.
    "Tue 31 09:15 transition",
    "Tue 31 09:55 gap",
    "Tue 31 14:00 transition",  # the held interval pause merges with the transition
    "Tue 31 15:00 inbox",
    "Tue 31 17:00 interval",
    "Tue 31 17:15 shutdown",
    # Wednesday: the board is cancelled; the laptop sleeps 11:20 to 14:20 over the 12:00 and 14:00 pauses.
    "Wed 01 09:15 transition",
    "Wed 01 10:00 inbox",
    "Wed 01 14:20 catch-up",  # exactly one, on waking
    "Wed 01 15:00 inbox",
    "Wed 01 17:00 interval",
    "Wed 01 17:15 shutdown",
    "Thu 02 09:15 transition",
    "Thu 02 10:00 inbox",
    "Thu 02 12:00 interval",
    "Thu 02 13:55 gap",
    "Thu 02 14:30 transition",
    "Thu 02 15:00 inbox",
    "Thu 02 17:00 interval",
    "Thu 02 17:15 shutdown",
    # Friday 3 April is annual leave (out of office): nothing at all.
]


def week_rules() -> ReminderRules:
    return ReminderRules(
        working=WorkingWeek(frozenset(range(5)), time(9), time(17, 30), "Europe/London"),
        quiet=(TimeRange(time(12, 30), time(13, 15)),),
        rules=(
            Rule(Kind.TRANSITION),
            Rule(Kind.GAP, min_gap_minutes=30, lead_minutes=5),
            Rule(Kind.INBOX, times=(time(10), time(15))),
            Rule(Kind.INTERVAL, every_minutes=120),
            Rule(Kind.SHUTDOWN, minutes_before_end=15),
        ),
    )


def week_meetings() -> tuple[Meeting, ...]:
    return import_calendar(CALENDAR, start=WEEK_START - timedelta(days=7), end=WEEK_END + timedelta(days=7),
                           time_zone="Europe/London").meetings


def label(at: datetime, kind: Kind) -> str:
    return f"{at.astimezone(LONDON):%a %d %H:%M} {kind.value}"

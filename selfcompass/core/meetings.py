"""Meetings as plain data, and a kind look at a week of them: back-to-back runs, hours and suggestions."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from selfcompass.core.datafile import Problem
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate, weekday_name

# Two meetings closer than this count as back to back: no time to stand up, breathe and arrive.
BACK_TO_BACK_GAP = timedelta(minutes=5)
# The longest a single timed meeting may block reminders; longer ones are treated like all-day events.
MAX_MEETING = timedelta(hours=24)
# Day names in UK English (DayLoad.name); DayLoad.name_text is the shown one (i18n.weekday_name).
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Small numbers as words, as in "three hours" or "four meetings in a row"; translated where used.
_NUMBER_WORDS = (
    #: The number 0 as a word, as in "no meetings".
    QT_TRANSLATE_NOOP("Meetings", "no"),
    QT_TRANSLATE_NOOP("Meetings", "one"), QT_TRANSLATE_NOOP("Meetings", "two"),
    QT_TRANSLATE_NOOP("Meetings", "three"), QT_TRANSLATE_NOOP("Meetings", "four"),
    QT_TRANSLATE_NOOP("Meetings", "five"), QT_TRANSLATE_NOOP("Meetings", "six"),
    QT_TRANSLATE_NOOP("Meetings", "seven"), QT_TRANSLATE_NOOP("Meetings", "eight"),
    QT_TRANSLATE_NOOP("Meetings", "nine"), QT_TRANSLATE_NOOP("Meetings", "ten"),
    QT_TRANSLATE_NOOP("Meetings", "eleven"), QT_TRANSLATE_NOOP("Meetings", "twelve"),
)


@dataclass(frozen=True)
class Meeting:
    """One occurrence of a calendar event, with aware start and end (stored in UTC)."""

    start: datetime
    end: datetime
    title: str = ""
    all_day: bool = False
    busy: bool = True  # False for events shown as free (TRANSP:TRANSPARENT)
    away: bool = False  # an out-of-office day: no prompts at all
    uid: str = ""

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("meeting times must be timezone-aware")
        if self.end < self.start:
            raise ValueError("a meeting cannot end before it starts")

    @property
    def blocks(self) -> bool:
        """True when reminders must stay quiet during this meeting."""
        return self.busy and not self.all_day and self.end - self.start <= MAX_MEETING

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class WorkingWeek:
    """Working days (0 = Monday) and hours in the user's time zone.

    Hours may cross midnight: a night shift from 19:30 to 07:30 belongs to the day it starts, so Monday's shift
    runs to Tuesday 07:30. An end equal to the start means the whole day (24 hours from the start). ``hours``
    gives other hours for some days of the week, as (weekday, start, end); the days worked are still ``days``.
    """

    days: frozenset[int] = frozenset(range(5))
    start: time = time(9, 0)
    end: time = time(17, 30)
    time_zone: str = "Europe/London"
    hours: tuple[tuple[int, time, time], ...] = ()

    def __post_init__(self) -> None:
        # Said to the person when their settings give such a week (through reminders' notices).
        if not self.days <= frozenset(range(7)):
            raise ValueError(translate("Meetings", "working days are numbered 0 (Monday) to 6 (Sunday)"))
        if any(not 0 <= d <= 6 for d, _, _ in self.hours):
            raise ValueError(translate("Meetings", "working days are numbered 0 (Monday) to 6 (Sunday)"))

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @cached_property
    def _by_day(self) -> tuple[tuple[time, time], ...]:
        own = {d: (s, e) for d, s, e in self.hours}
        return tuple(own.get(d, (self.start, self.end)) for d in range(7))

    def hours_on(self, day: date) -> tuple[time, time]:
        """The start and end clock times of the working day that starts on ``day``."""
        return self._by_day[day.weekday()]

    def crosses_midnight(self, day: date) -> bool:
        start, end = self.hours_on(day)
        return end <= start

    def bounds(self, day: date) -> tuple[datetime, datetime]:
        """The start and end of the working time that starts on a local date, in UTC (daylight saving included).
        A shift that crosses midnight ends on the next date."""
        zone = self.zone
        start, end = self.hours_on(day)
        end_day = day + timedelta(days=1) if end <= start else day
        return (datetime.combine(day, start, zone).astimezone(UTC),
                datetime.combine(end_day, end, zone).astimezone(UTC))

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days

    def shift_at(self, at: datetime) -> date | None:
        """The working day whose working time holds ``at`` (the day before, for the small hours of a night
        shift), or None outside working time."""
        local = at.astimezone(self.zone).date()
        for day in (local, local - timedelta(days=1)):
            if self.is_working_day(day):
                ws, we = self.bounds(day)
                if ws <= at < we:
                    return day
        return None

    def next_start(self, after: datetime) -> datetime | None:
        """The first start of working time strictly after ``after`` within the next two days, or None."""
        local = after.astimezone(self.zone).date()
        starts = [self.bounds(d)[0] for d in (local, local + timedelta(days=1), local + timedelta(days=2))
                  if self.is_working_day(d)]
        later = [s for s in starts if s > after]
        return min(later) if later else None


@dataclass(frozen=True)
class Run:
    """Meetings that follow each other with less than five minutes between them."""

    start: datetime
    end: datetime
    meetings: tuple[Meeting, ...]

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class DayLoad:
    day: date
    meeting_time: timedelta
    working_time: timedelta
    longest_run: timedelta
    back_to_back: tuple[Run, ...]  # runs of two or more meetings
    count: int

    @property
    def share(self) -> float:
        """Meeting time as a share of working time (0 to 1)."""
        if not self.working_time:
            return 0.0
        return min(1.0, self.meeting_time / self.working_time)

    @property
    def name(self) -> str:
        """The day's name in UK English; ``name_text`` is the shown one."""
        return DAY_NAMES[self.day.weekday()]

    @property
    def name_text(self) -> str:
        """The day's name in the person's language."""
        return weekday_name(self.day)


@dataclass(frozen=True)
class WeekLoad:
    week_start: date
    days: tuple[DayLoad, ...]
    suggestions: tuple[str, ...] = field(default=())

    @property
    def meeting_time(self) -> timedelta:
        return sum((d.meeting_time for d in self.days), timedelta())

    @property
    def working_time(self) -> timedelta:
        return sum((d.working_time for d in self.days), timedelta())

    @property
    def share(self) -> float:
        return min(1.0, self.meeting_time / self.working_time) if self.working_time else 0.0

    @property
    def longest_run(self) -> timedelta:
        return max((d.longest_run for d in self.days), default=timedelta())


def sort_meetings(meetings: Iterable[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.start, m.end))


def overlapping(meetings: Sequence[Meeting], start: datetime, end: datetime) -> list[Meeting]:
    """Blocking meetings that overlap [start, end); ``meetings`` must be sorted by start."""
    lo = bisect_left(meetings, start - MAX_MEETING, key=lambda m: m.start)
    hi = bisect_left(meetings, end, key=lambda m: m.start)
    return [m for m in meetings[lo:hi] if m.blocks and m.end > start and m.start < end]


class MeetingIndex:
    """Blocking meetings sorted for fast "what covers this moment" questions; build once, ask many times."""

    def __init__(self, meetings: Iterable[Meeting]) -> None:
        everything = list(meetings)
        self.blocking = sort_meetings(m for m in everything if m.blocks)
        self.away = sort_meetings(m for m in everything if m.away)
        self._starts = [m.start for m in self.blocking]
        self._longest = max((m.duration for m in self.blocking), default=timedelta())

    def __len__(self) -> int:
        return len(self.blocking)

    def covering(self, at: datetime) -> list[Meeting]:
        """Blocking meetings with start <= at < end."""
        lo = bisect_left(self._starts, at - self._longest)
        hi = bisect_right(self._starts, at)
        return [m for m in self.blocking[lo:hi] if m.end > at]

    def overlapping(self, start: datetime, end: datetime) -> list[Meeting]:
        """Blocking meetings that overlap [start, end)."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [m for m in self.blocking[lo:hi] if m.end > start]


def runs(meetings: Iterable[Meeting], gap: timedelta = BACK_TO_BACK_GAP) -> list[Run]:
    """Merge blocking meetings into runs: overlapping ones, or ones less than ``gap`` apart."""
    out: list[Run] = []
    current: list[Meeting] = []
    run_start = run_end = None
    for m in sort_meetings(x for x in meetings if x.blocks and x.end > x.start):
        if run_end is not None and m.start - run_end < gap:
            current.append(m)
            run_end = max(run_end, m.end)
            continue
        if current and run_start is not None and run_end is not None:
            out.append(Run(run_start, run_end, tuple(current)))
        current, run_start, run_end = [m], m.start, m.end
    if current and run_start is not None and run_end is not None:
        out.append(Run(run_start, run_end, tuple(current)))
    return out


def _clipped(meetings: Iterable[Meeting], start: datetime, end: datetime) -> list[Meeting]:
    out = []
    for m in meetings:
        s, e = max(m.start, start), min(m.end, end)
        if e > s:
            out.append(Meeting(s, e, m.title, m.all_day, m.busy, m.away, m.uid))
    return out


def day_load(meetings: Sequence[Meeting], day: date, week: WorkingWeek) -> DayLoad:
    """Hours in meetings, the longest run without a break and back-to-back runs, within working hours."""
    ws, we = week.bounds(day)
    working = we - ws if week.is_working_day(day) else timedelta()
    # Count the whole local day so early and late meetings show, but share is against working time.
    zone = week.zone
    ds = datetime.combine(day, time(0), zone).astimezone(UTC)
    de = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    day_meetings = _clipped(overlapping(meetings, ds, de), ds, de)
    day_runs = runs(day_meetings)
    busy = sum((r.duration for r in runs(day_meetings, gap=timedelta())), timedelta())
    return DayLoad(day=day, meeting_time=busy, working_time=working,
                   longest_run=max((r.duration for r in day_runs), default=timedelta()),
                   back_to_back=tuple(r for r in day_runs if len(r.meetings) > 1), count=len(day_meetings))


def week_load(meetings: Iterable[Meeting], week_start: date, week: WorkingWeek | None = None) -> WeekLoad:
    """The meeting load of the seven days from ``week_start``, with kind suggestions."""
    week = week or WorkingWeek()
    ordered = sort_meetings(meetings)
    days = tuple(day_load(ordered, week_start + timedelta(days=i), week) for i in range(7))
    shown = tuple(d for d in days if week.is_working_day(d.day) or d.count)
    load = WeekLoad(week_start, shown)
    return WeekLoad(week_start, shown, tuple(suggestions(load)))


def hours_words(span: timedelta) -> str:
    """'four hours', 'an hour and a half', '45 minutes' — how a colleague would say it."""
    minutes = round(span.total_seconds() / 60)
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return translate("Meetings", "{minutes} minutes").format(minutes=rest)
    if rest == 0:
        if hours == 1:
            return translate("Meetings", "an hour")
        #: {hours} is a number, often as a word ("three").
        return translate("Meetings", "{hours} hours").format(hours=_word(hours))
    if rest == 30:
        if hours == 1:
            return translate("Meetings", "an hour and a half")
        #: {hours} is a number, often as a word ("two and a half hours").
        return translate("Meetings", "{hours} and a half hours").format(hours=_word(hours))
    if hours == 1:
        return translate("Meetings", "an hour and {minutes} minutes").format(minutes=rest)
    #: {hours} is a number, often as a word ("two hours and 15 minutes").
    return translate("Meetings", "{hours} hours and {minutes} minutes").format(hours=_word(hours), minutes=rest)


def _word(n: int) -> str:
    return translate("Meetings", _NUMBER_WORDS[n]) if 0 <= n < len(_NUMBER_WORDS) else str(n)


def suggestions(load: WeekLoad) -> list[str]:
    """Kind, specific ideas in UK English; invitations, never orders. At most one per day, plus a week note."""
    out: list[str] = []
    for d in load.days:
        longest = max(d.back_to_back, key=lambda r: r.duration, default=None)
        if longest is not None and longest.duration >= timedelta(hours=2):
            if len(longest.meetings) >= 3:
                #: {day} is a day's name; {duration} is how long, such as "four hours".
                text = translate("Meetings", "{day} has {duration} back to back: could two of them be 25 or 50 "
                                 "minutes, to leave a moment to breathe in between?")
            else:
                #: {day} is a day's name; {duration} is how long, such as "two hours".
                text = translate("Meetings", "{day} has {duration} back to back: could one of them be 25 or 50 "
                                 "minutes, to leave a moment to breathe in between?")
            out.append(text.format(day=d.name_text, duration=hours_words(longest.duration)))
        elif d.working_time and d.share >= 0.75:
            out.append(translate("Meetings", "{day} is mostly meetings ({percent}% of your working day). Is there "
                                 "one you could decline or send someone in your place?").format(
                day=d.name_text, percent=round(d.share * 100)))
        elif longest is not None and len(longest.meetings) >= 3:
            #: {count} is a number, often as a word ("three").
            out.append(translate("Meetings", "{day} has {count} meetings in a row. A short pause between them "
                                 "might help you arrive at each one.").format(
                day=d.name_text, count=_word(len(longest.meetings))))
    if load.working_time and load.share >= 0.5:
        out.append(translate("Meetings", "Meetings take about {percent}% of your working week. You might protect "
                             "one focus block on the lightest day.").format(percent=round(load.share * 100)))
    if not out and load.meeting_time:
        out.append(translate("Meetings", "Your week has room to breathe between meetings. That is worth keeping."))
    return out


@dataclass(frozen=True)
class CalendarImport:
    """The result of one calendar import (scheduling/calendar_import.py): every occurrence in the window, what
    was left out and why, and the notices."""

    source: str
    start: datetime
    end: datetime
    meetings: tuple[Meeting, ...]
    cancelled: int = 0
    free: int = 0
    # Things skipped or left out, each naming the event and line; the import is still good.
    notices: tuple[Problem, ...] = ()
    # The file read (full path), so whoever saves it as the calendar saves the file that was accepted.
    path: str = ""
    events: int = 0

    @property
    def busy(self) -> tuple[Meeting, ...]:
        return tuple(m for m in self.meetings if m.blocks)

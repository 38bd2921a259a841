"""Bounded expansion of the events that repeat or have changed occurrences, through icalendar and
recurring-ical-events.

The second of the import's three parts (see ``calendar_import``). Only events that can touch the window are
expanded (``Expander.may_touch_window``); each repeat rule's cost is estimated before it is expanded
(``rule_per_day``, the period tables below) and a rule that would cost too much is left out with a notice, a file
whose rules add up to too much is refused; and while a calendar is expanded, dateutil's last year is one year past
the window (``years_capped``), so a rule that never comes round again is not walked on to the year 9999. The
bounds themselves are ``calendar_import``'s limits, handed in as :class:`Bounds`.
"""

from __future__ import annotations

import datetime as _datetime_module
import re
import threading
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Any, NamedTuple

from selfcompass.core.datafile import DataFileError, Problem
from selfcompass.core.i18n import translate
from selfcompass.scheduling.ics_notices import Notices
from selfcompass.scheduling.ics_text import EXPORT_FIX, VEvent, known_tzid

# Each frequency's period in days, and what dateutil takes to walk one period, in microseconds (measured on this
# machine, 6 Dec 2026: daily 1.6, weekly 2.9, monthly 6.3, yearly 30, hourly 3.5), for the cost estimate.
_PERIOD_DAYS = {"SECONDLY": 1 / 86400, "MINUTELY": 1 / 1440, "HOURLY": 1 / 24, "DAILY": 1.0, "WEEKLY": 7.0,
                "MONTHLY": 28.0, "YEARLY": 365.0}
_PERIOD_COST = {"SECONDLY": 3.5, "MINUTELY": 3.5, "HOURLY": 3.5, "DAILY": 1.6, "WEEKLY": 3.0, "MONTHLY": 6.5,
                "YEARLY": 30.0}
_FAST_FREQ = ("SECONDLY", "MINUTELY")
# Properties that decide when an event happens: one of these unreadable leaves the event out.
_TIMING = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID"})


class Bounds(NamedTuple):
    """What reading one file may cost: ``calendar_import``'s limits, read as each import starts."""

    occurrences: int  # MAX_OCCURRENCES: meetings in the window, over the whole file
    expanded: int  # MAX_EXPANDED: events for the expander that may touch the window
    rule_work: int  # MAX_RULE_WORK: one rule's estimated work, in microseconds
    file_work: int  # MAX_FILE_WORK: the same, summed over the file
    years_after: int  # YEARS_AFTER: how many years past the window a rule is followed


class Expander:
    """The repeating and changed events of one import, expanded over the window within its bounds.

    ``first`` and ``last`` are the window's days in the person's zone, widened by a day before and two after;
    ``add`` takes each occurrence (and raises for one it cannot read); ``made`` counts the meetings kept so far.
    """

    def __init__(self, source: str, *, first: date, last: date, end_year: int, bounds: Bounds, notices: Notices,
                 add: Callable[[Any], None], made: Callable[[], int]) -> None:
        self.source, self.first, self.last, self.end_year = source, first, last, end_year
        self.bounds = bounds
        self.notices = notices
        self._add = add
        self._made = made
        self.expanded = 0  # events sent here so far, from every calendar in the file
        self.budget = bounds.file_work  # microseconds of work left for the rest of the file

    def may_touch_window(self, ev: VEvent) -> bool:
        """False only when an event for the expander surely has nothing in the window: a series that ended before
        it or starts after it, or a moved occurrence far from it. Read cheaply from the raw text; in doubt, True."""
        props = ev.props
        begins = _raw_date(props.get("DTSTART"))
        if begins is None or "RDATE" in props:
            return True
        margin = timedelta(days=2)
        if begins > self.last + margin:
            return False
        moved = props.get("RECURRENCE-ID")
        if moved is not None and "RRULE" not in props:
            was = _raw_date(moved)
            if was is None or "RANGE" in moved[0]:
                return True
            ends = _raw_date(props.get("DTEND")) or begins + timedelta(days=1)
            near = self.first - margin <= was <= self.last + margin
            return near or (ends >= self.first - margin and begins <= self.last + margin)
        rule = props.get("RRULE")
        if rule is not None:
            until = re.search(r"UNTIL=(\d{8})", rule[1].upper())
            ended = _raw_date(({}, until.group(1))) if until else None
            if ended is not None and ended < self.first - margin:
                return False
        return True

    def expand(self, header: list[str], zones: list[str], events: list[VEvent]) -> None:
        """Expand ``events`` (of one calendar, with its header and zones) over the window, handing each occurrence
        to ``add``; an event or series that cannot be read or costs too much is left out with a notice."""
        self.expanded += len(events)
        if self.expanded > self.bounds.expanded:
            raise DataFileError([Problem(self.source, "", translate(
                "Calendar", "the file has more than {most} repeating or changed events in the weeks being looked "
                            "at.").format(most=f"{self.bounds.expanded:,}"),
                translate("Calendar", "export a shorter date range."))])
        with years_capped(self.end_year + self.bounds.years_after):
            self._expand_capped(header, zones, events)

    def _expand_capped(self, header: list[str], zones: list[str], events: list[VEvent]) -> None:
        lines = ["BEGIN:VCALENDAR", *header, *zones]
        for ev in events:
            lines.append("BEGIN:VEVENT")
            lines.extend(known_tzid(line) for _, line in ev.lines)
            lines.append("END:VEVENT")
        lines.append("END:VCALENDAR")
        try:
            import icalendar  # loaded only when a calendar needs it: 10 MB the idle app need not carry

            cal = icalendar.Calendar.from_ical("\r\n".join(lines) + "\r\n")
        except Exception as exc:  # a third-party parser on untrusted input: every failure is the file's
            raise DataFileError([_parse_problem(self.source, exc)]) from None
        parsed = [c for c in cal.subcomponents if getattr(c, "name", "") == "VEVENT"]
        if len(parsed) != len(events):  # never expected: then every event's line is unknown, but all is read
            events = [VEvent(0)] * len(parsed)
        keep = []
        for comp, ev in zip(parsed, events, strict=True):
            if self._usable(comp, ev):
                keep.append(comp)
        cal.subcomponents = [c for c in cal.subcomponents if getattr(c, "name", "") != "VEVENT"] + keep
        if not keep:
            return
        import recurring_ical_events

        lines_of = {ev.uid: ev.line for ev in events if ev.uid}
        try:
            series_list = list(recurring_ical_events.of(cal).series)
        except Exception:  # untrusted input through a third-party library: find the series at fault
            series_list = []
            others = [c for c in cal.subcomponents if getattr(c, "name", "") != "VEVENT"]
            groups: dict[str, list[Any]] = {}
            for comp in keep:
                groups.setdefault(str(comp.get("UID", "") or id(comp)), []).append(comp)
            for uid, comps in groups.items():
                cal.subcomponents = others + comps
                try:
                    series_list.extend(recurring_ical_events.of(cal).series)
                except Exception as exc:  # this series only is left out
                    self.notices.left_out("rule", "RRULE", _event_title(comps[0]), lines_of.get(uid),
                                          str(exc)[:80])
        for series in series_list:
            uid = str(getattr(series, "uid", "") or "")
            try:
                room = self.bounds.occurrences + 1 - self._made()
                occurrences = list(islice(series.between(self.first, self.last), max(room, 1)))
                components = [o.as_component(False) for o in occurrences]
            except Exception as exc:  # a broken rule or date inside one series: leave that series out
                self.notices.left_out("rule", "RRULE", "", lines_of.get(uid), str(exc)[:80])
                continue
            for comp in components:
                try:
                    self._add(comp)
                except (ValueError, TypeError, AttributeError, OverflowError) as exc:
                    self.notices.left_out("times", "DTSTART", _event_title(comp), lines_of.get(uid), str(exc)[:80])

    def _usable(self, comp: Any, ev: VEvent) -> bool:
        """Check one event the expander will read: notices for what is skipped, False to leave it out."""
        title, line = _event_title(comp), ev.line or None
        timing_error = None
        for prop, err in getattr(comp, "errors", []) or []:
            name = str(prop).upper() if prop else _line_name(str(err))
            if name in _TIMING:
                timing_error = (name, str(err)[:80])
            else:
                self.notices.detail(name or "line", title, line)
        if timing_error is not None:
            name, detail = timing_error
            self.notices.left_out("start" if name == "DTSTART" else "rule" if name in ("RRULE", "EXRULE")
                                  else "times", name, title, line, detail)
            return False
        dtstart = comp.get("DTSTART")
        if (dtstart is None or not hasattr(dtstart, "dt")) and comp.get("RECURRENCE-ID") is None:
            self.notices.left_out("start", "DTSTART", title, line)
            return False
        for key in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            prop = comp.get(key)
            if prop is None or not hasattr(prop, "dt"):
                continue
            tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
            if tzid and isinstance(prop.dt, datetime) and prop.dt.tzinfo is None:
                self.notices.left_out("zone", key, title, line, str(tzid))
                return False
        rrule = comp.get("RRULE")
        if rrule is None:
            return True
        rules = rrule if isinstance(rrule, list) else [rrule]
        for r in rules:
            if not self._rule_bounded(r, dtstart.dt if dtstart is not None and hasattr(dtstart, "dt") else None,
                                      title, line):
                return False
        return True

    def _rule_bounded(self, rule: Any, first: date | datetime | None, title: str, line: int | None) -> bool:
        """Estimate a rule's cost before it is expanded (occurrences a day times the days walked, from its first
        date to the window's end); leave the event out when it is too high."""
        try:
            freq = str((rule.get("FREQ") or [""])[0]).upper()
            per_day = rule_per_day(rule)
        except (TypeError, ValueError, AttributeError):
            self.notices.left_out("rule", "RRULE", title, line, "FREQ")
            return False
        if freq in _FAST_FREQ:
            self.notices.left_out("second" if freq == "SECONDLY" else "minute", "RRULE", title, line)
            return False
        window_days = (self.last - self.first).days
        begin = first.date() if isinstance(first, datetime) else first if isinstance(first, date) else self.first
        walked = max(0, (self.last - min(begin, self.last)).days) + 1
        # The expander walks period by period from the first date (and on past the window, up to years_after
        # years, for a rule that never comes round again), making every occurrence on the way.
        interval = max(1, int((rule.get("INTERVAL") or [1])[0]))
        periods = (walked + 366 * self.bounds.years_after) / (_PERIOD_DAYS.get(freq, 1.0) * interval)
        work = _PERIOD_COST.get(freq, 30.0) * periods + per_day * walked  # microseconds, about
        if per_day * window_days > self.bounds.occurrences or work > self.bounds.rule_work:
            self.notices.left_out("often", "RRULE", title, line,
                                  translate("Calendar", "about {count} times a day").format(
                                      count=f"{round(per_day):,}" if per_day >= 1 else f"{per_day:.2g}"))
            return False
        self.budget -= int(work)
        if self.budget < 0:
            raise DataFileError([Problem(self.source, "", translate(
                "Calendar", "the file has too many long-running repeating events to work out in good time."),
                translate("Calendar", "export a shorter date range."))])
        return True


def rule_per_day(rule: Any) -> float:
    """An upper bound on a repeat rule's occurrences per day, from its frequency, interval and BYxxx lists."""

    def n(key: str) -> int:
        value = rule.get(key)
        return len(value) if value else 0

    freq = str((rule.get("FREQ") or [""])[0]).upper()
    interval = max(1, int((rule.get("INTERVAL") or [1])[0]))
    hours, minutes, seconds = n("BYHOUR"), n("BYMINUTE"), n("BYSECOND")
    if freq == "SECONDLY":
        return min(86400 / interval, (hours or 24) * (minutes or 60) * (seconds or 60))
    if freq == "MINUTELY":
        return min(1440 / interval, (hours or 24) * (minutes or 60)) * (seconds or 1)
    if freq == "HOURLY":
        return min(24 / interval, hours or 24) * (minutes or 1) * (seconds or 1)
    times = (hours or 1) * (minutes or 1) * (seconds or 1)
    if freq == "DAILY":
        days = 1 / interval
    elif freq == "WEEKLY":
        days = min(1.0, (n("BYDAY") or 1) / (7 * interval))
    elif freq == "MONTHLY":
        days = min(1.0, (n("BYMONTHDAY") + 5 * n("BYDAY") or 1) / (28 * interval))
    elif freq == "YEARLY":
        spread = any(n(k) for k in ("BYYEARDAY", "BYMONTHDAY", "BYDAY", "BYWEEKNO"))
        days = min(1.0, (366 if spread else (n("BYMONTH") or 1)) / (365 * interval))
    else:
        raise ValueError(freq)
    return days * times


class _CappedDatetime(types.ModuleType):
    """The datetime module as dateutil's rrule sees it during an import, with an earlier last year."""

    MAXYEAR = datetime.max.year

    def __getattr__(self, name: str) -> Any:
        return getattr(_datetime_module, name)


_CAP_LOCK = threading.Lock()


@contextmanager
def years_capped(last_year: int) -> Iterator[None]:
    """dateutil walks a repeat rule on to the year 9999 looking for its next occurrence, period by period, when
    the rule never comes round again (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31 takes 3 s, hourly 5 s): no one reading a
    calendar needs years past ``last_year``, so while one is expanded its rrule module sees that as the last."""
    import dateutil.rrule as rrule_module  # type: ignore[import-untyped]

    capped = _CappedDatetime("datetime")
    capped.MAXYEAR = last_year
    with _CAP_LOCK:
        rrule_module.datetime = capped
        try:
            yield
        finally:
            rrule_module.datetime = _datetime_module


def _raw_date(prop: tuple[dict[str, str], str] | None) -> date | None:
    """The date a property's raw value begins with (20260105T...), or None when it does not."""
    if prop is None:
        return None
    value = prop[1].strip()
    if len(value) < 8 or not value[:8].isdigit():
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None


def _line_name(error: str) -> str:
    """The property a content line that could not be parsed was meant to be, from the parser's words."""
    m = re.search(r"'([A-Za-z0-9-]+)[;:]", error)
    return m.group(1).upper() if m else ""


def _parse_problem(source: str, exc: BaseException) -> Problem:
    detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    line = None
    m = re.search(r"line (\d+)", str(exc))
    if m:
        line = int(m.group(1))
    #: {detail} is the calendar reader's own words, in English.
    return Problem(source, "", translate("Calendar", "the calendar could not be read ({detail}).").format(
        detail=detail), translate("Calendar", EXPORT_FIX), line)


def _event_title(ev: Any) -> str:
    """The event's title, shortened for a message, or "" when it has none."""
    return str(ev.get("SUMMARY", "") or "").strip()[:40]

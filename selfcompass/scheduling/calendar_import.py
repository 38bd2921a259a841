"""Import an .ics calendar (Outlook, NHSmail, Google exports) into core Meetings over a window of dates.

The file is outside data: it is checked, capped and read in full before anything is returned. Lenient where it is
safe, strict where it matters: a detail that has nothing to do with timing and cannot be read is skipped with a
notice; an event whose start, end, duration, repeat rule or zone cannot be read is left out with a notice; the file
is refused (:class:`DataFileError`, naming the file, the line, the field and a fix) only when it is cut off or
damaged, or when nothing usable is left. Nothing is half-imported.

Plain one-off events (most of a busy export) are read here directly, line by line; events that repeat, have moved
or cancelled occurrences, or anything out of the ordinary go through icalendar and recurring-ical-events, which
expand recurrence, exceptions and time zones (Windows names included). The cost of every repeat rule is estimated
before it is expanded, so no file under the size limit can take long or use much memory.

This module is the face (the limits below, ``import_calendar``, ``parse_calendar``) and the glue that sends each
event down one path or the other and turns what comes back into Meetings. The parts, each readable alone:
``ics_text`` (bytes to text to calendars and events, with the size limits), ``ics_expand`` (the bounded expansion
of what repeats, and the year cap) and ``ics_notices`` (what the person is told about what was skipped).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from selfcompass.core.datafile import DataFileError, Problem
from selfcompass.core.i18n import translate
from selfcompass.core.meetings import CalendarImport, Meeting
from selfcompass.scheduling.ics_expand import Bounds, Expander, rule_per_day
from selfcompass.scheduling.ics_notices import Notices
from selfcompass.scheduling.ics_text import (
    RECURRING,
    VCalendar,
    VEvent,
    decode,
    scan,
    split_line,
    too_big,
    unescape,
    zone_named,
)

__all__ = ["DEFAULT_AHEAD", "DEFAULT_BACK", "MAX_BYTES", "MAX_EVENTS", "MAX_EXPANDED", "MAX_FILE_WORK", "MAX_LINES",
           "MAX_OCCURRENCES", "MAX_RULE_WORK", "YEARS_AFTER", "CalendarImport", "default_window", "import_calendar",
           "known_zone", "parse_calendar", "rule_per_day"]

# The limits, read as each import starts (so a test may lower one) and handed to the parts that enforce them.
MAX_BYTES = 16 * 1024 * 1024
MAX_LINES = 400_000
MAX_EVENTS = 50_000
MAX_OCCURRENCES = 20_000
# The most work one repeat rule may make the expander do, estimated before it is expanded (periods walked from its
# first date to the window's end, at what each period costs, and the occurrences made on the way), in microseconds.
MAX_RULE_WORK = 500_000
# The same, summed over the whole file.
MAX_FILE_WORK = 1_500_000
# The most repeating or changed events that may touch the window (each is read by icalendar and expanded: about
# a millisecond each on a slow laptop).
MAX_EXPANDED = 4_000
# How many years past the window a repeat rule is followed, looking for its next occurrence.
YEARS_AFTER = 1
# How far back and ahead the app looks by default: nine weeks back (the eight weeks Insights shows, counted from
# their Monday, are all inside it: Insights takes its meetings from this same calendar) to eight weeks ahead.
DEFAULT_BACK = timedelta(weeks=9)
DEFAULT_AHEAD = timedelta(weeks=8)
_DATE_TIME = re.compile(r"^\d{8}T\d{6}Z?$")
_DATE = re.compile(r"^\d{8}$")
_DURATION = re.compile(r"^\+?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def default_window(now: datetime, back: timedelta = DEFAULT_BACK,
                   ahead: timedelta = DEFAULT_AHEAD) -> tuple[datetime, datetime]:
    """Whole days (UTC midnights) from ``back`` before ``now`` to ``ahead`` after it: the same window all day, so
    the import kept from an earlier start today (``storage/calendar_cache.py``) can be used again."""
    first = (now - back).astimezone(UTC).date()
    last = (now + ahead).astimezone(UTC).date() + timedelta(days=1)
    return datetime.combine(first, time(0), UTC), datetime.combine(last, time(0), UTC)


def known_zone(name: str, fallback: str = "Europe/London") -> str:
    """``name`` when this computer knows the zone, else ``fallback`` (a mistyped zone must never stop anything)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return fallback
    return name


def import_calendar(path: Path | str, *, start: datetime, end: datetime,
                    time_zone: str = "Europe/London") -> CalendarImport:
    """Read and expand an .ics file. Raises DataFileError for anything wrong with the file."""
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DataFileError([too_big(source, MAX_BYTES)])
        data = path.read_bytes()
    except OSError as exc:
        #: {reason} is the system's own words, such as "No such file or directory".
        raise DataFileError([Problem(source, "", translate("Calendar", "the file could not be read ({reason}).").format(
            reason=exc.strerror or exc), translate("Calendar", "check that it exists and that you may read it."))]) \
            from None
    result = parse_calendar(data, source, start=start, end=end, time_zone=time_zone)
    return CalendarImport(result.source, result.start, result.end, result.meetings, result.cancelled, result.free,
                          result.notices, str(path), result.events)


def parse_calendar(data: bytes | str, source: str, *, start: datetime, end: datetime,
                   time_zone: str = "Europe/London") -> CalendarImport:
    """Parse and expand calendar data over [start, end). Raises DataFileError, never anything else."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("the import window must be timezone-aware")
    zone = ZoneInfo(known_zone(time_zone))
    # The text is let go once it is split into lines.
    cals, notes = scan(decode(data, source, max_bytes=MAX_BYTES), source, max_lines=MAX_LINES, max_events=MAX_EVENTS)
    bounds = Bounds(MAX_OCCURRENCES, MAX_EXPANDED, MAX_RULE_WORK, MAX_FILE_WORK, YEARS_AFTER)
    work = _Work(source, start, end, zone, notes, bounds)
    for cal in cals:
        work.read(cal)
    return work.result()


class _Work:
    """One import: the fast path for plain events, the expander for the rest, the notices and the caps."""

    def __init__(self, source: str, start: datetime, end: datetime, zone: ZoneInfo, notes: list[Problem],
                 bounds: Bounds) -> None:
        self.source, self.start, self.end, self.zone = source, start, end, zone
        self.first = start.astimezone(zone).date() - timedelta(days=1)
        self.last = end.astimezone(zone).date() + timedelta(days=2)
        self.notes = notes
        self.notices = Notices(source)
        self.meetings: list[Meeting] = []
        self.cancelled = self.free = self.events = 0
        self.bounds = bounds
        self.expander = Expander(source, first=self.first, last=self.last, end_year=end.year, bounds=bounds,
                                 notices=self.notices, add=self._add, made=lambda: len(self.meetings))

    # -- a whole calendar ---------------------------------------------------------------------------
    def read(self, cal: VCalendar) -> None:
        """Plain events are read here; the rest, when they may touch the window, go to the expander."""
        floating = self.zone
        header = list(cal.header)
        for i, line in enumerate(header):
            if line[:15].upper().startswith("X-WR-TIMEZONE"):
                parts = split_line(line)
                named = zone_named(parts[2].strip()) if parts else None
                if named is None:
                    header[i] = ""  # a zone nobody knows: floating times stay in the person's zone
                else:
                    floating = named
                    header[i] = f"X-WR-TIMEZONE:{named.key}"
        header = [h for h in header if h]
        uids: dict[str, int] = {}
        for ev in cal.events:
            uids[ev.uid] = uids.get(ev.uid, 0) + 1
        complex_events = []
        for ev in cal.events:
            self.events += 1
            if not self._plain(ev, cal, floating, uids) and self.expander.may_touch_window(ev):
                complex_events.append(ev)
        if complex_events:
            self.expander.expand(header, cal.zones, complex_events)

    # -- plain one-off events, read here -------------------------------------------------------------
    def _plain(self, ev: VEvent, cal: VCalendar, floating: ZoneInfo, uids: dict[str, int]) -> bool:
        """Read a plain one-off event here; False sends it to the expander (anything unusual goes there)."""
        props = ev.props
        if ev.broken or ev.doubled or RECURRING & props.keys() or (ev.uid and uids.get(ev.uid, 0) > 1):
            return False
        for key in ("CREATED", "LAST-MODIFIED", "DTSTAMP"):
            if key in props and not _readable_stamp(props[key][1].strip()):
                self.notices.detail(key, ev.title, ev.line)  # nothing to do with timing: skipped, and said
        if "DTSTART" not in props:
            return False
        try:
            comp: dict[str, Any] = {"DTSTART": self._when(props["DTSTART"], floating)}
            if "DTEND" in props:
                if "DURATION" in props:
                    return False
                comp["DTEND"] = self._when(props["DTEND"], floating)
                if type(comp["DTEND"].dt) is not type(comp["DTSTART"].dt):
                    return False
                if comp["DTEND"].dt < comp["DTSTART"].dt:  # written the wrong way round: as the expander reads it
                    comp["DTSTART"], comp["DTEND"] = comp["DTEND"], comp["DTSTART"]
            elif "DURATION" in props:
                comp["DURATION"] = SimpleNamespace(dt=_duration(props["DURATION"][1].strip()))
        except ValueError:
            return False
        for key in ("SUMMARY", "UID", "STATUS", "TRANSP", "X-MICROSOFT-CDO-BUSYSTATUS",
                    "X-MICROSOFT-CDO-INTENDEDSTATUS"):
            if key in props:
                comp[key] = unescape(props[key][1])
        self._add(comp)
        return True

    def _when(self, prop: tuple[dict[str, str], str], floating: ZoneInfo) -> SimpleNamespace:
        params, value = prop
        value = value.strip()
        kind = params.get("VALUE", "").upper()
        if set(params) - {"TZID", "VALUE"} or kind not in ("", "DATE", "DATE-TIME"):
            raise ValueError("unusual")
        if _DATE.match(value) and kind in ("", "DATE") and "TZID" not in params:
            return SimpleNamespace(dt=date(int(value[:4]), int(value[4:6]), int(value[6:8])))
        if not _DATE_TIME.match(value) or kind == "DATE":
            raise ValueError("unusual")
        naive = datetime(int(value[:4]), int(value[4:6]), int(value[6:8]), int(value[9:11]), int(value[11:13]),
                         int(value[13:15]))
        if value.endswith("Z"):
            return SimpleNamespace(dt=naive.replace(tzinfo=UTC))
        tzid = params.get("TZID")
        if tzid is None:
            return SimpleNamespace(dt=naive.replace(tzinfo=floating))
        known = zone_named(tzid)
        if known is None:
            raise ValueError("a custom zone: the expander reads its VTIMEZONE")
        return SimpleNamespace(dt=naive.replace(tzinfo=known))

    def _add(self, comp: Any) -> None:
        """Keep one event or occurrence (plain or expanded) when it falls in the window; count the cancelled."""
        meeting = _to_meeting(comp, self.zone)
        if meeting is None or not _in_window(meeting, self.start, self.end):
            return
        if str(comp.get("STATUS", "") or "").strip().upper() == "CANCELLED":
            self.cancelled += 1
            return
        if len(self.meetings) >= self.bounds.occurrences:
            message = translate("Calendar", "the calendar has more than {most} events in the weeks being "
                                            "looked at.").format(most=f"{self.bounds.occurrences:,}")
            raise DataFileError([Problem(self.source, "", message, translate(
                "Calendar", "check for an event repeating far too often, or export a shorter date range."))])
        if not meeting.busy:
            self.free += 1
        self.meetings.append(meeting)

    # -- the end -------------------------------------------------------------------------------------
    def result(self) -> CalendarImport:
        problems = self.notes + self.notices.problems()
        if self.events and self.notices.left_out_count >= self.events:
            raise DataFileError([p for p in problems if p.fix] or problems)  # nothing usable is left
        # Ties in time are put in a fixed order: plain events are read before the expanded ones.
        ordered = sorted(_dedupe(self.meetings), key=lambda m: (m.start, m.end, m.uid, m.title))
        return CalendarImport(self.source, self.start, self.end, tuple(ordered), self.cancelled, self.free,
                              tuple(problems), "", self.events)


# --- plain values, and components to Meetings --------------------------------------------------------


def _readable_stamp(value: str) -> bool:
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime(int(value[:4]), int(value[4:6]), int(value[6:8]), int(value[9:11]), int(value[11:13]),
                 int(value[13:15]))
    except ValueError:
        return False
    return True


def _duration(text: str) -> timedelta:
    m = _DURATION.match(text)
    if m is None or text in ("P", "+P") or text.endswith("T"):
        raise ValueError("unusual duration")
    w, d, h, mi, s = (int(x) if x else 0 for x in m.groups())
    return timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)


def _in_window(m: Meeting, start: datetime, end: datetime) -> bool:
    if m.start == m.end:
        return start <= m.start < end
    return m.end > start and m.start < end


def _dedupe(meetings: Iterable[Meeting]) -> list[Meeting]:
    seen: set[tuple[str, datetime, datetime]] = set()
    out = []
    for m in meetings:
        key = (m.uid, m.start, m.end)
        if m.uid and key in seen:
            continue
        seen.add(key)
        out.append(m)
    return out


def _aware(value: date | datetime, zone: ZoneInfo) -> tuple[datetime, bool]:
    """An aware UTC datetime, and whether the value was a whole date (all-day)."""
    if isinstance(value, datetime):
        tz = value.tzinfo
        if tz is None:  # floating time: the person's own zone
            value = value.replace(tzinfo=zone)
        elif not isinstance(tz, ZoneInfo) and tz is not UTC:
            # An embedded VTIMEZONE (Outlook writes one for "GMT Standard Time") becomes a rule-walking
            # tzinfo that is very slow to convert; when its name is a real zone, trust the name.
            known = zone_named(str(getattr(tz, "_tzid", "") or ""))
            if known is not None:
                value = value.replace(tzinfo=known)
        return value.astimezone(UTC), False
    if isinstance(value, date):
        return datetime.combine(value, time(0), zone).astimezone(UTC), True
    raise TypeError(f"not a date or time: {type(value).__name__}")


def _after(value: date | datetime, span: timedelta, zone: ZoneInfo) -> datetime:
    """The end of an event that starts at ``value`` and lasts ``span``, in UTC. Days and weeks are counted on the
    calendar (RFC 5545's nominal duration: an all-day event on the day the clocks go back still ends at the next
    midnight, 25 hours later), hours, minutes and seconds on the clock."""
    nominal = timedelta(days=span.days)
    return _aware(value + nominal, zone)[0] + (span - nominal)


def _to_meeting(comp: Any, zone: ZoneInfo) -> Meeting | None:
    dtstart = comp.get("DTSTART")
    if dtstart is None:
        return None
    start, all_day = _aware(dtstart.dt, zone)
    dtend = comp.get("DTEND")
    duration = comp.get("DURATION")
    if dtend is not None:
        end, _ = _aware(dtend.dt, zone)
    elif duration is not None and isinstance(duration.dt, timedelta):
        end = _after(dtstart.dt, duration.dt, zone)
    else:
        end = _after(dtstart.dt, timedelta(days=1), zone) if all_day else start
    if end < start:
        end = start
    transp = str(comp.get("TRANSP", "") or "").upper()
    status = str(comp.get("X-MICROSOFT-CDO-BUSYSTATUS", "") or comp.get("X-MICROSOFT-CDO-INTENDEDSTATUS", "")
                 or "").upper()
    busy = transp != "TRANSPARENT" and status not in ("FREE",)
    away = status == "OOF"
    if away:
        busy = True
    title = str(comp.get("SUMMARY", "") or "").strip()[:200]
    uid = str(comp.get("UID", "") or "")[:300]
    return Meeting(start, end, title, all_day, busy, away, uid)

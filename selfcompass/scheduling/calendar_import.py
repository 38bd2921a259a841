"""Import an .ics calendar (Outlook, NHSmail, Google exports) into core Meetings over a window of dates.

The file is outside data: it is checked, capped and parsed in full before anything is returned, so a bad
file raises :class:`DataFileError` naming the file, the line, the field and a fix, and nothing is
half-imported. Recurrence rules, exceptions, moved occurrences and time zones (Windows names included)
are expanded by icalendar and recurring-ical-events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from selfcompass.core.datafile import DataFileError, Problem
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.core.meetings import Meeting, sort_meetings

# Kept in English; translated where it is used: translate("Calendar", _EXPORT_FIX).
_EXPORT_FIX = QT_TRANSLATE_NOOP("Calendar", "export the calendar again from Outlook, NHSmail or Google, and choose "
                                            "the .ics file it saves.")
MAX_BYTES = 16 * 1024 * 1024
MAX_LINES = 400_000
MAX_EVENTS = 50_000
MAX_OCCURRENCES = 20_000
# How far back and ahead the app looks by default: nine weeks back (the eight weeks Insights shows, counted from
# their Monday, are all inside it: Insights takes its meetings from this same calendar) to eight weeks ahead.
DEFAULT_BACK = timedelta(weeks=9)
DEFAULT_AHEAD = timedelta(weeks=8)
_FAST_FREQ = ("SECONDLY", "MINUTELY")


@dataclass(frozen=True)
class CalendarImport:
    """The result of one import: every occurrence in the window, and what was left out and why."""

    source: str
    start: datetime
    end: datetime
    meetings: tuple[Meeting, ...]
    cancelled: int = 0
    free: int = 0

    @property
    def busy(self) -> tuple[Meeting, ...]:
        return tuple(m for m in self.meetings if m.blocks)


def default_window(now: datetime, back: timedelta = DEFAULT_BACK,
                   ahead: timedelta = DEFAULT_AHEAD) -> tuple[datetime, datetime]:
    return now - back, now + ahead


def import_calendar(path: Path | str, *, start: datetime, end: datetime,
                    time_zone: str = "Europe/London") -> CalendarImport:
    """Read and expand an .ics file. Raises DataFileError for anything wrong with the file."""
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DataFileError([_too_big(source)])
        data = path.read_bytes()
    except OSError as exc:
        #: {reason} is the system's own words, such as "No such file or directory".
        raise DataFileError([Problem(source, "", translate("Calendar", "the file could not be read ({reason}).").format(
            reason=exc.strerror or exc), translate("Calendar", "check that it exists and that you may read it."))]) \
            from None
    return parse_calendar(data, source, start=start, end=end, time_zone=time_zone)


def _too_big(source: str) -> Problem:
    return Problem(source, "", translate("Calendar", "the file is larger than {size} MB.").format(
        size=MAX_BYTES // (1024 * 1024)), translate("Calendar", "export a shorter date range, without attachments."))


def parse_calendar(data: bytes | str, source: str, *, start: datetime, end: datetime,
                   time_zone: str = "Europe/London") -> CalendarImport:
    """Parse and expand calendar data over [start, end). Raises DataFileError, never anything else."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("the import window must be timezone-aware")
    zone = ZoneInfo(time_zone)
    text = _decode(data, source)
    _check_shape(text, source)
    try:
        import icalendar  # loaded only when a calendar is read: 10 MB the idle app need not carry

        cal = icalendar.Calendar.from_ical(text)
    except DataFileError:
        raise
    except Exception as exc:  # a third-party parser on untrusted input: every failure is the file's
        raise DataFileError([_parse_problem(text, source, exc)]) from None
    cals = cal if isinstance(cal, list) else [cal]  # several calendars in one file: use them all
    lines = _Lines(text)
    problems: list[Problem] = []
    events = 0
    for c in cals:
        for ev in c.walk("VEVENT"):
            events += 1
            if events > MAX_EVENTS:
                raise DataFileError([Problem(source, "", translate("Calendar", "the file has more than {most} events.")
                                             .format(most=f"{MAX_EVENTS:,}"),
                                             translate("Calendar", "export a shorter date range."))])
            _check_event(ev, source, lines, problems)
    if problems:
        raise DataFileError(problems)
    return _expand(cals, source, start, end, zone, lines)


def _decode(data: bytes | str, source: str) -> str:
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise DataFileError([_too_big(source)])
        text = data
    else:
        if len(data) > MAX_BYTES:
            raise DataFileError([_too_big(source)])
        if b"\x00" in data[:65536]:
            raise DataFileError([_binary(source)])
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Some older exports are Windows-1252; a wrong guess only garbles titles, never times.
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise DataFileError([_binary(source)])
    return text


def _binary(source: str) -> Problem:
    return Problem(source, "", translate("Calendar", "this looks like a binary file, not a calendar."),
                   translate("Calendar", _EXPORT_FIX))


def _check_shape(text: str, source: str) -> None:
    """Cheap checks before the parser runs: size in lines, BEGIN/END framing, truncation."""
    count = text.count("\n") + 1
    if count > MAX_LINES:
        message = translate("Calendar", "the file has {count} lines; the most is {most}.")
        raise DataFileError([Problem(source, "", message.format(count=f"{count:,}", most=f"{MAX_LINES:,}"),
                                     translate("Calendar", "export a shorter date range, without attachments."))])
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped[:15].upper().startswith("BEGIN:VCALENDAR"):
        raise DataFileError([Problem(source, "", translate("Calendar", "this is not an iCalendar (.ics) file."),
                                     translate("Calendar", _EXPORT_FIX), 1)])
    tail = text.rstrip(" \t\r\n")
    if not tail.upper().endswith("END:VCALENDAR"):
        raise DataFileError([Problem(source, "", translate("Calendar", "the file ends too soon; it looks cut off "
                                                                       "part-way."),
                                     translate("Calendar", "export it again and check the copy finished."),
                                     tail.count("\n") + 1)])
    # Every BEGIN needs its END; report the first component left open.
    stack: list[tuple[str, int]] = []
    for number, line in _framing_lines(text):
        name = line.split(":", 1)[1].strip().upper()
        if line[:6].upper() == "BEGIN:":
            stack.append((name, number))
        elif stack and stack[-1][0] == name:
            stack.pop()
        else:
            if stack:
                #: {name} and {open} are calendar parts such as VEVENT; END:{name} is the file's own text.
                message = translate("Calendar", "END:{name} does not match (the {open} from line {line} is still "
                                                "open).").format(name=name, open=stack[-1][0], line=stack[-1][1])
            else:
                #: {name} is a calendar part such as VEVENT; END:{name} is the file's own text.
                message = translate("Calendar", "END:{name} does not match.").format(name=name)
            raise DataFileError([Problem(source, "", message, translate(
                "Calendar", "export the calendar again; the file has been damaged."), number)])
    if stack:
        name, number = stack[-1]
        raise DataFileError([Problem(source, name, translate("Calendar", "this part is never closed."),
                                     translate("Calendar", "export the calendar again."), number)])


_FRAME = re.compile(r"^(BEGIN|END):[^\r\n]*", re.IGNORECASE | re.MULTILINE)


def _framing_lines(text: str) -> list[tuple[int, str]]:
    out = []
    last_pos, last_line = 0, 1
    for m in _FRAME.finditer(text):
        last_line += text.count("\n", last_pos, m.start())
        last_pos = m.start()
        out.append((last_line, m.group(0)))
    return out


def _parse_problem(text: str, source: str, exc: BaseException) -> Problem:
    detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    line = None
    m = re.search(r"line (\d+)", str(exc))
    if m:
        line = int(m.group(1))
    #: {detail} is the calendar reader's own words, in English.
    return Problem(source, "", translate("Calendar", "the calendar could not be read ({detail}).").format(
        detail=detail), translate("Calendar", _EXPORT_FIX), line)


class _Lines:
    """Line numbers for events, found by UID, only when a problem needs one."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._index: dict[str, int] | None = None

    def of(self, uid: str) -> int | None:
        if self._index is None:
            self._index = {}
            begin = 0
            for n, line in enumerate(self._text.splitlines(), 1):
                upper = line[:12].upper()
                if upper.startswith("BEGIN:VEVENT"):
                    begin = n
                elif upper.startswith(("UID:", "UID;")) and ":" in line:
                    self._index.setdefault(line.split(":", 1)[1].strip(), begin)
        return self._index.get(uid)


def _event_title(ev: Any) -> str:
    """The event's title, shortened for a message, or "" when it has none."""
    return str(ev.get("SUMMARY", "") or "").strip()[:40]


def _about_event(title: str, named: str, unnamed: str, **values: object) -> str:
    """One whole sentence about an event: ``named`` (which holds {title}) when it has a title, else ``unnamed``."""
    return (named if title else unnamed).format(title=title, **values)


def _check_event(ev: Any, source: str, lines: _Lines, problems: list[Problem]) -> None:
    uid = str(ev.get("UID", "") or "")
    line = lines.of(uid) if uid else None
    title = _event_title(ev)
    remove = translate("Calendar", "export the calendar again, or remove this event.")
    for prop, err in getattr(ev, "errors", []) or []:
        #: {title} is the event's title; {detail} the calendar reader's own words, in English.
        message = _about_event(title, translate("Calendar", 'the event "{title}" has a value that cannot be read '
                                                            "({detail})."),
                               #: {detail} is the calendar reader's own words, in English.
                               translate("Calendar", "an event has a value that cannot be read ({detail})."),
                               detail=str(err)[:80])
        problems.append(Problem(source, str(prop), message, remove, line))
    if problems:
        return
    dtstart = ev.get("DTSTART")
    if dtstart is None or not hasattr(dtstart, "dt"):
        message = _about_event(title, translate("Calendar", 'the event "{title}" has no start time.'),
                               translate("Calendar", "an event has no start time."))
        problems.append(Problem(source, "DTSTART", message, remove, line))
        return
    for key in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        prop = ev.get(key)
        if prop is None or not hasattr(prop, "dt"):
            continue
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        if tzid and isinstance(prop.dt, datetime) and prop.dt.tzinfo is None:
            #: {title} is the event's title; {zone} the time zone's name as the file gives it.
            message = _about_event(title, translate("Calendar", 'the event "{title}" uses a time zone this '
                                                                'computer does not know ("{zone}").'),
                                   #: {zone} is the time zone's name as the file gives it.
                                   translate("Calendar", 'an event uses a time zone this computer does not know '
                                                         '("{zone}").'), zone=tzid)
            problems.append(Problem(source, key, message,
                                    translate("Calendar", "export the calendar again with time zone details "
                                                          "included, or set the event to a standard zone such as "
                                                          "Europe/London."), line))
            break
    rrule = ev.get("RRULE")
    if rrule is not None:
        rules = rrule if isinstance(rrule, list) else [rrule]
        for r in rules:
            freq = (r.get("FREQ") or [""])[0] if hasattr(r, "get") else ""
            if str(freq).upper() not in _FAST_FREQ:
                continue
            if str(freq).upper() == "SECONDLY":
                message = _about_event(title, translate("Calendar", 'the event "{title}" repeats every second, '
                                                                    "which would fill the calendar."),
                                       translate("Calendar", "an event repeats every second, which would fill the "
                                                             "calendar."))
            else:
                message = _about_event(title, translate("Calendar", 'the event "{title}" repeats every minute, '
                                                                    "which would fill the calendar."),
                                       translate("Calendar", "an event repeats every minute, which would fill the "
                                                             "calendar."))
            problems.append(Problem(source, "RRULE", message,
                                    translate("Calendar", "change it to repeat daily or weekly, or remove it."),
                                    line))


def _expand(cals: list[Any], source: str, start: datetime, end: datetime, zone: ZoneInfo,
            lines: _Lines) -> CalendarImport:
    # Ask the expander for whole local days either side, then clip exactly with aware times.
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=2)
    meetings: list[Meeting] = []
    cancelled = free = total = 0
    for cal in cals:
        try:
            import recurring_ical_events

            query = recurring_ical_events.of(cal)
            series_list = list(query.series)
        except Exception as exc:  # untrusted input through a third-party library
            raise DataFileError([_parse_problem("", source, exc)]) from None
        for series in series_list:
            try:
                occurrences = list(islice(series.between(first, last), MAX_OCCURRENCES + 1 - total))
                components = [o.as_component(False) for o in occurrences]
            except Exception as exc:  # a broken rule or date inside one series
                uid = str(getattr(series, "uid", "") or "")
                #: {detail} is the calendar reader's own words, in English.
                message = translate("Calendar", "a repeating event could not be worked out ({detail}).").format(
                    detail=str(exc)[:100])
                raise DataFileError([Problem(source, "RRULE", message, translate(
                    "Calendar", "export the calendar again, or remove the event."),
                    lines.of(uid) if uid else None)]) from None
            total += len(components)
            if total > MAX_OCCURRENCES:
                message = translate("Calendar", "the calendar has more than {most} events in the weeks being "
                                                "looked at.").format(most=f"{MAX_OCCURRENCES:,}")
                raise DataFileError([Problem(source, "", message, translate(
                    "Calendar", "check for an event repeating far too often, or export a shorter date range."))])
            for comp in components:
                status = str(comp.get("STATUS", "") or "").upper()
                if status == "CANCELLED":
                    cancelled += 1
                    continue
                try:
                    meeting = _to_meeting(comp, zone)
                except (ValueError, TypeError, AttributeError, OverflowError) as exc:
                    uid = str(comp.get("UID", "") or "")
                    #: {title} is the event's title; {detail} the calendar reader's own words, in English.
                    message = _about_event(_event_title(comp), translate("Calendar", 'the event "{title}" has times '
                                                                                     "that cannot be used ({detail})."),
                                           #: {detail} is the calendar reader's own words, in English.
                                           translate("Calendar", "an event has times that cannot be used ({detail})."),
                                           detail=str(exc)[:80])
                    raise DataFileError([Problem(source, "DTSTART", message, translate(
                        "Calendar", "export the calendar again, or remove this event."),
                        lines.of(uid) if uid else None)]) from None
                if meeting is None or not _in_window(meeting, start, end):
                    continue
                if not meeting.busy:
                    free += 1
                meetings.append(meeting)
    ordered = sort_meetings(_dedupe(meetings))
    return CalendarImport(source, start, end, tuple(ordered), cancelled, free)


def _in_window(m: Meeting, start: datetime, end: datetime) -> bool:
    if m.start == m.end:
        return start <= m.start < end
    return m.end > start and m.start < end


def _dedupe(meetings: list[Meeting]) -> list[Meeting]:
    seen: set[tuple[str, datetime, datetime]] = set()
    out = []
    for m in meetings:
        key = (m.uid, m.start, m.end)
        if m.uid and key in seen:
            continue
        seen.add(key)
        out.append(m)
    return out


@lru_cache(maxsize=256)
def _zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone for a TZID that is an IANA or Windows name, or None for a custom zone."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    olson = WINDOWS_TO_OLSON.get(name, name)
    try:
        return ZoneInfo(olson)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _aware(value: date | datetime, zone: ZoneInfo) -> tuple[datetime, bool]:
    """An aware UTC datetime, and whether the value was a whole date (all-day)."""
    if isinstance(value, datetime):
        tz = value.tzinfo
        if tz is None:  # floating time: the person's own zone
            value = value.replace(tzinfo=zone)
        elif not isinstance(tz, ZoneInfo) and tz is not UTC:
            # An embedded VTIMEZONE (Outlook writes one for "GMT Standard Time") becomes a rule-walking
            # tzinfo that is very slow to convert; when its name is a real zone, trust the name.
            known = _zone_named(str(getattr(tz, "_tzid", "") or ""))
            if known is not None:
                value = value.replace(tzinfo=known)
        return value.astimezone(UTC), False
    if isinstance(value, date):
        return datetime.combine(value, time(0), zone).astimezone(UTC), True
    raise TypeError(f"not a date or time: {type(value).__name__}")


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
        end = start + duration.dt
    else:
        end = start + (timedelta(days=1) if all_day else timedelta())
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

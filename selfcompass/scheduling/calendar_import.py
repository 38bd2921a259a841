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
"""

from __future__ import annotations

import datetime as _datetime_module
import re
import threading
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from selfcompass.core.datafile import DataFileError, Problem
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate
from selfcompass.core.meetings import CalendarImport, Meeting

# Kept in English; translated where it is used: translate("Calendar", _EXPORT_FIX).
_EXPORT_FIX = QT_TRANSLATE_NOOP("Calendar", "save the calendar again from Outlook, NHSmail or Google as a calendar "
                                            "file, and choose the file it saves.")
MAX_BYTES = 16 * 1024 * 1024
MAX_LINES = 400_000
MAX_EVENTS = 50_000
MAX_OCCURRENCES = 20_000
#: The most work one repeat rule may make the expander do, estimated before it is expanded (periods walked from its
#: first date to the window's end, at what each period costs, and the occurrences made on the way), in microseconds.
MAX_RULE_WORK = 500_000
#: The same, summed over the whole file.
MAX_FILE_WORK = 1_500_000
#: The most repeating or changed events that may touch the window (each is read by icalendar and expanded: about
#: a millisecond each on a slow laptop).
MAX_EXPANDED = 4_000
# Each frequency's period in days, and what dateutil takes to walk one period, in microseconds (measured on this
# machine, 6 Dec 2026: daily 1.6, weekly 2.9, monthly 6.3, yearly 30, hourly 3.5), for the cost estimate.
_PERIOD_DAYS = {"SECONDLY": 1 / 86400, "MINUTELY": 1 / 1440, "HOURLY": 1 / 24, "DAILY": 1.0, "WEEKLY": 7.0,
                "MONTHLY": 28.0, "YEARLY": 365.0}
_PERIOD_COST = {"SECONDLY": 3.5, "MINUTELY": 3.5, "HOURLY": 3.5, "DAILY": 1.6, "WEEKLY": 3.0, "MONTHLY": 6.5,
                "YEARLY": 30.0}
#: How many years past the window a repeat rule is followed, looking for its next occurrence.
YEARS_AFTER = 1
# How far back and ahead the app looks by default: nine weeks back (the eight weeks Insights shows, counted from
# their Monday, are all inside it: Insights takes its meetings from this same calendar) to eight weeks ahead.
DEFAULT_BACK = timedelta(weeks=9)
DEFAULT_AHEAD = timedelta(weeks=8)
_FAST_FREQ = ("SECONDLY", "MINUTELY")
# Properties that decide when an event happens: one of these unreadable leaves the event out.
_TIMING = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID"})
_RECURRING = frozenset({"RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID"})
# Properties whose values are read (for the fast path's own checks), and the words a notice uses for them.
_DETAIL_WORDS = {
    "CREATED": (QT_TRANSLATE_NOOP("Calendar", "an unreadable creation date"),
                QT_TRANSLATE_NOOP("Calendar", "unreadable creation dates")),
    "LAST-MODIFIED": (QT_TRANSLATE_NOOP("Calendar", "an unreadable last-changed date"),
                      QT_TRANSLATE_NOOP("Calendar", "unreadable last-changed dates")),
    "DTSTAMP": (QT_TRANSLATE_NOOP("Calendar", "an unreadable time stamp"),
                QT_TRANSLATE_NOOP("Calendar", "unreadable time stamps")),
}
_OTHER_DETAIL = (QT_TRANSLATE_NOOP("Calendar", "a detail that could not be read"),
                 QT_TRANSLATE_NOOP("Calendar", "details that could not be read"))
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
            raise DataFileError([_too_big(source)])
        data = path.read_bytes()
    except OSError as exc:
        #: {reason} is the system's own words, such as "No such file or directory".
        raise DataFileError([Problem(source, "", translate("Calendar", "the file could not be read ({reason}).").format(
            reason=exc.strerror or exc), translate("Calendar", "check that it exists and that you may read it."))]) \
            from None
    result = parse_calendar(data, source, start=start, end=end, time_zone=time_zone)
    return CalendarImport(result.source, result.start, result.end, result.meetings, result.cancelled, result.free,
                          result.notices, str(path), result.events)


def _too_big(source: str) -> Problem:
    return Problem(source, "", translate("Calendar", "the file is larger than {size} MB.").format(
        size=MAX_BYTES // (1024 * 1024)), translate("Calendar", "export a shorter date range, without attachments."))


def parse_calendar(data: bytes | str, source: str, *, start: datetime, end: datetime,
                   time_zone: str = "Europe/London") -> CalendarImport:
    """Parse and expand calendar data over [start, end). Raises DataFileError, never anything else."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("the import window must be timezone-aware")
    zone = ZoneInfo(known_zone(time_zone))
    cals, notes = _scan(_decode(data, source), source)  # the text is let go once it is split into lines
    work = _Work(source, start, end, zone, notes)
    for cal in cals:
        work.read(cal)
    return work.result()


# --- bytes to text -----------------------------------------------------------------------------------


def _decode(data: bytes | str, source: str) -> str:
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise DataFileError([_too_big(source)])
        text = data
    else:
        if len(data) > MAX_BYTES:
            raise DataFileError([_too_big(source)])
        text = _utf16(data) or ""
        if not text:
            if b"\x00" in data[:65536]:
                raise DataFileError([_binary(source)])
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                # Some older exports are Windows-1252; a wrong guess only garbles titles, never times.
                text = data.decode("cp1252", errors="replace")
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise DataFileError([_binary(source)])
    # Line endings: CRLF (the standard), LF (most tools) or CR alone (old Mac tools) all become one.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _utf16(data: bytes) -> str | None:
    """The text of a UTF-16 file (with or without its byte-order mark), or None when it is not one."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    elif data[:16:2] == b"BEGIN:VC" and not data[1:16:2].strip(b"\x00"):
        encoding = "utf-16-le"
    elif data[1:16:2] == b"BEGIN:VC" and not data[:16:2].strip(b"\x00"):
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _binary(source: str) -> Problem:
    return Problem(source, "", translate("Calendar", "this looks like a binary file, not a calendar."),
                   translate("Calendar", _EXPORT_FIX))


# --- text to components ------------------------------------------------------------------------------


class _Event:
    """One VEVENT: the line it begins on, where its lines are in the file's (shared, not copied: a 49,000-event
    export is read in well under 300 MB), and the few properties read here."""

    __slots__ = ("broken", "doubled", "first", "line", "props", "source", "stop")

    def __init__(self, line: int, source: list[tuple[int, str]] | None = None, first: int = 0) -> None:
        self.line = line
        self.source = source if source is not None else []
        self.first = self.stop = first
        self.props: dict[str, tuple[dict[str, str], str]] = {}  # the first of each property read
        self.doubled = False  # a property read here given twice: the expander decides
        self.broken: list[tuple[int, str]] = []  # lines that are not "NAME:value"

    @property
    def lines(self) -> list[tuple[int, str]]:
        """(line number, unfolded content line) inside the event (an alarm's lines too)."""
        return self.source[self.first:self.stop]

    def read(self, key: str, params: dict[str, str], value: str) -> None:
        if key in self.props:
            self.doubled = True
        else:
            self.props[key] = (params, value)

    @property
    def uid(self) -> str:
        value = self.props.get("UID")
        return value[1].strip() if value else ""

    @property
    def title(self) -> str:
        value = self.props.get("SUMMARY")
        return _unescape(value[1]).strip()[:40] if value else ""


@dataclass
class _Calendar:
    header: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)  # raw VTIMEZONE lines
    zone_ids: set[str] = field(default_factory=set)
    events: list[_Event] = field(default_factory=list)


_NAME = re.compile(r"[A-Za-z0-9-]+")
_HEAD = re.compile(r"([A-Za-z0-9-]+)[;:]")
_NO_PARAMS: dict[str, str] = {}
# The only properties read here (the rest of an event is passed to the expander as it is, when it goes there).
_READ = frozenset({"UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "STATUS", "TRANSP", "X-MICROSOFT-CDO-BUSYSTATUS",
                   "X-MICROSOFT-CDO-INTENDEDSTATUS", "CREATED", "LAST-MODIFIED", "DTSTAMP"}) | _RECURRING
_SIMPLE = re.compile(r"([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:,\"]*)*):(.*)", re.DOTALL)


def _split(line: str) -> tuple[str, dict[str, str], str] | None:
    """NAME;PARAM=value:VALUE as (NAME, params, VALUE), or None when the line is not a content line."""
    simple = _SIMPLE.fullmatch(line)  # most lines: no quoted or listed parameter values
    if simple is not None:
        name, raw, value = simple.groups()
        pairs = (p.split("=", 1) for p in raw[1:].split(";")) if raw else ()
        return name.upper(), {k.upper(): v for k, v in pairs}, value
    m = _NAME.match(line)
    if m is None:
        return None
    name = m.group(0).upper()
    i = m.end()
    params: dict[str, str] = {}
    n = len(line)
    while i < n and line[i] == ";":
        eq = line.find("=", i + 1)
        if eq < 0:
            return None
        key = line[i + 1:eq].upper()
        if not _NAME.fullmatch(key):
            return None
        i = eq + 1
        parts = []
        while True:
            if i < n and line[i] == '"':
                close = line.find('"', i + 1)
                if close < 0:
                    return None
                parts.append(line[i + 1:close])
                i = close + 1
            else:
                j = i
                while j < n and line[j] not in ";:,":
                    j += 1
                parts.append(line[i:j])
                i = j
            if i < n and line[i] == ",":
                i += 1
                continue
            break
        params[key] = ",".join(parts)
    if i >= n or line[i] != ":":
        return None
    return name, params, line[i + 1:]


def _scan(text: str, source: str) -> tuple[list[_Calendar], list[Problem]]:
    """Unfold the lines and split the text into calendars and events; refuse only a cut-off or damaged file."""
    raw = text.split("\n")
    if len(raw) > MAX_LINES:
        message = translate("Calendar", "the file has {count} lines; the most is {most}.")
        raise DataFileError([Problem(source, "", message.format(count=f"{len(raw):,}", most=f"{MAX_LINES:,}"),
                                     translate("Calendar", "export a shorter date range, without attachments."))])
    logical: list[tuple[int, str]] = []
    for number, line in enumerate(raw, 1):
        if line[:1] in (" ", "\t") and logical:
            n, previous = logical[-1]
            logical[-1] = (n, previous + line[1:])
        elif line.strip():
            logical.append((number, line))
    first = next((line for _, line in logical), "")
    if not first.upper().startswith("BEGIN:VCALENDAR"):
        raise DataFileError([Problem(source, "", translate("Calendar", "this is not a calendar file."),
                                     translate("Calendar", _EXPORT_FIX), 1)])
    cals: list[_Calendar] = []
    notes: list[Problem] = []
    stack: list[tuple[str, int]] = []
    cal: _Calendar | None = None
    event: _Event | None = None
    zone_lines: list[str] | None = None
    after_end: int | None = None  # the first line of text after a calendar's end, if any
    for index, (number, line) in enumerate(logical):
        if line[0] in "BEbe":
            upper = line[:14].upper()
            is_begin, is_end = upper.startswith("BEGIN:"), upper.startswith("END:")
        else:
            is_begin = is_end = False
        name = line.split(":", 1)[1].strip().upper() if is_begin or is_end else ""
        if not stack:
            if is_begin and name == "VCALENDAR":
                cal = _Calendar()
                cals.append(cal)
                stack.append((name, number))
            elif after_end is None:
                after_end = number  # text after the end: left alone
            continue
        if is_begin:
            stack.append((name, number))
            if len(stack) == 2 and name == "VEVENT":
                event = _Event(number, logical, index + 1)
            elif len(stack) == 2 and name == "VTIMEZONE":
                zone_lines = []
            if zone_lines is not None:
                zone_lines.append(line)
            continue
        if is_end:
            if stack[-1][0] != name:
                open_name, open_line = stack[-1]
                #: {name} and {open} are calendar parts such as VEVENT; END:{name} is the file's own text.
                message = translate("Calendar", "END:{name} does not match (the {open} from line {line} is still "
                                                "open).").format(name=name, open=open_name, line=open_line)
                raise DataFileError([Problem(source, "", message, translate(
                    "Calendar", "export the calendar again; the file has been damaged."), number)])
            stack.pop()
            if zone_lines is not None:
                zone_lines.append(line)
            if len(stack) == 1 and cal is not None:
                if name == "VEVENT" and event is not None:
                    event.stop = index
                    cal.events.append(event)
                    if sum(len(c.events) for c in cals) > MAX_EVENTS:
                        raise DataFileError([Problem(source, "", translate(
                            "Calendar", "the file has more than {most} events.").format(most=f"{MAX_EVENTS:,}"),
                            translate("Calendar", "export a shorter date range."))])
                elif name == "VTIMEZONE" and zone_lines is not None:
                    cal.zones.extend(zone_lines)
                    for zl in zone_lines:
                        if zl[:5].upper() == "TZID:" or zl[:5].upper() == "TZID;":
                            cal.zone_ids.add(zl.split(":", 1)[1].strip())
                event, zone_lines = None, None
            continue
        if zone_lines is not None:
            zone_lines.append(line)
        elif len(stack) == 1 and cal is not None:
            cal.header.append(line)
        elif len(stack) == 2 and event is not None:
            head = _HEAD.match(line)
            if head is None or ":" not in line:
                event.broken.append((number, line))
                continue
            key = head.group(1).upper()
            if key not in _READ:
                continue  # a description, attendees, alarms' details: the expander reads them if it needs to
            if line[head.end() - 1] == ":":  # no parameters: the value is the rest of the line
                event.read(key, _NO_PARAMS, line[head.end():])
                continue
            parts = _split(line)
            if parts is None:
                event.broken.append((number, line))
            else:
                event.read(*parts)
    if stack:
        open_name, open_line = stack[0] if len(stack) == 1 else stack[-1]
        raise DataFileError([Problem(source, "", translate("Calendar", "the file ends too soon; it looks cut off "
                                                                       "part-way."),
                                     translate("Calendar", "export it again and check the copy finished."),
                                     logical[-1][0] if logical else open_line)])
    if after_end is not None:
        notes.append(Problem(source, "", translate("Calendar", "there is text after the end of the calendar; it "
                                                               "was left alone."), "", after_end))
    return cals, notes


def _known_tzid(line: str) -> str:
    """The line with a TZID that names a real zone (IANA or Windows) written as its IANA name. The name is trusted
    over embedded rules (Outlook's match, and converting with them is very slow), and icalendar keeps every
    VTIMEZONE it has read for the rest of the process, so a zone read from one file would otherwise be used for
    the same name in the next."""
    if ";TZID=" not in line.upper():
        return line
    parts = _split(line)
    if parts is None or "TZID" not in parts[1]:
        return line
    name, params, value = parts
    zone = _zone_named(params["TZID"])
    if zone is None or zone.key == params["TZID"]:
        return line
    params = {**params, "TZID": zone.key}
    written = "".join(f';{k}="{v}"' if any(c in v for c in ";:,") else f";{k}={v}" for k, v in params.items())
    return f"{name}{written}:{value}"


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


# --- notices -----------------------------------------------------------------------------------------


class _Notices:
    """Notices grouped by what happened, each naming the first event and its line, and how many were alike."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._groups: dict[tuple[str, str], list[tuple[str, int | None, str]]] = {}

    def detail(self, prop: str, title: str, line: int | None) -> None:
        self._groups.setdefault(("detail", prop), []).append((title, line, ""))

    def left_out(self, why: str, prop: str, title: str, line: int | None, detail: str = "") -> None:
        self._groups.setdefault((why, prop), []).append((title, line, detail))

    @property
    def left_out_count(self) -> int:
        return sum(len(v) for (why, _), v in self._groups.items() if why != "detail")

    def problems(self) -> list[Problem]:
        out = []
        for (why, prop), items in self._groups.items():
            title, line, detail = items[0]
            count = len(items)
            if why == "detail":
                one, many = _DETAIL_WORDS.get(prop, _OTHER_DETAIL)
                if count == 1:
                    #: {what} is such as "an unreadable creation date"; {title} the event's title.
                    text = (translate("Calendar", '1 event ("{title}") had {what}; its times were used.') if title
                            else translate("Calendar", "1 event had {what}; its times were used."))
                    what = translate("Calendar", one)
                else:
                    #: {count} is a number; {what} such as "unreadable creation dates"; {title} an event's title.
                    text = (translate("Calendar", '{count} events (the first "{title}") had {what}; their times '
                                                  "were used.") if title
                            else translate("Calendar", "{count} events had {what}; their times were used."))
                    what = translate("Calendar", many)
                message = text.format(count=count, title=title, what=what)
                out.append(Problem(self._source, prop, message, "", line))
                continue
            reason = _why_words(why, detail)
            if count == 1:
                #: {title} is the event's title; {reason} why it was left out, such as "its start cannot be read".
                text = (translate("Calendar", 'the event "{title}" was left out: {reason}.') if title
                        else translate("Calendar", "an event was left out: {reason}."))
            else:
                #: {count} is a number; {title} the first event's title; {reason} why they were left out.
                text = (translate("Calendar", '{count} events (the first "{title}") were left out: {reason}.')
                        if title else translate("Calendar", "{count} events were left out: {reason}."))
            out.append(Problem(self._source, prop, text.format(count=count, title=title, reason=reason),
                               _why_fix(why), line))
        return out


def _why_words(why: str, detail: str) -> str:
    if why == "start":
        return translate("Calendar", "its start time cannot be read ({detail})").format(detail=detail) if detail \
            else translate("Calendar", "it has no start time")
    if why == "times":
        return translate("Calendar", "its times cannot be read ({detail})").format(detail=detail)
    if why == "zone":
        #: {zone} is the time zone's name as the file gives it.
        return translate("Calendar", 'it uses a time zone this computer does not know ("{zone}")').format(zone=detail)
    if why == "rule":
        return translate("Calendar", "its repeat rule cannot be read ({detail})").format(detail=detail)
    if why == "second":
        return translate("Calendar", "it repeats every second, which would fill the calendar")
    if why == "minute":
        return translate("Calendar", "it repeats every minute, which would fill the calendar")
    #: {detail} says how often, such as "about 1,440 times a day".
    return translate("Calendar", "it repeats far too often ({detail}), which would fill the calendar").format(
        detail=detail)


def _why_fix(why: str) -> str:
    if why == "zone":
        return translate("Calendar", "export the calendar again with time zone details included, or set the event "
                                     "to a standard zone such as Europe/London.")
    if why in ("second", "minute", "often"):
        return translate("Calendar", "change it to repeat daily or weekly, or remove it.")
    return translate("Calendar", "export the calendar again, or remove this event.")


# --- reading events ----------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone for a TZID that is an IANA or Windows name, or None for a custom zone."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    olson = WINDOWS_TO_OLSON.get(name, name)
    try:
        return ZoneInfo(olson)
    except (ZoneInfoNotFoundError, ValueError):
        return None


class _Work:
    """One import: the fast path for plain events, the expander for the rest, the notices and the caps."""

    def __init__(self, source: str, start: datetime, end: datetime, zone: ZoneInfo, notes: list[Problem]) -> None:
        self.source, self.start, self.end, self.zone = source, start, end, zone
        self.first = start.astimezone(zone).date() - timedelta(days=1)
        self.last = end.astimezone(zone).date() + timedelta(days=2)
        self.notes = notes
        self.notices = _Notices(source)
        self.meetings: list[Meeting] = []
        self.cancelled = self.free = self.events = 0
        self.budget = MAX_FILE_WORK
        self.expanded = 0

    # -- a whole calendar ---------------------------------------------------------------------------
    def read(self, cal: _Calendar) -> None:
        floating = self.zone
        header = list(cal.header)
        for i, line in enumerate(header):
            if line[:15].upper().startswith("X-WR-TIMEZONE"):
                parts = _split(line)
                named = _zone_named(parts[2].strip()) if parts else None
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
            if not self._plain(ev, cal, floating, uids) and self._may_touch_window(ev):
                complex_events.append(ev)
        self.expanded += len(complex_events)
        if self.expanded > MAX_EXPANDED:
            raise DataFileError([Problem(self.source, "", translate(
                "Calendar", "the file has more than {most} repeating or changed events in the weeks being looked "
                            "at.").format(most=f"{MAX_EXPANDED:,}"),
                translate("Calendar", "export a shorter date range."))])
        if complex_events:
            self._expand(header, cal.zones, complex_events)

    def _may_touch_window(self, ev: _Event) -> bool:
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

    def _plain(self, ev: _Event, cal: _Calendar, floating: ZoneInfo, uids: dict[str, int]) -> bool:
        """Read a plain one-off event here; False sends it to the expander (anything unusual goes there)."""
        props = ev.props
        if ev.broken or ev.doubled or _RECURRING & props.keys() or (ev.uid and uids.get(ev.uid, 0) > 1):
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
                comp[key] = _unescape(props[key][1])
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
        known = _zone_named(tzid)
        if known is None:
            raise ValueError("a custom zone: the expander reads its VTIMEZONE")
        return SimpleNamespace(dt=naive.replace(tzinfo=known))

    def _add(self, comp: Any) -> None:
        meeting = _to_meeting(comp, self.zone)
        if meeting is None or not _in_window(meeting, self.start, self.end):
            return
        if str(comp.get("STATUS", "") or "").strip().upper() == "CANCELLED":
            self.cancelled += 1
            return
        if len(self.meetings) >= MAX_OCCURRENCES:
            message = translate("Calendar", "the calendar has more than {most} events in the weeks being "
                                            "looked at.").format(most=f"{MAX_OCCURRENCES:,}")
            raise DataFileError([Problem(self.source, "", message, translate(
                "Calendar", "check for an event repeating far too often, or export a shorter date range."))])
        if not meeting.busy:
            self.free += 1
        self.meetings.append(meeting)

    # -- events the expander reads -------------------------------------------------------------------
    def _expand(self, header: list[str], zones: list[str], events: list[_Event]) -> None:
        with _years_capped(self.end.year + YEARS_AFTER):
            self._expand_capped(header, zones, events)

    def _expand_capped(self, header: list[str], zones: list[str], events: list[_Event]) -> None:
        lines = ["BEGIN:VCALENDAR", *header, *zones]
        for ev in events:
            lines.append("BEGIN:VEVENT")
            lines.extend(_known_tzid(line) for _, line in ev.lines)
            lines.append("END:VEVENT")
        lines.append("END:VCALENDAR")
        try:
            import icalendar  # loaded only when a calendar needs it: 10 MB the idle app need not carry

            cal = icalendar.Calendar.from_ical("\r\n".join(lines) + "\r\n")
        except Exception as exc:  # a third-party parser on untrusted input: every failure is the file's
            raise DataFileError([_parse_problem(self.source, exc)]) from None
        parsed = [c for c in cal.subcomponents if getattr(c, "name", "") == "VEVENT"]
        if len(parsed) != len(events):  # never expected: then every event's line is unknown, but all is read
            events = [_Event(0)] * len(parsed)
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
                room = MAX_OCCURRENCES + 1 - len(self.meetings)
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

    def _usable(self, comp: Any, ev: _Event) -> bool:
        """Check one event the expander will read: notices for what is skipped, False to leave it out."""
        title, line = _event_title(comp), ev.line or None
        timing_error = None
        for prop, err in getattr(comp, "errors", []) or []:
            name = str(prop).upper() if prop else _line_name(str(err))
            if name in _TIMING:
                timing_error = (name, str(err)[:80])
            else:
                self.notices.detail(name if name in _DETAIL_WORDS else (name or "line"), title, line)
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
        # The expander walks period by period from the first date (and on past the window, up to YEARS_AFTER
        # years, for a rule that never comes round again), making every occurrence on the way.
        interval = max(1, int((rule.get("INTERVAL") or [1])[0]))
        periods = (walked + 366 * YEARS_AFTER) / (_PERIOD_DAYS.get(freq, 1.0) * interval)
        work = _PERIOD_COST.get(freq, 30.0) * periods + per_day * walked  # microseconds, about
        if per_day * window_days > MAX_OCCURRENCES or work > MAX_RULE_WORK:
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

    # -- the end -------------------------------------------------------------------------------------
    def result(self) -> CalendarImport:
        problems = self.notes + self.notices.problems()
        if self.events and self.notices.left_out_count >= self.events:
            raise DataFileError([p for p in problems if p.fix] or problems)  # nothing usable is left
        # Ties in time are put in a fixed order: plain events are read before the expanded ones.
        ordered = sorted(_dedupe(self.meetings), key=lambda m: (m.start, m.end, m.uid, m.title))
        return CalendarImport(self.source, self.start, self.end, tuple(ordered), self.cancelled, self.free,
                              tuple(problems), "", self.events)


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
def _years_capped(last_year: int) -> Iterator[None]:
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
        detail=detail), translate("Calendar", _EXPORT_FIX), line)


def _event_title(ev: Any) -> str:
    """The event's title, shortened for a message, or "" when it has none."""
    return str(ev.get("SUMMARY", "") or "").strip()[:40]


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

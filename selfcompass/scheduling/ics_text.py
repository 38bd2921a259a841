"""An .ics file's bytes to text to components: the calendars, their events and zones, read line by line.

The first of the import's three parts (``calendar_import`` is its face; ``ics_expand`` expands what repeats;
``ics_notices`` words what is skipped). Here the file is decoded (UTF-8, UTF-16, Windows-1252; any line endings),
checked against the size limits ``calendar_import`` hands in (bytes, lines, events), unfolded and split into
``VCalendar``s of ``VEvent``s. Only the few properties the import uses are parsed; the lines are shared, not copied.
A file is refused here (:class:`DataFileError`) only when it is too large, binary, not a calendar, cut off or
damaged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from selfcompass.core.datafile import DataFileError, Problem
from selfcompass.core.i18n import QT_TRANSLATE_NOOP, translate

# Kept in English; translated where it is used: translate("Calendar", EXPORT_FIX).
EXPORT_FIX = QT_TRANSLATE_NOOP("Calendar", "save the calendar again from Outlook, NHSmail or Google as a calendar "
                                           "file, and choose the file it saves.")
# Properties that make an event repeat or change one occurrence of a series.
RECURRING = frozenset({"RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID"})


def too_big(source: str, max_bytes: int) -> Problem:
    return Problem(source, "", translate("Calendar", "the file is larger than {size} MB.").format(
        size=max_bytes // (1024 * 1024)), translate("Calendar", "export a shorter date range, without attachments."))


# --- bytes to text -----------------------------------------------------------------------------------


def decode(data: bytes | str, source: str, *, max_bytes: int) -> str:
    """The file's text (UTF-8, UTF-16 or Windows-1252) with one kind of line ending; refused when larger than
    ``max_bytes`` or binary."""
    if isinstance(data, str):
        if len(data) > max_bytes:
            raise DataFileError([too_big(source, max_bytes)])
        text = data
    else:
        if len(data) > max_bytes:
            raise DataFileError([too_big(source, max_bytes)])
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
                   translate("Calendar", EXPORT_FIX))


# --- text to components ------------------------------------------------------------------------------


class VEvent:
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
        return unescape(value[1]).strip()[:40] if value else ""


@dataclass
class VCalendar:
    """One VCALENDAR: its header lines, its time zones (raw lines and TZIDs) and its events."""

    header: list[str] = field(default_factory=list)
    zones: list[str] = field(default_factory=list)  # raw VTIMEZONE lines
    zone_ids: set[str] = field(default_factory=set)
    events: list[VEvent] = field(default_factory=list)


_NAME = re.compile(r"[A-Za-z0-9-]+")
_HEAD = re.compile(r"([A-Za-z0-9-]+)[;:]")
_NO_PARAMS: dict[str, str] = {}
# The only properties read here (the rest of an event is passed to the expander as it is, when it goes there).
_READ = frozenset({"UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "STATUS", "TRANSP", "X-MICROSOFT-CDO-BUSYSTATUS",
                   "X-MICROSOFT-CDO-INTENDEDSTATUS", "CREATED", "LAST-MODIFIED", "DTSTAMP"}) | RECURRING
_SIMPLE = re.compile(r"([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:,\"]*)*):(.*)", re.DOTALL)


def split_line(line: str) -> tuple[str, dict[str, str], str] | None:
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


def scan(text: str, source: str, *, max_lines: int, max_events: int) -> tuple[list[VCalendar], list[Problem]]:
    """Unfold the lines and split the text into calendars and events; refuse only a cut-off or damaged file."""
    raw = text.split("\n")
    if len(raw) > max_lines:
        message = translate("Calendar", "the file has {count} lines; the most is {most}.")
        raise DataFileError([Problem(source, "", message.format(count=f"{len(raw):,}", most=f"{max_lines:,}"),
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
                                     translate("Calendar", EXPORT_FIX), 1)])
    cals: list[VCalendar] = []
    notes: list[Problem] = []
    stack: list[tuple[str, int]] = []
    cal: VCalendar | None = None
    event: VEvent | None = None
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
                cal = VCalendar()
                cals.append(cal)
                stack.append((name, number))
            elif after_end is None:
                after_end = number  # text after the end: left alone
            continue
        if is_begin:
            stack.append((name, number))
            if len(stack) == 2 and name == "VEVENT":
                event = VEvent(number, logical, index + 1)
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
                    if sum(len(c.events) for c in cals) > max_events:
                        raise DataFileError([Problem(source, "", translate(
                            "Calendar", "the file has more than {most} events.").format(most=f"{max_events:,}"),
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
            parts = split_line(line)
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


# --- zones and values ------------------------------------------------------------------------------


def known_tzid(line: str) -> str:
    """The line with a TZID that names a real zone (IANA or Windows) written as its IANA name. The name is trusted
    over embedded rules (Outlook's match, and converting with them is very slow), and icalendar keeps every
    VTIMEZONE it has read for the rest of the process, so a zone read from one file would otherwise be used for
    the same name in the next."""
    if ";TZID=" not in line.upper():
        return line
    parts = split_line(line)
    if parts is None or "TZID" not in parts[1]:
        return line
    name, params, value = parts
    zone = zone_named(params["TZID"])
    if zone is None or zone.key == params["TZID"]:
        return line
    params = {**params, "TZID": zone.key}
    written = "".join(f';{k}="{v}"' if any(c in v for c in ";:,") else f";{k}={v}" for k, v in params.items())
    return f"{name}{written}:{value}"


@lru_cache(maxsize=256)
def zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone for a TZID that is an IANA or Windows name, or None for a custom zone."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    olson = WINDOWS_TO_OLSON.get(name, name)
    try:
        return ZoneInfo(olson)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def unescape(value: str) -> str:
    """A TEXT value as written: backslash escapes undone (\\n a new line)."""
    if "\\" not in value:
        return value
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


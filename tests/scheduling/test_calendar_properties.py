"""Property tests for the calendar import (issue 22): it matches icalendar + recurring-ical-events exactly on every
file it accepts, and any repeat rule, with any BYxxx lists and any window, is expanded within bounds or refused
with a message, never both slow and refused."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import selfcompass.scheduling.calendar_import as ci
from selfcompass.core.datafile import DataFileError
from selfcompass.core.meetings import Meeting, sort_meetings
from selfcompass.scheduling.ics_expand import years_capped
from selfcompass.scheduling.ics_text import known_tzid

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 10, 12, tzinfo=LONDON)  # the October clock change inside
END = datetime(2026, 11, 9, tzinfo=LONDON)


def reference(text: str, start: datetime, end: datetime, zone: str = "Europe/London") -> list[Meeting]:
    """The libraries alone, as the import used them before it read plain events itself."""
    tz = ZoneInfo(zone)
    with years_capped(end.year + ci.YEARS_AFTER):
        # As the import does, a TZID naming a real zone (Windows names too) is read as that zone: icalendar keeps
        # every VTIMEZONE it has read for the rest of the process, so without this the reference itself would
        # change with the files other tests read before (Outlook's "GMT Standard Time").
        text = "\r\n".join(known_tzid(line) for line in text.split("\r\n"))
        cal = icalendar.Calendar.from_ical(text, multiple=True)
        comps = [c for one in cal for c in recurring_ical_events.of(one).between(
            start.astimezone(tz).date() - timedelta(days=1), end.astimezone(tz).date() + timedelta(days=2))]
    out = []
    for c in comps:
        if str(c.get("STATUS", "") or "").upper() == "CANCELLED":
            continue
        m = ci._to_meeting(c, tz)
        if m is not None and ci._in_window(m, start, end):
            out.append(m)
    return sorted(ci._dedupe(sort_meetings(out)), key=lambda m: (m.start, m.end, m.uid, m.title))


when_st = st.fixed_dictionaries({
    "day": st.integers(-3, 30), "hour": st.integers(0, 23), "minute": st.sampled_from([0, 15, 30, 45]),
    "minutes": st.sampled_from([0, 15, 30, 60, 90, 600, 1440]),
    "zone": st.sampled_from(["Europe/London", "GMT Standard Time", "W. Europe Standard Time", "UTC", "floating",
                             "date", "America/New_York"]),
    "end": st.sampled_from(["DTEND", "DURATION", "none"]),
    "repeat": st.sampled_from(["", "", "", "FREQ=DAILY;COUNT=5", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                               "FREQ=DAILY;INTERVAL=2", "FREQ=MONTHLY;BYDAY=2TU"]),
    "free": st.booleans(), "cancelled": st.booleans(), "uid": st.sampled_from(["own", "shared", "none"]),
    "moved": st.booleans(),
})


def to_ics(events: list[dict], x_wr: str | None) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//property//EN"]
    if x_wr:
        lines.append(f"X-WR-TIMEZONE:{x_wr}")
    for i, e in enumerate(events):
        local = START.replace(tzinfo=None) + timedelta(days=e["day"], hours=e["hour"], minutes=e["minute"])
        end = local + timedelta(minutes=e["minutes"])
        if e["zone"] == "UTC":
            dt = [f"DTSTART:{local:%Y%m%dT%H%M%S}Z", f"DTEND:{end:%Y%m%dT%H%M%S}Z"]
        elif e["zone"] == "floating":
            dt = [f"DTSTART:{local:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"]
        elif e["zone"] == "date":
            dt = [f"DTSTART;VALUE=DATE:{local:%Y%m%d}", f"DTEND;VALUE=DATE:{local + timedelta(days=1):%Y%m%d}"]
        else:
            dt = [f"DTSTART;TZID={e['zone']}:{local:%Y%m%dT%H%M%S}", f"DTEND;TZID={e['zone']}:{end:%Y%m%dT%H%M%S}"]
        if e["end"] == "DURATION":
            dt[1] = "DURATION:P1D" if e["zone"] == "date" else f"DURATION:PT{e['minutes']}M"
        elif e["end"] == "none":
            dt = dt[:1]
        uid = {"own": [f"UID:e{i}"], "shared": ["UID:shared"], "none": []}[e["uid"]]
        lines += ["BEGIN:VEVENT", *uid, "DTSTAMP:20261001T000000Z", f"SUMMARY:Event {i}", *dt]
        if e["repeat"]:
            lines.append(f"RRULE:{e['repeat']}")
        if e["free"]:
            lines.append("TRANSP:TRANSPARENT")
        if e["cancelled"] and not e["repeat"]:
            lines.append("STATUS:CANCELLED")
        lines.append("END:VEVENT")
        if e["repeat"] and e["moved"] and e["uid"] == "own" and e["zone"] not in ("date",):
            rid = dt[0].replace("DTSTART", "RECURRENCE-ID")
            moved = [d.replace(f"{local:%Y%m%dT%H%M}", f"{local + timedelta(hours=1):%Y%m%dT%H%M}") for d in dt]
            lines += ["BEGIN:VEVENT", *uid, "DTSTAMP:20261001T000000Z", rid, *moved,
                      "STATUS:CANCELLED" if e["cancelled"] else "SUMMARY:Moved", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=st.lists(when_st, max_size=10), x_wr=st.sampled_from([None, "Europe/Berlin", "America/New_York"]),
       zone=st.sampled_from(["Europe/London", "Asia/Kolkata"]))
def test_accepted_files_match_the_libraries_exactly(events: list[dict], x_wr: str | None, zone: str) -> None:
    text = to_ics(events, x_wr)
    ours = ci.parse_calendar(text, "random.ics", start=START, end=END, time_zone=zone)
    assert ours.notices == ()
    assert list(ours.meetings) == reference(text, START, END, zone)


BY = {
    "BYMONTH": st.integers(1, 12), "BYMONTHDAY": st.integers(-31, 31).filter(bool),
    "BYYEARDAY": st.integers(-366, 366).filter(bool), "BYWEEKNO": st.integers(-53, 53).filter(bool),
    "BYDAY": st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU", "1MO", "-1FR", "2TU"]),
    "BYHOUR": st.integers(0, 23), "BYMINUTE": st.integers(0, 59), "BYSECOND": st.integers(0, 59),
    "BYSETPOS": st.integers(-10, 10).filter(bool),
}


@st.composite
def rules(draw: st.DrawFn) -> str:
    freq = draw(st.sampled_from(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 40))}")
    end = draw(st.sampled_from(["", "count", "until"]))
    if end == "count":
        parts.append(f"COUNT={draw(st.integers(1, 100_000))}")
    elif end == "until":
        parts.append(f"UNTIL={draw(st.integers(1995, 2040))}0101T000000Z")
    for key in draw(st.lists(st.sampled_from(sorted(BY)), unique=True, max_size=5)):
        if key in ("BYWEEKNO", "BYYEARDAY") and freq != "YEARLY":
            continue
        values = draw(st.lists(BY[key], min_size=1, max_size=60, unique=True))
        if key == "BYDAY" and freq not in ("MONTHLY", "YEARLY"):
            values = [v[-2:] for v in values]
        parts.append(f"{key}={','.join(map(str, dict.fromkeys(values)))}")
    return ";".join(parts)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rule=rules(), first=st.integers(1990, 2030), window=st.tuples(st.integers(2000, 2030), st.integers(1, 120)),
       others=st.integers(0, 2))
def test_any_repeat_rule_is_expanded_within_bounds_or_refused_never_slow_and_refused(
        rule: str, first: int, window: tuple[int, int], others: int) -> None:
    start = datetime(window[0], 3, 1, tzinfo=LONDON)
    end = start + timedelta(days=window[1])
    body = "".join(f"BEGIN:VEVENT\r\nUID:plain{i}\r\nDTSTART:{window[0]}0301T1{i}0000Z\r\nDURATION:PT5M\r\n"
                   "END:VEVENT\r\n" for i in range(others))
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:r\r\nSUMMARY:Rule\r\n"
            f"DTSTART:{first}0105T090000Z\r\nDURATION:PT5M\r\nRRULE:{rule}\r\nEND:VEVENT\r\n{body}END:VCALENDAR\r\n")
    began = time.process_time()
    try:
        result = ci.parse_calendar(text, "rule.ics", start=start, end=end)
    except DataFileError as exc:
        assert exc.problems and all(p.message and p.fix for p in exc.problems)
        assert others == 0
    else:
        assert len(result.meetings) <= ci.MAX_OCCURRENCES
        left_out = [n for n in result.notices if "left out" in n.message]
        assert len(result.meetings) >= others and all(n.line == 4 and n.fix for n in left_out)
    # Bounded: the estimate keeps every accepted rule cheap, and a refusal comes before any expanding.
    assert time.process_time() - began < 2.5, rule

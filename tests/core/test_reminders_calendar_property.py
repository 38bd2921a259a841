"""End to end over random calendars: generated .ics files, imported, planned across a clock change."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcompass.core.meetings import WorkingWeek
from selfcompass.core.reminders.planner import FocusBlock, Holds, Kind, ReminderRules, Rule, TimeRange, plan
from selfcompass.scheduling.calendar_import import parse_calendar

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 10, 19, 0, 0, tzinfo=LONDON)  # the week before and after the October change
END = datetime(2026, 11, 2, 0, 0, tzinfo=LONDON)
ZONES = ("Europe/London", "GMT Standard Time", "W. Europe Standard Time", "UTC")

event_st = st.fixed_dictionaries({
    "day": st.integers(0, 13), "hour": st.integers(7, 18), "minute": st.sampled_from([0, 15, 30, 45]),
    "minutes": st.sampled_from([15, 25, 30, 45, 50, 60, 90, 120]), "zone": st.sampled_from(ZONES),
    "repeat": st.sampled_from(["", "FREQ=DAILY;COUNT=5", "FREQ=WEEKLY", "FREQ=WEEKLY;BYDAY=MO,WE,FR",
                               "FREQ=DAILY;INTERVAL=2"]),
    "free": st.booleans(), "cancel_first": st.booleans(),
})


def to_ics(events: list[dict]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//property//EN"]
    for i, e in enumerate(events):
        local = START.replace(tzinfo=None) + timedelta(days=e["day"], hours=e["hour"], minutes=e["minute"])
        end = local + timedelta(minutes=e["minutes"])
        if e["zone"] == "UTC":
            dt = f"DTSTART:{local:%Y%m%dT%H%M%S}Z", f"DTEND:{end:%Y%m%dT%H%M%S}Z"
        else:
            dt = (f"DTSTART;TZID={e['zone']}:{local:%Y%m%dT%H%M%S}", f"DTEND;TZID={e['zone']}:{end:%Y%m%dT%H%M%S}")
        lines += ["BEGIN:VEVENT", f"UID:e{i}", "DTSTAMP:20261001T000000Z", f"SUMMARY:Event {i}", *dt]
        if e["repeat"]:
            lines.append(f"RRULE:{e['repeat']}")
        if e["free"]:
            lines.append("TRANSP:TRANSPARENT")
        lines.append("END:VEVENT")
        if e["repeat"] and e["cancel_first"]:
            rid = dt[0].replace("DTSTART", "RECURRENCE-ID")
            lines += ["BEGIN:VEVENT", f"UID:e{i}", "DTSTAMP:20261001T000000Z", rid, *dt, "STATUS:CANCELLED",
                      "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=st.lists(event_st, max_size=12), every=st.integers(20, 180),
       quiet=st.tuples(st.integers(8, 17), st.sampled_from([30, 60, 90])),
       focus=st.tuples(st.integers(0, 13 * 24 * 60), st.sampled_from([25, 50, 90])))
def test_random_calendars_never_bring_a_prompt_inside_a_meeting(events: list[dict], every: int,
                                                                quiet: tuple[int, int],
                                                                focus: tuple[int, int]) -> None:
    imported = parse_calendar(to_ics(events), "random.ics", start=START, end=END)
    q_start = time(quiet[0])
    q_end = (datetime.combine(START.date(), q_start) + timedelta(minutes=quiet[1])).time()
    rules = ReminderRules(working=WorkingWeek(), quiet=(TimeRange(q_start, q_end),), rules=(
        Rule(Kind.TRANSITION), Rule(Kind.GAP), Rule(Kind.INBOX, times=(time(10), time(14))),
        Rule(Kind.INTERVAL, every_minutes=every), Rule(Kind.SHUTDOWN)))
    block = FocusBlock(START.astimezone(UTC) + timedelta(minutes=focus[0]), focus[1])
    out = plan(rules, imported.meetings, [], START.astimezone(UTC), END.astimezone(UTC), Holds(focus=block))
    for d in out:
        local = d.at.astimezone(LONDON)
        assert not any(m.busy and not m.all_day and m.start <= d.at < m.end for m in imported.meetings), d
        assert not (q_start <= local.time() < q_end), d
        assert not block.start <= d.at < block.end, d
        assert local.weekday() < 5 and time(9) <= local.time() < time(17, 30), d
